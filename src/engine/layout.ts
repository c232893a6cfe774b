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
import type { Area } from './grid';

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
  const n = rows.length;
  if (n === 0) return { area: null, strays: [], cells: 0, occupied: 0 };
  // Tiles and their union-find parents.
  const tileIndex = new Map<number, number>();
  const parent: number[] = [];
  const tileOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = Math.floor(rows[i] / TILE_ROWS) * COL_TILES + Math.floor(cols[i] / TILE_COLS);
    let t = tileIndex.get(key);
    if (t === undefined) {
      t = parent.length;
      parent.push(t);
      tileIndex.set(key, t);
    }
    tileOf[i] = t;
  }
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
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
      if (u !== undefined) {
        const a = find(t);
        const b = find(u);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const blocks = new Map<number, Block>();
  for (let i = 0; i < n; i++) {
    const root = find(tileOf[i]);
    const r = rows[i];
    const c = cols[i];
    const b = blocks.get(root);
    if (!b) {
      blocks.set(root, { cells: 1, top: r, left: c, bottom: r, right: c, members: [i] });
      continue;
    }
    b.cells++;
    if (r < b.top) b.top = r;
    if (r > b.bottom) b.bottom = r;
    if (c < b.left) b.left = c;
    if (c > b.right) b.right = c;
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
  // Small blocks: read when near what is read (nearest first, so a chain of near ones is read), else set apart.
  const small = list.filter((b) => b !== largest && b.cells <= STRAY_MAX_CELLS);
  const strays: { row: number; col: number }[] = [];
  let changed = true;
  let left = small;
  while (changed) {
    changed = false;
    const next: Block[] = [];
    for (const b of left) {
      const a = area!;
      const dr = b.bottom < a.top ? a.top - b.bottom : b.top > a.bottom ? b.top - a.bottom : 0;
      const dc = b.right < a.left ? a.left - b.right : b.left > a.right ? b.left - a.right : 0;
      if (dr <= FAR_ROWS && dc <= FAR_COLS) {
        grow(b);
        changed = true;
      } else next.push(b);
    }
    left = next;
  }
  for (const b of left) for (const i of b.members) strays.push({ row: rows[i], col: cols[i] });
  strays.sort((x, y) => x.row - y.row || x.col - y.col);
  const a = area as Area | null;
  const cells = a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0;
  return { area: a, strays, cells, occupied: n };
}
