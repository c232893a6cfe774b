/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UserFacingError, type ActionResult, type PaneActions } from '../../src/app/types';
import type { Lang } from '../../src/i18n/lang';
import type { SheetReport } from '../../src/engine/report';

const XSS = '<img src=x onerror=alert(1)>';

/** A canned report: what the UI shows, not what the engine would find. */
function report(lang: Lang): SheetReport {
  return {
    name: 'Biểu số 1',
    kind: 'indicator-plan',
    headerRows: [4, 6],
    columns: [
      { column: 'A', role: 'stt', header: 'STT' },
      { column: 'B', role: 'name', header: 'Chỉ tiêu' },
      { column: 'D', role: 'actual', year: 2017, header: 'Thực hiện năm 2017' },
      { column: 'E', role: 'plan', year: 2018, header: 'Kế hoạch năm 2018' },
      {
        column: 'H',
        role: 'ratio',
        header: 'So sánh (%) / ƯTH 2018/KH 2018',
        ratio: {
          numerator: { role: 'estimate', year: 2018 },
          denominator: { role: 'plan', year: 2018 },
        },
      },
    ],
    issues: [
      {
        cell: 'E16',
        code: 'number-as-text',
        severity: 'error',
        message: lang === 'vi' ? 'Số được nhập dạng chữ' : 'Number entered as text',
        fix: { cell: 'E16', value: 10.7 },
      },
      {
        cell: 'F20',
        code: 'decimal-comma',
        severity: 'error',
        message: lang === 'vi' ? 'Dấu thập phân sai' : 'Wrong decimal separator',
      },
      {
        cell: 'H8',
        code: 'stale-ratio',
        severity: 'warning',
        message: lang === 'vi' ? 'Tỷ lệ không khớp' : 'Ratio does not match',
      },
      { cell: 'B9', code: 'odd-name', severity: 'info', message: XSS },
    ],
    computed: [],
  };
}

function computedReport(lang: Lang): SheetReport {
  return {
    ...report(lang),
    computed: [
      { cell: 'H8', row: 8, metric: 'completion', value: 125, formula: '=IFERROR(F8/E8*100,"")' },
      { cell: 'I8', row: 8, metric: 'growth', value: 102.2222, formula: null },
      { cell: 'J8', row: 8, metric: 'plan-growth', value: 98.76, formula: '=IFERROR(G8/F8*100,"")' },
      { cell: 'H20', row: 20, metric: 'completion', value: null, formula: null },
    ],
  };
}

function fakeActions(overrides: Partial<PaneActions> = {}) {
  const calls: Array<{ action: string; lang: Lang }> = [];
  const actions: PaneActions = {
    check: async (lang) => {
      calls.push({ action: 'check', lang });
      return { report: report(lang), syncs: 2 } satisfies ActionResult;
    },
    compute: async (lang) => {
      calls.push({ action: 'compute', lang });
      return { report: computedReport(lang), syncs: 3 };
    },
    ...overrides,
  };
  return { actions, calls };
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

describe('task pane', () => {
  test('shows Vietnamese labels by default', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tính toán' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Chỉ tiêu' })).toBeTruthy();
    // the language switch is visible, Vietnamese pressed
    const vi = screen.getByRole('button', { name: 'Tiếng Việt' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(vi.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
  });

  test('switching to English changes the labels and the language passed to actions', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    await press('English');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Compute' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await press('Check');
    expect(calls).toEqual([{ action: 'check', lang: 'en' }]);
    expect(screen.getByText('Indicator review sheet (indicator-plan)')).toBeTruthy();
    expect(screen.getByText('2 Errors')).toBeTruthy();
    await press('Tiếng Việt');
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
    expect(screen.getByText('2 Lỗi')).toBeTruthy();
  });

  test('initialLang en starts in English', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} initialLang="en" />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
  });

  test('pressing Kiểm tra shows the sheet, kind, columns and issues', async () => {
    const { actions, calls } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(calls).toEqual([{ action: 'check', lang: 'vi' }]);

    expect(screen.getByText('Biểu số 1')).toBeTruthy();
    expect(screen.getByText('Biểu rà soát chỉ tiêu (indicator-plan)')).toBeTruthy();
    expect(screen.getByText('dòng 4–6')).toBeTruthy();

    // columns: letter → role in words, year, header text
    const cols = screen.getByRole('region', { name: 'Các cột (5)' });
    const d = within(cols).getByText('D').closest('li')!;
    expect(d.textContent).toContain('Thực hiện năm 2017');
    const h = within(cols).getByText('H').closest('li')!;
    expect(h.textContent).toContain('So sánh (%): Ước thực hiện 2018 / Kế hoạch 2018');
    expect(h.textContent).toContain('ƯTH 2018/KH 2018');

    // issue counts by severity
    const issues = screen.getByRole('region', { name: 'Vấn đề (4)' });
    expect(within(issues).getByText('2 Lỗi')).toBeTruthy();
    expect(within(issues).getByText('1 Cảnh báo')).toBeTruthy();
    expect(within(issues).getByText('1 Lưu ý')).toBeTruthy();

    // items with their cells, grouped
    const errors = container.querySelector('[data-group="error"]')!;
    expect(errors.textContent).toContain('E16');
    expect(errors.textContent).toContain('Số được nhập dạng chữ');
    expect(errors.textContent).toContain('Gợi ý: E16 = 10,7');
    expect(errors.textContent).toContain('F20');
    const warnings = container.querySelector('[data-group="warning"]')!;
    expect(warnings.textContent).toContain('H8');
    expect(warnings.textContent).toContain('Tỷ lệ không khớp');

    // no computed list after a check
    expect(screen.queryByText(/Ô đã tính/)).toBeNull();
  });

  test('an unrecognised sheet says so', async () => {
    const { actions } = fakeActions({
      check: async () => ({
        report: { name: 'Danh bạ', kind: null, columns: [], issues: [], computed: [] },
        syncs: 1,
      }),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText('Không nhận ra biểu chuẩn')).toBeTruthy();
    expect(screen.getByText('Không nhận ra cột nào.')).toBeTruthy();
    expect(screen.getByText('Không phát hiện vấn đề nào.')).toBeTruthy();
  });

  test('pressing Tính toán shows the computed cells in Vietnamese number style', async () => {
    const { actions, calls } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Tính toán');
    expect(calls).toEqual([{ action: 'compute', lang: 'vi' }]);
    expect(screen.getByText('Đã tính 4 ô: 2 công thức, 2 giá trị.')).toBeTruthy();
    const i8 = container.querySelector('li[data-cell="I8"]')!;
    expect(i8.textContent).toContain('Tăng trưởng');
    expect(i8.textContent).toContain('102,2');
    const h8 = container.querySelector('li[data-cell="H8"]')!;
    expect(h8.textContent).toContain('Tỷ lệ hoàn thành');
    expect(h8.textContent).toContain('125,0');
    expect(h8.textContent).toContain('=IFERROR(F8/E8*100,"")');
    expect(container.querySelector('li[data-cell="J8"]')!.textContent).toContain('98,8');
    expect(container.querySelector('li[data-cell="H20"]')!.textContent).toContain('(để trống)');

    await press('English');
    expect(container.querySelector('li[data-cell="I8"]')!.textContent).toContain('102.2');
    expect(screen.getByText('Computed 4 cells: 2 formulas, 2 values.')).toBeTruthy();
  });

  test('a UserFacingError shows its Vietnamese text, then its English text', async () => {
    const { actions } = fakeActions({
      check: async () => {
        throw new UserFacingError('Trang tính đang bị khóa.', 'The sheet is protected.');
      },
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText('Trang tính đang bị khóa.')).toBeTruthy();
    expect(screen.queryByText('The sheet is protected.')).toBeNull();
    await press('English');
    expect(screen.getByText('The sheet is protected.')).toBeTruthy();
    // buttons usable again
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('another error shows a generic message and the error text', async () => {
    const { actions } = fakeActions({
      compute: async () => {
        throw new Error('RichApi.Error: boom');
      },
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(screen.getByText('Đã xảy ra lỗi không mong muốn.')).toBeTruthy();
    expect(screen.getByText(/RichApi\.Error: boom/)).toBeTruthy();
  });

  test('shows a busy state while an action runs', async () => {
    let finish: (r: ActionResult) => void = () => {};
    const { actions } = fakeActions({
      check: () => new Promise<ActionResult>((resolve) => (finish = resolve)),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText('Đang xử lý…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Tính toán' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish({ report: report('vi'), syncs: 1 }));
    expect(screen.queryByText('Đang xử lý…')).toBeNull();
    expect(screen.getByText('Biểu rà soát chỉ tiêu (indicator-plan)')).toBeTruthy();
  });

  test('cell text that looks like markup is shown as text', async () => {
    const { actions } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText(XSS)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});
