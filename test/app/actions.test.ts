import { createExcelActions } from '../../src/app/actions';
import { UserFacingError } from '../../src/app/types';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { wordReport } from '../../src/i18n/report';
import { worded } from '../helpers/rejection';
import type { SheetInit } from '../../src/host/memory/types';
import { MARK_FILLS } from '../../src/host/excel/interactions';
import { READ_CHUNK_ROWS } from '../../src/host/excel/adapter';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { seedTasks } from '../fixtures/tasks';
import { HEAD_ROWS, longSheet } from '../helpers/long-sheet';

const all = () => true;

const MiB = 1024 * 1024;

describe('the pane actions against the in-memory Excel', () => {
  test('check reads the active sheet in one sync and reports its kind and columns', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018(), contactList()] });
    const { report, syncs } = await createExcelActions(excel, { isSetSupported: all }).check();
    expect(syncs).toBe(1);
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    excel.activate('Danh bạ');
    expect((await createExcelActions(excel).check()).report.kind).toBeNull();
  });

  test('compute writes live formulas whose results Excel computes to the reported values', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const { report } = await createExcelActions(excel, { isSetSupported: all }).compute();
    const snap = excel.snapshot('Biểu số 1');
    const at = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return snap.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
    };
    expect(report.computed.length).toBeGreaterThan(20);
    for (const c of report.computed) {
      const cell = at(c.cell);
      if (c.formula) expect(cell.formula).toBe(c.formula);
      if (c.value === null) expect(cell.value).toBe('');
      else expect(cell.value as number).toBeCloseTo(c.value, 9);
      expect(cell.numberFormat).toBe('0.0');
    }
    expect(at('L4')).toMatchObject({ value: 'So sánh, bằng (%)', bold: true });
    expect(snap.merges).toContain('M4:N4');
    expect(Object.keys(excel.definedNames()).some((n) => n.startsWith('chitieu_'))).toBe(true);
  });

  test('computing again rewrites the same block and leaves the user cells alone', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const first = await actions.compute();
    const before = excel.snapshot('Biểu số 1');
    const second = await actions.compute();
    const after = excel.snapshot('Biểu số 1');
    expect(second.report.computed).toEqual(first.report.computed);
    expect(after.colCount).toBe(before.colCount);
    expect(after.cells).toEqual(before.cells);
    expect(after.merges.sort()).toEqual(before.merges.sort());
    expect(Object.keys(excel.definedNames()).filter((n) => n.startsWith('chitieu_'))).toHaveLength(1);
  });

  test('the number of syncs does not grow with the rows below the chunk size: 10 and READ_CHUNK_ROWS', async () => {
    const counts = [];
    // 10 rows; the longest sheet read in one sync; just over it.
    for (const n of [10, READ_CHUNK_ROWS - HEAD_ROWS, READ_CHUNK_ROWS]) {
      const excel = createMemoryExcel({ sheets: [longSheet(n)] });
      const actions = createExcelActions(excel, { isSetSupported: all });
      const check = await actions.check();
      const compute = await actions.compute();
      expect(compute.report.computed.length).toBeGreaterThanOrEqual(n);
      counts.push([check.syncs, compute.syncs, excel.syncCount]);
    }
    expect(counts[0]).toEqual([1, 2, 3]);
    expect(counts[1]).toEqual(counts[0]);
    // Seven rows more than the first sync reads: one more sync to read them.
    expect(counts[2]).toEqual([2, 3, 5]);
  }, 120000);

  test('a sheet of 100 rows: check in one sync, compute in at most three', async () => {
    const excel = createMemoryExcel({ sheets: [longSheet(100)] });
    excel.limitRequestBytes(4 * MiB);
    const actions = createExcelActions(excel, { isSetSupported: all });
    const check = await actions.check();
    expect(check.syncs).toBe(1);
    expect(excel.syncCount).toBe(1);
    excel.resetCounters();
    const compute = await actions.compute();
    expect(compute.syncs).toBe(excel.syncCount);
    expect(compute.syncs).toBeLessThanOrEqual(3);
    expect(compute.syncs).toBe(2);
    expect(compute.report.computed.length).toBeGreaterThanOrEqual(100);
  });

  test('an appendix of 1,000 tasks: at most three syncs, no request or response over 4 MiB', async () => {
    const seed = seedTasks();
    for (const n of [100, 1000]) {
      const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
      excel.limitRequestBytes(4 * MiB);
      const tasks = Array.from({ length: n }, (_, i) => ({ ...seed[i % seed.length] }));
      const r = await createExcelActions(excel, { isSetSupported: all }).insertAppendix(tasks);
      expect(r.syncs).toBe(excel.syncCount);
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(excel.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
      expect(excel.maxResponseBytes).toBeLessThanOrEqual(4 * MiB);
      expect(excel.snapshot(r.sheet).rowCount).toBeGreaterThan(n);
    }
  });

  test("a quick fix's undo label says the text and the number apart, each language in its number style", async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(excel);
    const entry = await actions.applyFix('Chỉ tiêu 2025', { cell: 'D6', value: 3150 });
    // Typographic quotes, as everywhere a planner reads.
    expect(entry.labels.vi).toBe('Sửa ô D6 trên “Chỉ tiêu 2025”: chữ “3.150” → số 3.150');
    expect(entry.labels.en).toBe('Fix cell D6 on “Chỉ tiêu 2025”: the text “3.150” → the number 3,150');
  });

  test('numbers typed as text: the pane learns which cells hold values, not formulas', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const report = wordReport((await createExcelActions(excel).compute()).report, 'en');
    const note = report.issues.find((i) => i.code === 'value-not-formula')!;
    expect(note.message).toMatch(/typed as text/);
    const cell = report.computed.find((c) => c.cell === note.cell)!;
    expect(cell.formula).toBeNull();
  });

  test('an Excel error becomes a message in both languages and nothing is written', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const before = excel.snapshot('Biểu số 1');
    excel.failNextSync('InvalidOperationInCellEditMode');
    const err = await createExcelActions(excel)
      .compute()
      .catch((e) => worded(e));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.vi).toMatch(/sửa ô/);
    expect(err.en).toMatch(/editing a cell/);
    expect(excel.snapshot('Biểu số 1')).toEqual(before);
  });

  test('a protected sheet: compute fails with a clear message and the sheet is unchanged', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    excel.protect('Biểu số 1');
    const before = excel.snapshot('Biểu số 1');
    const err = await createExcelActions(excel)
      .compute()
      .catch((e) => e);
    expect(err).toBeInstanceOf(UserFacingError);
    expect(excel.snapshot('Biểu số 1')).toEqual(before);
  });
});

describe('the pane’s interactions with the sheet', () => {
  const HT = 'Chỉ tiêu 2025';
  const cellOf = (excel: ReturnType<typeof createMemoryExcel>, sheet: string, a: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    return excel.snapshot(sheet).cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
  };

  test('select activates the issue’s sheet and selects its cell', async () => {
    const excel = createMemoryExcel({ sheets: [contactList(), tienGiang2018()] });
    expect(excel.activeSheet()).toBe('Danh bạ');
    await createExcelActions(excel, { isSetSupported: all }).select('Biểu số 1', 'H8');
    expect(excel.activeSheet()).toBe('Biểu số 1');
    expect(excel.selection()).toEqual({ sheet: 'Biểu số 1', address: 'H8' });
  });

  test('mark shows the issues by severity, unmark puts the sheet back exactly', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const before = excel.snapshot(HT);
    const { report } = await actions.check();
    await actions.mark(HT, report.issues);
    // H8 has an info note and an error: the error shows.
    expect(cellOf(excel, HT, 'H8').markFill).toBe(MARK_FILLS.error);
    expect(cellOf(excel, HT, 'D6').markFill).toBe(MARK_FILLS.info);
    expect(cellOf(excel, HT, 'B6').markFill).toBeUndefined();
    await actions.unmark(HT);
    expect(excel.snapshot(HT)).toEqual(before);
  });

  test('applyFix writes the suggested number as a number; undoFix puts the text back', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const before = excel.snapshot(HT);
    const { report } = await actions.check();
    const d6 = report.issues.find((i) => i.cell === 'D6' && i.fix)!;
    const h8 = report.issues.find((i) => i.cell === 'H8' && i.code === 'ratio-mismatch')!;
    expect(d6.fix).toEqual({ cell: 'D6', value: 3150 });
    const first = await actions.applyFix(HT, d6.fix!);
    expect(first).toMatchObject({ sheet: HT, cell: 'D6' });
    expect(first.label).toContain('3150');
    await actions.applyFix(HT, h8.fix!);
    expect(cellOf(excel, HT, 'D6').value).toBe(3150);
    expect(cellOf(excel, HT, 'H8').value).toBe(101.4);
    // A check now sees numbers there.
    const after = await actions.check();
    expect(after.report.issues.some((i) => i.cell === 'D6' && i.code === 'number-as-text')).toBe(false);
    // Undo takes back the last fix first.
    expect(await actions.undoFix()).toMatchObject({ cell: 'H8' });
    expect(cellOf(excel, HT, 'H8').value).toBe('120');
    expect(await actions.undoFix()).toMatchObject({ cell: 'D6' });
    expect(await actions.undoFix()).toBeNull();
    expect(excel.snapshot(HT)).toEqual(before);
  });

  test("applyFixes puts a group's values in two syncs, as one step that one undo takes back", async () => {
    const sheet: SheetInit = {
      name: 'Biểu',
      values: [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024']],
    };
    for (let i = 1; i <= 40; i++) sheet.values.push([i, `Chỉ tiêu số ${i}`, 'trạm', `1.${String(100 + i)}`, 1000 + i]);
    const excel = createMemoryExcel({ sheets: [sheet] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const before = excel.snapshot('Biểu');
    const { report } = await actions.check();
    const group = report.groups!.find((g) => g.code === 'number-as-text' && g.column === 'D')!;
    expect(group.count).toBe(40);
    const fixes = report.issues.filter((i) => group.cells.includes(i.cell) && i.code === group.code).map((i) => i.fix!);
    const syncs = excel.syncCount;
    const entry = await actions.applyFixes('Biểu', fixes);
    expect(excel.syncCount - syncs).toBe(2);
    expect(entry.label).toBe('D2…D41');
    expect(entry.labels.vi).toBe('Sửa 40 ô D2…D41 trên “Biểu”');
    expect(cellOf(excel, 'Biểu', 'D2').value).toBe(1101);
    expect(cellOf(excel, 'Biểu', 'D41').value).toBe(1140);
    expect((await actions.check()).report.issues.filter((i) => i.code === 'number-as-text')).toEqual([]);
    expect(actions.undoList()).toHaveLength(1);
    expect(await actions.undo()).toMatchObject({ kind: 'fix' });
    expect(excel.snapshot('Biểu')).toEqual(before);
  });

  test('a failed undo keeps the fix on the stack to try again', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    excel.failNextSync('InvalidOperationInCellEditMode');
    await expect(actions.undoFix()).rejects.toBeInstanceOf(UserFacingError);
    expect(cellOf(excel, HT, 'D6').value).toBe(3150);
    expect(await actions.undoFix()).toMatchObject({ cell: 'D6' });
    expect(cellOf(excel, HT, 'D6').value).toBe('3.150');
  });

  test('setRoles is saved for the sheet and used by the next check and compute', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018(), contactList()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const plain = await actions.check();
    expect(plain.report.columns.map((c) => c.column)).toContain('G');
    expect(await actions.getRoles('Biểu số 1')).toEqual({});
    await actions.setRoles('Biểu số 1', { G: 'ignore' });
    expect(await actions.getRoles('Biểu số 1')).toEqual({ G: 'ignore' });
    expect(await actions.getRoles('Danh bạ')).toEqual({});
    const corrected = await actions.check();
    // Still one sync: the corrections are read with the sheet.
    expect(corrected.syncs).toBe(1);
    expect(corrected.report.columns.map((c) => c.column)).not.toContain('G');
    const computed = await actions.compute();
    expect(computed.report.columns.map((c) => c.column)).not.toContain('G');
    await actions.setRoles('Biểu số 1', {});
    expect((await actions.check()).report.columns.map((c) => c.column)).toContain('G');
  });

  for (const triggerSource of [true, false]) {
    test(`onSheetChanged tells of the user’s edits, not of the add-in’s own writes (${triggerSource ? 'with' : 'without'} triggerSource)`, async () => {
      const excel = createMemoryExcel({ sheets: [haTinh2024(), contactList()] });
      excel.eventTriggerSource(triggerSource);
      let clock = 1_000_000;
      const actions = createExcelActions(excel, { isSetSupported: all, now: () => clock, ownWriteGraceMs: 3000 });
      const heard: string[] = [];
      const stop = await actions.onSheetChanged((sheet) => void heard.push(sheet));
      await actions.compute();
      const { report } = await actions.check();
      await actions.mark(HT, report.issues);
      await actions.applyFix(HT, { cell: 'D6', value: 3150 });
      await actions.undoFix();
      await actions.unmark(HT);
      await excel.idle();
      expect(heard).toEqual([]);
      excel.userEdit(HT, 'B6', 'Số trạm BTS (trạm)');
      excel.userEdit('Danh bạ', 'A3', 'Trần Thị B');
      await excel.idle();
      expect(heard).toEqual([HT, 'Danh bạ']);
      // Long after the add-in wrote H8, the user's edit there is the user's.
      clock += 10_000;
      excel.userEdit(HT, 'D6', '3.160');
      await excel.idle();
      expect(heard).toEqual([HT, 'Danh bạ', HT]);
      await stop();
      excel.userEdit(HT, 'B7', 'x');
      await excel.idle();
      expect(heard).toHaveLength(3);
    });
  }

  test('onSheetChanged without WorksheetCollection.onChanged (before ExcelApi 1.9) listens on every sheet', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024(), contactList()] });
    const actions = createExcelActions(excel, { isSetSupported: (_s, v) => Number(v.split('.')[1]) < 9 });
    const heard: string[] = [];
    const stop = await actions.onSheetChanged((sheet) => void heard.push(sheet));
    expect(excel.eventHandlerCount).toBe(2);
    excel.userEdit('Danh bạ', 'A3', 'Trần Thị B');
    await excel.idle();
    expect(heard).toEqual(['Danh bạ']);
    await stop();
    expect(excel.eventHandlerCount).toBe(0);
  });
});
