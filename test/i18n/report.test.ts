/**
 * The engine's report is codes and parameters; the edges word it. One check,
 * worded in Vietnamese and then in English, says the same thing in each
 * language's number style, without a second check.
 */
import { checkSheet } from '../../src/engine';
import { paramText, render } from '../../src/i18n/messages';
import { wordReport } from '../../src/i18n/report';
import { haTinh2024 } from '../fixtures/indicator-sheets';
import { gridFromInit } from '../helpers/grid';

describe('a report worded at the edge', () => {
  test('one check, two languages: the same issue in each, numbers in each language’s style', () => {
    const report = checkSheet(gridFromInit(haTinh2024()));
    const h8 = report.issues.find((i) => i.cell === 'H8' && i.code === 'ratio-mismatch')!;
    // No words in the engine's report: a code and its parameters.
    expect(h8).not.toHaveProperty('message');
    expect(h8.template).toBe('ratio-mismatch');
    // 86,2 / 85 = 101,41 % (worked by hand), typed 120.
    const vi = wordReport(report, 'vi').issues.find((i) => i.cell === 'H8' && i.code === 'ratio-mismatch')!;
    const en = wordReport(report, 'en').issues.find((i) => i.cell === 'H8' && i.code === 'ratio-mismatch')!;
    expect(vi.message).toContain('= 101,41');
    expect(vi.message).toMatch(/^Tỷ lệ gõ tay 120 khác với/);
    expect(en.message).toContain('= 101.41');
    expect(en.message).toMatch(/^The typed percentage 120 differs/);
    // The report itself is left as it was.
    expect(report.issues.find((i) => i.cell === 'H8')).not.toHaveProperty('message');
  });

  test('the parameters survive JSON (the command line’s --json), so a saved report words the same', () => {
    const report = checkSheet(gridFromInit(haTinh2024()));
    const again = JSON.parse(JSON.stringify(report));
    expect(wordReport(again, 'en')).toEqual(wordReport(report, 'en'));
  });

  test('a number keeps its column’s style in either language; else it takes the language’s', () => {
    expect(paramText({ num: 1234.5 }, 'vi')).toBe('1.234,5');
    expect(paramText({ num: 1234.5 }, 'en')).toBe('1,234.5');
    expect(paramText({ num: 1234.5, style: 'vi' }, 'en')).toBe('1.234,5');
    expect(paramText({ num: 90, sign: '≥' }, 'vi')).toBe('≥ 90');
    expect(paramText({ num: 1, to: 1.5 }, 'vi')).toBe('1–1,5');
    expect(paramText({ word: 'start' }, 'vi')).toBe('thời gian bắt đầu');
    expect(paramText({ word: 'style-us' }, 'en')).toBe('US, as in 1,234.5');
    expect(paramText('A5', 'en')).toBe('A5');
    expect(paramText(12, 'vi')).toBe('12');
  });

  test('a message with a word among its parameters says it in the reader’s language', () => {
    const params = { name: 'Xây dựng kho dữ liệu', what: { word: 'end' as const } };
    expect(render('missing-date', params, 'vi')).toBe('Nhiệm vụ “Xây dựng kho dữ liệu” chưa có thời gian kết thúc.');
    expect(render('missing-date', params, 'en')).toBe('The task “Xây dựng kho dữ liệu” has no end.');
  });
});
