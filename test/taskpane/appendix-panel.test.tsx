/** @jest-environment jsdom */
/**
 * The appendix panel that "Phụ lục" opens: tasks from the task list, the
 * selection or the form; edit, move and remove them; the options; then
 * insert, copy for Word (Clipboard API, or a copy event) or download .docx.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { DOCX_MIME, REVOKE_DELAY_MS, dateDraftOf, dateDraftText, normalizeCell, ownersOf } from '../../src/taskpane/appendix';
import { UserFacingError, type InsertAppendixOptions, type InsertAppendixResult } from '../../src/app/types';
import type { AppendixModel, AppendixTask } from '../../src/engine/appendix';
import { SHEET, TASK_SHEET, XSS, fakeActions, insertResult, sampleTasks } from './fakes';

jest.mock('../../src/export/docx', () => ({
  appendixDocx: jest.fn(async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04])),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const docx = require('../../src/export/docx') as { appendixDocx: jest.Mock<Promise<Uint8Array>, [AppendixModel]> };

const PANEL = 'Phụ lục nhiệm vụ trọng tâm';

async function press(name: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(scope).getByRole('button', { name }));
  });
}

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
  });
}

async function change(el: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
}

function panel(): HTMLElement {
  return screen.getByRole('region', { name: /^(Phụ lục nhiệm vụ trọng tâm|Appendix of key tasks)$/ });
}

/** Press "Phụ lục"; the panel's code loads the first time. */
async function openPanel(): Promise<HTMLElement> {
  await press('Phụ lục');
  return screen.findByRole('region', { name: /^(Phụ lục nhiệm vụ trọng tâm|Appendix of key tasks)$/ });
}

function items(): HTMLElement[] {
  return Array.from(panel().querySelectorAll('li[data-task]')) as HTMLElement[];
}

function form(name: RegExp | string): HTMLElement {
  return within(panel()).getByRole('group', { name });
}

/** Fill a date picker of the form. */
async function pickDate(scope: HTMLElement, label: string, kind: 'month' | 'quarter' | 'text', value: string, year?: string) {
  const group = within(scope).getByRole('group', { name: label });
  await change(within(group).getByRole('combobox', { name: 'Kiểu' }), kind);
  if (kind === 'month') await change(within(group).getByRole('combobox', { name: 'Tháng' }), value);
  if (kind === 'quarter') await change(within(group).getByRole('combobox', { name: 'Quý' }), value);
  if (kind === 'text') await change(within(group).getByRole('textbox', { name: 'Ghi là' }), value);
  if (year !== undefined) await change(within(group).getByRole('spinbutton', { name: 'Năm' }), year);
}

async function insert() {
  await press('Chèn phụ lục', panel());
}

function lastInsert(fn: jest.Mock): [AppendixTask[], InsertAppendixOptions | undefined] {
  const calls = fn.mock.calls;
  return calls[calls.length - 1] as [AppendixTask[], InsertAppendixOptions | undefined];
}

function blobText(b: Blob): Promise<string> {
  if (typeof b.text === 'function') return b.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items);
  }
}

afterEach(() => {
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  delete (document as { execCommand?: unknown }).execCommand;
  jest.restoreAllMocks();
});

describe('appendix panel', () => {
  test('the task list’s own title (with its plan period) comes with its tasks, unless the planner typed one', async () => {
    const TITLE = 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2021-2025';
    const { actions } = fakeActions({ readTasks: jest.fn(async () => ({ sheet: TASK_SHEET, tasks: sampleTasks(), title: TITLE })) });
    render(<App actions={actions} />);
    await openPanel();
    const title = () => within(panel()).getByRole('textbox', { name: 'Tiêu đề' }) as HTMLInputElement;
    expect(title().value).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH');
    await press('Lấy từ bảng nhiệm vụ', panel());
    expect(title().value).toBe(TITLE);
    // A title the planner typed stays when the list is taken again.
    await change(title(), 'NHIỆM VỤ NĂM 2024');
    await press('Lấy từ bảng nhiệm vụ', panel());
    expect(title().value).toBe('NHIỆM VỤ NĂM 2024');
  });

  test('Phụ lục opens the panel beside Kiểm tra and Tính toán; loading the task list fills the list', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    const button = screen.getByRole('button', { name: 'Phụ lục' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await openPanel();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(within(panel()).getByText('Nhiệm vụ (0)')).toBeTruthy();
    // nothing to write yet
    expect((within(panel()).getByRole('button', { name: 'Chèn phụ lục' }) as HTMLButtonElement).disabled).toBe(true);

    await press('Lấy từ bảng nhiệm vụ', panel());
    expect(fn.readTasks).toHaveBeenCalledTimes(1);
    expect(within(panel()).getByText('Đã lấy 4 nhiệm vụ từ trang “Nhiệm vụ”.')).toBeTruthy();
    expect(within(panel()).getByText('Nhiệm vụ (4)')).toBeTruthy();
    expect(items()).toHaveLength(4);
    expect(items()[0].textContent).toContain('Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP');
    expect(items()[0].textContent).toContain('Tháng 7/2020 – Tháng 12/2021');
    expect(items()[0].textContent).toContain('Sở Thông tin và Truyền thông');
    // the date that does not read is flagged, and kept
    const bad = items()[3].querySelector('[data-warning="date"]');
    expect(bad?.textContent).toBe('Không đọc được ngày “Tháng 13/2021”: vẫn giữ như đã nhập.');
    expect(items()[3].textContent).toContain('(chưa có đơn vị chủ trì)');
    expect(items()[0].querySelector('[data-warning]')).toBeNull();

    // the same press again closes it
    await click(button);
    expect(screen.queryByRole('region', { name: PANEL })).toBeNull();
  });

  test('a sheet without a task list, and tasks from the selection', async () => {
    const { actions, fn } = fakeActions();
    fn.readTasks.mockResolvedValueOnce(null);
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    expect(within(panel()).getByText('Trang này không có bảng nhiệm vụ.')).toBeTruthy();
    expect(items()).toHaveLength(0);

    await press('Lấy từ vùng chọn', panel());
    expect(fn.readSelectionTasks).toHaveBeenCalledTimes(1);
    expect(within(panel()).getByText('Đã lấy 2 nhiệm vụ từ vùng B4:F5 của trang “Nhiệm vụ”.')).toBeTruthy();
    expect(items()).toHaveLength(2);

    fn.readSelectionTasks.mockResolvedValueOnce(null);
    await press('Lấy từ vùng chọn', panel());
    expect(within(panel()).getByText('Vùng chọn không có nhiệm vụ nào.')).toBeTruthy();
    // the list stays as it was
    expect(items()).toHaveLength(2);

    // in English
    await press('English');
    fn.readTasks.mockResolvedValueOnce(null);
    await press('From the task list', panel());
    expect(within(panel()).getByText('This sheet has no task list.')).toBeTruthy();
  });

  test('adding a task through the form: Quý II 2021 gives "Quý II/2021"', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await press('+ Thêm nhiệm vụ', panel());
    const f = form('Thêm nhiệm vụ');

    // the task is required
    await press('Thêm', f);
    expect(within(f).getByText('Nhập nội dung nhiệm vụ.')).toBeTruthy();
    expect(items()).toHaveLength(4);

    await change(within(f).getByLabelText('Nhiệm vụ'), 'Chuyển đổi số\ntrong cơ quan nhà nước');
    await pickDate(f, 'Thời gian bắt đầu', 'quarter', '2', '2021');
    expect(within(within(f).getByRole('group', { name: 'Thời gian bắt đầu' })).getByText('Sẽ ghi: Quý II/2021')).toBeTruthy();
    await pickDate(f, 'Thời gian kết thúc', 'month', '12', '2022');
    // the owning unit: suggestions are the units already in the list; any other can be typed
    const owner = within(f).getByRole('combobox', { name: 'Đơn vị chủ trì' });
    await click(owner);
    const listbox = screen.getByRole('listbox');
    const options = within(listbox)
      .queryAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh']);
    await click(within(listbox).getByRole('option', { name: 'Văn phòng UBND tỉnh' }));
    expect((owner as HTMLInputElement).value).toBe('Văn phòng UBND tỉnh');
    // Typing narrows the units offered, marks or not.
    await change(owner, 'thong tin');
    if (!screen.queryByRole('listbox')) await click(owner);
    expect(
      within(screen.getByRole('listbox'))
        .queryAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['Sở Thông tin và Truyền thông']);
    await change(owner, 'Sở Nội vụ');
    expect((owner as HTMLInputElement).value).toBe('Sở Nội vụ');
    await change(within(f).getByLabelText('Ghi chú'), 'Ưu tiên');
    await press('Thêm', f);

    expect(screen.queryByRole('group', { name: 'Thêm nhiệm vụ' })).toBeNull();
    expect(items()).toHaveLength(5);
    expect(items()[4].textContent).toContain('Quý II/2021 – Tháng 12/2022');

    await insert();
    const [tasks] = lastInsert(fn.insertAppendix);
    expect(tasks).toHaveLength(5);
    expect(tasks[4]).toEqual({
      task: 'Chuyển đổi số\ntrong cơ quan nhà nước',
      start: 'Quý II/2021',
      end: 'Tháng 12/2022',
      owner: 'Sở Nội vụ',
      note: 'Ưu tiên',
    });
  });

  test('a date typed as text that does not read is warned about but kept', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('+ Thêm nhiệm vụ', panel());
    const f = form('Thêm nhiệm vụ');
    await change(within(f).getByLabelText('Nhiệm vụ'), 'Rà soát hạ tầng');
    await pickDate(f, 'Thời gian bắt đầu', 'text', 'Thường xuyên');
    await pickDate(f, 'Thời gian kết thúc', 'text', 'Quý V/2021');
    const end = within(f).getByRole('group', { name: 'Thời gian kết thúc' });
    expect(within(end).getByText('Không đọc được ngày “Quý V/2021”: vẫn giữ như đã nhập.')).toBeTruthy();
    const start = within(f).getByRole('group', { name: 'Thời gian bắt đầu' });
    expect(within(start).getByText('Sẽ ghi: Thường xuyên')).toBeTruthy();
    await press('Thêm', f);
    expect(items()[0].querySelectorAll('[data-warning="date"]')).toHaveLength(1);
    await insert();
    expect(lastInsert(fn.insertAppendix)[0][0]).toMatchObject({ start: 'Thường xuyên', end: 'Quý V/2021' });
  });

  test('editing, moving up and removing change what is inserted, in order', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    const original = sampleTasks();

    // the first cannot go up, the last cannot go down
    expect((within(items()[0]).getByRole('button', { name: 'Đưa nhiệm vụ 1 lên' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(items()[3]).getByRole('button', { name: 'Đưa nhiệm vụ 4 xuống' }) as HTMLButtonElement).disabled).toBe(true);

    await press('Đưa nhiệm vụ 3 lên', panel());
    await press('Xóa nhiệm vụ 4', panel());
    expect(items()).toHaveLength(3);
    expect(items()[1].textContent).toContain('Hình thành Hiệp hội Doanh nghiệp số');

    // edit the first: the form opens under it with its values
    await press('Sửa nhiệm vụ 1', panel());
    const f = form('Sửa nhiệm vụ 1');
    expect((within(f).getByLabelText('Nhiệm vụ') as HTMLTextAreaElement).value).toBe(original[0].task);
    const start = within(f).getByRole('group', { name: 'Thời gian bắt đầu' });
    expect((within(start).getByRole('combobox', { name: 'Kiểu' }) as HTMLSelectElement).value).toBe('month');
    expect((within(start).getByRole('combobox', { name: 'Tháng' }) as HTMLSelectElement).value).toBe('7');
    expect((within(start).getByRole('spinbutton', { name: 'Năm' }) as HTMLInputElement).value).toBe('2020');
    expect((within(f).getByRole('combobox', { name: 'Đơn vị chủ trì' }) as HTMLInputElement).value).toBe('Sở Thông tin và Truyền thông');
    await change(within(f).getByLabelText('Nhiệm vụ'), 'Triển khai LGSP');
    await pickDate(f, 'Thời gian kết thúc', 'quarter', '4', '2021');
    await press('Lưu', f);
    expect(items()[0].textContent).toContain('Triển khai LGSP');
    expect(items()[0].textContent).toContain('Tháng 7/2020 – Quý IV/2021');

    await insert();
    const [tasks] = lastInsert(fn.insertAppendix);
    expect(tasks.map((x) => x.task)).toEqual(['Triển khai LGSP', original[2].task, original[1].task]);
    // the edited task keeps where it came from; the untouched start keeps its cell, the new end does not
    expect(tasks[0]).toEqual({
      ...original[0],
      task: 'Triển khai LGSP',
      end: 'Quý IV/2021',
      cells: { start: original[0].cells!.start },
    });
    expect(tasks[1]).toEqual(original[2]);
  });

  test('the options are passed through; the timeline reads its period from the title', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    const p = panel();
    const title = within(p).getByLabelText('Tiêu đề') as HTMLTextAreaElement;
    expect(title.value).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH');
    const subtitle = within(p).getByLabelText('Dòng in nghiêng') as HTMLTextAreaElement;
    expect(subtitle.value).toContain('(Kèm theo Kế hoạch số');

    // the timeline without a period in the title says so
    await click(within(p).getByRole('switch', { name: 'Thêm tiến độ theo quý' }));
    expect(within(p).getByText('Tiến độ theo quý cần giai đoạn trong tiêu đề, ví dụ “GIAI ĐOẠN 2021-2025”.')).toBeTruthy();
    await change(title, 'Một số nhiệm vụ trọng tâm thực hiện Kế hoạch giai đoạn 2021-2025');
    expect(within(p).getByText('Giai đoạn 2021–2025: 20 cột quý.')).toBeTruthy();

    await change(subtitle, '(Kèm theo Kế hoạch số 12/KH-STTTT)');
    await click(within(p).getByRole('radio', { name: 'Theo thời gian bắt đầu' }));
    await click(within(p).getByRole('switch', { name: 'Nhóm theo đơn vị chủ trì' }));
    await insert();
    const [tasks, opts] = lastInsert(fn.insertAppendix);
    expect(tasks).toEqual(sampleTasks());
    expect(opts).toEqual({
      title: 'Một số nhiệm vụ trọng tâm thực hiện Kế hoạch giai đoạn 2021-2025',
      subtitle: '(Kèm theo Kế hoạch số 12/KH-STTTT)',
      order: 'start',
      groupByOwner: true,
      timeline: true,
    });
  });

  test('"Tại ô…" passes the sheet and the cell; a cell that is no cell keeps Insert off', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    expect(fn.listSheets).not.toHaveBeenCalled();
    await click(within(panel()).getByRole('radio', { name: 'Tại ô…' }));
    expect(fn.listSheets).toHaveBeenCalledTimes(1);
    const sheet = (await within(panel()).findByRole('combobox', { name: 'Trang tính' })) as HTMLSelectElement;
    expect(Array.from(sheet.options).map((o) => o.value)).toEqual([SHEET, 'Đầu tư công', TASK_SHEET, 'Danh bạ']);
    // it starts on the sheet the tasks came from
    expect(sheet.value).toBe(TASK_SHEET);
    const insertButton = within(panel()).getByRole('button', { name: 'Chèn phụ lục' }) as HTMLButtonElement;
    expect(insertButton.disabled).toBe(true);
    expect(within(panel()).getByText('Nhập địa chỉ một ô, ví dụ B3.')).toBeTruthy();

    const cell = within(panel()).getByRole('textbox', { name: 'Ô' });
    await change(cell, 'B');
    expect(insertButton.disabled).toBe(true);
    await change(cell, ' $h$30 ');
    expect(insertButton.disabled).toBe(false);
    await change(sheet, 'Danh bạ');
    await insert();
    expect(lastInsert(fn.insertAppendix)[1]).toMatchObject({ at: { sheet: 'Danh bạ', cell: 'H30' } });
    expect(within(panel()).getByText('Đã chèn vào trang “Danh bạ” (H30:F12).')).toBeTruthy();

    // back to a new sheet: no `at`
    await click(within(panel()).getByRole('radio', { name: /^Trang mới “Phụ lục”/ }));
    await insert();
    expect(lastInsert(fn.insertAppendix)[1]).not.toHaveProperty('at');
  });

  test('the result names the sheet and the area, the dates it could not read, and what this Excel lacks', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await insert();
    const status = within(panel()).getAllByRole('status')[0];
    expect(within(status).getByText('Đã chèn vào trang mới “Phụ lục” (A1:F9).')).toBeTruthy();
    expect(within(status).getByText('Ngày không đọc được, ghi nguyên như đã nhập (1):')).toBeTruthy();
    const bad = status.querySelector('li[data-invalid]') as HTMLElement;
    expect(bad.textContent).toBe('“Tháng 13/2021” — bắt đầu, nhiệm vụ 4 (Nhiệm vụ!C7)');
    // No developer words (round trips to Excel) in what the planner reads.
    expect(within(status).queryByText(/trao đổi với Excel/)).toBeNull();
    expect(within(status).queryByText(/ExcelApi 1\.9/)).toBeNull();

    // again: the previous appendix replaced, on an Excel without page set-up
    fn.insertAppendix.mockImplementationOnce(async (tasks: AppendixTask[], opts?: InsertAppendixOptions): Promise<InsertAppendixResult> => ({
      ...insertResult(tasks, opts),
      invalid: [],
      replaced: true,
      created: false,
      skipped: ['pageSetup'],
    }));
    await insert();
    expect(within(panel()).getByText('Đã chèn vào trang “Phụ lục” (A1:F9), đã thay phụ lục cũ.')).toBeTruthy();
    expect(within(panel()).getByText(/Excel này chưa hỗ trợ thiết lập trang in \(cần ExcelApi 1\.9\)/)).toBeTruthy();
    expect(within(panel()).queryByText(/Ngày không đọc được/)).toBeNull();

    // the words follow the language
    await press('English');
    expect(within(panel()).getByText('Inserted into sheet “Phụ lục” (A1:F9), replacing the previous appendix.')).toBeTruthy();
    expect(within(panel()).getByText(/needs ExcelApi 1\.9/)).toBeTruthy();
  });

  test("an error for the user shows in the panel in the pane's language", async () => {
    const { actions, fn } = fakeActions();
    fn.insertAppendix.mockRejectedValueOnce(new UserFacingError('sheet-protected', { sheet: 'Danh bạ' }));
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await insert();
    expect(
      within(panel()).getByText(
        'Trang tính “Danh bạ” đang được bảo vệ nên tiện ích chưa ghi gì cả. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.'
      )
    ).toBeTruthy();
    await press('English');
    expect(
      within(panel()).getByText('The sheet “Danh bạ” is protected, so the add-in changed nothing. Unprotect it (Review → Unprotect Sheet), then try again.')
    ).toBeTruthy();
    // the list is still there to try again
    expect(items()).toHaveLength(4);
  });

  test('Copy for Word puts HTML with the table and plain text on the clipboard; cell text stays text', async () => {
    const write = jest.fn(async (_items: FakeClipboardItem[]) => undefined);
    setClipboard({ write });
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const { actions, fn } = fakeActions();
    fn.readTasks.mockResolvedValueOnce({
      sheet: TASK_SHEET,
      tasks: [{ task: XSS, start: 'Tháng 1/2021', end: 'Quý II/2021', owner: 'Sở <b>TT&TT</b>', note: '' }],
    });
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    // shown as text, never as markup
    expect(items()[0].textContent).toContain(XSS);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();

    await press('Sao chép cho Word', panel());
    expect(write).toHaveBeenCalledTimes(1);
    const [item] = write.mock.calls[0][0];
    expect(item.types.sort()).toEqual(['text/html', 'text/plain']);
    expect(item.items['text/html'].type).toBe('text/html');
    const html = await blobText(item.items['text/html']);
    expect(html).toContain('<table');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(XSS);
    expect(html).toContain('Sở &lt;b&gt;TT&amp;TT&lt;/b&gt;');
    expect(html).toContain('Quý II/2021');
    const text = await blobText(item.items['text/plain']);
    expect(text).toContain(`1\t${XSS}\tTháng 1/2021\tQuý II/2021`);
    expect(within(panel()).getByText('Đã sao chép. Mở Word và dán (Ctrl+V).')).toBeTruthy();
    expect(fn.insertAppendix).not.toHaveBeenCalled();
  });

  test('without navigator.clipboard, or when it refuses, the copy goes through a copy event', async () => {
    setClipboard(undefined);
    const setData = jest.fn();
    const execCommand = jest.fn((command: string) => {
      expect(command).toBe('copy');
      const e = new Event('copy', { cancelable: true });
      Object.defineProperty(e, 'clipboardData', { value: { setData } });
      document.dispatchEvent(e);
      return e.defaultPrevented;
    });
    (document as { execCommand?: unknown }).execCommand = execCommand;
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await press('Sao chép cho Word', panel());
    expect(execCommand).toHaveBeenCalledTimes(1);
    const types = setData.mock.calls.map((c) => c[0]);
    expect(types).toEqual(['text/html', 'text/plain']);
    expect(setData.mock.calls[0][1]).toContain('<table');
    expect(setData.mock.calls[0][1]).toContain('Hình thành Hiệp hội Doanh nghiệp số');
    expect(setData.mock.calls[1][1]).toContain('PHỤ LỤC\n');
    expect(within(panel()).getByText('Đã sao chép. Mở Word và dán (Ctrl+V).')).toBeTruthy();

    // the listener is gone: a later copy by the user is left alone
    const later = new Event('copy', { cancelable: true });
    Object.defineProperty(later, 'clipboardData', { value: { setData } });
    document.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);

    // the Clipboard API refuses: the copy event still does it
    const write = jest.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    setClipboard({ write });
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    await press('Sao chép cho Word', panel());
    expect(write).toHaveBeenCalledTimes(1);
    expect(execCommand).toHaveBeenCalledTimes(2);
    expect(within(panel()).getByText('Đã sao chép. Mở Word và dán (Ctrl+V).')).toBeTruthy();

    // neither works: the pane says so, and points to the download
    execCommand.mockImplementation(() => false);
    await press('Sao chép cho Word', panel());
    expect(within(panel()).getByText(/Không sao chép được: Excel không cho phép ghi vào bộ nhớ tạm/)).toBeTruthy();
    expect(within(panel()).getByText(/Write permission denied/)).toBeTruthy();
  });

  test('Download .docx builds the document lazily and clicks a temporary <a download="Phu-luc.docx">', async () => {
    const createObjectURL = jest.fn((_b: Blob) => 'blob:phu-luc');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.isConnected).toBe(true);
      clicked.push(this);
    });
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await press('Tải về .docx', panel());

    expect(docx.appendixDocx).toHaveBeenCalledTimes(1);
    const model = docx.appendixDocx.mock.calls[0][0];
    expect(model.title).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH');
    expect(model.rows.map((r) => r.task)).toEqual(sampleTasks().map((x) => x.task));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe(DOCX_MIME);
    expect(blob.size).toBe(4);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('Phu-luc.docx');
    expect(clicked[0].getAttribute('href')).toBe('blob:phu-luc');
    // the link is gone at once, the URL a moment later
    expect(clicked[0].isConnected).toBe(false);
    expect(within(panel()).getByText('Đã tạo tệp Phu-luc.docx.')).toBeTruthy();
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:phu-luc'), { timeout: REVOKE_DELAY_MS + 1000 });

    // a failure is told in words
    docx.appendixDocx.mockRejectedValueOnce(new Error('disk full'));
    await press('Tải về .docx', panel());
    expect(within(panel()).getByText(/Không tải về được tệp \.docx\. Chi tiết: disk full/)).toBeTruthy();
  });

  test('the list is kept while the panel is closed; Tính toán and Phụ lục take turns', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await openPanel();
    await press('Lấy từ bảng nhiệm vụ', panel());
    await press('Xóa nhiệm vụ 1', panel());
    await press('Đóng', panel());
    expect(screen.queryByRole('region', { name: PANEL })).toBeNull();
    await openPanel();
    expect(items()).toHaveLength(3);

    await press('Tính toán');
    expect(screen.queryByRole('region', { name: PANEL })).toBeNull();
    expect(screen.getByRole('region', { name: 'Chọn cột cần tính' })).toBeTruthy();
    await openPanel();
    expect(screen.queryByRole('region', { name: 'Chọn cột cần tính' })).toBeNull();
    expect(items()).toHaveLength(3);
  });
});

describe('appendix helpers', () => {
  test('cells, dates and owning units', () => {
    expect(normalizeCell('b3')).toBe('B3');
    expect(normalizeCell('$XFD$1048576')).toBe('XFD1048576');
    expect(normalizeCell('XFE1')).toBeNull();
    expect(normalizeCell('B0')).toBeNull();
    expect(normalizeCell('B3:C4')).toBeNull();
    expect(normalizeCell("'Phụ lục'!B3")).toBeNull();

    const fb = { month: 3, year: 2024 };
    expect(dateDraftOf('Quý II/2021', fb)).toMatchObject({ kind: 'quarter', quarter: 2, year: '2021' });
    expect(dateDraftOf('01/2021', fb)).toMatchObject({ kind: 'month', month: 1, year: '2021' });
    expect(dateDraftOf('Tháng 13/2021', fb)).toMatchObject({ kind: 'text', text: 'Tháng 13/2021' });
    expect(dateDraftOf(44377, fb)).toMatchObject({ kind: 'text', text: '30/6/2021' });
    expect(dateDraftOf(null, fb)).toMatchObject({ kind: 'text', text: '' });
    expect(dateDraftText({ kind: 'quarter', month: 1, quarter: 2, year: ' 2021 ', text: '' })).toBe('Quý II/2021');
    expect(dateDraftText({ kind: 'month', month: 1, quarter: 1, year: '2021', text: '' })).toBe('Tháng 1/2021');

    expect(ownersOf(['Sở TT&TT', ' sở tt&tt ', '', 'Văn phòng UBND tỉnh', 'Sở TT&TT'])).toEqual(['Sở TT&TT', 'Văn phòng UBND tỉnh']);
  });
});
