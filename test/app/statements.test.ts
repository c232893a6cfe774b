/** @jest-environment node */
/**
 * "Viết câu báo cáo" through the session on the in-memory Excel: the
 * sentences after a check come from the check's read (no read of the
 * sheet), an edit makes them read the sheet again and follow the new
 * figure, and the planner's saved direction for a row counts.
 */
import { createExcelActions } from '../../src/app/actions';
import { createPaneSession } from '../../src/app/session';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { sentence } from '../../src/i18n/statements';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

const all = () => true;

async function settle(excel: { idle(): Promise<void> }): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await excel.idle();
  }
}

function onMemory() {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const session = createPaneSession(actions, { timers: { setTimeout: () => 0, clearTimeout: () => undefined } });
  return { excel, actions, session };
}

test('after a check, the sentences need no read; after an edit they read the sheet and follow it', async () => {
  const { excel, session } = onMemory();
  await session.check();
  await settle(excel);
  excel.resetCounters();
  const first = await session.statements();
  expect(first.syncs).toBe(0);
  expect(excel.syncCount).toBe(0);
  expect(first.statements.map((s) => s.cell)).toEqual(['B8', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B18', 'B19']);
  // Subscribers: 115.644 / 114.000 = 101,4 %.
  expect(sentence(first.statements[3], 'vi')).toContain('đạt 101,4% kế hoạch năm');

  excel.userEdit('Biểu số 1', 'F13', '117420');
  await settle(excel);
  const after = await session.statements();
  expect(after.syncs).toBeGreaterThan(0);
  // 117.420 / 114.000 = 1,03 → 103 %; 117.420 / 112.000 − 1 = 4,84 % → 4,8 %.
  expect(sentence(after.statements[3], 'vi')).toBe(
    'Tổng số thuê bao điện thoại năm 2018 ước đạt 117.420 thuê bao, đạt 103% kế hoạch năm, tăng 4,8% so với năm 2017.'
  );
});

test('a row the planner marked "higher is better" is said with its completion ratio', async () => {
  const { actions } = onMemory();
  // Row 11 (Bán kính phục vụ bình quân) is lower-is-better by its words; the planner says otherwise.
  await actions.setDirection('Biểu số 1', 11, 'higher');
  const { statements } = await actions.statements();
  // 2,15 / 2,16 = 0,9954 → 99,5 %.
  expect(sentence(statements[1], 'vi')).toBe('Bán kính phục vụ bình quân năm 2018 ước đạt 2,15 km/điểm, đạt 99,5% kế hoạch năm, giảm 0,9% so với năm 2017.');
});

test('"Chèn vào trang mới": the sentences on a new sheet beside the checked one, each with a link to its cell; one undo step deletes it', async () => {
  const { excel, actions } = onMemory();
  const before = excel.snapshot('Biểu số 1');
  const { sheet, statements } = await actions.statements();
  const rows = statements.map((s) => ({ cell: s.cell, text: sentence(s, 'vi') }));
  const r = await actions.insertSentences({ sheet, sheetName: 'Câu báo cáo', title: 'Câu báo cáo từ trang “Biểu số 1”', header: ['Câu báo cáo', 'Ô'], rows });
  // Nine sentences under the title and the header: A1:B11; locate, write, then the view: three syncs.
  expect(r).toMatchObject({ sheet: 'Câu báo cáo', address: 'A1:B11', rows: 9, syncs: 3, frozen: true });
  expect(excel.sheetNames()).toEqual(['Biểu số 1', 'Câu báo cáo']);
  expect(excel.activeSheet()).toBe('Biểu số 1');
  expect(excel.snapshot('Biểu số 1')).toEqual(before);
  const snap = excel.snapshot('Câu báo cáo');
  expect(snap.cells.map((row) => row[0].value)).toEqual(['Câu báo cáo từ trang “Biểu số 1”', 'Câu báo cáo', ...rows.map((x) => x.text)]);
  expect(snap.cells[2][1].formula).toBe(`=HYPERLINK("#'Biểu số 1'!B8","B8")`);
  expect(snap.cells[2][0].wrap).toBe(true);
  expect(snap.cells[2][0].fontName).toBe('Times New Roman');
  expect(actions.undoList().map((e) => e.labels)).toEqual([
    { vi: 'Chèn câu báo cáo: trang tính mới “Câu báo cáo” (A1:B11)', en: 'Insert the report sentences: new sheet “Câu báo cáo” (A1:B11)' },
  ]);
  await actions.undo();
  expect(excel.sheetNames()).toEqual(['Biểu số 1']);
});

test('"Lấy từ vùng chọn": the text the selected cells show, a row a line and its cells by tabs, only inside the used range; none when they show none', async () => {
  const excel = createMemoryExcel({
    sheets: [
      {
        name: 'Báo cáo',
        values: [
          ['Tổng số dự án là 10 dự án, trong đó:', null],
          ['- 04 dự án khởi công mới;', null],
          ['Mật độ thuê bao Internet', 3.4],
        ],
      },
    ],
  });
  const actions = createExcelActions(excel, { isSetSupported: all });
  // A whole column and more selected: only the used part is read.
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Báo cáo').getRange('A:C').select();
    await ctx.sync();
  });
  expect(await actions.readSelectionText()).toEqual({
    sheet: 'Báo cáo',
    address: 'A1:B3',
    text: 'Tổng số dự án là 10 dự án, trong đó:\n- 04 dự án khởi công mới;\nMật độ thuê bao Internet\t3.4',
  });
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Báo cáo').getRange('E5:F6').select();
    await ctx.sync();
  });
  expect(await actions.readSelectionText()).toBeNull();
});
