/**
 * Where a sheet's content is, from its occupied cells alone: the area the
 * engine reads, and the lone cells far from it. A note typed at XFD30 or a
 * stray value at row 200,000 would otherwise stretch the sheet's used range
 * to billions of empty cells; here they are set apart (the report says where
 * they are), and the area read grows with what the sheet really holds.
 *
 * Cells are grouped into blocks: two occupied cells are in one block when
 * they lie within a tile of TILE_ROWS × TILE_COLS of each other's (tiles
 * that touch, corners included). Every block of more than STRAY_MAX_CELLS
 * cells is read, and so is the largest block; a smaller block is read when
 * it lies within FAR_ROWS rows and FAR_COLS columns of what is read, and is
 * set apart otherwise. The cost is one pass over the occupied cells.
 */
import { cellAt, type Area, type Grid } from './grid';

/** Tile size of the grouping: cells this close belong to one block. */
export const TILE_ROWS = 32;
export const TILE_COLS = 8;
/** A block of at most this many cells may be set apart when it is far. */
export const STRAY_MAX_CELLS = 4;
/** How far (rows, columns) from what is read a small block must lie to be set apart. */
export const FAR_ROWS = 200;
export const FAR_COLS = 52;
/** The largest area the engine reads of one sheet; larger is refused before anything is built. */
export const MAX_AREA_CELLS = 20_000_000;

export interface SheetLayout {
  /** The area to read (0-based, inclusive), null when the sheet holds nothing. */
  area: Area | null;
  /** Lone cells far from the area, top down (0-based). */
  strays: { row: number; col: number }[];
  /** How many cells `area` covers. */
  cells: number;
  /** How many cells are occupied in all. */
  occupied: number;
}

interface Block {
  cells: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The cells of a small block (at most STRAY_MAX_CELLS), to list it as strays. */
  members: number[];
}

const COL_TILES = Math.ceil(16384 / TILE_COLS);

/** The layout of a sheet from its occupied cells, given as parallel lists of 0-based rows and columns. */
export function layoutOf(rows: ArrayLike<number>, cols: ArrayLike<number>): SheetLayout {
  return layoutCore(
    rows.length,
    (i) => rows[i],
    (i) => cols[i],
    (i) => rows[i],
    (i) => cols[i]
  );
}

/** The same from runs of occupied cells along rows (row, first and last column: parallel lists), as a reader meets them row by row. */
export function layoutOfRuns(rows: ArrayLike<number>, lefts: ArrayLike<number>, rights: ArrayLike<number>): SheetLayout {
  return layoutCore(
    rows.length,
    (i) => rows[i],
    (i) => lefts[i],
    (i) => rows[i],
    (i) => rights[i]
  );
}

/** The same from areas of occupied cells (as Excel lists them: Range.getSpecialCells). */
export function layoutOfAreas(areas: readonly Area[]): SheetLayout {
  return layoutCore(
    areas.length,
    (i) => areas[i].top,
    (i) => areas[i].left,
    (i) => areas[i].bottom,
    (i) => areas[i].right
  );
}

function layoutCore(
  n: number,
  top: (i: number) => number,
  left: (i: number) => number,
  bottom: (i: number) => number,
  right: (i: number) => number
): SheetLayout {
  if (n === 0) return { area: null, strays: [], cells: 0, occupied: 0 };
  let occupied = 0;
  const size = (i: number) => (bottom(i) - top(i) + 1) * (right(i) - left(i) + 1);
  for (let i = 0; i < n; i++) occupied += size(i);
  // One area past the limit alone: its tiles need not be counted, the sheet is refused.
  for (let i = 0; i < n; i++) {
    if (size(i) <= MAX_AREA_CELLS) continue;
    let t = Infinity;
    let l = Infinity;
    let b = -1;
    let r = -1;
    for (let k = 0; k < n; k++) {
      t = Math.min(t, top(k));
      l = Math.min(l, left(k));
      b = Math.max(b, bottom(k));
      r = Math.max(r, right(k));
    }
    return { area: { top: t, left: l, bottom: b, right: r }, strays: [], cells: (b - t + 1) * (r - l + 1), occupied };
  }
  // Tiles and their union-find parents.
  const tileIndex = new Map<number, number>();
  const parent: number[] = [];
  const firstTile = new Int32Array(n);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const union = (x: number, y: number) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent[a] = b;
  };
  for (let i = 0; i < n; i++) {
    let first = -1;
    for (let tr = Math.floor(top(i) / TILE_ROWS); tr <= Math.floor(bottom(i) / TILE_ROWS); tr++) {
      for (let tc = Math.floor(left(i) / TILE_COLS); tc <= Math.floor(right(i) / TILE_COLS); tc++) {
        const key = tr * COL_TILES + tc;
        let t = tileIndex.get(key);
        if (t === undefined) {
          t = parent.length;
          parent.push(t);
          tileIndex.set(key, t);
        }
        // The tiles of one area are one block.
        if (first < 0) first = t;
        else union(first, t);
      }
    }
    firstTile[i] = first;
  }
  for (const [key, t] of tileIndex) {
    const tr = Math.floor(key / COL_TILES);
    const tc = key % COL_TILES;
    // Half the neighbourhood is enough: the other half links back to this tile.
    for (const [dr, dc] of [
      [0, 1],
      [1, -1],
      [1, 0],
      [1, 1],
    ]) {
      const c = tc + dc;
      if (c < 0 || c >= COL_TILES) continue;
      const u = tileIndex.get((tr + dr) * COL_TILES + c);
      if (u !== undefined) union(t, u);
    }
  }
  const blocks = new Map<number, Block>();
  for (let i = 0; i < n; i++) {
    const root = find(firstTile[i]);
    const b = blocks.get(root);
    if (!b) {
      blocks.set(root, { cells: size(i), top: top(i), left: left(i), bottom: bottom(i), right: right(i), members: [i] });
      continue;
    }
    b.cells += size(i);
    if (top(i) < b.top) b.top = top(i);
    if (bottom(i) > b.bottom) b.bottom = bottom(i);
    if (left(i) < b.left) b.left = left(i);
    if (right(i) > b.right) b.right = right(i);
    if (b.members.length <= STRAY_MAX_CELLS) b.members.push(i);
  }
  const list = [...blocks.values()];
  let largest = list[0];
  for (const b of list) if (b.cells > largest.cells) largest = b;
  let area: Area | null = null;
  const grow = (b: Block) => {
    area = area
      ? { top: Math.min(area.top, b.top), left: Math.min(area.left, b.left), bottom: Math.max(area.bottom, b.bottom), right: Math.max(area.right, b.right) }
      : { top: b.top, left: b.left, bottom: b.bottom, right: b.right };
  };
  for (const b of list) if (b === largest || b.cells > STRAY_MAX_CELLS) grow(b);
  // Small blocks: read when near what is read (again after each one read, so a chain of near ones is read), else set apart.
  let left2 = list.filter((b) => b !== largest && b.cells <= STRAY_MAX_CELLS);
  let changed = true;
  while (changed) {
    changed = false;
    const next: Block[] = [];
    for (const b of left2) {
      const a = area!;
      const dr = b.bottom < a.top ? a.top - b.bottom : b.top > a.bottom ? b.top - a.bottom : 0;
      const dc = b.right < a.left ? a.left - b.right : b.left > a.right ? b.left - a.right : 0;
      if (dr <= FAR_ROWS && dc <= FAR_COLS) {
        grow(b);
        changed = true;
      } else next.push(b);
    }
    left2 = next;
  }
  const strays: { row: number; col: number }[] = [];
  for (const b of left2) {
    for (const i of b.members) for (let r = top(i); r <= bottom(i); r++) for (let c = left(i); c <= right(i); c++) strays.push({ row: r, col: c });
  }
  strays.sort((x, y) => x.row - y.row || x.col - y.col);
  const a = area as Area | null;
  const cells = a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0;
  return { area: a, strays, cells, occupied };
}

/**
 * A grid read whole (a host that got the used range at once) narrowed to
 * its content: when lone cells lie far from the tables, the grid becomes
 * the area of the content, and those cells its strays. The same grid when
 * there are none. One pass over the grid's cells.
 */
export function toContent(grid: Grid): Grid {
  // The occupied cells as runs along each row: a dense table is a run or two a row.
  const runRows: number[] = [];
  const runLefts: number[] = [];
  const runRights: number[] = [];
  const { origin, values, formulas } = grid;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const f = formulas?.[r];
    let left = -1;
    for (let c = 0; c <= row.length; c++) {
      const filled = c < row.length && (row[c] !== null || !!(f && f[c]));
      if (filled && left < 0) left = c;
      else if (!filled && left >= 0) {
        runRows.push(origin.row + r);
        runLefts.push(origin.col + left);
        runRights.push(origin.col + c - 1);
        left = -1;
      }
    }
  }
  const layout = layoutOfRuns(runRows, runLefts, runRights);
  const a = layout.area;
  if (!a || !layout.strays.length) return grid;
  const slice = <T>(m: T[][] | undefined) =>
    m && m.slice(a.top - origin.row, a.bottom - origin.row + 1).map((row) => (row ? row.slice(a.left - origin.col, a.right - origin.col + 1) : row));
  const out: Grid = { ...grid, origin: { row: a.top, col: a.left }, values: slice(values)! };
  if (grid.formats) out.formats = slice(grid.formats);
  if (grid.formulas) out.formulas = slice(grid.formulas);
  out.strays = [...(grid.strays ?? []), ...layout.strays.map((s) => ({ ...s, value: cellAt(grid, s.row, s.col) }))];
  return out;
}
