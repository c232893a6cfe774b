/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UserFacingError, type ActionResult } from '../../src/app/types';
import { ISSUE_WORDS_VI, emptyReport, fakeActions, report } from './fakes';

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

  test('switching to English changes the labels, and words the same report again without checking again', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('English');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Compute' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await press('Check');
    expect(fn.check.mock.calls).toEqual([[]]);
    expect(fn.compute).not.toHaveBeenCalled();
    expect(screen.getByText('Indicator plan review')).toBeTruthy();
    expect(screen.getByText('2 Errors')).toBeTruthy();
    expect(screen.getByText('The number “10.7” is typed as text, so Excel cannot compute with it; convert it to the number 10.7.')).toBeTruthy();
    // the new controls speak English too
    expect(screen.getByRole('switch', { name: 'Mark problem cells' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix: 10.7 (cell E16)' }).textContent).toBe('Fix: 10.7');
    expect(screen.getByRole('region', { name: 'Tables (1)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Role of column E' })).toBeTruthy();
    expect(screen.getAllByRole('option', { name: 'Ignore column' }).length).toBe(5);
    expect(screen.getByText('Header: rows 4–6 · Data: rows 7–20')).toBeTruthy();
    await press('Tiếng Việt');
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
    expect(screen.getByText('2 Lỗi')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sửa: 10,7 (ô E16)' }).textContent).toBe('Sửa: 10,7');
    expect(screen.getAllByRole('option', { name: 'Bỏ qua cột' }).length).toBe(5);
    // the report's messages follow the language: the same report, worded again, no second check
    expect(screen.getByText(ISSUE_WORDS_VI.E16)).toBeTruthy();
    expect(screen.queryByText(/typed as text/)).toBeNull();
    expect(fn.check).toHaveBeenCalledTimes(1);
  });

  test('initialLang en starts in English', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} initialLang="en" />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
  });

  test('pressing Kiểm tra shows the sheet, kind, columns and issues', async () => {
    const { actions, fn } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(fn.check.mock.calls).toEqual([[]]);

    expect(screen.getByText('Biểu số 1')).toBeTruthy();
    // The pane speaks to the planner: no count of round trips to Excel.
    expect(screen.queryByText(/trao đổi với Excel/)).toBeNull();
    const tables = screen.getByRole('region', { name: 'Các bảng (1)' });
    expect(within(tables).getByText('Biểu rà soát chỉ tiêu kế hoạch')).toBeTruthy();
    expect(within(tables).getByText(/^RÀ SOÁT CÁC CHỈ TIÊU/)).toBeTruthy();
    expect(within(tables).getByText('Tiêu đề: dòng 4–6 · Số liệu: dòng 7–20')).toBeTruthy();

    // columns: letter → role (a select to correct it), year, header text
    const cols = screen.getByRole('list', { name: 'Các cột (5)' });
    const e = within(cols).getByRole('combobox', { name: 'Vai trò của cột E' }) as HTMLSelectElement;
    expect(e.value).toBe('plan');
    expect(e.selectedOptions[0].textContent).toBe('Kế hoạch');
    // the roles an indicator-plan column may take, then "ignore"
    expect(Array.from(e.options).map((o) => o.value)).toEqual([
      'stt',
      'name',
      'unit',
      'actual',
      'plan',
      'estimate',
      'ratio',
      'evaluation',
      'owner',
      'note',
      'ignore',
    ]);
    expect(within(cols).queryByText('đã sửa')).toBeNull();
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
    expect(errors.textContent).toContain(ISSUE_WORDS_VI.E16);
    expect(within(errors as HTMLElement).getByRole('button', { name: 'Sửa: 10,7 (ô E16)' })).toBeTruthy();
    expect(errors.textContent).toContain('F20');
    const warnings = container.querySelector('[data-group="warning"]')!;
    expect(warnings.textContent).toContain('H8');
    expect(warnings.textContent).toContain(ISSUE_WORDS_VI.H8);

    // no computed list after a check
    expect(screen.queryByText(/Ô đã tính/)).toBeNull();
  });

  test('an unrecognised sheet says so', async () => {
    const { actions } = fakeActions({
      check: async () => ({ report: emptyReport(), syncs: 1 }),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText('Không nhận ra biểu chuẩn')).toBeTruthy();
    expect(screen.getByText('Không nhận ra cột nào.')).toBeTruthy();
    // Nothing was checked: no empty issue list that looks like a pass.
    expect(screen.queryByText('Không phát hiện vấn đề nào.')).toBeNull();
    const why = screen.getByRole('region', { name: 'Chưa kiểm tra được' });
    expect(within(why).getByText(/Không nhận ra biểu chuẩn nào trên trang này/)).toBeTruthy();
    expect(within(why).getByText(/Không thấy dòng nào giống tiêu đề bảng/)).toBeTruthy();
  });

  test('like issues of one column are one line; opened, each cell; "Sửa cả 3 ô" puts the three fixes as one step', async () => {
    const texts = ['D10', 'D11', 'D12'].map((cell, k) => ({
      cell,
      code: 'number-as-text',
      severity: 'info' as const,
      template: 'number-as-text' as const,
      params: { text: `1.${k}00`, fixed: { num: 1000 + 100 * k, style: 'vi' as const } },
      fix: { cell, value: 1000 + 100 * k },
    }));
    const base = report('vi');
    const grouped = {
      ...base,
      issues: [...base.issues, ...texts],
      groups: [
        {
          code: 'number-as-text',
          severity: 'info' as const,
          column: 'D',
          count: 3,
          cells: ['D10', 'D11', 'D12'],
          fixes: 3,
        },
      ],
    };
    const { actions, fn } = fakeActions({ check: jest.fn(async () => ({ report: grouped, syncs: 1 })) });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    const line = screen.getByRole('button', { name: /Cột D: 3 số gõ dạng chữ \(D10–D12\)/ });
    expect(line).toBeTruthy();
    // Closed: the three cells are not listed one by one.
    expect(screen.queryByRole('button', { name: /^D11 / })).toBeNull();
    const show = screen.getByRole('button', { name: 'Xem từng ô (3)' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await act(async () => {
      fireEvent.click(show);
    });
    expect(screen.getByRole('button', { name: 'Thu gọn' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^D11 / })).toBeTruthy();
    await press('Sửa cả 3 ô');
    expect(fn.applyFixes.mock.calls).toEqual([[base.name, texts.map((i) => i.fix)]]);
    expect(fn.applyFix).not.toHaveBeenCalled();
  });

  test('an unrecognised sheet can be read as a kind the planner picks, the closest offered first', async () => {
    const message =
      'Dòng 2 trông như tiêu đề bảng nhưng chưa nhận ra là biểu nào. Gần nhất: Kế hoạch đầu tư công; có: “Tên chỉ tiêu, dự án”; thiếu: “Kế hoạch vốn năm”.';
    const { actions, fn } = fakeActions({
      check: jest.fn(async () => ({
        report: emptyReport('Dự án', [{ rows: [2, 2], closest: 'investment', found: ['name'], missing: [{ anyOf: ['year-plan'] }] }]),
        syncs: 1,
      })),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    // The pane words the block from what the engine found.
    expect(screen.getByText(message)).toBeTruthy();
    const select = screen.getByLabelText('Đọc trang này như:') as HTMLSelectElement;
    expect(select.value).toBe('investment');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'task-list' } });
    });
    await press('Áp dụng');
    expect(fn.setKind.mock.calls).toEqual([['Dự án', 'task-list']]);
    // and the sheet is checked again with it
    expect((actions.check as jest.Mock).mock.calls.length).toBe(2);
  });

  test('"Bỏ qua" leaves an issue; the ignored ones are shown on demand and can be shown again', async () => {
    const base = report('vi');
    const [first, ...rest] = base.issues;
    const { actions, fn } = fakeActions({
      check: jest.fn(async () => ({ report: { ...base, issues: rest, ignored: [first] }, syncs: 1 })),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: `Bỏ qua vấn đề ở ô ${rest[0].cell}` }));
    });
    expect(fn.ignoreIssue.mock.calls).toEqual([[base.name, rest[0]]]);
    const toggle = screen.getByRole('button', { name: 'Hiện các vấn đề đã bỏ qua (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(async () => {
      fireEvent.click(toggle);
    });
    const list = screen.getByRole('list', { name: 'Các vấn đề đã bỏ qua' });
    expect(within(list).getByText(ISSUE_WORDS_VI.E16)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(list).getByRole('button', { name: `Hiện lại vấn đề ở ô ${first.cell}` }));
    });
    expect(fn.unignoreIssue.mock.calls).toEqual([[base.name, first]]);
  });

  test('the direction of an indicator row can be set, and a chosen kind given back to recognition', async () => {
    const base = report('vi');
    const chosen = { ...base, tables: base.tables.map((tb) => ({ ...tb, chosen: true })) };
    const { actions, fn } = fakeActions({ check: jest.fn(async () => ({ report: chosen, syncs: 1 })) });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    const save = screen.getByRole('button', { name: 'Lưu' });
    // No row yet: nothing to save.
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Dòng'), { target: { value: '8' } });
    });
    await press('Lưu');
    expect(fn.setDirection.mock.calls).toEqual([[base.name, 8, 'lower']]);
    expect(fn.setBound.mock.calls).toEqual([[base.name, 8, null]]);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Chỉ tiêu đặt ra là'), { target: { value: 'ceiling' } });
    });
    await press('Lưu');
    expect(fn.setBound.mock.calls[1]).toEqual([base.name, 8, 'ceiling']);
    await press('Để chitieu tự nhận ra');
    expect(fn.setKind.mock.calls).toEqual([[base.name, null]]);
    // The header rows, where chitieu put them: shown, and can be named again.
    expect((screen.getByLabelText('Từ dòng') as HTMLInputElement).value).toBe('4');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Từ dòng'), { target: { value: '3' } });
    });
    await press('Đọc lại');
    expect(fn.setHeaderRows.mock.calls).toEqual([[base.name, [3, 6]]]);
  });

  test('an unrecognised table says which kind came closest and what it lacks; its row can be selected', async () => {
    const message =
      'Dòng 2 trông như tiêu đề bảng nhưng chưa nhận ra là biểu nào. Gần nhất: Kế hoạch đầu tư công; có: “Tên chỉ tiêu, dự án”; thiếu: “Kế hoạch vốn năm”.';
    const { actions, fn } = fakeActions({
      check: async () => ({
        report: emptyReport('Dự án', [{ rows: [2, 2], closest: 'investment', found: ['name'], missing: [{ anyOf: ['year-plan'] }] }]),
        syncs: 1,
      }),
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    const why = screen.getByRole('region', { name: 'Chưa kiểm tra được' });
    expect(within(why).getByText(message)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(why).getByRole('button', { name: /Gần nhất: Kế hoạch đầu tư công/ }));
    });
    expect(fn.select.mock.calls).toEqual([['Dự án', 'A2']]);
  });

  test('Tính toán, then Ghi vào trang tính, shows the computed cells in Vietnamese number style', async () => {
    const { actions, fn } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Tính toán');
    expect(fn.compute).not.toHaveBeenCalled();
    await press('Ghi vào trang tính');
    expect(fn.compute.mock.calls).toEqual([[{ metrics: ['completion', 'growth', 'plan-growth'] }]]);
    expect(fn.check).not.toHaveBeenCalled();
    // the panel closed once written
    expect(screen.queryByRole('region', { name: 'Chọn cột cần tính' })).toBeNull();
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
        throw new UserFacingError('sheet-protected', { sheet: 'Biểu số 1' });
      },
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(
      screen.getByText('Trang tính “Biểu số 1” đang được bảo vệ nên tiện ích chưa ghi gì cả. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.')
    ).toBeTruthy();
    expect(
      screen.queryByText('The sheet “Biểu số 1” is protected, so the add-in changed nothing. Unprotect it (Review → Unprotect Sheet), then try again.')
    ).toBeNull();
    await press('English');
    expect(
      screen.getByText('The sheet “Biểu số 1” is protected, so the add-in changed nothing. Unprotect it (Review → Unprotect Sheet), then try again.')
    ).toBeTruthy();
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
    await press('Ghi vào trang tính');
    expect(screen.getByText('Đã xảy ra lỗi không mong muốn.')).toBeTruthy();
    expect(screen.getByText(/RichApi\.Error: boom/)).toBeTruthy();
    // the panel stays open to try again
    expect(screen.getByRole('region', { name: 'Chọn cột cần tính' })).toBeTruthy();
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
    expect(screen.getByText('Biểu rà soát chỉ tiêu kế hoạch')).toBeTruthy();
  });

  test('cell text that looks like markup is shown as text', async () => {
    const { actions } = fakeActions();
    const { container } = render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.getByText(ISSUE_WORDS_VI.B9)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});
