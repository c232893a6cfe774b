/** @jest-environment jsdom */
/**
 * An Excel without the minimum requirement set (ExcelApi 1.7) gets a clear
 * notice naming it, in both languages, with what to do — never the pane;
 * sets above the minimum are asked for, not assumed.
 */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { boot, bootScreen, UnsupportedHostNotice, type OfficeLike } from '../../src/taskpane/index';
import { MIN_EXCEL_API } from '../../src/host/excel/requirements';
import { Workbench } from '../../src/workbench/index';
import { OFFICE_DARK_THEME, compareVersions, parseWorkbenchOptions, simulatedIsSetSupported } from '../../src/workbench/options';

/** office.js in Excel, supporting ExcelApi up to `max` (and recording what is asked). */
function excelOffice(max: string | null, asked: string[] = []): OfficeLike {
  return {
    HostType: { Excel: 'Excel' },
    context: {
      requirements: {
        isSetSupported: (name, version) => {
          asked.push(`${name} ${version}`);
          return name === 'ExcelApi' && max !== null && compareVersions(version ?? '1.1', max) <= 0;
        },
      },
    },
    onReady: (cb) => {
      cb?.({ host: 'Excel', platform: 'PC' });
      return Promise.resolve();
    },
  };
}

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('which screen the pane starts with', () => {
  test('decided from office.js', () => {
    expect(bootScreen(undefined)).toEqual({ kind: 'no-office' });
    expect(bootScreen(excelOffice('1.17'), { host: 'Word' })).toEqual({ kind: 'not-excel' });
    expect(bootScreen(excelOffice('1.17'), { host: null })).toEqual({ kind: 'not-excel' });
    expect(bootScreen(excelOffice('1.17'), { host: 'Excel' })).toEqual({ kind: 'pane' });
    expect(bootScreen(excelOffice(MIN_EXCEL_API), { host: 'Excel' })).toEqual({ kind: 'pane' });
    expect(bootScreen(excelOffice('1.6'), { host: 'Excel' })).toEqual({ kind: 'unsupported', missing: `ExcelApi ${MIN_EXCEL_API}` });
    expect(bootScreen(excelOffice(null), { host: 'Excel' })).toEqual({ kind: 'unsupported', missing: `ExcelApi ${MIN_EXCEL_API}` });
    // no requirements object at all, or one that throws: not supported
    const bare: OfficeLike = { HostType: { Excel: 'Excel' }, onReady: () => undefined };
    expect(bootScreen(bare, { host: 'Excel' }).kind).toBe('unsupported');
    const throwing: OfficeLike = {
      ...bare,
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('no');
          },
        },
      },
    };
    expect(bootScreen(throwing, { host: 'Excel' }).kind).toBe('unsupported');
  });
});

describe('the unsupported-host notice', () => {
  test('names what is missing and what to do, Vietnamese then English', () => {
    render(<UnsupportedHostNotice missing="ExcelApi 1.7" />);
    const alert = screen.getByRole('alert');
    const text = alert.textContent ?? '';
    expect(text).toContain('Cần Excel hỗ trợ ExcelApi 1.7');
    expect(text).toContain('This add-in needs ExcelApi 1.7');
    expect(text).toContain('Hãy cập nhật Office');
    expect(text).toContain('Excel trên web');
    expect(text).toContain('Update Office (Microsoft 365, Excel 2021 or later), or use Excel on the web.');
    expect(text.indexOf('Cần Excel')).toBeLessThan(text.indexOf('This add-in needs'));
    expect(alert.querySelector('[lang="en"]')).not.toBeNull();
  });

  test('an Excel with ExcelApi 1.6 gets it instead of the pane, and the workbook is not touched', async () => {
    const run = jest.fn(async () => undefined as never);
    const div = container();
    let root!: ReturnType<typeof boot>;
    await act(async () => {
      root = boot(div, { office: excelOffice('1.6'), excel: { run } });
    });
    const text = div.textContent ?? '';
    expect(text).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    expect(text).toContain('Phiên bản Excel này chưa được hỗ trợ');
    expect(text).toContain('This version of Excel is not supported');
    expect(text).not.toContain('Kiểm tra');
    expect(div.querySelector('[role="alert"]')?.getAttribute('data-missing')).toBe(`ExcelApi ${MIN_EXCEL_API}`);
    expect(run).not.toHaveBeenCalled();
    act(() => root.unmount());
  });

  test('an Excel with the minimum but not the newer sets gets the pane; the newer sets are asked for', async () => {
    const asked: string[] = [];
    const div = container();
    let root!: ReturnType<typeof boot>;
    await act(async () => {
      root = boot(div, { office: excelOffice(MIN_EXCEL_API, asked), excel: { run: async () => undefined as never } });
    });
    expect(div.textContent).toContain('Kiểm tra');
    expect(div.querySelector('[role="alert"]')).toBeNull();
    expect(asked).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    act(() => root.unmount());
  });
});

describe('the workbench acting as an older Excel (?excelApi=)', () => {
  test('query options', () => {
    expect(parseWorkbenchOptions('')).toEqual({ lang: 'vi', pseudo: false, paneWidth: 320, excelApi: null, officeTheme: null });
    expect(parseWorkbenchOptions('?lang=en&pane=400&excelApi=1.6')).toEqual({
      lang: 'en',
      pseudo: false,
      paneWidth: 400,
      excelApi: '1.6',
      officeTheme: null,
    });
    expect(parseWorkbenchOptions('?lang=pseudo&pane=10&excelApi=x')).toEqual({
      lang: 'vi',
      pseudo: true,
      paneWidth: 320,
      excelApi: null,
      officeTheme: null,
    });
    expect(parseWorkbenchOptions('?theme=dark').officeTheme).toEqual(OFFICE_DARK_THEME);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.7', '1.7')).toBe(0);
    expect(compareVersions('1.6', '1.7')).toBe(-1);
    expect(simulatedIsSetSupported('1.9')('ExcelApi', '1.9')).toBe(true);
    expect(simulatedIsSetSupported('1.9')('ExcelApi', '1.13')).toBe(false);
    expect(simulatedIsSetSupported('1.9')('WordApi', '1.1')).toBe(false);
    expect(simulatedIsSetSupported(null)('ExcelApi', '1.20')).toBe(true);
  });

  test('ExcelApi 1.6: the pane column holds the notice; 1.7: the pane', () => {
    const { unmount } = render(<Workbench options={parseWorkbenchOptions('?excelApi=1.6')} />);
    expect(screen.getByRole('alert').textContent).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
    unmount();
    render(<Workbench options={parseWorkbenchOptions('?excelApi=1.7&lang=en&pane=360')} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect((document.querySelector('aside') as HTMLElement).style.width).toBe('360px');
  });
});
