/**
 * Writes made smaller before they are sent, so that large computes take
 * few syncs:
 *
 * - Long columns of formulas that differ only by their row — "=E9/D9*100",
 *   "=E10/D10*100", … — are written as their first row and a paste of it
 *   over the rest (Range.copyFrom, ExcelApi 1.9), which moves relative
 *   references the same way: a few hundred bytes instead of one formula
 *   per cell. Only formulas this check reads completely are filled; for
 *   anything else (sheet names, defined names, whole rows or columns,
 *   structured references) every cell is written as it is.
 * - A write whose formats are given cell by cell sends a long run of rows
 *   with one format (a header above a long body) as that one format.
 * - Small writes that follow each other in the same columns, a few rows
 *   apart, are sent as one, with null for the cells between them: Excel
 *   leaves a cell whose entry in a 2-D array is null as it is.
 */
import type { Change, CellWrite, WriteChange } from '../../engine/changes';
import type { Area } from '../../engine/grid';

/** A write as the host sends it: the engine's, where a null cell or format leaves that cell as it is. */
export interface HostWrite {
  type: 'write';
  top: number;
  left: number;
  cells: (CellWrite | null)[][];
  numberFormat?: string | (string | null)[][];
}

/** Rows of the first row's formulas repeated down by copyFrom (an internal change of the host). */
export interface FillChange {
  type: 'fill';
  top: number;
  left: number;
  /** Rows, the first included. */
  rows: number;
  /** The first row's formulas ("=…"). */
  first: string[];
  /** Number format of every cell. */
  numberFormat?: string;
}

/** A cell reference of a formula, as written: `$` anchors, column letters, row number. */
interface Ref {
  absCol: boolean;
  col: string;
  absRow: boolean;
  row: number;
}

/** A formula cut at its cell references: parts[0] ref[0] parts[1] ref[1] … parts[n]. */
interface Template {
  parts: string[];
  refs: Ref[];
}

const CELL = /^(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_.(!:$])/;
const CELL_IN_RANGE = /^(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?=:)/;
const WORD = /^[A-Za-z_][A-Za-z0-9_.]*/;
const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/;
const MAX_ROW = 1_048_576;

/**
 * The formula cut at its references, or null when it holds anything the
 * check does not read (then it is never filled).
 */
export function formulaTemplate(formula: string): Template | null {
  if (!formula.startsWith('=')) return null;
  const parts: string[] = [];
  const refs: Ref[] = [];
  let part = '';
  let i = 0;
  let afterRef = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      if (j >= formula.length) return null;
      part += formula.slice(i, j + 1);
      i = j + 1;
      afterRef = false;
      continue;
    }
    // Sheet names, external or structured references, arrays, errors, spills, names in quotes.
    if ("'![]{}#@\\".includes(ch)) return null;
    const rest = formula.slice(i);
    const prev = i > 0 ? formula[i - 1] : '=';
    const boundary = !/[A-Za-z0-9_.$]/.test(prev);
    if (boundary && /[A-Za-z$]/.test(ch)) {
      const m = CELL.exec(rest) ?? (CELL_IN_RANGE.exec(rest) as RegExpExecArray | null);
      if (m) {
        parts.push(part);
        part = '';
        refs.push({ absCol: m[1] === '$', col: m[2], absRow: m[3] === '$', row: Number(m[4]) });
        i += m[0].length;
        afterRef = true;
        continue;
      }
      const w = WORD.exec(rest);
      if (!w) return null;
      const word = w[0];
      const next = formula[i + word.length];
      // A function's name; TRUE and FALSE. Any other word is a defined name or a whole column.
      if (next !== '(' && !/^(TRUE|FALSE)$/i.test(word)) return null;
      part += word;
      i += word.length;
      afterRef = false;
      continue;
    }
    if (boundary && /[0-9.]/.test(ch)) {
      const n = NUMBER.exec(rest);
      if (!n) return null;
      // "1:3" (whole rows) after a number, or a number glued to a letter.
      if (formula[i + n[0].length] === ':' || /[A-Za-z_]/.test(formula[i + n[0].length] ?? '')) return null;
      part += n[0];
      i += n[0].length;
      afterRef = false;
      continue;
    }
    if (ch === ':' && !afterRef) return null;
    if (/[A-Za-z0-9_.$]/.test(ch)) return null;
    part += ch;
    i++;
    afterRef = false;
  }
  parts.push(part);
  return { parts, refs };
}

/** The template's formula moved `rows` down (null when a reference would leave the sheet). */
export function formulaAt(t: Template, rows: number): string | null {
  let out = t.parts[0];
  for (let k = 0; k < t.refs.length; k++) {
    const r = t.refs[k];
    const row = r.absRow ? r.row : r.row + rows;
    if (row < 1 || row > MAX_ROW) return null;
    out += `${r.absCol ? '$' : ''}${r.col}${r.absRow ? '$' : ''}${row}${t.parts[k + 1]}`;
  }
  return out;
}

/** The one format of a row of a write (undefined: none given), or null when it has several or text ("@"). */
function rowFormat(w: WriteChange, r: number): string | null | undefined {
  if (w.numberFormat === undefined) return undefined;
  if (typeof w.numberFormat === 'string') return w.numberFormat === '@' ? null : w.numberFormat;
  const row = w.numberFormat[r] ?? [];
  const f = row[0];
  if (f === undefined || f === '@') return null;
  for (const x of row) if (x !== f) return null;
  return f;
}

/** Rows of other content a fill may pass over in a row; they are written again after it. */
export const FILL_MAX_GAP_ROWS = 4;

/**
 * A write cut into runs of rows that are their first row moved down
 * (FillChange) and the rows between them (WriteChange), in order. A run
 * may pass over a few rows of other content (a rank whose ratio is turned
 * round, a figure typed as text, a section heading): the fill covers them
 * and they are written right after it, as the write asked. A run is used
 * only when its rows that match save at least `minBytes` of formulas.
 */
export function fillRuns(w: WriteChange, minBytes: number): (WriteChange | FillChange)[] {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  if (rows < 2 || !cols) return [w];
  const out: (WriteChange | FillChange)[] = [];
  let pending = 0;
  const flush = (upTo: number) => {
    if (upTo > pending) out.push(rowsOf(w, pending, upTo));
  };
  let r = 0;
  while (r < rows - 1) {
    const format = rowFormat(w, r);
    const templates = format === null ? [] : w.cells[r].map((cell) => (cell.formula ? formulaTemplate(cell.formula) : null));
    if (format === null || templates.some((t) => t === null)) {
      r++;
      continue;
    }
    // Rows r..end-1: the first row moved down, but for the rows in `patches`.
    let end = r + 1;
    let bytes = 0;
    const patches: number[] = [];
    const gap: number[] = [];
    for (let k = r + 1; k < rows; k++) {
      if (rowFormat(w, k) === format && sameRow(w.cells[k], templates as Template[], k - r)) {
        for (const cell of w.cells[k]) bytes += (cell.formula as string).length + 3;
        for (const g of gap) patches.push(g);
        gap.length = 0;
        end = k + 1;
      } else {
        if (gap.length === FILL_MAX_GAP_ROWS) break;
        gap.push(k);
      }
    }
    if (bytes < minBytes) {
      // A run starting inside this one ends where it does, with less.
      r = end;
      continue;
    }
    flush(r);
    const fill: FillChange = { type: 'fill', top: w.top + r, left: w.left, rows: end - r, first: w.cells[r].map((cell) => cell.formula as string) };
    if (format !== undefined) fill.numberFormat = format;
    out.push(fill);
    // The rows the fill covered that differ, written over it: consecutive ones as one write.
    for (let i = 0; i < patches.length;) {
      let j = i + 1;
      while (j < patches.length && patches[j] === patches[j - 1] + 1) j++;
      out.push(rowsOf(w, patches[i], patches[j - 1] + 1));
      i = j;
    }
    r = end;
    pending = end;
  }
  flush(rows);
  return out;
}

function sameRow(row: CellWrite[], templates: Template[], down: number): boolean {
  for (let c = 0; c < row.length; c++) {
    const f = row[c].formula;
    if (!f || f !== formulaAt(templates[c], down)) return false;
  }
  return true;
}

/** Rows r0..r1-1 of a write, as a write of their own. */
export function rowsOf<W extends HostWrite>(w: W, r0: number, r1: number): W {
  if (r0 === 0 && r1 === w.cells.length) return w;
  const part = { type: 'write', top: w.top + r0, left: w.left, cells: w.cells.slice(r0, r1) } as W;
  if (w.numberFormat !== undefined) {
    part.numberFormat = typeof w.numberFormat === 'string' ? w.numberFormat : w.numberFormat.slice(r0, r1);
  }
  return part;
}

// ---------------------------------------------------------------- formats and nearby writes

/** Most cells between two writes that are still sent as one (as nulls). */
export const MERGE_GAP_CELLS = 16;

/** Writes of at most this many cells are joined to their neighbours (larger ones gain little from it). */
export const MERGE_MAX_CELLS = 256;

/** A run of rows with one number format is sent as that one format when the run has at least this many bytes of formats. */
export const FORMAT_RUN_BYTES = 512;

/**
 * A write whose formats are given per cell, cut where long runs of rows
 * have one format (a header row above a long body, say): those go as one
 * format for the run, a few bytes instead of one string per cell.
 */
export function splitFormats(w: WriteChange): WriteChange[] {
  const f = w.numberFormat;
  if (f === undefined || typeof f === 'string' || w.cells.length < 2) return [w];
  const cols = w.cells[0]?.length ?? 0;
  const uniform = (r: number): string | null => {
    const row = f[r] ?? [];
    const x = row[0];
    if (typeof x !== 'string' || row.length !== cols) return null;
    for (const y of row) if (y !== x) return null;
    return x;
  };
  const out: WriteChange[] = [];
  let pending = 0;
  let r = 0;
  while (r < w.cells.length) {
    const x = uniform(r);
    let end = r + 1;
    if (x !== null) while (end < w.cells.length && uniform(end) === x) end++;
    if (x !== null && (end - r) * cols * (x.length + 3) >= FORMAT_RUN_BYTES) {
      if (r > pending) out.push(rowsOf(w, pending, r));
      out.push({ ...rowsOf(w, r, end), numberFormat: x });
      pending = end;
    }
    r = end;
  }
  if (!out.length) return [w];
  if (pending < w.cells.length) out.push(rowsOf(w, pending, w.cells.length));
  return out;
}

/** Whether a write's formats hold text ("@"), which must follow its contents. */
function hasText(w: HostWrite): boolean {
  const f = w.numberFormat;
  if (f === undefined) return false;
  return typeof f === 'string' ? f === '@' : f.some((row) => row.includes('@'));
}

/** The formats of a write as rows of cells (null: leave as it is). */
function formatRows(w: HostWrite): (string | null)[][] {
  const f = w.numberFormat;
  if (typeof f !== 'string') return f ?? [];
  const cols = w.cells[0]?.length ?? 0;
  return w.cells.map(() => new Array<string>(cols).fill(f));
}

/** b after a, in the same columns, a few rows below: one write with nulls between. */
function mergeable(a: HostWrite, b: HostWrite): boolean {
  const cols = a.cells[0]?.length ?? 0;
  if (!cols || b.left !== a.left || (b.cells[0]?.length ?? 0) !== cols) return false;
  if (a.cells.length * cols > MERGE_MAX_CELLS || b.cells.length * cols > MERGE_MAX_CELLS) return false;
  const gap = b.top - (a.top + a.cells.length);
  if (gap < 0 || gap * cols > MERGE_GAP_CELLS) return false;
  if ((a.numberFormat === undefined) !== (b.numberFormat === undefined)) return false;
  return !hasText(a) && !hasText(b);
}

/** Writes in the same columns, each below the one before, as one (nulls between them). */
function joined(run: HostWrite[]): HostWrite {
  if (run.length === 1) return run[0];
  const first = run[0];
  const cols = first.cells[0].length;
  const blank = () => new Array<null>(cols).fill(null);
  const cells: (CellWrite | null)[][] = [];
  const formats: (string | null)[][] = [];
  const scalar = typeof first.numberFormat === 'string' ? first.numberFormat : undefined;
  let uniform = scalar !== undefined;
  let bottom = first.top - 1;
  for (const w of run) {
    const gap = w.top - bottom - 1;
    if (gap > 0 || w.numberFormat !== scalar) uniform = false;
    for (let k = 0; k < gap; k++) {
      cells.push(blank());
      formats.push(blank());
    }
    for (const row of w.cells) cells.push(row);
    if (w.numberFormat !== undefined) for (const row of formatRows(w)) formats.push(row);
    bottom = w.top + w.cells.length - 1;
  }
  const out: HostWrite = { type: 'write', top: first.top, left: first.left, cells };
  if (first.numberFormat !== undefined) out.numberFormat = uniform ? scalar : formats;
  return out;
}

/**
 * Join writes that follow each other in a list of changes and in the same
 * columns, at most MERGE_GAP_CELLS cells apart (only adjacent entries: the
 * order of the changes is kept).
 */
export function mergeWrites<C extends { type: string }>(changes: (C | HostWrite)[]): (C | HostWrite)[] {
  const out: (C | HostWrite)[] = [];
  let run: HostWrite[] = [];
  const flush = () => {
    if (run.length) out.push(joined(run));
    run = [];
  };
  for (const c of changes) {
    if (c.type !== 'write') {
      flush();
      out.push(c);
      continue;
    }
    const w = c as HostWrite;
    if (run.length && !mergeable(run[run.length - 1], w)) flush();
    run.push(w);
  }
  flush();
  return out;
}

/**
 * What the host sends for a list of changes: long runs of one format sent
 * as one, long formula columns filled, small nearby writes joined.
 */
export function compactChanges(changes: Change[], opts: { fill: boolean; fillMinBytes: number }): (Exclude<Change, WriteChange> | HostWrite | FillChange)[] {
  const expanded = changes.flatMap((c): (Exclude<Change, WriteChange> | HostWrite | FillChange)[] => {
    if (c.type !== 'write') return [c];
    const parts = splitFormats(c);
    return opts.fill ? parts.flatMap((p) => fillRuns(p, opts.fillMinBytes)) : parts;
  });
  return mergeWrites(expanded);
}

/** The cells whose contents a list of host changes writes, as Excel reports them changed. */
export function contentAreas(changes: readonly (Change | HostWrite | FillChange)[]): Area[] {
  const out: Area[] = [];
  for (const c of changes) {
    if (c.type === 'write' && c.cells.length && c.cells[0].length) {
      out.push({ top: c.top, left: c.left, bottom: c.top + c.cells.length - 1, right: c.left + c.cells[0].length - 1 });
    } else if (c.type === 'fill') {
      out.push({ top: c.top, left: c.left, bottom: c.top + c.rows - 1, right: c.left + c.first.length - 1 });
    } else if (c.type === 'clear' || c.type === 'merge') out.push(c.area);
  }
  return out;
}
