/**
 * Prose against the sheet it is written around (issue 17, `--against`):
 * Tiền Giang 2018's Biểu số 1 (seed 002) and sentences about it. Every
 * expected figure is read off the sheet by hand (test/fixtures/indicator-sheets.ts).
 */
import { recognize } from '../../../src/engine';
import { checkProse, tableFacts, type TableFact } from '../../../src/engine/prose';
import { statementsOf } from '../../../src/engine/statements';
import { sentence } from '../../../src/i18n/statements';
import { render } from '../../../src/i18n/messages';
import { gridOf } from '../../helpers/grid';
import { tienGiang2018 } from '../../fixtures/indicator-sheets';
import * as seeds from '../../fixtures/prose/seeds';

function sheet() {
  const s = tienGiang2018();
  const grid = gridOf(s.name, s.values, s.merges);
  return { grid, tables: recognize(grid) };
}

function facts(): TableFact[] {
  const { grid, tables } = sheet();
  return tables.flatMap((t) => tableFacts(grid, t));
}

const against = (text: string) => checkProse(text, facts()).issues.filter((i) => i.code === 'prose-table-mismatch');

test('the sheet’s figures: each indicator row, each whole-year column (TH 2017, KH 2018, ƯTH 2018, KH 2019)', () => {
  const f = facts();
  // Row 13 (Tổng số thuê bao điện thoại): 112.000 | 114.000 | 115.644 | 117.000.
  expect(f.filter((x) => x.name === 'Tổng số thuê bao điện thoại').map((x) => [x.cell, x.role, x.year, x.value])).toEqual([
    ['D13', 'actual', 2017, 112000],
    ['E13', 'plan', 2018, 114000],
    ['F13', 'estimate', 2018, 115644],
    ['G13', 'plan', 2019, 117000],
  ]);
  // The rank "7/63" is no figure to compare.
  expect(f.some((x) => x.name.startsWith('Xếp hạng'))).toBe(false);
});

test('a figure that is not the sheet’s for that indicator and year is found, with the sheet’s figure and cell', () => {
  const text = 'Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644 thuê bao, tăng 5% so với năm 2017.';
  const [issue, ...rest] = against(text);
  expect(rest).toEqual([]);
  expect(issue.figures).toEqual([117644, 115644]);
  expect(issue.params.cell).toBe('Biểu số 1!F13');
  expect(text.slice(issue.range[0], issue.range[1])).toBe('Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644');
  expect(render(issue.template, issue.params, 'vi')).toBe(
    '“Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644”: bảng ghi Tổng số thuê bao điện thoại năm 2018 là 115.644 (ô Biểu số 1!F13), không phải 117.644.'
  );
});

test('the plan when the words say so; the actual of another year; rounding agrees', () => {
  // KH 2018 is 114.000; the sentence says 115.000.
  expect(against('Tổng số thuê bao điện thoại kế hoạch năm 2018 là 115.000 thuê bao.').map((i) => i.params.cell)).toEqual(['Biểu số 1!E13']);
  expect(against('Tổng số thuê bao điện thoại kế hoạch năm 2018 là 114.000 thuê bao.')).toEqual([]);
  // TH 2017 is 10,4 TB/100 dân; 9,4 is not.
  expect(against('Mật độ thuê bao Internet năm 2017 đạt 9,4 TB/100 dân.').map((i) => i.figures)).toEqual([[9.4, 10.4]]);
  // 2,15 km/điểm shown as 2,2 (one decimal) agrees; shown as 2,3 does not.
  expect(against('Bán kính phục vụ bình quân năm 2018 ước đạt 2,2 km/điểm.')).toEqual([]);
  expect(against('Bán kính phục vụ bình quân năm 2018 ước đạt 2,3 km/điểm.')).toHaveLength(1);
});

test('silent where it cannot be sure: no year, part of a year, another unit, an approximate figure, a year the sheet has not', () => {
  for (const text of [
    'Tổng số thuê bao điện thoại ước đạt 117.644 thuê bao.',
    'Tổng số thuê bao điện thoại lũy kế đến tháng 9 năm 2018 ước đạt 100.000 thuê bao.',
    'Tổng số thuê bao điện thoại năm 2018 tăng 3,3%.',
    'Tổng số thuê bao điện thoại năm 2018 ước đạt khoảng 120.000 thuê bao.',
    'Tổng số thuê bao điện thoại năm 2020 ước đạt 130.000 thuê bao.',
    'Năm 2018, số thuê bao điện thoại di động ước đạt 90.000 thuê bao.',
  ])
    expect([text, against(text)]).toEqual([text, []]);
});

test('the sentences written from the sheet agree with it, every figure judged; one changed figure is found', () => {
  const { grid, tables } = sheet();
  const text = tables
    .flatMap((t) => statementsOf(grid, t))
    .map((s) => sentence(s, 'vi'))
    .join('\n');
  const report = checkProse(text, facts());
  expect(report.issues).toEqual([]);
  // 8 indicators with a figure (the rank has none) and the revenue's 2 parts.
  expect(report.checked.filter((c) => c.check === 'table')).toHaveLength(10);
  const changed = checkProse(text.replace('188.732 thuê bao', '188.372 thuê bao'), facts()).issues;
  expect(changed.map((i) => [i.code, i.params.cell])).toEqual([['prose-table-mismatch', 'Biểu số 1!F15']]);
});

test('the seeds’ prose against the seeds’ sheets: no false alarm', () => {
  for (const p of [seeds.haTinh2018, seeds.haTinh2020, seeds.tienGiang2018, seeds.haTinh2024, seeds.bacGiang2013]) {
    expect(against(p.blocks.join('\n'))).toEqual([]);
  }
});
