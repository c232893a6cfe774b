/**
 * Sheets as wide as Excel's (16,384 columns, to XFD): the engine recognises,
 * checks and computes them without throwing, quickly, and writes nothing
 * outside the sheet. Slow (seconds each), so in `npm run test:slow`.
 */
import { computeSheet } from '../helpers/worded';
import type { Area, CellValue, Grid } from '../../src/engine/grid';
import { ERRORS, expectWellFormedChanges, expectWellFormedReport, HEADER_WORDS, runEngine, WIDE_MS } from '../helpers/well-formed';

describe('sheets 16,384 columns wide', () => {
  const grid = (values: CellValue[][], merges: Area[] = [], extra: Partial<Grid> = {}): Grid => ({
    name: 'Biểu',
    origin: { row: 0, col: 0 },
    values,
    merges,
    ...extra,
  });
  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2017', 'Kế hoạch năm 2018', 'Ước thực hiện năm 2018', 'Kế hoạch năm 2019', 'Ghi chú'];

  const wide = (fill: (c: number) => CellValue) =>
    [0, 1, 2].map((r) =>
      Array.from({ length: 16384 }, (_, c) =>
        r === 0 && c < header.length ? header[c] : r > 0 && c < header.length ? [r, `Chỉ tiêu ${r}`, 'Tỷ đồng', 100, 110, 120, 130, null][c] : fill(c)
      )
    );

  /** Header words across the whole width, figures under them. */
  const wordsAcross = () => grid([0, 1, 2].map((r) => Array.from({ length: 16384 }, (_, c) => (r === 0 ? HEADER_WORDS[c % HEADER_WORDS.length] : c))));
  /** Years across the whole width. */
  const yearsAcross = () => grid(wide((c) => (c % 3 === 0 ? c : c % 3 === 1 ? `Năm ${2000 + (c % 50)}` : null)));

  test('a sheet 3 rows high and 16,384 columns wide', () => {
    expect(runEngine(grid(wide(() => null)), { langs: ['vi'], ms: WIDE_MS })).toBe(1);
    expect(runEngine(grid(wide((c) => ERRORS[c % ERRORS.length])), { langs: ['en'], ms: WIDE_MS })).toBe(0);
    // Tables as wide as the sheet: no throw, quick, a well-formed report (where the
    // computed block goes is the known bug below).
    for (const g of [wordsAcross(), yearsAcross()]) {
      const started = Date.now();
      const { report } = computeSheet(g, 'vi'); // recognises and checks too
      expect(report.tables.length).toBeGreaterThan(0);
      expectWellFormedReport(report, g);
      expect(Date.now() - started).toBeLessThan(WIDE_MS);
    }
  });

  // Fixed bug, kept as a regression test (src/engine/compute/index.ts, freeColumn): when a recognised table
  // reaches the last column (XFD), the computed block goes to its right, at column
  // 16,384 and beyond, outside the sheet, where Office.js and ExcelJS cannot write.
  // Here: an indicator table A–G with "Ghi chú" in XFD (block at XFE…), a 3-row
  // sheet of years across 16,384 columns (three time-series tables, block written
  // up to column 21,907), and header words across the whole width. computeSheet should add no block (and say why) when there is no room.
  test('a table that reaches column XFD: no change outside the sheet', () => {
    const values = [0, 1, 2].map((r) =>
      Array.from({ length: 16384 }, (_, c): CellValue =>
        c < header.length - 1
          ? r === 0
            ? header[c]
            : [r, `Chỉ tiêu ${r}`, 'Tỷ đồng', 100, 110, 120, 130][c]
          : c === 16383
            ? r === 0
              ? 'Ghi chú'
              : 'x'
            : null
      )
    );
    for (const g of [grid(values), yearsAcross(), wordsAcross()]) {
      // No room right of the table: no block is written, and nothing lands outside the sheet.
      const { changes } = computeSheet(g, 'vi');
      expectWellFormedChanges(changes);
    }
  });
});
