/**
 * The pane's read of a sheet whose used range is stretched by stray cells
 * (a note at XFD30, a value at row 200,000): Excel is asked where the
 * content is (the areas of constants and formulas) and only the table is
 * read, in a few syncs; the strays are named. Without that question
 * (ExcelApi 1.9) and on a sheet whose content really spans too much, the
 * read is refused with its reason instead of running for hours.
 */
import { createExcelActions } from '../../src/app/actions';
import { readSheet, SPARSE_MIN_CELLS } from '../../src/host/excel/adapter';
import { UserFacingError } from '../../src/host/errors';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { wordReport } from '../../src/i18n/report';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { rejection } from '../helpers/rejection';

const SHEET = 'Biểu số 1';
const all = () => true;

async function withCells(cells: [string, string | number][]) {
  const xl = createMemoryExcel({ sheets: [tienGiang2018()] });
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    for (const [a, v] of cells) ws.getRange(a).values = [[v]];
    await ctx.sync();
  });
  return xl;
}

describe('a sheet with stray cells far from its table, read through Office.js', () => {
  test('only the table is read, in a few syncs; the strays are named with their values', async () => {
    const xl = await withCells([
      ['XFD30', 'ghi chú'],
      ['A200000', 1],
    ]);
    const plain = await readSheet(createMemoryExcel({ sheets: [tienGiang2018()] }), SHEET, { formulaCells: true });
    const r = await readSheet(xl, SHEET, { formulaCells: true });
    // The used range A1:XFD200000 is 3,276,800,000 cells; what is read is the table's.
    expect(r.grid.values).toEqual(plain.grid.values);
    expect(r.grid.origin).toEqual(plain.grid.origin);
    expect(r.grid.strays).toEqual([
      { row: 29, col: 16383, value: 'ghi chú' },
      { row: 199_999, col: 0, value: 1 },
    ]);
    // The first read refused as too large, asked again without cells, where the content is, the strays, the table.
    expect(r.syncs).toBeLessThanOrEqual(5);
  });

  test('the pane’s check says the same as on the plain sheet, and a note at each stray', async () => {
    const xl = await withCells([['XFD30', 'ghi chú']]);
    const plain = wordReport((await createExcelActions(createMemoryExcel({ sheets: [tienGiang2018()] }), { isSetSupported: all }).check()).report, 'vi');
    const r = wordReport((await createExcelActions(xl, { isSetSupported: all }).check()).report, 'vi');
    expect(r.issues.filter((i) => i.code !== 'far-cell')).toEqual(plain.issues);
    expect(r.issues.filter((i) => i.code === 'far-cell').map((i) => i.message)).toEqual([
      'Ô XFD30 (“ghi chú”) nằm xa các bảng nên không được đọc cùng trang tính; nếu đó là số liệu của bảng, hãy chép nó vào cạnh bảng.',
    ]);
  });

  test('without ExcelApi 1.9, a used range past the limit is refused with its size, not read for hours', async () => {
    const xl = await withCells([['XFD2000', 'x']]);
    // A1:XFD2000 is 32,768,000 cells.
    expect(2000 * 16384).toBeGreaterThan(SPARSE_MIN_CELLS);
    const e = await rejection(readSheet(xl, SHEET, { formulaCells: false }));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(e.code).toBe('sheet-too-large');
    expect(e.en).toContain('its content spans A1:XFD2000 (32,768,000 cells');
  });

  test('content that really spans too much (tables at opposite corners) is refused with what was found', async () => {
    const xl = await withCells([
      ['XFB1048575', 'a'],
      ['XFC1048575', 'b'],
      ['XFD1048575', 'c'],
      ['XFB1048576', 1],
      ['XFC1048576', 2],
      ['XFD1048576', 3],
    ]);
    const e = await rejection(readSheet(xl, SHEET, { formulaCells: true }));
    expect(e.code).toBe('sheet-too-large');
    expect(e.en).toContain('A1:XFD1048576 (17,179,869,184 cells');
  });

  test('when Excel cannot list where the content is, the used range is read and the far cell still set apart', async () => {
    // A1:XFD130 is 2,129,920 cells: over the size at which the pane asks Excel where the content is.
    const xl = await withCells([['XFD130', 'ghi chú']]);
    xl.failSyncWith(/getSpecialCellsOrNullObject/, 'GeneralException');
    const plain = await readSheet(createMemoryExcel({ sheets: [tienGiang2018()] }), SHEET, { formulaCells: true });
    const r = await readSheet(xl, SHEET, { formulaCells: true });
    expect(r.grid.values).toEqual(plain.grid.values);
    expect(r.grid.strays).toEqual([{ row: 129, col: 16383, value: 'ghi chú' }]);
  });
});
