/** @jest-environment jsdom */
/**
 * "Viết câu báo cáo" in the pane (issue 17): offered after a check of an
 * indicator sheet (not of another kind); shows one sentence per indicator
 * with its cell, in the pane's language; a cell button selects it; "Sao
 * chép cho Word" puts the sentences as report paragraphs (HTML) and text.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { fakeActions, report, SHEET, taskTable } from './fakes';

async function press(name: string | RegExp, inside?: HTMLElement) {
  await act(async () => {
    fireEvent.click((inside ? within(inside) : screen).getByRole('button', { name }));
  });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function blobText(b: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
});

const FIRST =
  'Tổng doanh thu năm 2018 ước đạt 2.430 tỷ đồng, đạt 125% kế hoạch năm, không đổi so với năm 2017; trong đó: doanh thu khối bưu chính ước đạt 180 tỷ đồng, đạt 112,5% kế hoạch năm, tăng 20% so với năm 2017; doanh thu khối viễn thông ước đạt 2.250 tỷ đồng, đạt 126,1% kế hoạch năm, giảm 1,3% so với năm 2017.';

test('after a check of an indicator sheet: the sentences with their cells; a cell button selects it', async () => {
  const { actions, fn } = fakeActions();
  render(<App actions={actions} />);
  expect(screen.queryByRole('button', { name: 'Viết câu báo cáo' })).toBeNull();
  await press('Kiểm tra');
  await press('Viết câu báo cáo');
  const box = screen.getByRole('region', { name: 'Câu báo cáo từ biểu này' });
  const items = within(box).getAllByRole('listitem');
  // Tiền Giang 2018: nine indicators, the revenue's two parts inside its sentence.
  expect(items).toHaveLength(9);
  expect(items[0].textContent).toBe(`B8${FIRST}`);
  expect(fn.statements).toHaveBeenCalledTimes(1);
  await press('Chọn ô B11', box);
  expect(fn.select).toHaveBeenCalledWith(SHEET, 'B11');
});

test('"Sao chép cho Word" puts the sentences as justified Times New Roman paragraphs and as text', async () => {
  const write = jest.fn(async (_items: FakeClipboardItem[]) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true, writable: true });
  (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
  const { actions } = fakeActions();
  render(<App actions={actions} />);
  await press('Kiểm tra');
  await press('Viết câu báo cáo');
  const box = screen.getByRole('region', { name: 'Câu báo cáo từ biểu này' });
  await press('Sao chép cho Word', box);
  expect(write).toHaveBeenCalledTimes(1);
  const [item] = write.mock.calls[0][0];
  const html = await blobText(item.items['text/html']);
  expect(html.match(/<p /g)).toHaveLength(9);
  expect(html).toContain("font-family:'Times New Roman',serif;font-size:14pt;text-align:justify");
  expect(html).toContain('Tổng số thuê bao điện thoại năm 2018 ước đạt 115.644 thuê bao');
  const text = await blobText(item.items['text/plain']);
  expect(text.split('\n')[0]).toBe(FIRST);
  expect(within(box).getByText('Đã sao chép 9 câu, dán vào Word.')).toBeTruthy();
});

test('in English, the figures in English style; a new check closes them; not offered for a task list', async () => {
  const { actions, fn } = fakeActions();
  render(<App actions={actions} />);
  await press('English');
  await press('Check');
  await press('Write the report’s sentences');
  const box = screen.getByRole('region', { name: 'Report sentences from this sheet' });
  expect(within(box).getAllByRole('listitem')[0].textContent).toMatch(/^B8Tổng doanh thu \(2018\) estimated at 2,430 tỷ đồng, 125% of the annual plan/);
  // A new check closes the sentences (they were of the sheet as it was); a task list has none to offer.
  await press('Check');
  expect(screen.queryByRole('region', { name: 'Report sentences from this sheet' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Write the report’s sentences' })).toBeTruthy();
  fn.check.mockResolvedValueOnce({ report: report('en', [taskTable()]), syncs: 1 });
  await press('Check');
  expect(screen.queryByRole('button', { name: 'Write the report’s sentences' })).toBeNull();
});

test('a clipboard that refuses is said beside the button, not as a failure of the pane', async () => {
  Object.defineProperty(navigator, 'clipboard', {
    value: { write: jest.fn(async () => Promise.reject(new Error('denied'))) },
    configurable: true,
    writable: true,
  });
  (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
  const { actions } = fakeActions();
  render(<App actions={actions} />);
  await press('Kiểm tra');
  await press('Viết câu báo cáo');
  const box = screen.getByRole('region', { name: 'Câu báo cáo từ biểu này' });
  await press('Sao chép cho Word', box);
  expect(within(box).getByText(/^Không sao chép được: trình duyệt không cho ghi vào bộ nhớ tạm\./)).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('"Chèn vào trang mới" hands the sentences over in the pane’s words; the pane says where they went and opens that sheet', async () => {
  const { actions, fn } = fakeActions();
  render(<App actions={actions} />);
  await press('Kiểm tra');
  await press('Viết câu báo cáo');
  const box = screen.getByRole('region', { name: 'Câu báo cáo từ biểu này' });
  await press('Chèn vào trang mới', box);
  expect(fn.insertSentences).toHaveBeenCalledTimes(1);
  const table = fn.insertSentences.mock.calls[0][0];
  expect(table).toMatchObject({ sheet: SHEET, sheetName: 'Câu báo cáo', title: 'Câu báo cáo từ trang “Biểu số 1”', header: ['Câu báo cáo', 'Ô'] });
  expect(table.rows).toHaveLength(9);
  expect(table.rows[0]).toEqual({ cell: 'B8', text: FIRST });
  expect(within(box).getByText('Đã chèn vào trang “Câu báo cáo” (A1:B11).')).toBeTruthy();
  await press('Mở trang này', box);
  expect(fn.select).toHaveBeenLastCalledWith('Câu báo cáo', 'A1');
});
