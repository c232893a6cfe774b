/**
 * The appendix of key tasks inserted through the pane's actions into the
 * in-memory Excel: where it goes, what it looks like, replacing it, the
 * number of syncs, and a protected sheet.
 */
import { createExcelActions } from '../../src/app/actions';
import { UserFacingError } from '../../src/app/types';
import type { AppendixTask } from '../../src/engine/appendix';
import type { CellValue } from '../../src/engine/grid';
import { tasksFromRows } from '../../src/host/excel/appendix';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { CellSnapshot, SheetInit } from '../../src/host/memory/types';
import { SEED_TASKS } from '../fixtures/tasks';
import { rejection } from '../helpers/rejection';

const all = () => true;
const STTTT = 'Sở Thông tin và Truyền thông';
const TITLE = 'Một số nhiệm vụ trọng tâm thực hiện kế hoạch phát triển KT-XH của ngành Thông tin và Truyền thông giai đoạn 2021-2025';
const SUBTITLE = '(Kèm theo Kế hoạch số 125/KH-STTTT ngày 15 tháng 01 năm 2021 của Sở Thông tin và Truyền thông)';

/**
 * The 18 tasks of seed 001 as planners type them; here task 12 starts
 * "sắp tới", which is no date, and task 13 starts "Quý II/2021".
 */
const ROWS: [string, CellValue, CellValue, string][] = SEED_TASKS.map(([task, start, end, owner], i) =>
  i === 11 ? [task, 'sắp tới', end, owner] : i === 12 ? [task, 'Quý II/2021', end, owner] : [task, start, end, owner]
);

function tasks(n = ROWS.length): AppendixTask[] {
  return Array.from({ length: n }, (_, i) => {
    const [task, start, end, owner] = ROWS[i % ROWS.length];
    return { task, start, end, owner };
  });
}

const userSheet = (name: string): SheetInit => ({ name, values: [['Kế hoạch'], ['Nội dung của người dùng']] });

function setup(sheets: SheetInit[] = [userSheet('Kế hoạch')]): MemoryExcelControl {
  return createMemoryExcel({ sheets });
}

/** A cell of a snapshot by A1 address. */
function cellAt(xl: MemoryExcelControl, sheet: string, address: string): CellSnapshot {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const snap = xl.snapshot(sheet);
  return snap.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? { value: '', numberFormat: 'General' };
}

describe('insertAppendix', () => {
  test('adds a sheet "Phụ lục" with the title block, the header and 18 numbered rows', async () => {
    const xl = setup();
    xl.resetCounters();
    const r = await createExcelActions(xl, { isSetSupported: all }).insertAppendix(tasks(), { title: TITLE, subtitle: SUBTITLE });

    expect(r).toMatchObject({ sheet: 'Phụ lục', address: 'A1:F23', created: true, replaced: false });
    expect(r.skipped).toBeUndefined();
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục']);
    expect(xl.activeSheet()).toBe('Phụ lục');
    expect(xl.selection()).toEqual({ sheet: 'Phụ lục', address: 'A1' });
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Phụ lục'!$A$1:$F$23" });

    const snap = xl.snapshot('Phụ lục');
    expect(snap.rowCount).toBe(23);
    expect(snap.colCount).toBe(6);
    const v = (a: string) => cellAt(xl, 'Phụ lục', a).value;
    expect(v('A1')).toBe('PHỤ LỤC');
    expect(v('A2')).toBe(TITLE.toLocaleUpperCase('vi'));
    expect(v('A2')).toContain('GIAI ĐOẠN 2021-2025');
    expect(v('A3')).toBe(SUBTITLE);
    expect(snap.merges.slice(0, 4)).toEqual(['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4']);
    expect(snap.cells[4].map((c) => c.value)).toEqual([
      'TT',
      'Chương trình, đề án, chính sách, nhiệm vụ',
      'Thời gian bắt đầu',
      'Thời gian kết thúc',
      'Đơn vị chủ trì',
      'Ghi chú',
    ]);
    expect(snap.cells.slice(5).map((row) => row[0].value)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(v('B7')).toBe('Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP');
    expect(v('E6')).toBe(STTTT);

    // Title block: bold PHỤ LỤC and title, italic line, centred.
    expect(cellAt(xl, 'Phụ lục', 'A1')).toMatchObject({ bold: true, horizontal: 'Center', fontName: 'Times New Roman', fontSize: 13 });
    expect(cellAt(xl, 'Phụ lục', 'A2')).toMatchObject({ bold: true, horizontal: 'Center' });
    expect(cellAt(xl, 'Phụ lục', 'A3')).toMatchObject({ italic: true, horizontal: 'Center' });
    expect(cellAt(xl, 'Phụ lục', 'A3').bold).toBeUndefined();
    // Header: bold, centred, bordered on every edge.
    for (const c of snap.cells[4]) {
      expect(c).toMatchObject({ bold: true, horizontal: 'Center', wrap: true, fontName: 'Times New Roman', fontSize: 13 });
      expect(c.borders).toEqual({ top: true, bottom: true, left: true, right: true });
    }
    // Body: Times New Roman 13, wrapped, every cell bordered, TT and dates centred.
    for (const row of snap.cells.slice(5)) {
      for (const c of row) {
        expect(c).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, wrap: true });
        expect(c.borders).toEqual({ top: true, bottom: true, left: true, right: true });
        expect(c.bold).toBeUndefined();
      }
      expect(row[0].horizontal).toBe('Center');
      expect(row[2].horizontal).toBe('Center');
      expect(row[3].horizontal).toBe('Center');
      expect(row[1].horizontal).toBeUndefined();
    }
    // The title block has no borders.
    expect(cellAt(xl, 'Phụ lục', 'A1').border).toBeUndefined();
  });

  test('dates are real dates with formats that show them as typed; the unreadable one is reported', async () => {
    const xl = setup();
    const r = await createExcelActions(xl, { isSetSupported: all }).insertAppendix(tasks(), { title: TITLE });
    const at = (a: string) => cellAt(xl, 'Phụ lục', a);

    // Row 1 (Excel row 6): "Tháng 1/2021" → 1/1/2021 = 44197.
    expect(at('C6')).toMatchObject({ value: 44197, numberFormat: '"Tháng "m/yyyy', text: 'Tháng 1/2021' });
    expect(at('D6')).toMatchObject({ numberFormat: '"Tháng "m/yyyy', text: 'Tháng 12/2025' });
    // "Tháng 01/2021" is the same date, shown the same way.
    expect(at('C16')).toMatchObject({ value: 44197, text: 'Tháng 1/2021' });
    // "05/2021" is a month too.
    expect(at('C10')).toMatchObject({ numberFormat: '"Tháng "m/yyyy', text: 'Tháng 5/2021' });
    // "Quý II/2021" → 1/4/2021 = 44287.
    expect(at('C18')).toMatchObject({ value: 44287, numberFormat: '"Quý II/"yyyy', text: 'Quý II/2021' });
    // "30/6/2022" → a day.
    expect(at('D17')).toMatchObject({ value: 44742, numberFormat: 'd/m/yyyy', text: '30/6/2022' });
    // An Excel date typed as a number: a day.
    expect(at('C22')).toMatchObject({ value: 44377, numberFormat: 'd/m/yyyy', text: '30/6/2021' });
    // "sắp tới" is kept as text (Text format) and reported.
    expect(at('C17')).toMatchObject({ value: 'sắp tới', numberFormat: '@' });
    expect(at('C17').text).toBeUndefined();
    expect(r.invalid).toEqual([{ row: 11, field: 'start', text: 'sắp tới', source: undefined }]);
    // Task and owner columns are Text: a task named "2021" would stay text.
    expect(at('B6').numberFormat).toBe('@');
  });

  test('column widths fit A4 landscape; the page is landscape A4, one page wide, header row repeated', async () => {
    const xl = setup();
    await createExcelActions(xl, { isSetSupported: all }).insertAppendix(tasks());
    const snap = xl.snapshot('Phụ lục');
    // [5, 55, 13, 13, 28, 14] characters → round(chars × 7 + 5) px × 0.75 pt.
    expect(snap.columnWidths).toEqual([30, 292.5, 72, 72, 150.75, 77.25]);
    expect(snap.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1, fitToPagesTall: 0, printTitleRows: '5:5' });
    // The user's sheet keeps Excel's defaults.
    expect(xl.snapshot('Kế hoạch').columnWidths).toEqual([48]);
    expect(xl.snapshot('Kế hoạch').pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'Letter', scale: 100 });
  });

  test('the print set-up is skipped and reported where ExcelApi 1.9 is missing', async () => {
    const xl = setup();
    const old = (_set: string, v: string) => Number(v.split('.')[1]) <= 8;
    const r = await createExcelActions(xl, { isSetSupported: old }).insertAppendix(tasks(3));
    expect(r.skipped).toEqual(['pageSetup']);
    expect(xl.snapshot('Phụ lục').pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'Letter', scale: 100 });
    expect(xl.snapshot('Phụ lục').columnWidths).toEqual([30, 292.5, 72, 72, 150.75, 77.25]);
  });

  test('a sheet "Phụ lục" of the user\'s is left alone: the appendix goes to "Phụ lục 2" (names compared ignoring case)', async () => {
    const xl = setup([userSheet('Kế hoạch'), userSheet('Phụ lục')]);
    const before = xl.snapshot('Phụ lục');
    const r = await createExcelActions(xl, { isSetSupported: all }).insertAppendix(tasks());
    expect(r.sheet).toBe('Phụ lục 2');
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục', 'Phụ lục 2']);
    expect(xl.snapshot('Phụ lục')).toEqual(before);
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Phụ lục 2'!$A$1:$F$23" });

    const upper = setup([userSheet('PHỤ LỤC'), userSheet('phụ lục 2')]);
    expect((await createExcelActions(upper, { isSetSupported: all }).insertAppendix(tasks(2))).sheet).toBe('Phụ lục 3');
  });

  test('inserting again replaces the appendix in place: same sheet, shorter rows cleared, one name', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks(), { title: TITLE });
    xl.activate('Kế hoạch');
    xl.resetCounters();
    const r = await actions.insertAppendix(tasks(5), { title: 'Nhiệm vụ năm 2022' });

    expect(r).toMatchObject({ sheet: 'Phụ lục', address: 'A1:F10', created: false, replaced: true });
    expect(r.syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục']);
    expect(xl.activeSheet()).toBe('Phụ lục');
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Phụ lục'!$A$1:$F$10" });
    const snap = xl.snapshot('Phụ lục');
    expect(snap.rowCount).toBe(10);
    expect(snap.cells[1][0].value).toBe('NHIỆM VỤ NĂM 2022');
    expect(snap.cells.slice(5).map((row) => row[0].value)).toEqual([1, 2, 3, 4, 5]);
    expect(snap.merges).toEqual(['A1:F1', 'A2:F2', 'A3:F3', 'A4:F4']);
    // Row 11 (was task 6) is gone entirely: no value, no border, no font.
    expect(snap.cells[10]).toBeUndefined();
    expect(cellAt(xl, 'Phụ lục', 'B11')).toEqual({ value: '', numberFormat: 'General' });
    // The last row keeps its bottom border (the table's own edge).
    expect(snap.cells[9][1].borders).toEqual({ top: true, bottom: true, left: true, right: true });
  });

  test('an appendix written at a chosen cell is replaced there when written at that cell again', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks(3), { at: { sheet: 'Kế hoạch', cell: 'C5' } });
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Kế hoạch'!$C$5:$H$12" });
    expect(xl.sheetNames()).toEqual(['Kế hoạch']);
    expect(cellAt(xl, 'Kế hoạch', 'C5').value).toBe('PHỤ LỤC');
    expect(cellAt(xl, 'Kế hoạch', 'A1').value).toBe('Kế hoạch');

    const r = await actions.insertAppendix(tasks(2), { at: { sheet: 'Kế hoạch', cell: 'C5' } });
    expect(r).toMatchObject({ sheet: 'Kế hoạch', address: 'C5:H11', replaced: true, created: false });
    expect(xl.snapshot('Kế hoạch').rowCount).toBe(11);
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Kế hoạch'!$C$5:$H$11" });
  });

  test('"Trang mới" after an appendix at a cell of the planner\'s sheet makes the new sheet, and leaves that one where it is', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks(3), { at: { sheet: 'Kế hoạch', cell: 'C5' } });
    const r = await actions.insertAppendix(tasks(2));
    expect(r).toMatchObject({ sheet: 'Phụ lục', address: 'A1:F7', replaced: false, created: true });
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục']);
    // The one at C5 is still there, untouched; the name now marks the new one.
    expect(cellAt(xl, 'Kế hoạch', 'C5').value).toBe('PHỤ LỤC');
    expect(xl.snapshot('Kế hoạch').rowCount).toBe(12);
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Phụ lục'!$A$1:$F$7" });
    // And "Trang mới" again replaces it on its own sheet.
    const again = await actions.insertAppendix(tasks(4));
    expect(again).toMatchObject({ sheet: 'Phụ lục', replaced: true, created: false });
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục']);
  });

  test('at a chosen cell: written there, and a name elsewhere moves to it', async () => {
    const xl = setup([userSheet('Kế hoạch'), userSheet('Tổng hợp')]);
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks(3));
    const r = await actions.insertAppendix(tasks(4), { at: { sheet: 'Tổng hợp', cell: 'B4' } });
    expect(r).toMatchObject({ sheet: 'Tổng hợp', address: 'B4:G12', created: false, replaced: false });
    expect(xl.activeSheet()).toBe('Tổng hợp');
    expect(cellAt(xl, 'Tổng hợp', 'B4').value).toBe('PHỤ LỤC');
    expect(cellAt(xl, 'Tổng hợp', 'A1').value).toBe('Kế hoạch');
    expect(xl.definedNames()).toEqual({ chitieu_phuluc: "'Tổng hợp'!$B$4:$G$12" });
    expect(xl.snapshot('Tổng hợp').pageLayout?.printTitleRows).toBe('8:8');

    const missing = await rejection(actions.insertAppendix(tasks(1), { at: { sheet: 'Không có', cell: 'A1' } }));
    expect(missing).toBeInstanceOf(UserFacingError);
    const bad = await rejection(actions.insertAppendix(tasks(1), { at: { sheet: 'Tổng hợp', cell: 'ZZZZ0' } }));
    expect(bad).toBeInstanceOf(UserFacingError);
  });

  test('the number of syncs does not grow with the tasks: 2 for 18 and for 1,000', async () => {
    const counts: number[] = [];
    for (const n of [18, 1000]) {
      const xl = setup();
      xl.resetCounters();
      const r = await createExcelActions(xl, { isSetSupported: all }).insertAppendix(tasks(n));
      expect(r.syncs).toBe(xl.syncCount);
      expect(xl.snapshot('Phụ lục').rowCount).toBe(n + 5);
      counts.push(xl.syncCount);
    }
    expect(counts).toEqual([2, 2]);
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
  });

  test('a protected sheet: UserFacingError, nothing written', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks(3));
    xl.protect('Phụ lục');
    const before = xl.snapshot('Phụ lục');
    const names = xl.definedNames();
    xl.resetCounters();
    const e = await rejection(actions.insertAppendix(tasks(18)));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.vi).toContain('bảo vệ');
    expect(xl.syncCount).toBe(1);
    expect(xl.snapshot('Phụ lục')).toEqual(before);
    expect(xl.definedNames()).toEqual(names);

    xl.protect('Kế hoạch');
    const user = xl.snapshot('Kế hoạch');
    const e2 = await rejection(actions.insertAppendix(tasks(3), { at: { sheet: 'Kế hoạch', cell: 'A5' } }));
    expect(e2).toBeInstanceOf(UserFacingError);
    expect(xl.snapshot('Kế hoạch')).toEqual(user);
    expect(xl.sheetNames()).toEqual(['Kế hoạch', 'Phụ lục']);
  });

  test('an Excel error during the write becomes a UserFacingError', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    const original = xl.run.bind(xl);
    let calls = 0;
    // Fail the second batch's sync (the write), as Excel does in cell edit mode.
    (xl as any).run = (...args: any[]) => {
      if (++calls === 2) xl.failNextSync('InvalidOperationInCellEditMode');
      return (original as any)(...args);
    };
    const e = await rejection(actions.insertAppendix(tasks(3)));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.en).toContain('editing a cell');
    expect(xl.sheetNames()).toEqual(['Kế hoạch']);
  });
});

describe('listSheets, readTasks, readSelectionTasks', () => {
  test('listSheets: the names in order, in one sync', async () => {
    const xl = setup([userSheet('Kế hoạch'), userSheet('Phụ lục'), userSheet('Tổng hợp')]);
    xl.resetCounters();
    expect(await createExcelActions(xl).listSheets()).toEqual(['Kế hoạch', 'Phụ lục', 'Tổng hợp']);
    expect(xl.syncCount).toBe(1);
  });

  const taskSheet = (): SheetInit => ({
    name: 'Nhiệm vụ',
    values: [
      ['MỘT SỐ NHIỆM VỤ TRỌNG TÂM'],
      [],
      ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'],
      ...ROWS.slice(0, 4).map(([t, s, e, o], i) => [i + 1, t, s, e, o, null]),
    ],
  });

  test("readTasks: the tasks of the active sheet's task list; null on a sheet without one", async () => {
    const xl = setup([taskSheet(), userSheet('Kế hoạch')]);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const read = await actions.readTasks();
    expect(read?.sheet).toBe('Nhiệm vụ');
    expect(read?.tasks.map((t) => [t.task, t.start, t.end, t.owner])).toEqual(ROWS.slice(0, 4));
    xl.activate('Kế hoạch');
    expect(await actions.readTasks()).toBeNull();
  });

  test('readTasks reads an appendix the add-in wrote back', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks());
    const read = await actions.readTasks();
    expect(read?.sheet).toBe('Phụ lục');
    expect(read?.tasks).toHaveLength(18);
    expect(read?.tasks[0]).toMatchObject({ task: ROWS[0][0], start: 'Tháng 1/2021', end: 'Tháng 12/2025', owner: STTTT, source: 'Phụ lục!B6' });
    expect(read?.tasks[12].start).toBe('Quý II/2021');
    expect(read?.tasks[11]).toMatchObject({ start: 'sắp tới', end: 44742 });
    // Inserted again from what was read: the same cells.
    const before = xl.snapshot('Phụ lục');
    await actions.insertAppendix(read!.tasks);
    expect(xl.snapshot('Phụ lục').cells).toEqual(before.cells);
  });

  test('readSelectionTasks: rows under a header by its labels, or as [task, start, end, owner, note]', async () => {
    const xl = setup([taskSheet()]);
    const actions = createExcelActions(xl, { isSetSupported: all });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhiệm vụ').getRange('A3:F7').select();
      await ctx.sync();
    });
    const read = await actions.readSelectionTasks();
    expect(read).toMatchObject({ sheet: 'Nhiệm vụ', address: 'A3:F7' });
    expect(read?.tasks.map((t) => [t.task, t.start, t.end, t.owner])).toEqual(ROWS.slice(0, 4));
    expect(read?.tasks[0].source).toBe('Nhiệm vụ!B4');

    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhiệm vụ').getRange('B5:E6').select();
      await ctx.sync();
    });
    const rows = await actions.readSelectionTasks();
    expect(rows?.tasks.map((t) => [t.task, t.start, t.end, t.owner])).toEqual(ROWS.slice(1, 3));

    // Whole columns: only the used rows are read.
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhiệm vụ').getRange('A:F').select();
      await ctx.sync();
    });
    expect((await actions.readSelectionTasks())?.tasks).toHaveLength(4);

    // Nothing there.
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhiệm vụ').getRange('K20:L30').select();
      await ctx.sync();
    });
    expect(await actions.readSelectionTasks()).toBeNull();
  });

  test('an appendix read back from its own rows keeps months and quarters as typed', async () => {
    const xl = setup();
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(tasks());
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục').getRange('A5:F23').select();
      await ctx.sync();
    });
    const read = await actions.readSelectionTasks();
    expect(read?.tasks).toHaveLength(18);
    expect(read?.tasks[0]).toMatchObject({ task: ROWS[0][0], start: 'Tháng 1/2021', end: 'Tháng 12/2025', owner: STTTT });
    expect(read?.tasks[12].start).toBe('Quý II/2021');
    // A day stays the Excel date it is.
    expect(read?.tasks[11]).toMatchObject({ start: 'sắp tới', end: 44742 });
  });

  // Real dates as a planner's list holds them: typed "6/2022" and formatted "mm/yyyy", a quarter and a
  // year through formats in words, a day. Serials by hand: 1/1/2022 = 44562, 1/4/2022 = 44652,
  // 1/6/2022 = 44713 (+151 days), 15/8/2022 = 44788, 30/6/2022 = 44742, 1/1/2023 = 44927.
  const datedSheet = (): SheetInit => {
    const G = 'General';
    return {
      name: 'Nhiệm vụ',
      values: [
        ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'],
        [1, 'Việc A', 44713, 44788, 'Sở X', null],
        [2, 'Việc B', 44652, 44742, 'Sở X', null],
        [3, 'Việc C', 44562, 44927, 'Sở Y', null],
      ],
      formats: [
        [G, G, G, G, G, G],
        [G, G, 'mm/yyyy', 'mmm yyyy', G, G],
        [G, G, '"Quý II/"yyyy', 'd/m/yyyy', G, G],
        [G, G, 'yyyy', '"Năm "yyyy', G, G],
      ],
    };
  };
  const DATED = [
    ['Việc A', 'Tháng 6/2022', 'Tháng 8/2022'],
    ['Việc B', 'Quý II/2022', 44742],
    ['Việc C', 'Năm 2022', 'Năm 2023'],
  ];

  test('readTasks and readSelectionTasks: a date formatted as a month, a quarter or a year is that period; a day stays a date', async () => {
    const xl = setup([datedSheet()]);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const read = await actions.readTasks();
    expect(read?.tasks.map((t) => [t.task, t.start, t.end])).toEqual(DATED);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nhiệm vụ').getRange('A1:F4').select();
      await ctx.sync();
    });
    const selected = await actions.readSelectionTasks();
    expect(selected?.tasks.map((t) => [t.task, t.start, t.end])).toEqual(DATED);
  });

  test('tasksFromRows: a header row is recognised by its words, not by a number', () => {
    expect(tasksFromRows([['Nhiệm vụ A', 'Tháng 1/2021', 'Tháng 2/2021', 'Sở X', 'ghi chú']])).toEqual([
      { task: 'Nhiệm vụ A', start: 'Tháng 1/2021', end: 'Tháng 2/2021', owner: 'Sở X', note: 'ghi chú' },
    ]);
    expect(
      tasksFromRows([
        ['Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn'],
        ['Việc B', 'Sở Y', '30/6/2022'],
        ['', 'Sở Z', ''],
      ])
    ).toEqual([{ task: 'Việc B', start: null, end: '30/6/2022', owner: 'Sở Y', note: '' }]);
    // A numbering column first (the TT of the table) is passed over.
    expect(
      tasksFromRows([
        [1, 'Việc C', 'Tháng 1/2021', 'Tháng 2/2021', 'Sở X'],
        [2, 'Việc D', null, null, 'Sở Y'],
      ]).map((t) => [t.task, t.owner])
    ).toEqual([
      ['Việc C', 'Sở X'],
      ['Việc D', 'Sở Y'],
    ]);
  });

  test('tasksFromRows: without a header row, the title and the column label above the first task are no tasks', () => {
    // The task column selected from the top of the sheet (B1:B5 of the sample's "Nhiệm vụ").
    expect(
      tasksFromRows([
        ['PHỤ LỤC'],
        ['MỘT SỐ NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2021-2025'],
        ['Chương trình, đề án, chính sách, nhiệm vụ'],
        ['Việc A'],
        ['VIỆC B VIẾT HOA'],
      ]).map((t) => t.task)
    ).toEqual(['Việc A', 'VIỆC B VIẾT HOA']);
    // A task in capitals with its dates is a task, first or not.
    expect(tasksFromRows([['XÂY DỰNG KHO DỮ LIỆU', 'Tháng 1/2024', 'Tháng 6/2024', 'Sở X']]).map((t) => t.task)).toEqual(['XÂY DỰNG KHO DỮ LIỆU']);
  });
});
