/**
 * Where a sheet's content is, from its occupied cells: lone cells far from
 * the tables are set apart; what is near the tables, and every block of
 * some size, is read. Positions are 0-based (row 29 is sheet row 30).
 */
import type { CellValue } from '../../src/engine/grid';
import { FAR_COLS, FAR_ROWS, layoutOf, layoutOfAreas, MAX_AREA_CELLS, toContent } from '../../src/engine/layout';

/** A filled rectangle of cells, as parallel lists. */
function rect(top: number, left: number, bottom: number, right: number): [number[], number[]] {
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      rows.push(r);
      cols.push(c);
    }
  }
  return [rows, cols];
}

function plus(a: [number[], number[]], ...cells: [number, number][]): [number[], number[]] {
  return [
    [...a[0], ...cells.map((c) => c[0])],
    [...a[1], ...cells.map((c) => c[1])],
  ];
}

describe('the layout of a sheet', () => {
  test('an empty sheet has no area', () => {
    expect(layoutOf([], [])).toEqual({ area: null, strays: [], cells: 0, occupied: 0 });
  });

  test('a table alone is read whole', () => {
    const l = layoutOf(...rect(3, 0, 19, 10));
    expect(l.area).toEqual({ top: 3, left: 0, bottom: 19, right: 10 });
    expect(l.cells).toBe(17 * 11);
    expect(l.strays).toEqual([]);
  });

  test('a note at XFD30 and a value at row 200,000 are set apart; the table alone is read', () => {
    const l = layoutOf(...plus(rect(3, 0, 19, 10), [29, 16383], [199_999, 0]));
    expect(l.area).toEqual({ top: 3, left: 0, bottom: 19, right: 10 });
    expect(l.strays).toEqual([
      { row: 29, col: 16383 },
      { row: 199_999, col: 0 },
    ]);
    expect(l.occupied).toBe(17 * 11 + 2);
  });

  test('a few cells near the table (a signature under it, a note beside it) are read with it', () => {
    const l = layoutOf(...plus(rect(3, 0, 19, 10), [25, 7], [26, 7], [10, 14], [19 + FAR_ROWS, 2]));
    expect(l.area).toEqual({ top: 3, left: 0, bottom: 19 + FAR_ROWS, right: 14 });
    expect(l.strays).toEqual([]);
  });

  test('just past the distance a lone cell is set apart, beside or below', () => {
    const below = layoutOf(...plus(rect(3, 0, 19, 10), [20 + FAR_ROWS, 2]));
    expect(below.strays).toEqual([{ row: 20 + FAR_ROWS, col: 2 }]);
    const beside = layoutOf(...plus(rect(3, 0, 19, 10), [5, 11 + FAR_COLS]));
    expect(beside.strays).toEqual([{ row: 5, col: 11 + FAR_COLS }]);
  });

  test('two tables far apart are both read (each has more than a few cells)', () => {
    const a = rect(0, 0, 9, 5);
    const b = rect(1000, 0, 1009, 5);
    const l = layoutOf([...a[0], ...b[0]], [...a[1], ...b[1]]);
    expect(l.area).toEqual({ top: 0, left: 0, bottom: 1009, right: 5 });
    expect(l.strays).toEqual([]);
  });

  test('the area of tables at opposite corners of the sheet is counted, for the host to refuse it', () => {
    const a = rect(0, 0, 1, 4);
    const b = rect(1_048_574, 16_379, 1_048_575, 16_383);
    const l = layoutOf([...a[0], ...b[0]], [...a[1], ...b[1]]);
    expect(l.cells).toBe(1_048_576 * 16_384);
    expect(l.cells).toBeGreaterThan(MAX_AREA_CELLS);
  });

  test('a sheet of a few scattered cells keeps the largest group', () => {
    const l = layoutOf([0, 0, 5000], [0, 1, 3000]);
    expect(l.area).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(l.strays).toEqual([{ row: 5000, col: 3000 }]);
  });

  test('from areas, as Excel lists the filled cells, the layout is the same as from the cells', () => {
    const table = { top: 3, left: 0, bottom: 19, right: 10 };
    const fromAreas = layoutOfAreas([table, { top: 29, left: 16383, bottom: 29, right: 16383 }, { top: 199_999, left: 0, bottom: 199_999, right: 0 }]);
    const fromCells = layoutOf(...plus(rect(3, 0, 19, 10), [29, 16383], [199_999, 0]));
    expect(fromAreas).toEqual(fromCells);
  });

  test('one area larger than the limit is counted without going through its cells', () => {
    const l = layoutOfAreas([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
    expect(l.cells).toBe(1_048_576 * 16_384);
  });

  test('a grid read whole is narrowed to its content, the far cell set apart with its value', () => {
    const values: CellValue[][] = Array.from({ length: 30 }, (_, r) => Array.from({ length: 80 }, (_, c) => (r < 5 && c < 4 ? r * 10 + c : null)));
    values[29][79] = 'ghi chú';
    const grid = { name: 'S', origin: { row: 2, col: 1 }, values, merges: [] };
    const out = toContent(grid);
    expect(out.origin).toEqual({ row: 2, col: 1 });
    expect(out.values).toEqual(values.slice(0, 5).map((row) => row.slice(0, 4)));
    expect(out.strays).toEqual([{ row: 31, col: 80, value: 'ghi chú' }]);
    // Nothing far: the same grid.
    values[29][79] = null;
    expect(toContent(grid)).toBe(grid);
  });
});
