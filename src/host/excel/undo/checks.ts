/**
 * The written cells a snapshot compares at undo (its CheckBlocks): which
 * ones (all of a small write, a sample of a large one) and what they held
 * before, so that restoring can tell whether they were changed since.
 */
import type { CellWrite } from '../../../engine/changes';
import type { Area } from '../../../engine/grid';
import { cells, inArea } from './areas';
import { writtenEntry, type CellEntry, type CheckBlock, type ContentBlock } from './snapshot';

/** Written cells compared at undo: all of them up to this many, else a sample of about as many. */
const CHECK_CELLS = 4000;

/** A write change: the area it covers and its cells. */
export interface WrittenArea {
  area: Area;
  cells: CellWrite[][];
}

/**
 * The written cells to compare at undo: all of them, or for a large
 * write rows spread evenly over all its cells (about CHECK_CELLS cells),
 * with the first rows of its largest area (a header). `mergeAreas`: the
 * areas the write merges (their hidden cells are not compared);
 * `contents`: the snapshot's contents, what the cells held before.
 */
export function checkBlocks(writes: readonly WrittenArea[], mergeAreas: readonly Area[], contents: readonly ContentBlock[]): CheckBlock[] {
  const out: CheckBlock[] = [];
  const before = beforeWrite(contents);
  const total = writes.reduce((n, w) => n + cells(w.area), 0);
  const mergedAway = (r: number, c: number) => mergeAreas.some((m) => inArea(m, r, c) && (r !== m.top || c !== m.left));
  const step = total / CHECK_CELLS;
  const largest = writes.reduce<Area | null>((b, w) => (!b || cells(w.area) > cells(b) ? w.area : b), null);
  // Cells of the write before each row, counted over all areas: a row is
  // taken when it crosses a multiple of `step`.
  let seen = 0;
  for (const w of writes) {
    const height = w.area.bottom - w.area.top + 1;
    const width = w.area.right - w.area.left + 1;
    let rows: number[];
    if (total <= CHECK_CELLS) rows = Array.from({ length: height }, (_, i) => w.area.top + i);
    else {
      rows = [];
      for (let i = 0; i < height; i++) {
        const before = seen + i * width;
        const header = w.area === largest && i < 8;
        if (header || Math.floor((before + width) / step) > Math.floor(before / step) || (i === height - 1 && w.area === largest)) rows.push(w.area.top + i);
      }
    }
    seen += cells(w.area);
    if (!rows.length) continue;
    const block: CheckBlock = { area: w.area, rows, written: [], before: [] };
    for (const r of rows) {
      const i = r - w.area.top;
      block.written.push(w.cells[i].map((cw, j) => (mergedAway(r, w.area.left + j) ? null : writtenEntry(cw))));
      block.before.push(Array.from({ length: width }, (_, j) => before(r, w.area.left + j)));
    }
    out.push(block);
  }
  return out;
}

/** What a cell held before the write (from the contents read; '' where nothing was). */
function beforeWrite(contents: readonly ContentBlock[]): (row: number, col: number) => CellEntry {
  /** The content blocks of each column, by top row (built on first use). */
  let byColumn: Map<number, ContentBlock[]> | null = null;
  return (row, col) => {
    if (!byColumn) {
      byColumn = new Map();
      for (const b of contents) {
        for (let c = b.area.left; c <= b.area.right; c++) {
          const list = byColumn.get(c) ?? [];
          list.push(b);
          byColumn.set(c, list);
        }
      }
      for (const list of byColumn.values()) list.sort((x, y) => x.area.top - y.area.top);
    }
    const list = byColumn.get(col);
    if (!list) return '';
    // The last block starting at or above the row, then earlier ones (blocks barely overlap).
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].area.top <= row) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; k >= 0; k--) {
      const b = list[k];
      if (inArea(b.area, row, col)) return b.entries[row - b.area.top][col - b.area.left];
    }
    return '';
  };
}
