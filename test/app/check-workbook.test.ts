/**
 * "Kiểm tra cả sổ": every sheet of the workbook checked as Kiểm tra checks
 * the active one, in the workbook's order, read only: the active sheet and
 * Excel's undo history stay as they were.
 */
import { createExcelActions } from '../../src/app/actions';
import { countBySeverity } from '../../src/engine/report';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';

function setup() {
  const excel = createMemoryExcel({ sheets: [tienGiang2018(), haTinh2024(), contactList()], active: contactList().name });
  return { excel, actions: createExcelActions(excel, { isSetSupported: () => true }) };
}

test('every sheet in order, each with the report Kiểm tra gives it', async () => {
  const { excel, actions } = setup();
  const book = await actions.checkWorkbook();
  expect(book.sheets.map((s) => [s.name, s.report.kind])).toEqual([
    [tienGiang2018().name, 'indicator-plan'],
    [haTinh2024().name, 'indicator-plan'],
    [contactList().name, null],
  ]);
  // The same report as a check of that sheet made active.
  excel.activate(haTinh2024().name);
  const one = await actions.check();
  expect(book.sheets[1].report).toEqual(one.report);
  expect(countBySeverity(book.sheets[1].report.issues).error).toBeGreaterThan(0);
});

test('read only: the active sheet and what Ctrl+Z can undo stay; one sync to list, then each sheet read', async () => {
  const { excel, actions } = setup();
  excel.userEdit(contactList().name, 'A1', 'Họ tên');
  excel.resetCounters();
  const book = await actions.checkWorkbook();
  expect(excel.activeSheet()).toBe(contactList().name);
  expect(excel.undoHistory).toBe(1);
  // A small sheet is read in one sync: 1 + 3.
  expect(book.syncs).toBe(4);
  expect(excel.syncCount).toBe(4);
});
