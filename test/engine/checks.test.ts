import { checkSheet } from '../helpers/worded';
import type { WordedIssue as Issue } from '../../src/i18n/report';
import { haTinh2024, haTinhNoDiacritics, tienGiang2018 } from '../fixtures/indicator-sheets';
import { gridFromInit } from '../helpers/grid';

const issuesAt = (issues: Issue[], cell: string) => issues.filter((i) => i.cell === cell);

describe('checking the entries of an indicator plan sheet', () => {
  test('a clean sheet has no error or warning', () => {
    const { issues } = checkSheet(gridFromInit(tienGiang2018()));
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test('a typed "So sánh (%)" that differs from its header ratio is an error at its cell', () => {
    const { issues } = checkSheet(gridFromInit(haTinh2024()));
    // 86,2 / 85 = 101,4 %, typed 120.
    const h8 = issuesAt(issues, 'H8').find((i) => i.code === 'ratio-mismatch')!;
    expect(h8).toMatchObject({ code: 'ratio-mismatch', severity: 'error', fix: { cell: 'H8', value: 101.4 } });
    expect(h8.message).toContain('101,41');
    // "101,6" for 3.250 / 3.200 = 101,5625 is within its rounding.
    expect(issuesAt(issues, 'H6').filter((i) => i.code === 'ratio-mismatch')).toEqual([]);
  });

  test('a growth typed in a ratio column is named as such', () => {
    const { issues } = checkSheet(gridFromInit(haTinh2024()));
    // KH 2025/ƯTH 2024 = 3.400 / 3.250 = 104,6 %; the planner typed 4,6.
    const i6 = issuesAt(issues, 'I6').find((i) => i.severity === 'error')!;
    expect(i6.code).toBe('ratio-mismatch');
    expect(i6.message).toMatch(/mức tăng/);
    expect(checkSheet(gridFromInit(haTinh2024()), 'en').issues.find((i) => i.cell === 'I6' && i.severity === 'error')!.message).toMatch(/growth/);
  });

  test('numbers typed as text are reported with a fix in the column style', () => {
    const { issues } = checkSheet(gridFromInit(haTinh2024()));
    const [f7] = issuesAt(issues, 'F7');
    expect(f7).toMatchObject({ code: 'number-as-text', severity: 'info', fix: { cell: 'F7', value: 1569673 } });
    expect(f7.message).toContain('1.569.673');
  });

  test('qualified values are approximate; their number is used', () => {
    const { issues } = checkSheet(gridFromInit(haTinh2024()));
    expect(issuesAt(issues, 'F9')[0]).toMatchObject({ code: 'approximate-value', severity: 'info' });
    expect(issuesAt(issues, 'F9')[0].message).toContain('2.100');
  });

  test('separators that disagree with the column', () => {
    const sheet = haTinhNoDiacritics();
    // A column of Vietnamese decimals with one US-typed value.
    for (let r = 1; r <= 5; r++) sheet.values[r][6] = ['2,41', '3,15', '2.9', '8,25', '2,6'][r - 1];
    // A column of whole numbers with "4,907" among them.
    for (let r = 1; r <= 5; r++) sheet.values[r][3] = [70, 700, '4,907', 87, 12][r - 1];
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(issuesAt(issues, 'G4')[0]).toMatchObject({ code: 'ambiguous-number', severity: 'warning', fix: { value: 2.9 } });
    expect(issuesAt(issues, 'D4')[0]).toMatchObject({ code: 'ambiguous-number', fix: { value: 4907 } });
    expect(issuesAt(issues, 'G2').filter((i) => i.code === 'ambiguous-number')).toEqual([]);
  });

  test('text and Excel errors where a number belongs are errors', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values[2][4] = 'chưa có';
    sheet.values[3][5] = '#N/A';
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(issuesAt(issues, 'E3')[0]).toMatchObject({ code: 'not-a-number', severity: 'error' });
    expect(issuesAt(issues, 'E3')[0].message).toContain('chưa có');
    expect(issuesAt(issues, 'F4')[0]).toMatchObject({ code: 'not-a-number', severity: 'error' });
    expect(issuesAt(issues, 'F4')[0].message).toContain('#N/A');
  });

  test('an indicator without a unit', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values[3][2] = null;
    const { issues } = checkSheet(gridFromInit(sheet));
    expect(issuesAt(issues, 'C4')[0]).toMatchObject({ code: 'missing-value', severity: 'warning' });
    expect(checkSheet(gridFromInit(sheet), 'en').issues.find((i) => i.cell === 'C4')!.message).toBe('The indicator “Mat do dien thoai” has no unit.');
  });

  test('issues come in sheet order', () => {
    const { issues } = checkSheet(gridFromInit(haTinh2024()));
    const order = issues.map((i) => /^([A-Z]+)(\d+)$/.exec(i.cell)!).map((m) => Number(m[2]) * 100 + (m[1].charCodeAt(0) - 64));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
