/** @jest-environment jsdom */
/**
 * What a user notices around the report: selecting a problem's cell,
 * marking, quick fixes and undo, the re-check after an edit, column role
 * corrections, several tables on one sheet.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App, RECHECK_DELAY_MS } from '../../src/taskpane/App';
import type { ActionResult } from '../../src/app/types';
import type { Lang } from '../../src/i18n/lang';
import { ISSUE_WORDS_VI, SHEET, fakeActions, indicatorTable, investmentTable, issues, report } from './fakes';

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

async function checkOnce() {
  await press('Kiểm tra');
}

describe('issues', () => {
  test('clicking a problem selects its cell on its sheet; the items are buttons', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await checkOnce();

    const item = screen.getByRole('button', { name: `E16 ${ISSUE_WORDS_VI.E16}` });
    expect(item.tagName).toBe('BUTTON');
    expect(item.getAttribute('type')).toBe('button');
    expect(item.tabIndex).toBe(0);
    await act(async () => {
      fireEvent.click(item);
    });
    expect(fn.select).toHaveBeenCalledWith(SHEET, 'E16');

    await press(`H8 ${ISSUE_WORDS_VI.H8}`);
    expect(fn.select).toHaveBeenLastCalledWith(SHEET, 'H8');
    expect(fn.select).toHaveBeenCalledTimes(2);
  });

  test('groups are errors, then warnings, then notes, with counts', async () => {
    const { actions } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await checkOnce();
    const groups = Array.from(container.querySelectorAll('[data-group]')).map((g) => g.getAttribute('data-group'));
    expect(groups).toEqual(['error', 'warning', 'info']);
    expect(screen.getByRole('heading', { name: 'Lỗi (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cảnh báo (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lưu ý (1)' })).toBeTruthy();
  });

  test('a failing select shows the error and keeps the report', async () => {
    const { actions } = fakeActions({
      select: jest.fn(async () => {
        throw new Error('ItemNotFound');
      }),
    });
    render(<App actions={actions} />);
    await checkOnce();
    await press(`F20 ${ISSUE_WORDS_VI.F20}`);
    expect(screen.getByText(/ItemNotFound/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Vấn đề (4)' })).toBeTruthy();
  });
});

describe('marking', () => {
  test('the switch marks the problem cells and unmarks them when turned off', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await checkOnce();
    const sw = screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' }) as HTMLInputElement;
    expect(sw.checked).toBe(false);
    expect(fn.mark).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(sw);
    });
    expect(sw.checked).toBe(true);
    expect(fn.mark).toHaveBeenCalledTimes(1);
    expect(fn.mark).toHaveBeenCalledWith(SHEET, issues('vi'));

    await act(async () => {
      fireEvent.click(sw);
    });
    expect(sw.checked).toBe(false);
    expect(fn.unmark).toHaveBeenCalledWith(SHEET);
    expect(fn.mark).toHaveBeenCalledTimes(1);
  });

  test('while on, a new check re-marks with its issues, and one with no issues unmarks', async () => {
    const fewer = { ...report('vi'), issues: issues('vi').slice(2) };
    const none = { ...report('vi'), issues: [] };
    const results = [report('vi'), fewer, none];
    const { actions, fn } = fakeActions({
      check: jest.fn(async (): Promise<ActionResult> => ({ report: results.shift()!, syncs: 1 })),
    });
    render(<App actions={actions} />);
    await checkOnce();
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' }));
    });
    expect(fn.mark).toHaveBeenLastCalledWith(SHEET, issues('vi'));

    await checkOnce();
    expect(fn.mark).toHaveBeenCalledTimes(2);
    expect(fn.mark).toHaveBeenLastCalledWith(SHEET, fewer.issues);
    expect(fn.unmark).not.toHaveBeenCalled();

    await checkOnce();
    expect(fn.mark).toHaveBeenCalledTimes(2);
    expect(fn.unmark).toHaveBeenCalledWith(SHEET);
  });

  test('when off, checks do not mark; closing the pane removes its marking', async () => {
    const { actions, fn } = fakeActions();
    const { unmount } = render(<App actions={actions} />);
    await checkOnce();
    await checkOnce();
    expect(fn.mark).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' }));
    });
    expect(fn.mark).toHaveBeenCalledTimes(1);
    await act(async () => {
      unmount();
    });
    expect(fn.unmark).toHaveBeenCalledWith(SHEET);
  });
});

describe('quick fixes', () => {
  test('a fix writes the suggested value, then checks again; Hoàn tác takes it back and checks again', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await checkOnce();
    const undo = screen.getByRole('button', { name: 'Hoàn tác' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    // only the problem with a suggestion has a fix button
    expect(screen.getAllByRole('button', { name: /^Sửa:/ })).toHaveLength(1);

    await press('Sửa: 10,7 (ô E16)');
    expect(fn.applyFix).toHaveBeenCalledWith(SHEET, { cell: 'E16', value: 10.7 });
    expect(fn.check).toHaveBeenCalledTimes(2);
    expect(fn.applyFix.mock.invocationCallOrder[0]).toBeLessThan(fn.check.mock.invocationCallOrder[1]);
    expect((screen.getByRole('button', { name: 'Hoàn tác' }) as HTMLButtonElement).disabled).toBe(false);

    await press('Hoàn tác');
    expect(fn.undo).toHaveBeenCalledTimes(1);
    expect(fn.check).toHaveBeenCalledTimes(3);
    expect(fn.undo.mock.invocationCallOrder[0]).toBeLessThan(fn.check.mock.invocationCallOrder[2]);
    expect((screen.getByRole('button', { name: 'Hoàn tác' }) as HTMLButtonElement).disabled).toBe(true);
    // One undo button in the pane: the quick fix is one of the operations it takes back.
    expect(screen.getAllByRole('button', { name: /Hoàn tác/ })).toHaveLength(1);
  });

  test('a text suggestion is shown as is, in English the number style changes', async () => {
    const withText = (lang: Lang) => ({
      ...report(lang),
      issues: [
        ...issues(lang),
        {
          cell: 'C12',
          code: 'missing-value',
          severity: 'warning' as const,
          template: 'missing-unit' as const,
          params: { name: 'Vốn đầu tư' },
          fix: { cell: 'C12', value: 'Tỷ đồng' },
        },
      ],
    });
    const { actions } = fakeActions({
      check: jest.fn(async () => ({ report: withText('en'), syncs: 1 })),
    });
    render(<App actions={actions} initialLang="en" />);
    await press('Check');
    expect(screen.getByRole('button', { name: 'Fix: 10.7 (cell E16)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix: Tỷ đồng (cell C12)' })).toBeTruthy();
  });

  test('a failing fix shows the error, keeps the report and does not check', async () => {
    const { actions, fn } = fakeActions({
      applyFix: jest.fn(async () => {
        throw new Error('AccessDenied');
      }),
    });
    render(<App actions={actions} />);
    await checkOnce();
    await press('Sửa: 10,7 (ô E16)');
    expect(screen.getByText(/AccessDenied/)).toBeTruthy();
    expect(fn.check).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'Vấn đề (4)' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Hoàn tác' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('re-check after an edit', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a change to the sheet triggers one re-check after the debounce', async () => {
    const { actions, fn, fireSheetChanged, stopListening } = fakeActions();
    const { unmount } = render(<App actions={actions} />);
    expect(fn.onSheetChanged).not.toHaveBeenCalled();
    await checkOnce();
    expect(fn.onSheetChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Đã kiểm tra lại sau khi sửa')).toBeNull();

    // two quick edits: one re-check
    await act(async () => {
      fireSheetChanged(SHEET);
      jest.advanceTimersByTime(300);
      fireSheetChanged(SHEET);
    });
    await act(async () => {
      jest.advanceTimersByTime(RECHECK_DELAY_MS - 1);
    });
    expect(fn.check).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(fn.check).toHaveBeenCalledTimes(2);
    expect(fn.check).toHaveBeenLastCalledWith();
    expect(screen.getByText('Đã kiểm tra lại sau khi sửa')).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(5 * RECHECK_DELAY_MS);
    });
    expect(fn.check).toHaveBeenCalledTimes(2);

    // a check by hand clears the note; still one subscription
    await checkOnce();
    expect(screen.queryByText('Đã kiểm tra lại sau khi sửa')).toBeNull();
    expect(fn.onSheetChanged).toHaveBeenCalledTimes(1);

    // an edit on another sheet does not touch this report
    await act(async () => {
      fireSheetChanged('Danh bạ');
      jest.advanceTimersByTime(2 * RECHECK_DELAY_MS);
    });
    expect(fn.check).toHaveBeenCalledTimes(3);

    await act(async () => {
      unmount();
    });
    expect(stopListening).toHaveBeenCalledTimes(1);
  });

  test('runs never overlap: an edit during a check re-checks once after it', async () => {
    let finish: (r: ActionResult) => void = () => undefined;
    let slow = false;
    const check = jest.fn(() => (slow ? new Promise<ActionResult>((resolve) => (finish = resolve)) : Promise.resolve({ report: report(), syncs: 1 })));
    const { actions, fireSheetChanged } = fakeActions({ check });
    render(<App actions={actions} />);
    await checkOnce();
    slow = true;
    await checkOnce(); // hangs until finish()
    expect(check).toHaveBeenCalledTimes(2);
    await act(async () => {
      fireSheetChanged(SHEET);
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    // not started while the other check runs
    expect(check).toHaveBeenCalledTimes(2);
    slow = false;
    await act(async () => {
      finish({ report: report('vi'), syncs: 1 });
    });
    await act(async () => {
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    expect(check).toHaveBeenCalledTimes(3);
  });

  test('a change event after the pane closed does nothing', async () => {
    const { actions, fn, fireSheetChanged } = fakeActions();
    const { unmount } = render(<App actions={actions} />);
    await checkOnce();
    await act(async () => {
      fireSheetChanged(SHEET);
      unmount();
      jest.advanceTimersByTime(2 * RECHECK_DELAY_MS);
    });
    expect(fn.check).toHaveBeenCalledTimes(1);
  });
});

describe('column roles', () => {
  test('changing a role saves the merged corrections and checks again; the column shows "đã sửa"', async () => {
    const { actions, fn } = fakeActions();
    fn.getRoles.mockResolvedValue({ B: 'name' });
    render(<App actions={actions} />);
    await checkOnce();
    // B's role came from a correction
    const cols = screen.getByRole('list', { name: 'Các cột (5)' });
    const b = within(cols).getByText('B').closest('li')!;
    expect(b.textContent).toContain('đã sửa');
    expect(within(cols).getAllByText('đã sửa')).toHaveLength(1);

    fn.getRoles.mockResolvedValue({ B: 'name', E: 'estimate' });
    const e = screen.getByRole('combobox', { name: 'Vai trò của cột E' });
    await act(async () => {
      fireEvent.change(e, { target: { value: 'estimate' } });
    });
    expect(fn.setRoles).toHaveBeenCalledTimes(1);
    expect(fn.setRoles).toHaveBeenCalledWith(SHEET, { B: 'name', E: 'estimate' });
    expect(fn.check).toHaveBeenCalledTimes(2);
    expect(fn.setRoles.mock.invocationCallOrder[0]).toBeLessThan(fn.check.mock.invocationCallOrder[1]);
    const eRow = within(screen.getByRole('list', { name: 'Các cột (5)' }))
      .getByText('E')
      .closest('li')!;
    expect(eRow.textContent).toContain('đã sửa');
    expect((screen.getByRole('combobox', { name: 'Vai trò của cột E' }) as HTMLSelectElement).value).toBe('estimate');
  });

  test('"Bỏ qua cột" saves "ignore"; the column can be brought back; reset clears every correction', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await checkOnce();
    // no corrections: no reset button
    expect(screen.queryByRole('button', { name: 'Khôi phục nhận dạng' })).toBeNull();

    fn.getRoles.mockResolvedValue({ D: 'ignore' });
    // the engine now leaves D out of the table
    const withoutD = indicatorTable();
    withoutD.columns = withoutD.columns.filter((c) => c.column !== 'D');
    fn.check.mockResolvedValueOnce({ report: report('vi', [withoutD]), syncs: 1 });
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Vai trò của cột D' }), {
        target: { value: 'ignore' },
      });
    });
    expect(fn.setRoles).toHaveBeenLastCalledWith(SHEET, { D: 'ignore' });
    const ignored = screen.getByRole('list', { name: 'Cột đã bỏ qua' });
    expect((within(ignored).getByRole('combobox', { name: 'Vai trò của cột D' }) as HTMLSelectElement).value).toBe('ignore');

    fn.getRoles.mockResolvedValue({});
    await press('Khôi phục nhận dạng');
    expect(fn.setRoles).toHaveBeenLastCalledWith(SHEET, {});
    expect(fn.check).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('list', { name: 'Cột đã bỏ qua' })).toBeNull();
    expect(screen.queryByText('đã sửa')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Khôi phục nhận dạng' })).toBeNull();
  });

  test('a failing save shows the error and puts the select back', async () => {
    const { actions, fn } = fakeActions();
    fn.setRoles.mockRejectedValue(new Error('settings failed'));
    render(<App actions={actions} />);
    await checkOnce();
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Vai trò của cột E' }), {
        target: { value: 'estimate' },
      });
    });
    expect(screen.getByText(/settings failed/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Vai trò của cột E' }) as HTMLSelectElement).value).toBe('plan');
    expect(fn.check).toHaveBeenCalledTimes(1);
  });
});

describe('several tables', () => {
  test('a sheet with two tables shows both kinds, each collapsible', async () => {
    const two = (lang: Lang) => report(lang, [indicatorTable(), investmentTable()]);
    const { actions } = fakeActions({
      check: jest.fn(async () => ({ report: two('vi'), syncs: 1 })),
    });
    render(<App actions={actions} />);
    await checkOnce();
    const region = screen.getByRole('region', { name: 'Các bảng (2)' });
    const first = within(region).getByRole('button', { name: 'Bảng 1 · Biểu rà soát chỉ tiêu kế hoạch' });
    const second = within(region).getByRole('button', { name: 'Bảng 2 · Kế hoạch đầu tư công' });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(second.getAttribute('aria-expanded')).toBe('false');

    await act(async () => {
      fireEvent.click(second);
    });
    expect(second.getAttribute('aria-expanded')).toBe('true');
    // the investment table's columns offer investment roles
    const g = within(region)
      .getAllByRole('combobox', { name: 'Vai trò của cột G' })
      .find((el) => (el as HTMLSelectElement).value === 'disbursed') as HTMLSelectElement;
    expect(Array.from(g.options).map((o) => o.textContent)).toContain('Giải ngân');
    expect(Array.from(g.options).map((o) => o.textContent)).toContain('Bỏ qua cột');
    expect(within(region).getByText('Tiêu đề: dòng 24–25 · Số liệu: dòng 26–31')).toBeTruthy();

    await press('English');
    expect(screen.getByRole('button', { name: 'Table 1 · Indicator plan review' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Table 2 · Public investment plan' })).toBeTruthy();
  });
});
