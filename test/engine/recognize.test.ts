import { checkSheet } from '../../src/engine';
import { recognizeTables } from '../../src/engine/recognize';

const recognizeIndicatorPlan = (g: Parameters<typeof recognizeTables>[0]) => recognizeTables(g)[0];
import { budgetSheet, contactList, haTinh2024, haTinhNoDiacritics, tienGiang2018 } from '../fixtures/indicator-sheets';
import { gridFromInit } from '../helpers/grid';

const roles = (name: () => Parameters<typeof gridFromInit>[0]) =>
  checkSheet(gridFromInit(name())).columns.map((c) => [c.column, c.role, c.year ?? null]);

describe('recognising the indicator plan sheet', () => {
  test('merged two-row header with a numbering row, under title rows', () => {
    const report = checkSheet(gridFromInit(tienGiang2018()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    expect(roles(tienGiang2018)).toEqual([
      ['A', 'stt', null],
      ['B', 'name', null],
      ['C', 'unit', null],
      ['D', 'actual', 2017],
      ['E', 'plan', 2018],
      ['F', 'estimate', 2018],
      ['G', 'plan', 2019],
      ['H', 'ratio', null],
      ['I', 'ratio', null],
      ['J', 'ratio', null],
      ['K', 'note', null],
    ]);
    const ratioH = report.columns.find((c) => c.column === 'H')!;
    expect(ratioH.ratio).toEqual({ numerator: { role: 'estimate', year: 2018 }, denominator: { role: 'plan', year: 2018 } });
    const ratioJ = report.columns.find((c) => c.column === 'J')!;
    expect(ratioJ.ratio).toEqual({ numerator: { role: 'plan', year: 2019 }, denominator: { role: 'estimate', year: 2018 } });
  });

  test('one header row typed without diacritics, with TH/KH/UTH/DVT', () => {
    const report = checkSheet(gridFromInit(haTinhNoDiacritics()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([1, 1]);
    expect(roles(haTinhNoDiacritics)).toEqual([
      ['A', 'stt', null],
      ['B', 'name', null],
      ['C', 'unit', null],
      ['D', 'actual', 2017],
      ['E', 'plan', 2018],
      ['F', 'estimate', 2018],
      ['G', 'plan', 2019],
      ['H', 'note', null],
    ]);
  });

  test('header under three title rows, "Ước TH", a nine-month column, no merge information', () => {
    const report = checkSheet(gridFromInit(haTinh2024()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    const d = report.columns.find((c) => c.column === 'D')!;
    expect(d).toMatchObject({ role: 'actual', year: 2024, period: '9 tháng' });
    expect(report.columns.find((c) => c.column === 'F')).toMatchObject({ role: 'estimate', year: 2024 });
    // "So sánh (%)" typed over H only still covers I.
    expect(report.columns.find((c) => c.column === 'I')).toMatchObject({
      role: 'ratio',
      header: 'So sánh (%) / KH 2025/ƯTH 2024',
      ratio: { numerator: { role: 'plan', year: 2025 }, denominator: { role: 'estimate', year: 2024 } },
    });
    expect(report.columns.find((c) => c.column === 'J')).toMatchObject({ role: 'note' });
  });

  test('the numbering row defines a ratio the header leaves unnamed', () => {
    const sheet = tienGiang2018();
    sheet.values[4][7] = null; // no "ƯTH 2018/KH 2018" sub-label: only "8=6/5" says it
    const h = checkSheet(gridFromInit(sheet)).columns.find((c) => c.column === 'H')!;
    expect(h.ratio).toEqual({ numerator: { role: 'estimate', year: 2018 }, denominator: { role: 'plan', year: 2018 } });
  });

  test('a contact list and a budget sheet are no standard sheet and get no issues', () => {
    for (const s of [contactList(), budgetSheet()]) {
      const report = checkSheet(gridFromInit(s));
      expect(report.kind).toBeNull();
      expect(report.issues).toEqual([]);
      expect(report.columns).toEqual([]);
    }
  });

  test('an empty sheet is no standard sheet', () => {
    expect(checkSheet({ name: 'Trống', origin: { row: 0, col: 0 }, values: [], merges: [] }).kind).toBeNull();
  });
});

describe('the row model', () => {
  test('sections, indicators and parts with their parents', () => {
    const t = recognizeIndicatorPlan(gridFromInit(tienGiang2018()))!;
    const byRow = (n: number) => t.rows.find((r) => r.row === n - 1)!;
    expect(byRow(7)).toMatchObject({ type: 'section', stt: 'I' });
    expect(byRow(8)).toMatchObject({ type: 'item', name: 'Tổng doanh thu' });
    expect(byRow(9)).toMatchObject({ type: 'part', parent: 7 });
    expect(byRow(10)).toMatchObject({ type: 'part', parent: 7 });
    expect(byRow(11)).toMatchObject({ type: 'item', lowerIsBetter: true });
    expect(byRow(12)).toMatchObject({ lowerIsBetter: true });
    expect(byRow(13)).toMatchObject({ lowerIsBetter: false });
    expect(byRow(17)).toMatchObject({ type: 'section', stt: 'II' });
    expect(byRow(18)).toMatchObject({ type: 'item', rank: true, lowerIsBetter: true });
    // The numbering row is not data.
    expect(t.dataTop).toBe(6);
  });

  test('"Trong đó" rows and "+" parts', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values.splice(3, 0, [null, 'Trong đó:', null, null, null, null, null, null], ['-', 'Di dong', 'may/100 dan', 80, 81, 82, 83, null], ['+', 'Tra truoc', 'may/100 dan', 60, 61, 62, 63, null]);
    const t = recognizeIndicatorPlan(gridFromInit(sheet))!;
    const rows = t.rows.map((r) => [r.row, r.type, r.parent ?? null]);
    expect(rows).toContainEqual([3, 'label', null]);
    expect(rows).toContainEqual([4, 'part', 2]);
    expect(rows).toContainEqual([5, 'part', 4]);
  });
});
