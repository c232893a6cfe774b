/** @jest-environment jsdom */
/**
 * "Kiểm tra đoạn văn" in the pane (issue 17): the planner pastes a
 * report's prose and presses Kiểm tra; each slip shows its message and its
 * words marked in their sentence; correct prose says nothing is wrong;
 * prose without a statement to check says so. The workbook is not touched.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { bacGiang2013 } from '../fixtures/prose/seeds';
import { fakeActions } from './fakes';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { tienGiang2018 as tienGiangSheet } from '../fixtures/indicator-sheets';

async function press(name: string | RegExp, inside?: HTMLElement) {
  await act(async () => {
    fireEvent.click((inside ? within(inside) : screen).getByRole('button', { name }));
  });
}

async function openProse(): Promise<HTMLElement> {
  await press('Kiểm tra đoạn văn');
  return waitFor(() => screen.getByRole('region', { name: 'Kiểm tra đoạn văn' }));
}

function paste(box: HTMLElement, text: string) {
  fireEvent.change(within(box).getByRole('textbox', { name: 'Đoạn văn cần kiểm tra' }), { target: { value: text } });
}

// Seed 004 (Bắc Giang 2013): the subscribers' paragraph.
const SUBSCRIBERS = bacGiang2013.blocks.find((b) => b.includes('1.869.673'))!;

test('a slip: its message and its words marked; nothing is asked of Excel', async () => {
  const { actions, fn } = fakeActions();
  render(<App actions={actions} />);
  const box = await openProse();
  paste(box, SUBSCRIBERS);
  await press('Kiểm tra', box);
  // 73.953 + 1.759.720 = 1.833.673, not 1.869.673.
  expect(within(box).getByText('Tổng 1.869.673 thuê bao, nhưng các phần (73.953 + 1.759.720) cộng lại 1.833.673.')).toBeTruthy();
  const marks = box.querySelectorAll('mark');
  expect(marks).toHaveLength(1);
  expect(marks[0].textContent!.startsWith('1.869.673 thuê bao')).toBe(true);
  expect(marks[0].textContent!.endsWith('1.759.720')).toBe(true);
  expect(within(box).getByRole('status').textContent).toMatch(/1 chỗ cần xem lại\.$/);
  expect(fn.check).not.toHaveBeenCalled();
  expect(fn.select).not.toHaveBeenCalled();
});

test('correct prose: nothing wrong; prose with nothing to check says so; in English too', async () => {
  const { actions } = fakeActions();
  render(<App actions={actions} />);
  const box = await openProse();
  // 120 + 80 = 200 and 200 / 160 = 125 %.
  paste(
    box,
    'Tổng số dự án là 200 dự án, trong đó: 120 dự án khởi công mới, 80 dự án chuyển tiếp. Năm 2024 đạt 200 dự án, bằng 125% so với năm 2023 (160 dự án).'
  );
  await press('Kiểm tra', box);
  expect(within(box).getByRole('status').textContent).toMatch(/không thấy sai sót\.$/);
  expect(box.querySelectorAll('mark')).toHaveLength(0);
  paste(box, 'Công tác thông tin tuyên truyền được triển khai kịp thời.');
  await press('Kiểm tra', box);
  expect(within(box).getByRole('status').textContent).toMatch(/không câu nào nêu tổng/);
  await press('English');
  await press('Close', box);
  expect(screen.queryByRole('region', { name: 'Check report text' })).toBeNull();
});

test('after a check, the text is compared with the checked sheet’s tables: a figure that is not the sheet’s is found, with its cell', async () => {
  const excel = createMemoryExcel({ sheets: [tienGiangSheet()] });
  render(<App actions={createExcelActions(excel, { isSetSupported: () => true })} />);
  await press('Kiểm tra');
  await waitFor(() => screen.getByText('Biểu số 1'));
  const box = await openProse();
  const compare = within(box).getByRole('checkbox', { name: 'Đối chiếu với các bảng của trang “Biểu số 1”' });
  expect((compare as HTMLInputElement).checked).toBe(true);
  // Biểu số 1 F13 (ƯTH 2018) is 115.644 subscribers.
  paste(box, 'Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644 thuê bao.');
  await press('Kiểm tra', box);
  expect(
    within(box).getByText(
      '“Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644”: bảng ghi Tổng số thuê bao điện thoại năm 2018 là 115.644 (ô Biểu số 1!F13), không phải 117.644.'
    )
  ).toBeTruthy();
  // Unticked: the text alone has nothing against itself.
  await act(async () => {
    fireEvent.click(compare);
  });
  await press('Kiểm tra', box);
  expect(box.querySelectorAll('mark')).toHaveLength(0);
});

test('"Lấy từ vùng chọn" puts the selected cells’ text in the box and says where it came from; the check then runs on it', async () => {
  const { actions, fn } = fakeActions();
  render(<App actions={actions} />);
  const box = await openProse();
  await press('Lấy từ vùng chọn', box);
  expect(fn.readSelectionText).toHaveBeenCalledTimes(1);
  expect((within(box).getByRole('textbox', { name: 'Đoạn văn cần kiểm tra' }) as HTMLTextAreaElement).value).toBe(
    'Tổng số dự án là 200 dự án, trong đó: 120 dự án khởi công mới, 70 dự án chuyển tiếp.'
  );
  expect(within(box).getByText('Đã lấy chữ của các ô B30:B31.')).toBeTruthy();
  await press('Kiểm tra', box);
  // 120 + 70 = 190, not the 200 of the total.
  expect(within(box).getByText('Tổng 200 dự án, nhưng các phần (120 + 70) cộng lại 190.')).toBeTruthy();
  fn.readSelectionText.mockResolvedValueOnce(null);
  await press('Lấy từ vùng chọn', box);
  expect(within(box).getByText('Các ô đang chọn không có chữ nào.')).toBeTruthy();
});
