/**
 * Errors for the user are data (a code, parameters, the cause); the edges
 * word them. Every code has words in both languages with the same
 * placeholders, and a wrapped cause is said first, in the same language.
 */
import { UserFacingError } from '../../src/host/errors';
import { explainOfficeError } from '../../src/host/excel/errors';
import { ERROR_TEXT, errorText, OFFICE_TEXT } from '../../src/i18n/errors';
import { LANGS } from '../../src/i18n/lang';

const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();

describe('the words of errors', () => {
  test('every error code and every explained Office code has both languages, with the same placeholders', () => {
    for (const table of [ERROR_TEXT, OFFICE_TEXT] as Record<string, Record<'vi' | 'en', string>>[]) {
      for (const [code, w] of Object.entries(table)) {
        for (const lang of LANGS) expect(`${code}: ${w[lang].trim().length > 10}`).toBe(`${code}: true`);
        expect(`${code}: ${holes(w.vi)}`).toBe(`${code}: ${holes(w.en)}`);
        expect(w.vi).not.toBe(w.en);
      }
    }
  });

  test('an Office error is worded by its code, an unknown one keeps its own text', () => {
    const denied = explainOfficeError({ code: 'AccessDenied', message: 'x' });
    expect(denied.code).toBe('office');
    expect(errorText(denied, 'vi')).toMatch(/^Không sửa được trang tính: trang tính đang được bảo vệ/);
    expect(errorText(denied, 'en')).toMatch(/^The sheet cannot be changed: it is protected/);
    const odd = explainOfficeError({ code: 'Conflict', message: 'Busy.' });
    expect(errorText(odd, 'en')).toBe('Excel reported an error while carrying out the request. Details: Conflict: Busy.');
  });

  test('a write that stopped part way says its cause first, then that part was written', () => {
    const cause = explainOfficeError({ code: 'InvalidOperationInCellEditMode', message: 'x' });
    const e = new UserFacingError('partial-write', { cause: { code: cause.code, params: cause.params } });
    expect(errorText(e, 'en')).toBe(
      'Excel is editing a cell, so nothing was changed. Press Enter or Esc to leave the cell, then try again. Part of it was written to the sheet: press “Undo” to take that part back.'
    );
    expect(errorText(e, 'vi')).toMatch(/^Excel đang ở chế độ sửa ô.*Một phần đã được ghi vào trang tính/);
  });

  test('the error carries no words of its own: its data survive JSON', () => {
    const e = new UserFacingError('too-large-compute', { sheet: 'Biểu', range: 'XFB4:XFF20', top: 4, bottom: 20, width: 5, from: 'XFB' });
    const back = JSON.parse(JSON.stringify({ code: e.code, params: e.params }));
    expect(errorText(back, 'vi')).toContain('Bảng ở dòng 4–20 cần thêm 5 cột tính toán bên phải, từ cột XFB.');
    expect(errorText(back, 'en')).toContain('The table in rows 4–20 needs 5 computed columns on its right, from column XFB.');
  });
});
