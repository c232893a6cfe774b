import { checkSheet } from '../helpers/worded';
import type { WordedIssue as Issue } from '../../src/i18n/report';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { bacGiangMidTerm, bacGiangSubscribers, haTinhInvestment, haTinhProjects, haTinhTasks, ictIndexSeries } from '../fixtures/other-sheets';
import { gridFromInit } from '../helpers/grid';

const at = (issues: Issue[], cell: string, code?: string) => issues.filter((i) => i.cell === cell && (!code || i.code === code));
const codes = (issues: Issue[]) => issues.map((i) => `${i.cell} ${i.code}`);

describe('the slips of the real reports are caught at their cells', () => {
  test('seed 000: "10 dự án, trong đó 04 + 01 + 01 + 05" adds up to 11', () => {
    const { issues } = checkSheet(gridFromInit(haTinhProjects()));
    const [d2] = at(issues, 'D2', 'sum-mismatch');
    expect(d2).toMatchObject({ severity: 'error' });
    expect(d2.message).toBe('Các phần ở D3, D4, D5, D6 cộng lại 11, lớn hơn tổng 10.');
    // 25.652 = 14.963 + 10.689: no issue; densities are never summed.
    expect(at(issues, 'D7')).toEqual([]);
    expect(at(issues, 'D11')).toEqual([]);
  });

  test('seed 004: 1.869.673 subscribers given as 73.953 fixed + 1.759.720 mobile', () => {
    const { issues } = checkSheet(gridFromInit(bacGiangSubscribers()), 'en');
    const [f2] = at(issues, 'F2', 'sum-mismatch');
    expect(f2.severity).toBe('error');
    expect(f2.message).toBe('The parts in F3, F4 add up to 1,833,673, not the total 1,869,673.');
    // The other years add up.
    expect(at(issues, 'D2')).toEqual([]);
    expect(at(issues, 'E2')).toEqual([]);
  });

  test('seed 004: an Internet density of 3,4 against a target of 7,27 reported as 50%', () => {
    const { issues } = checkSheet(gridFromInit(bacGiangMidTerm()));
    const [d11] = at(issues, 'D11', 'ratio-mismatch');
    expect(d11).toMatchObject({ severity: 'error', fix: { cell: 'D11', value: 46.8 } });
    expect(d11.message).toContain('46,77%');
    // 116,25 against 113,8 reported as 100%: a target exceeded may be capped at 100.
    expect(at(issues, 'D10')).toEqual([]);
    // 2,03 km/điểm against 2,14 (lower is better): 105% is right.
    expect(at(issues, 'D8')).toEqual([]);
    // Sentences without a comparable figure are left alone.
    expect(at(issues, 'D3')).toEqual([]);
  });
});

describe('every check code', () => {
  test('out-of-range: a share above 100%, a rank above its total, a negative count', () => {
    const sheet = bacGiangSubscribers();
    sheet.values[6][5] = -5;
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(at(issues, 'F6', 'out-of-range')[0].severity).toBe('error');
    expect(at(issues, 'F7', 'out-of-range')[0].message).toContain('-5');
    const ranks = checkSheet(gridFromInit(ictIndexSeries())).issues;
    expect(codes(ranks)).toEqual(['F4 out-of-range']);
    expect(ranks[0].message).toContain('70/63');
  });

  test('duplicate-number: the same TT twice at one level, but not across sections', () => {
    const { issues } = checkSheet(gridFromInit(bacGiangSubscribers()));
    expect(at(issues, 'A8', 'duplicate-number')[0].message).toBe('Số thứ tự 4 lặp lại (đã có ở dòng 7).');
    // Tiền Giang numbers 1..9 across sections I and II: no duplicate.
    expect(checkSheet(gridFromInit(tienGiang2018())).issues.filter((i) => i.code === 'duplicate-number')).toEqual([]);
    const inv = checkSheet(gridFromInit(haTinhInvestment())).issues;
    expect(inv.filter((i) => i.code === 'duplicate-number')).toEqual([]);
  });

  test('investment: sources, group and TỔNG SỐ rows, column by column; capital ceilings', () => {
    const clean = checkSheet(gridFromInit(haTinhInvestment())).issues;
    // The seed figures add up; project 1 of group B plans more than its total allows.
    expect(codes(clean)).toEqual(['J11 exceeds-total']);
    expect(clean[0].message).toBe('Lũy kế đã bố trí 4.100 cộng kế hoạch năm 1.500 là 5.600, vượt tổng mức đầu tư 5.463.');

    const sheet = haTinhInvestment();
    sheet.values[7][6] = 3000; // NSTW of project A.1: 3.000 + 1.000 ≠ 4.689
    sheet.values[8][10] = 1500; // disbursed above the year plan of 1.100
    sheet.values[8][8] = 8000; // allocated above the total investment of 7.500
    sheet.values[11][5] = null; // a project without its total
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(at(issues, 'F8', 'sum-mismatch')[0].message).toMatch(/khác tổng các nguồn vốn \(G8 \+ H8\) = 4.000/);
    expect(at(issues, 'G7', 'sum-mismatch')[0].message).toMatch(/CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA/);
    expect(at(issues, 'G6', 'sum-mismatch')).toHaveLength(1);
    expect(at(issues, 'K9', 'exceeds-total')[0].message).toContain('136,4%');
    expect(at(issues, 'I9', 'exceeds-total')[0].message).toContain('8.000');
    expect(at(issues, 'F12', 'missing-value')[0].severity).toBe('warning');
  });

  test('task dates: invalid, out of order, outside the plan period; missing owner', () => {
    const { issues } = checkSheet(gridFromInit(haTinhTasks()));
    expect(codes(issues)).toEqual([
      'C5 outside-period',
      'E9 missing-value',
      'C10 invalid-date',
      'D11 date-order',
      'A12 duplicate-number',
      'D12 invalid-date',
      'D13 outside-period',
    ]);
    expect(at(issues, 'C10')[0].message).toBe('“Tháng 13/2021” có tháng không hợp lệ.');
    expect(at(issues, 'C5')[0].severity).toBe('warning');
    expect(at(issues, 'D11')[0].severity).toBe('error');
  });

  test('text and error values in other kinds are not numbers', () => {
    const sheet = haTinhInvestment();
    sheet.values[7][9] = 'chưa giao';
    sheet.values[8][9] = '#N/A';
    sheet.values[10][9] = '1.500';
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(at(issues, 'J8', 'not-a-number')).toHaveLength(1);
    expect(at(issues, 'J9', 'not-a-number')).toHaveLength(1);
    expect(at(issues, 'J11', 'number-as-text')[0].fix).toEqual({ cell: 'J11', value: 1500 });
  });

  test('the rule modules declare the codes they raise', async () => {
    const { RULES } = await import('../../src/engine');
    const declared = new Set(RULES.flatMap((r) => r.codes));
    const raised = new Set<string>();
    for (const s of [haTinhProjects(), bacGiangSubscribers(), bacGiangMidTerm(), ictIndexSeries(), haTinhInvestment(), haTinhTasks()]) {
      for (const i of checkSheet(gridFromInit(s)).issues) raised.add(i.code);
    }
    for (const c of raised) expect(declared).toContain(c);
  });
});

describe('clean rows stay clean', () => {
  test.each([
    ['Tiền Giang 2018', tienGiang2018, []],
    ['Hà Tĩnh projects', haTinhProjects, ['D2', 'E2', 'F2']],
    ['Bắc Giang subscribers', bacGiangSubscribers, ['F2', 'F6', 'A8']],
    ['Bắc Giang mid-term', bacGiangMidTerm, ['D11', 'D15']],
    ['ICT-Index', ictIndexSeries, ['F4']],
    ['investment', haTinhInvestment, ['J11']],
    ['tasks', haTinhTasks, ['C5', 'E9', 'C10', 'D11', 'A12', 'D12', 'D13']],
  ] as const)('%s: errors and warnings only at the slips', (_, sheet, cells) => {
    const flagged = checkSheet(gridFromInit(sheet()))
      .issues.filter((i) => i.severity !== 'info')
      .map((i) => i.cell);
    expect([...new Set(flagged)]).toEqual(cells);
  });
});
