/**
 * The pane's undo ("Hoàn tác") and the checks before writing, on the
 * in-memory Excel: every operation taken back exactly (values, formulas,
 * number formats, fills, fonts, borders, alignment, merges, widths, names,
 * added sheets), several levels deep; an undo refused over the user's
 * edits; a protected, renamed or deleted sheet, cell edit mode and a block
 * past column XFD refused before anything is written; Excel's own undo
 * group where ExcelApi 1.20 is there.
 */
import { createExcelActions } from '../../src/app/actions';
import type { Change } from '../../src/engine/changes';
import { readActiveSheet } from '../../src/host/excel/adapter';
import { PartialWriteError, restoreSnapshot, SnapshotPlan, writeWithSnapshot } from '../../src/host/excel/undo';
import { isUndoConflict, UndoConflictError, UserFacingError } from '../../src/app/types';
import type { CellValue } from '../../src/engine/grid';
import { colLetter } from '../../src/engine/grid';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { seedTasks } from '../fixtures/tasks';
import { rejection } from '../helpers/rejection';

const all = () => true;
/** Everything up to ExcelApi 1.19: no undo groups. */
const before120 = (_set: string, v: string) => Number(v.split('.')[1]) < 20;
const TG = 'Biểu số 1';
const HT = 'Chỉ tiêu 2025';

/** The whole workbook as a test compares it: every sheet's snapshot, the sheet names and the defined names. */
function workbook(xl: MemoryExcelControl) {
  return { sheets: xl.sheetNames(), snapshots: xl.sheetNames().map((n) => xl.snapshot(n)), names: xl.definedNames() };
}

/** Row heights and vertical alignment, which the snapshot leaves out, read through the API. */
async function extras(xl: MemoryExcelControl, sheet: string, address: string) {
  return xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    const props = r.getCellProperties({ format: { verticalAlignment: true, font: { color: true } } });
    await ctx.sync();
    return props.value;
  });
}

/** Borders round the table, fills, fonts, a merge, widths and a number format where the computed columns go (L:N). */
async function decorate(xl: MemoryExcelControl, sheet = TG): Promise<void> {
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const table = ws.getRange('A4:K19').format;
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal']) {
      table.borders.getItem(edge).style = 'Continuous';
    }
    ws.getRange('K4:K19').format.borders.getItem('EdgeRight').weight = 'Medium';
    ws.getRange('L7:M8').format.fill.color = '#FFFF00';
    const n9 = ws.getRange('N9').format;
    n9.font.bold = true;
    n9.font.italic = true;
    n9.font.name = 'Arial';
    n9.font.size = 14;
    n9.font.color = '#FF0000';
    n9.horizontalAlignment = 'Left';
    ws.getRange('L17').format.verticalAlignment = 'Top';
    ws.getRange('L10:N10').format.borders.getItem('EdgeBottom').style = 'Double';
    ws.getRange('N15').numberFormat = [['0.00%']];
    ws.getRange('M12:N13').merge(false);
    ws.getRange('L1').format.columnWidth = 80;
    ws.getRange('M1').format.columnWidth = 30;
    ws.getRange('O2').values = [['ghi chú của người dùng']];
    await ctx.sync();
  });
}

describe('undo takes the add-in’s operations back exactly', () => {
  test('compute then undo: the sheet and the names are as before, and the list empties', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    expect(actions.undoList()).toEqual([]);
    await actions.compute();
    expect(workbook(xl)).not.toEqual(before);
    const list = actions.undoList();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'compute', sheet: TG });
    expect(list[0].labels.vi).toContain('Tính toán');
    expect(list[0].labels.en).toContain('Compute');
    expect(list[0].labels.vi).toContain('L4:N19');
    const undone = await actions.undo();
    expect(undone).toMatchObject({ kind: 'compute', sheet: TG });
    expect(workbook(xl)).toEqual(before);
    expect(actions.undoList()).toEqual([]);
    expect(await actions.undo()).toBeNull();
  });

  test('compute from an earlier read, over cells formatted since (a format raises no change event): undo puts the new formats back', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    // The pane keeps this read; the planner then formats where the computed columns go.
    const { read } = await actions.check();
    await decorate(xl);
    const before = workbook(xl);
    await actions.compute({}, read);
    expect(workbook(xl)).not.toEqual(before);
    await actions.undo();
    expect(workbook(xl)).toEqual(before);
  });

  test('compute over formatted cells (fills, fonts, borders, a merge, widths, a number format) then undo: all of it back', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    await decorate(xl);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    const hidden = await extras(xl, TG, 'K16:N18');
    await actions.compute();
    const after = xl.snapshot(TG);
    // The block took over the formatted cells.
    expect(after.cells[8][13]).toMatchObject({ fontName: 'Arial', horizontal: 'Right' });
    expect(after.cells[6][11].numberFormat).toBe('0.0');
    await actions.undo();
    expect(workbook(xl)).toEqual(before);
    expect(await extras(xl, TG, 'K16:N18')).toEqual(hidden);
    // The table's right border (Medium) is still there.
    const k = await xl.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem(TG).getRange('K4:K19').format.borders.getItem('EdgeRight').load('style,weight');
      await ctx.sync();
      return [b.style, b.weight];
    });
    expect(k).toEqual(['Continuous', 'Medium']);
  });

  test('computing again, then two undos: first back to the first compute, then to the start', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    await decorate(xl);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    await actions.compute();
    const once = workbook(xl);
    // Fewer columns the second time: the old block is cleared, a narrower one written.
    await actions.compute({ metrics: ['completion'] });
    expect(workbook(xl)).not.toEqual(once);
    expect(actions.undoList()).toHaveLength(2);
    await actions.undo();
    expect(workbook(xl)).toEqual(once);
    await actions.undo();
    expect(workbook(xl)).toEqual(start);
  });

  test('an appendix on a new sheet, then undo: the sheet is deleted and the names are as before', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    const r = await actions.insertAppendix(seedTasks().slice(0, 6));
    expect(r.created).toBe(true);
    expect(xl.sheetNames()).toEqual([TG, 'Phụ lục']);
    expect(actions.undoList()[0]).toMatchObject({ kind: 'appendix', sheet: 'Phụ lục' });
    await actions.undo();
    expect(workbook(xl)).toEqual(before);
    // Deleting a sheet cannot be in an undo group: that restore ran without one.
    expect(xl.runOptions[xl.runOptions.length - 1]).toEqual({ delayForCellEdit: true });
  });

  test('an appendix replacing the previous one, then undo: the previous one is back, cell for cell', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(seedTasks().slice(0, 12), { title: 'Lần đầu', groupByOwner: true, timeline: true });
    const first = workbook(xl);
    const r = await actions.insertAppendix(seedTasks().slice(0, 5), { title: 'Lần hai' });
    expect(r.replaced).toBe(true);
    expect(workbook(xl)).not.toEqual(first);
    await actions.undo();
    expect(workbook(xl)).toEqual(first);
    // And the first one goes too.
    await actions.undo();
    expect(xl.sheetNames()).toEqual([TG]);
  });

  test('an appendix at a cell of a sheet with the user’s content, then undo: contents, formats, widths, heights and page set-up back', async () => {
    const user: SheetInit = {
      name: 'Kế hoạch',
      values: [['Kế hoạch'], ['Nội dung của người dùng', 12, '=B2*2'], [null, null, null, 'ô D3']],
      formulas: { C2: '=B2*2' },
    };
    const xl = createMemoryExcel({ sheets: [user] });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kế hoạch');
      ws.getRange('B3:E6').format.fill.color = '#CCFFCC';
      ws.getRange('C4').format.font.bold = true;
      ws.getRange('D5:E5').merge(false);
      ws.getRange('B4').format.rowHeight = 40;
      await ctx.sync();
    });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    const heights = async () =>
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Kế hoạch');
        const rows = [2, 3, 4, 5, 6, 7, 8].map((r) => ws.getRange(`A${r}`).format.load('rowHeight'));
        await ctx.sync();
        return rows.map((f) => f.rowHeight);
      });
    const hBefore = await heights();
    await actions.insertAppendix(seedTasks().slice(0, 3), { at: { sheet: 'Kế hoạch', cell: 'B3' } });
    expect(await heights()).not.toEqual(hBefore);
    await actions.undo();
    const after = workbook(xl);
    // Office.js cannot remove print title rows once set: everything else is back.
    const noTitles = (w: ReturnType<typeof workbook>) => ({
      ...w,
      snapshots: w.snapshots.map((s) => ({ ...s, pageLayout: { ...s.pageLayout!, printTitleRows: undefined } })),
    });
    expect(noTitles(after)).toEqual(noTitles(before));
    expect(after.snapshots[0].pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'Letter', scale: 100 });
    expect(await heights()).toEqual(hBefore);
  });

  test('a quick fix, a compute and an appendix, then three undos: the workbook as it was, last first', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    await actions.check();
    const fix = await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    expect(fix).toMatchObject({ kind: 'fix', cell: 'D6' });
    const afterFix = workbook(xl);
    await actions.compute();
    const afterCompute = workbook(xl);
    await actions.insertAppendix(seedTasks().slice(0, 4));
    expect(actions.undoList().map((e) => e.kind)).toEqual(['fix', 'compute', 'appendix']);
    expect((await actions.undo())?.kind).toBe('appendix');
    expect(workbook(xl)).toEqual(afterCompute);
    expect((await actions.undo())?.kind).toBe('compute');
    expect(workbook(xl)).toEqual(afterFix);
    expect((await actions.undo())?.kind).toBe('fix');
    expect(workbook(xl)).toEqual(start);
    expect(actions.undoList()).toEqual([]);
  });

  test('undoFix only takes back a quick fix', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    await actions.compute();
    expect(await actions.undoFix()).toBeNull();
    expect(actions.undoList()).toHaveLength(2);
    await actions.undo();
    expect(await actions.undoFix()).toMatchObject({ kind: 'fix' });
  });

  test('the sheet renamed since: undo finds it by its id', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = xl.snapshot(TG);
    await actions.compute();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(TG).name = 'Biểu 1 (sửa)';
      await ctx.sync();
    });
    await actions.undo();
    expect({ ...xl.snapshot('Biểu 1 (sửa)'), name: TG }).toEqual(before);
  });

  test('the sheet deleted since: nothing to undo, said so, and the step leaves the list', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018(), haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.compute();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(TG).delete();
      await ctx.sync();
    });
    const e = await rejection(actions.undo());
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.vi).toContain(TG);
    expect(e.en).toMatch(/gone/);
    expect(actions.undoList()).toEqual([]);
  });
});

describe('hosts and failures', () => {
  test('an Excel without getCellProperties (before 1.9): formats read as shared ones, a plain compute still undone exactly', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: (_s, v) => Number(v.split('.')[1]) < 9 });
    const start = workbook(xl);
    await actions.compute();
    await actions.compute();
    await actions.undo();
    await actions.undo();
    expect(workbook(xl)).toEqual(start);
  });

  test('a write that stops part way (its second sync fails) throws PartialWriteError, whose snapshot takes the part back', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const before = workbook(xl);
    const { grid, info } = await readActiveSheet(xl, { sheetInfo: true });
    // 2,000 rows × 100 columns of text: more than one request can carry.
    const cells = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 100 }, (_, c) => ({ value: `ô ${r}-${c} ${'x'.repeat(20)}` })));
    const changes: Change[] = [{ type: 'write', top: 30, left: 0, cells, numberFormat: '@' }];
    const plan = new SnapshotPlan({ changes, grid, formatted: info!.formatted, features: { cellProperties: true, mergedAreas: true, pageLayout: true } });
    const host = xl as unknown as { sync: (ctx: unknown) => Promise<void> };
    const sync = host.sync.bind(xl);
    let n = 0;
    host.sync = (ctx) => {
      if (++n === 2) xl.failNextSync('GeneralException');
      return sync(ctx);
    };
    const e = await rejection(writeWithSnapshot(xl, { sheet: info!.id, changes, apply: {}, plan }));
    host.sync = sync;
    expect(e).toBeInstanceOf(PartialWriteError);
    expect((e.cause as { code?: string }).code).toBe('GeneralException');
    expect(workbook(xl)).not.toEqual(before);
    await restoreSnapshot(xl, e.snapshot, { force: true });
    expect(workbook(xl)).toEqual(before);
  });
});

describe('an undo over the user’s edits is refused, not forced', () => {
  test('a computed cell edited by the user: refused with the cell named, nothing changed; force overwrites', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    await actions.compute();
    xl.userEdit(TG, 'L8', 99);
    const edited = workbook(xl);
    const e = await rejection(actions.undo());
    expect(e).toBeInstanceOf(UndoConflictError);
    expect(isUndoConflict(e)).toBe(true);
    expect(e.cells).toContain('L8');
    expect(e.vi).toContain('L8');
    expect(e.en).toMatch(/changed since/);
    expect(workbook(xl)).toEqual(edited);
    expect(actions.undoList()).toHaveLength(1);
    await actions.undo({ force: true });
    expect(workbook(xl)).toEqual(start);
  });

  test('an edit the pane heard of (a change event) counts, even when the value was typed back', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const stop = await actions.onSheetChanged(() => undefined);
    await actions.compute();
    await xl.idle();
    const header = xl.snapshot(TG).cells[3][11].value;
    xl.userEdit(TG, 'L4', 'khác');
    xl.userEdit(TG, 'L4', String(header));
    await xl.idle();
    expect(isUndoConflict(await rejection(actions.undo()))).toBe(true);
    await stop();
  });

  test('the add-in’s own writes are not taken for the user’s edits', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const stop = await actions.onSheetChanged(() => undefined);
    const start = workbook(xl);
    await actions.compute();
    await actions.compute();
    await xl.idle();
    await actions.undo();
    await actions.undo();
    expect(workbook(xl)).toEqual(start);
    await stop();
  });

  test('a fix already taken back (as by Excel’s Ctrl+Z): the undo writes nothing and leaves the list', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    xl.userEdit(HT, 'D6', "'3.150");
    expect(workbook(xl)).toEqual(start);
    xl.resetCounters();
    expect(await actions.undo()).toMatchObject({ kind: 'fix' });
    expect(xl.syncCount).toBe(1);
    expect(actions.undoList()).toEqual([]);
  });

  test('content typed on the sheet an appendix added: deleting it is refused', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(seedTasks().slice(0, 3));
    xl.userEdit('Phụ lục', 'K40', 'của tôi');
    const e = await rejection(actions.undo());
    expect(isUndoConflict(e)).toBe(true);
    expect(e.vi).toContain('Phụ lục');
    expect(xl.sheetNames()).toContain('Phụ lục');
  });

  test('a cell the appendix wrote on its new sheet, edited since: the refusal names it once', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.insertAppendix(seedTasks().slice(0, 3));
    const cell = xl
      .snapshot('Phụ lục')
      .cells.flatMap((row, r) => row.map((cs, c) => ({ v: cs.value, at: `${colLetter(c)}${r + 1}` })))
      .find((x) => typeof x.v === 'string' && x.v.length > 20)!.at;
    xl.userEdit('Phụ lục', cell, 'đã sửa');
    const e = await rejection(actions.undo());
    expect(isUndoConflict(e)).toBe(true);
    expect(e.cells).toEqual([cell]);
    expect(e.en.split(cell).length - 1).toBe(1);
  });

  test('cell edit mode: a compute waits until the user leaves the cell, then writes (delayForCellEdit)', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    xl.cellEditMode(true);
    let done = false;
    const computing = actions.compute().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(workbook(xl)).toEqual(before);
    xl.cellEditMode(false);
    await computing;
    expect(workbook(xl)).not.toEqual(before);
    expect(actions.undoList()).toHaveLength(1);
  });

  test('a failed undo (cell edit mode, in an Excel that refuses rather than waits) keeps the step; it is undone once Excel is free', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    xl.honourDelayForCellEdit(false);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    await actions.compute();
    xl.cellEditMode(true);
    const e = await rejection(actions.undo());
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.en).toMatch(/Press Enter or Esc to leave the cell/);
    expect(actions.undoList()).toHaveLength(1);
    xl.cellEditMode(false);
    await actions.undo();
    expect(workbook(xl)).toEqual(start);
  });
});

describe('checks before writing: nothing is written when they fail', () => {
  test('a protected sheet: compute says so, naming the sheet, after the read alone', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    xl.protect(TG);
    const before = workbook(xl);
    const actions = createExcelActions(xl, { isSetSupported: all });
    xl.resetCounters();
    const e = await rejection(actions.compute());
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.vi).toContain(`“${TG}” đang được bảo vệ`);
    expect(e.en).toContain(`“${TG}” is protected`);
    expect(e.en).toMatch(/Unprotect/);
    expect(xl.syncCount).toBe(1);
    expect(workbook(xl)).toEqual(before);
    expect(actions.undoList()).toEqual([]);
  });

  test('a protected sheet: a quick fix and marking say so too', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const { report } = await actions.check();
    xl.protect(HT);
    const before = workbook(xl);
    expect((await rejection(actions.applyFix(HT, { cell: 'D6', value: 3150 }))).en).toContain(`“${HT}” is protected`);
    expect((await rejection(actions.mark(HT, report.issues))).en).toContain(`“${HT}” is protected`);
    expect(workbook(xl)).toEqual(before);
  });

  test('cell edit mode, in an Excel that refuses rather than waits: compute says to press Enter or Esc, and writes nothing', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    xl.honourDelayForCellEdit(false);
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    xl.cellEditMode(true);
    const e = await rejection(actions.compute());
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.vi).toMatch(/Nhấn Enter hoặc Esc để rời ô đang sửa/);
    expect(e.en).toMatch(/Press Enter or Esc to leave the cell, then try again/);
    expect((await rejection(actions.insertAppendix(seedTasks().slice(0, 2)))).en).toMatch(/Enter or Esc/);
    expect((await rejection(actions.applyFix(TG, { cell: 'H9', value: 1 }))).en).toMatch(/Enter or Esc/);
    expect(workbook(xl)).toEqual(before);
    expect(actions.undoList()).toEqual([]);
    xl.cellEditMode(false);
    await actions.compute();
    expect(actions.undoList()).toHaveLength(1);
  });

  test('the sheet renamed since the check: a fix, marking and selecting say so, naming it', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024(), tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const { report } = await actions.check();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(HT).name = 'Chỉ tiêu 2025 (cũ)';
      await ctx.sync();
    });
    const before = workbook(xl);
    for (const p of [actions.applyFix(HT, { cell: 'D6', value: 3150 }), actions.mark(HT, report.issues), actions.select(HT, 'D6')]) {
      const e = await rejection(p);
      expect(e).toBeInstanceOf(UserFacingError);
      expect(e.vi).toContain(`“${HT}”`);
      expect(e.en).toMatch(/renamed or deleted/);
    }
    expect(workbook(xl)).toEqual(before);
  });

  test('another sheet given the checked sheet’s name: refused before writing', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024(), tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.check();
    await xl.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.getItem(HT).name = 'Cũ';
      sheets.getItem(TG).name = HT;
      await ctx.sync();
    });
    const before = workbook(xl);
    const e = await rejection(actions.applyFix(HT, { cell: 'D6', value: 3150 }));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.en).toMatch(/not the one that was checked/);
    expect(workbook(xl)).toEqual(before);
  });

  test('computed columns past column XFD: refused, naming the range', async () => {
    // The Tiền Giang table moved right, so that its three computed columns would end past XFD.
    const shift = 16372;
    const s = tienGiang2018();
    const pad = new Array<CellValue>(shift).fill(null);
    const moved: SheetInit = {
      name: TG,
      values: s.values.map((row) => [...pad, ...row]),
      merges: s.merges!.map((m) => m.replace(/([A-Z]+)(\d+)/g, (_w, col: string, row: string) => `${colLetter(col.charCodeAt(0) - 65 + shift)}${row}`)),
    };
    const xl = createMemoryExcel({ sheets: [moved] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    const e = await rejection(actions.compute());
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.en).toContain('XFD');
    expect(e.en).toContain(`${colLetter(shift + 11)}4:`);
    expect(e.vi).toContain('3 cột');
    expect(workbook(xl)).toEqual(before);
  });

  test('an appendix that would go past the last row: refused, naming the range', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const before = workbook(xl);
    const e = await rejection(actions.insertAppendix(seedTasks().slice(0, 5), { at: { sheet: TG, cell: 'B1048570' } }));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.en).toContain('B1048570:');
    expect(e.en).toMatch(/1,048,576 rows/);
    expect(workbook(xl)).toEqual(before);
  });
});

describe('Excel’s own undo group (ExcelApi 1.20)', () => {
  test('with 1.20 every write runs as one undo group; the reads do not', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.check();
    // Every batch waits while the user edits a cell (delayForCellEdit), writes or not.
    expect(xl.runOptions).toEqual([{ delayForCellEdit: true }]);
    await actions.compute();
    expect(xl.runOptions.slice(1)).toEqual([{ delayForCellEdit: true }, { mergeUndoGroup: true, delayForCellEdit: true }]);
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    await actions.insertAppendix(seedTasks().slice(0, 2));
    expect(xl.runOptions.slice(3)).toEqual([
      { mergeUndoGroup: true, delayForCellEdit: true },
      { delayForCellEdit: true },
      { mergeUndoGroup: true, delayForCellEdit: true },
    ]);
    await actions.undo();
    await actions.undo();
    // The appendix's sheet is deleted outside a group; the fix's undo is one group.
    expect(xl.runOptions.slice(6)).toEqual([{ delayForCellEdit: true }, { mergeUndoGroup: true, delayForCellEdit: true }]);
  });

  test('an Excel that refuses the undo group (office-js #6711): the write goes through without it, and the pane can say so', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    xl.refuseUndoGroups('GeneralException');
    const actions = createExcelActions(xl, { isSetSupported: all });
    const start = workbook(xl);
    expect(actions.excelUndoGroupOff!()).toBe(false);
    await actions.compute();
    expect(workbook(xl)).not.toEqual(start);
    expect(actions.excelUndoGroupOff!()).toBe(true);
    // Tried once as a group (refused before anything ran), then without; later writes go without at once.
    expect(xl.runOptions.slice(1).map((o) => !!o.mergeUndoGroup)).toEqual([true, false]);
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    expect(xl.runOptions.slice(3).every((o) => !o.mergeUndoGroup)).toBe(true);
    // The pane's own undo still takes both back.
    await actions.undo();
    await actions.undo();
    expect(workbook(xl)).toEqual(start);
  });

  test('the same for a quick fix and for the appendix when they are the first write', async () => {
    for (const first of ['fix', 'appendix'] as const) {
      const xl = createMemoryExcel({ sheets: [haTinh2024()] });
      xl.refuseUndoGroups('GeneralException');
      const actions = createExcelActions(xl, { isSetSupported: all });
      await actions.check();
      const start = workbook(xl);
      if (first === 'fix') await actions.applyFix(HT, { cell: 'D6', value: 3150 });
      else await actions.insertAppendix(seedTasks().slice(0, 2));
      expect(`${first}: ${actions.excelUndoGroupOff!()}`).toBe(`${first}: true`);
      await actions.undo();
      expect(workbook(xl)).toEqual(start);
    }
  });

  test('a refusal that is not about the group (a protected sheet) is not retried', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.check();
    xl.protect(HT);
    const runs = xl.runOptions.length;
    const e = await rejection(actions.applyFix(HT, { cell: 'D6', value: 3150 }));
    expect(e.code).toBe('sheet-protected');
    expect(actions.excelUndoGroupOff!()).toBe(false);
    expect(xl.runOptions.length - runs).toBe(1);
  });

  test('without 1.20 no batch asks for it', async () => {
    const xl = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(xl, { isSetSupported: before120 });
    const start = workbook(xl);
    await actions.compute();
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    await actions.insertAppendix(seedTasks().slice(0, 2));
    await actions.undo();
    await actions.undo();
    await actions.undo();
    expect(xl.runOptions.every((o) => o.mergeUndoGroup === undefined)).toBe(true);
    expect(workbook(xl)).toEqual(start);
  });
});

describe('what the snapshot costs', () => {
  test('compute on a small sheet: still one sync to read and one to write; undo in three', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    await decorate(xl);
    const actions = createExcelActions(xl, { isSetSupported: all });
    xl.resetCounters();
    const r = await actions.compute();
    expect(r.syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    xl.resetCounters();
    await actions.undo();
    expect(xl.syncCount).toBeLessThanOrEqual(3);
  });

  test('an appendix replacing one of 300 tasks: at most three syncs to write', async () => {
    const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    const seed = seedTasks();
    const tasks = Array.from({ length: 300 }, (_, i) => ({ ...seed[i % seed.length] }));
    await actions.insertAppendix(tasks);
    const first = workbook(xl);
    xl.resetCounters();
    const r = await actions.insertAppendix(tasks.slice(0, 250));
    expect(r.syncs).toBe(xl.syncCount);
    expect(r.syncs).toBeLessThanOrEqual(4);
    await actions.undo();
    expect(workbook(xl)).toEqual(first);
  }, 60000);
});
