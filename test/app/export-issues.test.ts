/**
 * "Xuất danh sách vấn đề" to a new sheet (issue 16), on the in-memory
 * Excel: check a sheet, export its issue list, read the new sheet back.
 * The expected rows are worked out by hand from the Hà Tĩnh fixture (its
 * slips are listed in test/fixtures/indicator-sheets.ts) and the templates
 * of src/i18n/messages.ts.
 */
import { createExcelActions } from '../../src/app/actions';
import { issueSheetChanges } from '../../src/app/export-issues';
import { isUndoConflict } from '../../src/app/types';
import { columnWidthPoints } from '../../src/host/excel/adapter';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { issueTable } from '../../src/i18n/issue-table';
import { haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { rejection } from '../helpers/rejection';

const all = () => true;
const HT = 'Chỉ tiêu 2025';
const TG = 'Biểu số 1';
const DAY = new Date(2025, 2, 5);
const MiB = 1024 * 1024;

/** The whole workbook as a test compares it: every sheet's snapshot, the sheet names and the defined names. */
function workbook(xl: MemoryExcelControl) {
  return { sheets: xl.sheetNames(), snapshots: xl.sheetNames().map((n) => xl.snapshot(n)), names: xl.definedNames() };
}

/** A sheet's rows as values, and column B's formulas. */
function rows(xl: MemoryExcelControl, sheet: string) {
  const snap = xl.snapshot(sheet);
  return { values: snap.cells.map((r) => r.map((c) => c.value)), links: snap.cells.map((r) => r[1]?.formula ?? null), snap };
}

/** The Hà Tĩnh sheet with its second indicator row ("Tổng số thuê bao di động", five numbers typed as text, the ratio right) `n` times: 5n issues. */
function subscribers(n: number): SheetInit {
  const s = haTinh2024();
  const row = s.values[6];
  return { ...s, values: [...s.values.slice(0, 5), ...Array.from({ length: n }, (_, i) => [String(i + 1), ...row.slice(1)])] };
}

async function checkAndExport(sheets: SheetInit[], lang: 'vi' | 'en' = 'vi', isSetSupported: (set: string, version: string) => boolean = all) {
  const xl = createMemoryExcel({ sheets });
  const actions = createExcelActions(xl, { isSetSupported });
  const { report } = await actions.check();
  const table = issueTable(report, lang, DAY);
  return { xl, actions, report, table };
}

describe('the issue list exported to a new sheet', () => {
  test('check, then export: a new sheet "Vấn đề" with the title, the header and one row per issue, errors first, each cell a link', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024()]);
    const userSheet = xl.snapshot(HT);
    const r = await actions.exportIssues(table);

    expect(r).toMatchObject({ sheet: 'Vấn đề', address: 'A1:E24', rows: 22, frozen: true });
    expect(xl.sheetNames()).toEqual([HT, 'Vấn đề']);
    // The checked sheet stays the active one (the pane's report is of it).
    expect(xl.activeSheet()).toBe(HT);
    // The checked sheet is only read.
    expect(xl.snapshot(HT)).toEqual(userSheet);

    const { values, links, snap } = rows(xl, 'Vấn đề');
    expect(snap.rowCount).toBe(24);
    expect(snap.colCount).toBe(5);
    expect(values[0][0]).toBe('Danh sách vấn đề của trang tính “Chỉ tiêu 2025”, kiểm tra ngày 05/03/2025: 22 vấn đề');
    expect(values[1]).toEqual(['Trang tính', 'Ô', 'Mức', 'Vấn đề', 'Gợi ý sửa']);
    // The two errors first (I6, H8), then the twenty notes in the sheet's order.
    expect(values[2]).toEqual([HT, 'I6', 'Lỗi', 'Ô ghi 4,6, là mức tăng; cột này (KH 2025/ƯTH 2024) cần tỷ lệ “bằng … %” = 104,62.', '104,6']);
    expect(values[3]).toEqual([HT, 'H8', 'Lỗi', 'Tỷ lệ gõ tay 120 khác với ƯTH 2024/KH 2024 tính từ số liệu của dòng = 101,41.', '101,4']);
    expect(values[4]).toEqual([HT, 'D6', 'Lưu ý', 'Số “3.150” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 3.150.', '3150']);
    // "khoảng 2.100" has no fix: its cell is left empty.
    expect(values[22]).toEqual([HT, 'F9', 'Lưu ý', '“khoảng 2.100” là giá trị ước lượng; dùng 2.100 để tính.', '']);
    expect(values[23]).toEqual([HT, 'G9', 'Lưu ý', 'Số “2.300” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 2.300.', '2300']);
    // The cell column holds links to the cells, showing their addresses.
    expect(links[2]).toBe(`=HYPERLINK("#'Chỉ tiêu 2025'!I6","I6")`);
    expect(links[23]).toBe(`=HYPERLINK("#'Chỉ tiêu 2025'!G9","G9")`);
    expect(links.slice(2).every((f, i) => f === `=HYPERLINK("#'${HT}'!${values[i + 2][1]}","${values[i + 2][1]}")`)).toBe(true);
    // The fix is text as written ("104,6"), never a number Excel would read in its own locale.
    expect(snap.cells[2][4].value).toBe('104,6');

    // Bold title and header, borders round every cell of the table, the message wrapped, its column the widest.
    expect(snap.cells[0][0].bold).toBe(true);
    expect(snap.cells[1].every((c) => c.bold && c.border)).toBe(true);
    expect(snap.cells.slice(1).every((row) => row.every((c) => c.borders?.top && c.borders?.bottom && c.borders?.left && c.borders?.right))).toBe(true);
    expect(snap.cells.slice(2).every((row) => row[3].wrap)).toBe(true);
    expect(snap.cells[2][2].bold).toBeUndefined();
    expect(snap.columnWidths![3]).toBe(columnWidthPoints(60));
    expect(Math.max(...snap.columnWidths!)).toBe(snap.columnWidths![3]);
    // The title and header stay in view; the header row is printed on every page.
    expect(snap.frozenRows).toBe(2);
    expect(snap.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '2:2' });

    // One step of the pane's undo list.
    expect(actions.undoList()).toEqual([
      expect.objectContaining({
        kind: 'export',
        sheet: 'Vấn đề',
        address: 'A1:E24',
        labels: { vi: 'Xuất danh sách vấn đề: trang tính mới “Vấn đề” (A1:E24)', en: 'Export the issue list: new sheet “Vấn đề” (A1:E24)' },
      }),
    ]);
  });

  test('in English: a sheet "Issues", English header, severities and messages', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024()], 'en');
    const r = await actions.exportIssues(table);
    expect(r.sheet).toBe('Issues');
    const { values } = rows(xl, 'Issues');
    expect(values[0][0]).toBe('Issues found on the sheet “Chỉ tiêu 2025”, checked on 5 March 2025: 22 issues');
    expect(values[1]).toEqual(['Sheet', 'Cell', 'Severity', 'Issue', 'Suggested fix']);
    expect(values[3]).toEqual([HT, 'H8', 'Error', 'The typed percentage 120 differs from ƯTH 2024/KH 2024 computed from the row’s figures = 101.41.', '101.4']);
    expect(values[4].slice(2)).toEqual([
      'Note',
      'The number “3.150” is typed as text, so Excel cannot compute with it; convert it to the number 3.150.',
      '3150',
    ]);
  });

  test('undo deletes the new sheet and leaves the user’s sheets as they were', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024(), tienGiang2018()]);
    const before = workbook(xl);
    await actions.exportIssues(table);
    expect(xl.sheetNames()).toEqual([HT, TG, 'Vấn đề']);
    const entry = await actions.undo();
    expect(entry).toMatchObject({ kind: 'export', sheet: 'Vấn đề' });
    expect(workbook(xl)).toEqual(before);
    expect(actions.undoList()).toEqual([]);
  });

  test('a name taken: "Vấn đề (2)", then "Vấn đề (3)"; the user’s own "Vấn đề" sheet is left alone', async () => {
    const mine: SheetInit = { name: 'VẤN ĐỀ', values: [['ghi chú của tôi']] };
    const { xl, actions, table } = await checkAndExport([haTinh2024(), mine]);
    expect((await actions.exportIssues(table)).sheet).toBe('Vấn đề (2)');
    expect((await actions.exportIssues(table)).sheet).toBe('Vấn đề (3)');
    expect(xl.sheetNames()).toEqual([HT, 'VẤN ĐỀ', 'Vấn đề (2)', 'Vấn đề (3)']);
    expect(xl.snapshot('VẤN ĐỀ').cells).toEqual([[{ value: 'ghi chú của tôi', numberFormat: 'General' }]]);
    expect(rows(xl, 'Vấn đề (3)').values[2][1]).toBe('I6');
    // Undone last first: (3), then (2); the user's sheet stays.
    await actions.undo();
    await actions.undo();
    expect(xl.sheetNames()).toEqual([HT, 'VẤN ĐỀ']);
  });

  test('10 or 1,000 issues: the same three syncs (look, write, freeze the header), no request over 4 MiB', async () => {
    const counts: number[][] = [];
    for (const n of [2, 200]) {
      const { xl, actions, report, table } = await checkAndExport([subscribers(n)]);
      expect(report.issues).toHaveLength(5 * n);
      xl.limitRequestBytes(4 * MiB);
      xl.resetCounters();
      const r = await actions.exportIssues(table);
      expect(r.syncs).toBe(xl.syncCount);
      expect(xl.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
      const { values, links } = rows(xl, r.sheet);
      expect(values).toHaveLength(5 * n + 2);
      // The last issue: H of the last row, the ratio "101,3" typed as text.
      expect(values[5 * n + 1]).toEqual([HT, `H${5 + n}`, 'Lưu ý', 'Số “101,3” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 101,3.', '101,3']);
      expect(links[5 * n + 1]).toBe(`=HYPERLINK("#'${HT}'!H${5 + n}","H${5 + n}")`);
      counts.push([r.syncs, xl.syncCount]);
    }
    expect(counts).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });

  test('content added on the exported sheet since: undo asks first; forced, the sheet goes', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024()]);
    await actions.exportIssues(table);
    xl.userEdit('Vấn đề', 'G3', 'đã gửi anh Nam');
    const e = await rejection(actions.undo());
    expect(isUndoConflict(e)).toBe(true);
    expect(e.vi).toContain('Vấn đề');
    expect(xl.sheetNames()).toContain('Vấn đề');
    await actions.undo({ force: true });
    expect(xl.sheetNames()).toEqual([HT]);
  });

  test('a protected workbook structure: refused before anything is written, saying why and offering the .csv', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024()]);
    xl.protectWorkbook();
    const before = workbook(xl);
    const e = await rejection(actions.exportIssues(table));
    expect(e.code).toBe('workbook-protected');
    expect(e.vi).toContain('Bảo vệ Sổ làm việc');
    expect(e.en).toContain('.csv');
    expect(workbook(xl)).toEqual(before);
    expect(actions.undoList()).toEqual([]);
  });

  test('the checked sheet renamed since: refused, naming it, nothing written', async () => {
    const { xl, actions, table } = await checkAndExport([haTinh2024()]);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(HT).name = 'Chỉ tiêu 2025 (cũ)';
      await ctx.sync();
    });
    const e = await rejection(actions.exportIssues(table));
    expect(e.code).toBe('sheet-missing');
    expect(e.vi).toContain('“Chỉ tiêu 2025”');
    expect(xl.sheetNames()).toEqual(['Chỉ tiêu 2025 (cũ)']);
  });

  test('an Excel that fails the write: the Office error explained, no sheet left, nothing to undo', async () => {
    // Before ExcelApi 1.20: no undo group, so no second try without one.
    const { xl, actions, table } = await checkAndExport([haTinh2024()], 'vi', (_set, v) => Number(v.split('.')[1]) < 20);
    xl.failSyncWith(/\.add\(/, 'GeneralException');
    const e = await rejection(actions.exportIssues(table));
    expect(e.code).toBe('office');
    expect(e.vi).toContain('Excel gặp lỗi nội bộ');
    expect(xl.sheetNames()).toEqual([HT]);
    expect(actions.undoList()).toEqual([]);
  });

  test('a message longer than a cell holds is cut, with an ellipsis, to 32,767 characters', () => {
    const table = issueTable(
      {
        name: HT,
        issues: [{ cell: 'B7', code: 'not-a-number', severity: 'error', template: 'not-a-number', params: { column: 'KH', text: 'x'.repeat(40000) } }],
      },
      'vi',
      DAY
    );
    const write = issueSheetChanges(table)[0];
    if (write.type !== 'write') throw new Error('the first change is the write');
    const message = write.cells[2][3].value as string;
    expect(message).toHaveLength(32767);
    expect(message.endsWith('x…')).toBe(true);
  });
});
