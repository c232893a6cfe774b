import { computeSheet } from '../helpers/worded';
import { cellAt, parseA1 } from '../../src/engine/grid';
import { dayOf } from '../../src/engine/periods';
import type { Computed } from '../../src/engine/report';
import { haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { bacGiangMidTerm, haTinhInvestment, haTinhTasks, ictIndexSeries } from '../fixtures/other-sheets';
import { applyToGrid } from '../helpers/apply';
import { gridFromInit, gridOf } from '../helpers/grid';

const find = (computed: Computed[], cell: string) => computed.find((c) => c.cell === cell);
const at = (g: ReturnType<typeof gridFromInit>, a: string) => {
  const { top, left } = parseA1(a);
  return cellAt(g, top, left);
};

describe('indicator plan: the sheet\'s own "So sánh (%)" columns', () => {
  test('empty cells get the ratio their header defines, literally; typed cells are left alone', () => {
    const grid = gridFromInit(tienGiang2018());
    const { report, changes } = computeSheet(grid);
    // H8 holds a typed 125: untouched. H9 was empty: ƯTH 2018 / KH 2018.
    expect(find(report.computed, 'H8')).toBeUndefined();
    expect(find(report.computed, 'H9')).toMatchObject({ metric: 'ratio', formula: '=IFERROR(F9/E9*100,"")', value: 112.5 });
    // "KH 2019/ƯTH 2018" (10=7/6): G ÷ F.
    expect(find(report.computed, 'J9')).toMatchObject({ metric: 'ratio', formula: '=IFERROR(G9/F9*100,"")', value: 100 });
    // Literally as the form asks, even for lower-is-better rows.
    expect(find(report.computed, 'H11')!.formula).toBe('=IFERROR(F11/E11*100,"")');
    const after = applyToGrid(grid, changes);
    expect(at(after, 'H8')).toBe(125);
    expect(at(after, 'I8')).toBe(100);
  });

  test('a long column is one write over the empty cells between its formulas, never over a typed cell', () => {
    const sheet = tienGiang2018();
    const grid = gridFromInit(sheet);
    const { changes } = computeSheet(grid);
    const writes = changes.filter((c): c is Extract<typeof c, { type: 'write' }> => c.type === 'write');
    for (const w of writes) {
      w.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const before = cellAt(grid, w.top + i, w.left + j);
          // Only empty cells are written; those that get no formula are written empty.
          expect(before === null || (typeof before === 'string' && before.trim() === '')).toBe(true);
          // In the sheet's own ratio columns (H:K), what gets no formula is written empty.
          if (w.left >= parseA1('H1').left && w.left <= parseA1('K1').left && !cell.formula) expect(cell.value).toBeNull();
        })
      );
    }
    // Column I (9=6/4) of the seed has no typed cell: its formulas go as one write, empty rows included.
    const col = parseA1('I1').left;
    const inI = writes.filter((w) => w.left === col);
    expect(inI).toHaveLength(1);
    expect(inI[0].cells.some((row) => !row[0].formula)).toBe(true);
    const after = applyToGrid(grid, changes);
    expect(at(after, 'H8')).toBe(125);
  });

  test('a column whose inputs are typed as text stays empty, and the report says why', () => {
    const { report } = computeSheet(gridFromInit(haTinh2024()));
    // H9 ("ƯTH 2024/KH 2024") of a row typed as text: no stale value in the user's column.
    expect(find(report.computed, 'H9')).toBeUndefined();
    expect(report.issues.find((i) => i.cell === 'H9' && i.code === 'not-computed')!.message).toMatch(/F9 là số dạng chữ/);
  });
});

describe('target-result: completion from the numbers in the sentences', () => {
  const { report } = computeSheet(gridFromInit(bacGiangMidTerm()));
  const byRow = (row: number) => report.computed.find((c) => c.row === row && c.metric === 'completion');

  test('"đạt 113,8 máy/100 dân" / "Đạt 116,25 máy/100 dân" → 102,15', () => {
    expect(byRow(10)!.value).toBeCloseTo((116.25 / 113.8) * 100, 9);
    expect(byRow(10)!.formula).toBeNull();
  });

  test('a lower-is-better target reached is at or above 100: 2,14 km/điểm target, 2,03 reached → 105,42', () => {
    expect(byRow(8)!.value).toBeCloseTo((2.14 / 2.03) * 100, 9);
    expect(byRow(8)!.value!).toBeGreaterThanOrEqual(100);
  });

  test('rows without a comparable number get none, and say why', () => {
    expect(byRow(3)).toBeUndefined();
    const why = report.issues.find((i) => i.cell === 'E3');
    expect(why).toMatchObject({ code: 'not-computed', severity: 'info' });
  });
});

describe('time series: yearly growth, compound average, rank changes', () => {
  const sheet = ictIndexSeries();
  sheet.values[3] = ['Doanh thu bưu chính, viễn thông (tỷ đồng)', 1100, 1284, 1390, 1500, 0, 1600];
  const { report } = computeSheet(gridFromInit(sheet));
  const cell = (row: number, metric: string, label?: string) =>
    report.computed.filter((c) => c.row === row && c.metric === metric && (!label || c.label === label));

  test('7/63 after 9/63 is a gain of 2 places; 55/63 → 27/63 a gain of 28', () => {
    expect(cell(3, 'rank-change', '2018 so với 2017')[0].value).toBe(2);
    expect(cell(3, 'rank-change', '2017 so với 2016')[0].value).toBe(-1);
    expect(cell(3, 'rank-change', '2014 so với 2013')[0].value).toBe(28);
    // A ranking has no growth in % and no average growth.
    expect(cell(3, 'growth')).toEqual([]);
    expect(cell(3, 'cagr')).toEqual([]);
  });

  test('growth per year as live formulas; a zero year gives empty cells, never an error value', () => {
    const g = cell(4, 'growth', '2014 so với 2013')[0];
    expect(g.value).toBeCloseTo((1284 / 1100 - 1) * 100, 9);
    expect(g.formula).toMatch(/^=IFERROR\(\(C4\/B4-1\)\*100,""\)$/);
    expect(cell(4, 'growth', '2018 so với 2017')[0].value).toBeNull();
  });

  test('average growth over the period is the compound rate', () => {
    const c = cell(4, 'cagr')[0];
    expect(c.value).toBeCloseTo((Math.pow(1600 / 1100, 1 / 5) - 1) * 100, 9);
    expect(c.formula).toBe('=IFERROR(((G4/B4)^(1/5)-1)*100,"")');
    expect(c.label).toBe('Bình quân 2013–2018 (%/năm)');
  });
});

describe('investment: disbursement and allocation rates', () => {
  test('formulas for every project, group and TỔNG SỐ row', () => {
    const { report } = computeSheet(gridFromInit(haTinhInvestment()));
    const d8 = report.computed.find((c) => c.row === 8 && c.metric === 'disbursement')!;
    expect(d8).toMatchObject({ formula: '=IFERROR(K8/J8*100,"")', value: 75 });
    const a8 = report.computed.find((c) => c.row === 8 && c.metric === 'allocation')!;
    expect(a8.formula).toBe('=IFERROR((I8+J8)/F8*100,"")');
    expect(a8.value).toBeCloseTo(((3000 + 1200) / 4689) * 100, 9);
    expect(report.computed.filter((c) => c.row === 6).map((c) => c.metric)).toEqual(['disbursement', 'allocation']);
  });

  test('a zero or empty denominator gives an empty cell; nothing allocated yet counts as 0; text numbers give values', () => {
    const sheet = haTinhInvestment();
    sheet.values[7][9] = 0; // year plan 0
    sheet.values[8][8] = null; // nothing allocated yet
    sheet.values[10][10] = '1.000'; // disbursed typed as text
    const { report } = computeSheet(gridFromInit(sheet));
    const get = (row: number, metric: string) => report.computed.find((c) => c.row === row && c.metric === metric)!;
    expect(get(8, 'disbursement')).toMatchObject({ value: null, formula: '=IFERROR(K8/J8*100,"")' });
    expect(get(9, 'allocation').value).toBeCloseTo((1100 / 7500) * 100, 9);
    expect(get(11, 'disbursement')).toMatchObject({ formula: null });
    expect(get(11, 'disbursement').value).toBeCloseTo((1000 / 1500) * 100, 9);
    expect(report.issues.some((i) => i.code === 'value-not-formula' && i.cell === get(11, 'disbursement').cell)).toBe(true);
  });
});

describe('task list: duration and elapsed share', () => {
  test('months from start to end, and the share elapsed at the date chosen', () => {
    const asOf = dayOf(2023, 6, 30);
    const { report } = computeSheet(gridFromInit(haTinhTasks()), 'vi', { asOf });
    const get = (row: number, metric: string) => report.computed.find((c) => c.row === row && c.metric === metric);
    expect(get(4, 'duration')!.value).toBe(60); // Tháng 1/2021 – Tháng 12/2025
    expect(get(8, 'duration')!.value).toBe(15); // Quý II/2021 – 30/6/2022
    const first = dayOf(2021, 1, 1);
    const last = dayOf(2025, 12, 31);
    expect(get(4, 'elapsed')!.value).toBeCloseTo(((asOf - first + 1) / (last - first + 1)) * 100, 9);
    expect(get(5, 'elapsed')!.value).toBe(100); // ended in 12/2021
    // Unreadable or reversed dates: no duration, and the report says why.
    expect(get(10, 'duration')).toBeUndefined();
    expect(get(11, 'duration')).toBeUndefined();
    expect(report.issues.filter((i) => i.code === 'not-computed').map((i) => i.cell)).toEqual(expect.arrayContaining(['G10', 'G11']));
  });

  test('without a date there is no elapsed column', () => {
    const { report } = computeSheet(gridFromInit(haTinhTasks()));
    expect(report.computed.some((c) => c.metric === 'elapsed')).toBe(false);
  });
});

describe('every kind', () => {
  test.each([
    ['indicator-plan', tienGiang2018],
    ['target-result (three tables)', bacGiangMidTerm],
    ['time-series', ictIndexSeries],
    ['investment', haTinhInvestment],
    ['task-list', haTinhTasks],
  ] as const)('%s: a second run changes nothing', (_, sheet) => {
    const opts = { asOf: dayOf(2023, 6, 30) };
    const grid = gridFromInit(sheet());
    const first = computeSheet(grid, 'vi', opts);
    const once = applyToGrid(grid, first.changes);
    const second = computeSheet(once, 'vi', opts);
    const twice = applyToGrid(once, second.changes);
    expect(twice.values).toEqual(once.values);
    expect(twice.merges).toEqual(expect.arrayContaining(once.merges));
    expect(twice.merges.length).toBe(once.merges.length);
    expect(second.report.computed).toEqual(first.report.computed);
    expect(twice.owned!.length).toBe(first.report.tables.length);
  });

  test('only the metrics asked for are added', () => {
    const { report } = computeSheet(gridFromInit(haTinhInvestment()), 'vi', { metrics: ['disbursement'] });
    expect(new Set(report.computed.map((c) => c.metric))).toEqual(new Set(['disbursement']));
  });

  test('three tables on one sheet get three blocks beside them', () => {
    const grid = gridFromInit(bacGiangMidTerm());
    const { changes } = computeSheet(grid);
    const marks = changes.filter((c) => c.type === 'mark');
    expect(marks.map((m) => (m.type === 'mark' ? m.area.top : -1))).toEqual([1, 6, 13]);
    expect(new Set(marks.map((m) => (m.type === 'mark' ? m.name : ''))).size).toBe(3);
  });

  test('a one-row header: labels carry their unit', () => {
    const g = gridOf('Đầu tư', [
      ['TT', 'Danh mục dự án', 'Tổng mức đầu tư', 'Kế hoạch năm 2019', 'Giải ngân', 'Lũy kế vốn đã bố trí'],
      [1, 'Dự án A', 1000, 400, 100, 500],
    ]);
    const { changes } = computeSheet(g);
    const after = applyToGrid(g, changes);
    expect(at(after, 'G1')).toBe('Tỷ lệ giải ngân so với kế hoạch năm (%)');
  });
});

describe('large sheets', () => {
  test('30,000 indicator rows: every row computed, no call-stack limit hit', () => {
    const s = tienGiang2018();
    const rows = s.values.slice(0, 7);
    const body = s.values.slice(7, 16);
    for (let i = 0; i < 30000; i++) rows.push([i + 1, ...body[i % body.length].slice(1)]);
    const { report, changes } = computeSheet(gridOf('Lớn', rows, s.merges));
    expect(report.computed.filter((c) => c.metric === 'completion')).toHaveLength(30000);
    expect(changes.length).toBeGreaterThan(0);
  });
});
