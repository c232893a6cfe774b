/**
 * Office.js gives `values`, `formulas` and `numberFormat` in en-US whatever
 * the user's regional settings; `text`, `formulasLocal` and
 * `numberFormatLocal` follow them, and so does text written as input
 * (office-js #1559, #1632). The in-memory Excel can be set to Vietnamese
 * settings, and the add-in does the same there as in en-US: it reads and
 * writes only the locale-independent properties.
 */
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { Locale } from '../../src/host/memory/locale';
import type { SheetInit } from '../../src/host/memory/types';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

const all = () => true;
const TG = 'Biểu số 1';

async function props(excel: MemoryExcelControl, address: string, names: string[]): Promise<Record<string, unknown>> {
  return excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(TG).getRange(address);
    r.load(names.join(','));
    await ctx.sync();
    return Object.fromEntries(names.map((n) => [n, (r as unknown as Record<string, unknown>)[n]]));
  });
}

describe('the in-memory Excel in Vietnamese regional settings', () => {
  const sheet: SheetInit = {
    name: TG,
    values: [[1234.5, 12.5, null]],
    formulas: { C1: '=IFERROR(A1/B1*100,"")' },
    formats: [['#,##0.0', '0.0', '0.0']],
  };

  test('shows numbers, formulas and formats in its style, and gives the en-US ones as they are', async () => {
    const vi = createMemoryExcel({ sheets: [sheet], locale: 'vi-VN' });
    expect(await props(vi, 'A1:C1', ['values', 'text', 'formulas', 'formulasLocal', 'numberFormat', 'numberFormatLocal'])).toEqual({
      values: [[1234.5, 12.5, 9876]],
      text: [['1.234,5', '12,5', '9876,0']],
      formulas: [[1234.5, 12.5, '=IFERROR(A1/B1*100,"")']],
      formulasLocal: [[1234.5, 12.5, '=IFERROR(A1/B1*100;"")']],
      numberFormat: [['#,##0.0', '0.0', '0.0']],
      numberFormatLocal: [['#.##0,0', '0,0', '0,0']],
    });
    const en = createMemoryExcel({ sheets: [sheet] });
    expect(await props(en, 'A1:C1', ['text', 'formulasLocal', 'numberFormatLocal'])).toEqual({
      text: [['1,234.5', '12.5', '9876.0']],
      formulasLocal: [[1234.5, 12.5, '=IFERROR(A1/B1*100,"")']],
      numberFormatLocal: [['#,##0.0', '0.0', '0.0']],
    });
  });

  test('reads typed text in its style: "1,5" is one and a half, "1.234" a thousand and more', async () => {
    const vi = createMemoryExcel({ sheets: [{ name: TG, values: [[null, null, null]] }], locale: 'vi-VN' });
    vi.userEdit(TG, 'A1', '1,5');
    vi.userEdit(TG, 'B1', '1.234');
    vi.userEdit(TG, 'C1', '7/63');
    expect((await props(vi, 'A1:C1', ['values'])).values).toEqual([[1.5, 1234, '7/63']]);
    const en = createMemoryExcel({ sheets: [{ name: TG, values: [[null, null]] }] });
    en.userEdit(TG, 'A1', '1,5');
    en.userEdit(TG, 'B1', '1.5');
    expect((await props(en, 'A1:B1', ['values'])).values).toEqual([['1,5', 1.5]]);
  });

  test('a formula and a format written in its style are held in en-US', async () => {
    const vi = createMemoryExcel({ sheets: [{ name: TG, values: [[10, 4, null]] }], locale: 'vi-VN' });
    await vi.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem(TG).getRange('C1');
      c.formulasLocal = [['=ROUND(A1/B1;1)']];
      c.numberFormatLocal = [['#.##0,00']];
      await ctx.sync();
    });
    expect(await props(vi, 'C1', ['formulas', 'numberFormat', 'values', 'text'])).toEqual({
      formulas: [['=ROUND(A1/B1,1)']],
      numberFormat: [['#,##0.00']],
      values: [[2.5]],
      text: [['2,50']],
    });
  });
});

describe('the add-in in Vietnamese regional settings', () => {
  /** Check, compute, then undo, on the Tiền Giang sheet; what each step leaves. */
  async function run(locale: Locale) {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()], locale });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const checked = await actions.check();
    const computed = await actions.compute();
    const after = await props(excel, 'A1:T22', ['values', 'formulas', 'numberFormat']);
    await actions.undo();
    const undone = await props(excel, 'A1:T22', ['values', 'formulas', 'numberFormat']);
    return { checked: checked.report, computed: computed.report, after, undone };
  }

  test('checks, computes and undoes exactly as in en-US', async () => {
    const en = await run('en-US');
    const vi = await run('vi-VN');
    expect(vi.checked).toEqual(en.checked);
    expect(vi.computed).toEqual(en.computed);
    expect(vi.after).toEqual(en.after);
    expect(vi.undone).toEqual(en.undone);
    // And the compute did write: en-US formulas and formats in the new columns (worked out by hand for row 8:
    // ƯTH 2018 / KH 2018 = F8/E8).
    const formulas = (vi.after.formulas as unknown[][]).flat().filter((f) => typeof f === 'string' && f.startsWith('='));
    expect(formulas).toContain('=IFERROR(F8/E8*100,"")');
    expect((vi.after.numberFormat as string[][]).flat()).toContain('0.0');
    expect((vi.after.numberFormat as string[][]).flat()).not.toContain('0,0');
  });
});
