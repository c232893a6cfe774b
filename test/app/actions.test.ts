import { createExcelActions } from '../../src/app/actions';
import { UserFacingError } from '../../src/app/types';
import type { CellValue } from '../../src/engine/grid';
import { createMemoryExcel } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';

const all = () => true;

/** The Tiền Giang sheet with `n` indicator rows (the real rows repeated). */
function longSheet(n: number): SheetInit {
  const s = tienGiang2018();
  const head = s.values.slice(0, 7);
  const body = s.values.slice(7, 16);
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const r = [...body[i % body.length]];
    r[0] = i + 1;
    rows.push(r);
  }
  return { ...s, values: [...head, ...rows] };
}

describe('the pane actions against the in-memory Excel', () => {
  test('check reads the active sheet in one sync and reports its kind and columns', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018(), contactList()] });
    const { report, syncs } = await createExcelActions(excel, { isSetSupported: all }).check('vi');
    expect(syncs).toBe(1);
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    excel.activate('Danh bạ');
    expect((await createExcelActions(excel).check('vi')).report.kind).toBeNull();
  });

  test('compute writes live formulas whose results Excel computes to the reported values', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const { report } = await createExcelActions(excel, { isSetSupported: all }).compute('vi');
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
    expect(at('L4')).toMatchObject({ value: 'So sánh (%)', bold: true });
    expect(snap.merges).toContain('L4:N4');
    expect(Object.keys(excel.definedNames()).some((n) => n.startsWith('chitieu_'))).toBe(true);
  });

  test('computing again rewrites the same block and leaves the user cells alone', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const first = await actions.compute('vi');
    const before = excel.snapshot('Biểu số 1');
    const second = await actions.compute('vi');
    const after = excel.snapshot('Biểu số 1');
    expect(second.report.computed).toEqual(first.report.computed);
    expect(after.colCount).toBe(before.colCount);
    expect(after.cells).toEqual(before.cells);
    expect(after.merges.sort()).toEqual(before.merges.sort());
    expect(Object.keys(excel.definedNames()).filter((n) => n.startsWith('chitieu_'))).toHaveLength(1);
  });

  test('the number of syncs does not grow with the rows: 10 and 10,000', async () => {
    const counts = [];
    for (const n of [10, 10000]) {
      const excel = createMemoryExcel({ sheets: [longSheet(n)] });
      const actions = createExcelActions(excel, { isSetSupported: all });
      const check = await actions.check('vi');
      const compute = await actions.compute('vi');
      expect(compute.report.computed.length).toBeGreaterThanOrEqual(n);
      counts.push([check.syncs, compute.syncs, excel.syncCount]);
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([1, 2, 3]);
  }, 60000);

  test('numbers typed as text: the pane learns which cells hold values, not formulas', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const { report } = await createExcelActions(excel).compute('en');
    const note = report.issues.find((i) => i.code === 'value-not-formula')!;
    expect(note.message).toMatch(/typed as text/);
    const cell = report.computed.find((c) => c.cell === note.cell)!;
    expect(cell.formula).toBeNull();
  });

  test('an Excel error becomes a message in both languages and nothing is written', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const before = excel.snapshot('Biểu số 1');
    excel.failNextSync('InvalidOperationInCellEditMode');
    const err = await createExcelActions(excel).compute('vi').catch((e) => e);
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.vi).toMatch(/sửa ô/);
    expect(err.en).toMatch(/editing a cell/);
    expect(excel.snapshot('Biểu số 1')).toEqual(before);
  });

  test('a protected sheet: compute fails with a clear message and the sheet is unchanged', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    excel.protect('Biểu số 1');
    const before = excel.snapshot('Biểu số 1');
    const err = await createExcelActions(excel).compute('vi').catch((e) => e);
    expect(err).toBeInstanceOf(UserFacingError);
    expect(excel.snapshot('Biểu số 1')).toEqual(before);
  });
});
