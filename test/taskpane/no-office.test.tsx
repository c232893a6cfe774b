/** @jest-environment jsdom */
import { act } from '@testing-library/react';
import { boot, type OfficeLike } from '../../src/taskpane/index';

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('task pane entry', () => {
  test('without office.js it shows a note in both languages instead of a blank page', async () => {
    const div = container();
    let root!: ReturnType<typeof boot>;
    await act(async () => {
      root = boot(div, { office: undefined, excel: undefined });
    });
    const text = div.textContent ?? '';
    expect(text).toContain('Không tải được office.js. Hãy mở trang này trong Excel, hoặc chạy `npm start` để dùng trang thử nghiệm.');
    expect(text).toContain('office.js could not be loaded.');
    expect(text).toContain('npm start');
    act(() => root.unmount());
  });

  test('outside Excel it says the add-in runs in Excel', async () => {
    const office: OfficeLike = {
      HostType: { Excel: 'Excel' },
      onReady: (cb) => {
        cb?.({ host: 'Word', platform: 'PC' });
        return Promise.resolve();
      },
    };
    const div = container();
    let root!: ReturnType<typeof boot>;
    await act(async () => {
      root = boot(div, { office });
    });
    expect(div.textContent).toContain('Phần bổ trợ này chạy trong Excel');
    expect(div.textContent).toContain('This add-in runs in Excel');
    act(() => root.unmount());
  });

  test('in a browser with office.js but no host (host null) it says the same', async () => {
    const office: OfficeLike = {
      HostType: { Excel: 'Excel' },
      onReady: (cb) => {
        cb?.({ host: null, platform: null });
        return Promise.resolve();
      },
    };
    const div = container();
    await act(async () => {
      boot(div, { office });
    });
    expect(div.textContent).toContain('This add-in runs in Excel');
  });

  test('in Excel it renders the pane', async () => {
    const office: OfficeLike = {
      HostType: { Excel: 'Excel' },
      context: { requirements: { isSetSupported: () => true } },
      onReady: (cb) => {
        cb?.({ host: 'Excel', platform: 'OfficeOnline' });
        return Promise.resolve();
      },
    };
    const excel = { run: async () => undefined as never };
    const div = container();
    await act(async () => {
      boot(div, { office, excel });
    });
    // Either the pane (createExcelActions implemented) or a clear error note
    // (while it is not): never a blank page.
    const text = div.textContent ?? '';
    expect(text.includes('Kiểm tra') || text.includes('Đã xảy ra lỗi')).toBe(true);
  });
});
