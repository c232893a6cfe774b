import { checkSheet } from '../helpers/worded';
import type { CellValue } from '../../src/engine/grid';
import { budgetSheet, contactList, tienGiang2018 } from '../fixtures/indicator-sheets';
import { bacGiangMidTerm, haTinhInvestment, haTinhTasks, ictIndexSeries } from '../fixtures/other-sheets';
import { gridFromInit, gridOf } from '../helpers/grid';

const roles = (cols: { column: string; role: string; year?: number }[]) => cols.map((c) => `${c.column}:${c.role}${c.year ?? ''}`);

describe('recognising the five standard kinds', () => {
  test('target-result: three tables one under another, each with its title (seed 004)', () => {
    const r = checkSheet(gridFromInit(bacGiangMidTerm()));
    expect(r.kind).toBe('target-result');
    expect(r.tables.map((t) => [t.kind, t.headerRows, t.dataRows])).toEqual([
      ['target-result', [2, 2], [3, 4]],
      ['target-result', [7, 7], [8, 11]],
      ['target-result', [14, 14], [15, 16]],
    ]);
    expect(r.tables[1].title).toBe('Kết quả thực hiện các chỉ tiêu chính về bưu chính, viễn thông đến năm 2015');
    expect(roles(r.tables[0].columns)).toEqual(['A:stt', 'B:target', 'C:result', 'D:completion']);
  });

  test('time-series: years across, ranks as values (seed 002)', () => {
    const r = checkSheet(gridFromInit(ictIndexSeries()));
    expect(r.kind).toBe('time-series');
    expect(roles(r.columns)).toEqual(['A:name', 'B:value2013', 'C:value2014', 'D:value2015', 'E:value2016', 'F:value2017', 'G:value2018']);
  });

  test('time-series with years typed as numbers', () => {
    const g = gridOf('Doanh thu', [
      ['Chỉ tiêu', 'ĐVT', 2016, 2017, 2018],
      ['Doanh thu bưu chính, viễn thông', 'Tỷ đồng', 1100, 1284, 1390],
    ]);
    expect(roles(checkSheet(g).columns)).toEqual(['A:name', 'B:unit', 'C:value2016', 'D:value2017', 'E:value2018']);
  });

  test('investment: a three-row merged header with sources under the total investment (seed 000)', () => {
    const r = checkSheet(gridFromInit(haTinhInvestment()));
    expect(r.kind).toBe('investment');
    expect(r.headerRows).toEqual([3, 5]);
    expect(roles(r.columns)).toEqual([
      'A:stt',
      'B:name',
      'C:location',
      'D:period',
      'E:decision',
      'F:total-investment',
      'G:central-budget',
      'H:local-budget',
      'I:allocated2018',
      'J:year-plan2019',
      'K:disbursed2019',
      'L:note',
    ]);
  });

  test('task-list: the key-task appendix (seed 001)', () => {
    const r = checkSheet(gridFromInit(haTinhTasks()));
    expect(r.kind).toBe('task-list');
    expect(roles(r.columns)).toEqual(['A:stt', 'B:task', 'C:start', 'D:end', 'E:owner', 'F:note']);
    expect(r.tables[0].title).toMatch(/GIAI ĐOẠN 2021-2025/);
  });

  test('one workbook with all five kinds on one sheet is recognised kind by kind', () => {
    const blocks = [tienGiang2018(), bacGiangMidTerm(), ictIndexSeries(), haTinhInvestment(), haTinhTasks()];
    const values: CellValue[][] = [];
    const expected: string[] = [];
    for (const b of blocks) {
      values.push(...b.values.map((r) => [...r]), [null], [null]);
    }
    for (const b of blocks) expected.push(...checkSheet(gridFromInit(b)).tables.map((t) => t.kind));
    const r = checkSheet(gridOf('Tất cả', values));
    expect(r.tables.map((t) => t.kind)).toEqual(expected);
    expect(new Set(expected)).toEqual(new Set(['indicator-plan', 'target-result', 'time-series', 'investment', 'task-list']));
  });

  test('a contact list and a budget sheet with other headers are none of them', () => {
    for (const s of [contactList(), budgetSheet()]) expect(checkSheet(gridFromInit(s)).tables).toEqual([]);
  });
});

describe('correcting a column role', () => {
  test('a corrected role is used and marked; "ignore" takes a column out', () => {
    const g = gridFromInit(tienGiang2018());
    const r = checkSheet(g, 'vi', { roles: { G: 'estimate', K: 'ignore' } });
    const g2 = r.columns.find((c) => c.column === 'G')!;
    expect(g2).toMatchObject({ role: 'estimate', year: 2019, corrected: true });
    expect(r.columns.find((c) => c.column === 'K')).toBeUndefined();
  });
});
