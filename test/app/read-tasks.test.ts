/**
 * "Lấy từ bảng nhiệm vụ" takes the task list's title with its tasks, as
 * `chitieu appendix` does: without its "PHỤ LỤC", naming the plan period.
 */
import { createExcelActions } from '../../src/app/actions';
import { periodIn } from '../../src/engine/appendix';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { haTinhTasks } from '../fixtures/other-sheets';

test('the tasks come with the title typed above them, and its plan period', async () => {
  const excel = createMemoryExcel({ sheets: [haTinhTasks()] });
  const read = await createExcelActions(excel, { isSetSupported: () => true }).readTasks();
  // Rows 1–2 of the sheet: "PHỤ LỤC" over "MỘT SỐ NHIỆM VỤ … GIAI ĐOẠN 2021-2025".
  expect(read?.title).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KT-XH GIAI ĐOẠN 2021-2025');
  expect(periodIn(read!.title!)).toEqual({ from: 2021, to: 2025 });
  expect(read?.tasks.length).toBeGreaterThan(0);
});

test('a task list without a title above it gives none', async () => {
  const sheet = haTinhTasks();
  const excel = createMemoryExcel({ sheets: [{ ...sheet, values: sheet.values.slice(2), merges: [] }] });
  const read = await createExcelActions(excel, { isSetSupported: () => true }).readTasks();
  expect(read?.title).toBeUndefined();
  expect(read?.tasks.length).toBeGreaterThan(0);
});
