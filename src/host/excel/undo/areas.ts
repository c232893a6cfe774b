/**
 * The geometry of a snapshot: areas cut, subtracted and chunked, the
 * changed areas of a list of changes, and cells taken from a Grid.
 */
import type { Change } from '../../../engine/changes';
import { inArea, intersection, subtract, type Area, type Grid } from '../../../engine/grid';
import type { CellEntry } from './snapshot';

/** Elementary rectangles the changed areas may be cut into before one bounding area is used instead. */
const MAX_PIECES = 256;

// ---------------------------------------------------------------- areas

// The geometry of one area (intersection, inArea, cells, subtract) is the engine's (engine/grid.ts).
export { intersection, inArea, areaCells as cells, subtract } from '../../../engine/grid';

/** The parts of `a` outside every area of `cuts`. */
export function subtractAll(a: Area, cuts: Area[]): Area[] {
  let parts = [a];
  for (const c of cuts) parts = parts.flatMap((p) => subtract(p, c));
  return parts;
}

export function boundingBox(areas: Area[]): Area {
  return areas.reduce((b, a) => ({
    top: Math.min(b.top, a.top),
    left: Math.min(b.left, a.left),
    bottom: Math.max(b.bottom, a.bottom),
    right: Math.max(b.right, a.right),
  }));
}

/** Split a rectangle into row chunks of at most `max` cells. */
export function rowChunks(a: Area, max: number): Area[] {
  const width = a.right - a.left + 1;
  const rows = Math.max(1, Math.floor(max / width));
  const out: Area[] = [];
  for (let top = a.top; top <= a.bottom; top += rows) out.push({ ...a, top, bottom: Math.min(a.bottom, top + rows - 1) });
  return out;
}

/**
 * Cut the union of `areas` into rectangles along every edge of `areas` and
 * `cuts`, joining neighbours in a row band that lie on the same side of
 * every cut: each piece is then inside or outside each cut, and its cells
 * share the formats the changes give them (a header band, a data band).
 * Null when that would make more than MAX_PIECES pieces.
 */
export function partition(areas: Area[], cuts: Area[] = []): Area[] | null {
  if (!areas.length) return [];
  const rows = new Set<number>();
  const cols = new Set<number>();
  const box = boundingBox(areas);
  for (const a of [...areas, ...cuts.map((c) => intersection(c, box)).filter((c): c is Area => c !== null)]) {
    rows.add(a.top);
    rows.add(a.bottom + 1);
    cols.add(a.left);
    cols.add(a.right + 1);
  }
  const rs = Array.from(rows).sort((x, y) => x - y);
  const cs = Array.from(cols).sort((x, y) => x - y);
  if ((rs.length - 1) * (cs.length - 1) > MAX_PIECES) return null;
  const side = (r: number, c: number) => cuts.map((k) => (inArea(k, r, c) ? '1' : '0')).join('');
  const out: Area[] = [];
  for (let i = 0; i + 1 < rs.length; i++) {
    let run: Area | null = null;
    let runSide = '';
    for (let j = 0; j + 1 < cs.length; j++) {
      const piece: Area = { top: rs[i], bottom: rs[i + 1] - 1, left: cs[j], right: cs[j + 1] - 1 };
      const covered = areas.some((a) => inArea(a, piece.top, piece.left));
      const s = side(piece.top, piece.left);
      if (covered && run && runSide === s && run.right + 1 === piece.left) {
        run.right = piece.right;
        continue;
      }
      if (run) out.push(run);
      run = covered ? piece : null;
      runSide = s;
    }
    if (run) out.push(run);
  }
  return out;
}

/** The area a write change covers. */
export function writeAreaOf(w: { top: number; left: number; cells: unknown[][] }): Area | null {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  if (!rows || !cols) return null;
  return { top: w.top, left: w.left, bottom: w.top + rows - 1, right: w.left + cols - 1 };
}

/** The areas whose cells `changes` write or reformat (for events and messages). */
export function changedAreas(changes: Change[]): Area[] {
  const out: Area[] = [];
  for (const c of changes) {
    if (c.type === 'write') {
      const a = writeAreaOf(c);
      if (a) out.push(a);
    } else if (c.type === 'style' || c.type === 'merge' || c.type === 'unmerge' || c.type === 'clear' || c.type === 'mark') out.push(c.area);
  }
  return out;
}

// ---------------------------------------------------------------- cells of a grid

export function gridEntry(g: Grid, row: number, col: number): CellEntry {
  const i = row - g.origin.row;
  const j = col - g.origin.col;
  const f = g.formulas?.[i]?.[j];
  if (f) return f;
  const v = g.values[i]?.[j];
  return v === null || v === undefined ? '' : v;
}

export function gridFormat(g: Grid, row: number, col: number): string {
  return g.formats?.[row - g.origin.row]?.[col - g.origin.col] || 'General';
}

/** The area a grid covers, or null for an empty sheet. */
export function gridArea(g: Grid): Area | null {
  if (!g.values.length) return null;
  let cols = 0;
  for (const r of g.values) if (r.length > cols) cols = r.length;
  if (!cols) return null;
  return { top: g.origin.row, left: g.origin.col, bottom: g.origin.row + g.values.length - 1, right: g.origin.col + cols - 1 };
}

export function matrix<T>(a: Area, fill: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(fill(r, c));
    out.push(row);
  }
  return out;
}
