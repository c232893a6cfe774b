/**
 * A sheet as the engine sees it: a rectangle of values with their number
 * formats and the merged areas that touch it. Both hosts (Office.js and
 * ExcelJS) produce a Grid; the engine never sees anything else.
 *
 * Coordinates are 0-based and absolute on the sheet: `values[r][c]` is the
 * cell at sheet row `origin.row + r`, column `origin.col + c`.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based, inclusive, absolute on the sheet. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Two areas share at least one cell. */
export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The cells two areas share (null when none). */
export function intersection(a: Area, b: Area): Area | null {
  if (!overlaps(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

/** Whether a cell is inside an area. */
export function inArea(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

/** How many cells an area holds. */
export function areaCells(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** The parts of `a` outside `cut`, as up to four rectangles. */
export function subtract(a: Area, cut: Area): Area[] {
  if (!overlaps(a, cut)) return [a];
  const out: Area[] = [];
  if (a.top < cut.top) out.push({ ...a, bottom: cut.top - 1 });
  if (a.bottom > cut.bottom) out.push({ ...a, top: cut.bottom + 1 });
  const top = Math.max(a.top, cut.top);
  const bottom = Math.min(a.bottom, cut.bottom);
  if (a.left < cut.left) out.push({ top, bottom, left: a.left, right: cut.left - 1 });
  if (a.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: a.right });
  return out;
}

export interface Grid {
  /** Sheet name as the host reports it. */
  name: string;
  /** Sheet position of values[0][0]. */
  origin: { row: number; col: number };
  /** Cell values; empty cells are null (hosts turn "" into null). */
  values: CellValue[][];
  /**
   * Number formats, in the shape of values, when the host gives them. A
   * host may leave out rows or cells (undefined): those are General. Read
   * them with formatAt.
   */
  formats?: string[][];
  /**
   * Formulas ("=…") where cells hold one, null or left out (undefined)
   * elsewhere, when the host gives them. Read them with formulaAt.
   */
  formulas?: (string | null)[][];
  /** Merged areas that intersect the grid. */
  merges: Area[];
  /**
   * Areas the add-in wrote before (computed blocks), as recorded in the
   * workbook by a defined name. Their cells belong to the add-in.
   */
  owned?: OwnedArea[];
  /** Cells the host set apart as lying far from the content (engine/layout.ts): not in `values`, reported as notes. */
  strays?: GridStray[];
}

/** A lone cell far from the sheet's content (0-based position) and what it holds. */
export interface GridStray {
  row: number;
  col: number;
  value: CellValue;
}

/** Defined names of the computed blocks (the appendix has its own name, chitieu_phuluc). */
export const COMPUTED_PREFIX = 'chitieu_tinh_';

/** The computed blocks the add-in wrote on this sheet before. */
export function computedBlocks(g: Grid): OwnedArea[] {
  return (g.owned ?? []).filter((o) => o.name.toLowerCase().startsWith(COMPUTED_PREFIX));
}

export interface OwnedArea {
  /** The defined name that records the area. */
  name: string;
  area: Area;
}

export function gridRowCount(g: Grid): number {
  return g.values.length;
}

export function gridColCount(g: Grid): number {
  let n = 0;
  for (const row of g.values) if (row.length > n) n = row.length;
  return n;
}

/** Value at an absolute sheet position (null outside the grid). */
export function cellAt(g: Grid, row: number, col: number): CellValue {
  const r = g.values[row - g.origin.row];
  if (!r) return null;
  const v = r[col - g.origin.col];
  return v === undefined ? null : v;
}

export function formulaAt(g: Grid, row: number, col: number): string | null {
  const r = g.formulas?.[row - g.origin.row];
  return (r && r[col - g.origin.col]) || null;
}

export function formatAt(g: Grid, row: number, col: number): string {
  const r = g.formats?.[row - g.origin.row];
  return (r && r[col - g.origin.col]) || 'General';
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(g: Grid, row: number, col: number): Area | undefined {
  for (const m of g.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}

/**
 * Value as shown: for a cell inside a merged area, the value of the area's
 * top-left cell (Excel keeps the value only there).
 */
export function shownAt(g: Grid, row: number, col: number): CellValue {
  const m = mergeAt(g, row, col);
  return m ? cellAt(g, m.top, m.left) : cellAt(g, row, col);
}

/** Letters of the columns asked for so far (an address is made for every computed cell and issue). */
const LETTERS: string[] = [];

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function colLetter(col: number): string {
  if (col >= 0 && col < 16384) return LETTERS[col] ?? (LETTERS[col] = lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for letters: A → 0, AB → 27. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return colLetter(col) + rowLabel(row);
}

/** Row numbers as text, made once (every computed cell and issue of a row names it). */
const ROW_LABELS: string[] = [];
/** Rows whose labels are kept (a sheet of 200,000 rows keeps about 5 MB of them). */
const ROW_LABELS_MAX = 200_000;

/** The 1-based row number of a 0-based row, as text: 7 → "8". */
export function rowLabel(row: number): string {
  if (row < 0 || row >= ROW_LABELS_MAX || !Number.isInteger(row)) return String(row + 1);
  for (let r = ROW_LABELS.length; r <= row; r++) ROW_LABELS.push(String(r + 1));
  return ROW_LABELS[row];
}

/** A1 address of an area ("B3:D7", or "B3" for one cell). */
export function areaA1(a: Area): string {
  const first = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${a1(a.bottom, a.right)}`;
}

/** Parse "B3", "$B$3", "B3:D7" (no sheet part) into an area. */
export function parseA1(address: string): Area {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const top = Number(m[2]) - 1;
  const left = colIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? colIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Split "'My sheet'!$A$1:$B$2" into sheet name and address. */
export function splitSheetAddress(ref: string): { sheet?: string; address: string } {
  const s = ref.trim().replace(/^=/, '');
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { address: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: s.slice(bang + 1) };
}

/** Quote a sheet name for use in a reference when needed. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
