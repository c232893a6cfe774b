/**
 * How the Office.js host cuts large reads and writes into syncs. Excel on
 * the web refuses a request or a response of more than 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and
 * every platform refuses to get more than five million cells of a range at
 * once. The host keeps each sync under PAYLOAD_BUDGET by estimating sizes
 * as UTF-8 JSON, which is how the payloads travel.
 */
import type { CellWrite, Change, WriteChange } from '../../engine/changes';
import { rowsOf, type FillChange, type HostWrite } from './compact';

/** What the host queues: the engine's changes, its writes made smaller (see compact.ts). */
export type HostChange = Exclude<Change, WriteChange> | HostWrite | FillChange;

/** Most bytes one sync may send, and most it may get back: 4 MiB, under Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * Rows read with the first sync: the used range within sheet rows
 * 1..READ_CHUNK_ROWS comes back with the sheet's names, merged areas and
 * settings, so a sheet no longer than this is read in one sync. Also the
 * most rows of one range of a later read (several may share a sync).
 */
export const READ_CHUNK_ROWS = 5_000;

/** Most cells of a range Excel gets at once, on every platform. */
export const MAX_READ_CELLS = 5_000_000;

/**
 * Margin on the bytes a row still to read is expected to take, measured on
 * the rows read so far: later rows may be heavier.
 */
export const READ_MARGIN = 1.1;

/** A run of formulas is filled (ApplyOptions.fill, see compact.ts) when that saves at least this many bytes. */
export const FILL_MIN_BYTES = 1024;

/** Bytes per cell (values, formulas and number format together) assumed before any cell was seen. */
export const FIRST_GUESS_CELL_BYTES = 96;

/** Room kept in every sync for what the estimates leave out (paths, keys, the envelope). */
const ENVELOPE_BYTES = 16 * 1024;

/** Estimated bytes of one queued operation besides its data (its object path, the property or method). */
const OP_BYTES = 160;

/** Estimated bytes of the object path of a range (getRangeByIndexes and its arguments). */
const RANGE_BYTES = 128;

// ---------------------------------------------------------------- sizes

/** UTF-8 bytes of a string as a JSON string literal, quotes included. */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 0x22 || c === 0x5c ? 2 : c < 0x20 ? 6 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of one cell's value in JSON (a string, number, boolean or null). */
export function cellBytes(v: unknown): number {
  if (typeof v === 'string') return stringBytes(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return 4;
}

/** Bytes of a 2-D array of cells in JSON. */
export function matrixBytes(m: readonly (readonly unknown[])[]): number {
  let n = 2 + Math.max(0, m.length - 1);
  for (const row of m) n += rowBytes(row);
  return n;
}

/** Bytes of one row of cells in JSON, brackets and commas included. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (const v of row) n += cellBytes(v);
  return n;
}

// ---------------------------------------------------------------- reads

/** Bytes per cell of formulas read on their own assumed before any was seen. */
export const FIRST_GUESS_FORMULA_BYTES = 64;

/** Estimated response bytes of one loaded range besides its arrays (keys, brackets). */
const RANGE_RESPONSE_BYTES = 64;

/** Rows of the used range to read: `top` rows below its first row, `rows` rows down. */
export interface RowBlock {
  top: number;
  rows: number;
  /** Read their formulas with them (the last rows, when they fit so): no sync after for formulas. */
  formulas?: boolean;
}

/** A rectangle of formulas to read: rows and columns from the used range's top-left cell. */
export interface FormulaBlock {
  row: number;
  rows: number;
  col: number;
  cols: number;
}

export interface ReadState {
  /** First row of the used range not read yet (offset from its top), and its rows and columns. */
  next: number;
  rowCount: number;
  columns: number;
  /**
   * Expected response bytes of one row of a block without its formulas,
   * of one row with them, and of one cell of formulas read apart.
   */
  bytesPerRow: number;
  fullBytesPerRow: number;
  formulaBytes: number;
  /** Formulas still to read, oldest first. */
  queue: readonly FormulaBlock[];
  /** Most cells to ask for (half of a request whose response Excel refused as too large). */
  maxCells: number;
}

export interface ReadPlan {
  /** Formulas to read in this sync: the first `taken` of the queue (the last maybe in part). */
  formulas: FormulaBlock[];
  taken: number;
  /** What is left of the last one taken in part, to go back at the head of the queue. */
  rest: FormulaBlock | null;
  /** New rows to read in this sync, in blocks of at most READ_CHUNK_ROWS rows and MAX_READ_CELLS cells. */
  blocks: RowBlock[];
  /** Cells asked for in all. */
  cells: number;
}

/**
 * What the next read sync asks for: formulas still to read first, then
 * as many new rows as fit what is left of the budget at the expected bytes
 * (with READ_MARGIN). Always something while anything is left.
 */
export function planRead(s: ReadState): ReadPlan {
  let room = PAYLOAD_BUDGET - ENVELOPE_BYTES;
  let cellsLeft = s.maxCells;
  const formulas: FormulaBlock[] = [];
  let taken = 0;
  let rest: FormulaBlock | null = null;
  let cells = 0;
  for (const item of s.queue) {
    const perRow = (item.cols * (s.formulaBytes + 1) + 2) * READ_MARGIN;
    let n = Math.min(item.rows, Math.floor(MAX_READ_CELLS / item.cols), Math.floor(cellsLeft / item.cols), Math.floor((room - RANGE_RESPONSE_BYTES) / perRow));
    if (n <= 0) {
      if (formulas.length) break;
      n = 1;
    }
    formulas.push({ ...item, rows: n });
    taken++;
    cells += n * item.cols;
    cellsLeft -= n * item.cols;
    room -= n * perRow + RANGE_RESPONSE_BYTES;
    if (n < item.rows) {
      rest = { ...item, row: item.row + n, rows: item.rows - n };
      break;
    }
  }
  const blocks: RowBlock[] = [];
  if (s.next < s.rowCount && rest === null) {
    const columns = Math.max(1, s.columns);
    const perBlock = Math.max(1, Math.min(READ_CHUNK_ROWS, Math.floor(MAX_READ_CELLS / columns)));
    const left = s.rowCount - s.next;
    const fit = (bytes: number) => Math.floor((room - RANGE_RESPONSE_BYTES * Math.ceil(left / perBlock)) / Math.max(1, bytes * READ_MARGIN));
    // The last rows, with their formulas when they all fit so.
    const whole = left * columns <= cellsLeft && fit(s.fullBytesPerRow) >= left;
    let rows = whole ? left : Math.min(left, fit(s.bytesPerRow), Math.floor(cellsLeft / columns));
    if (rows <= 0 && !formulas.length) rows = 1;
    for (let top = s.next; rows > 0;) {
      const n = Math.min(perBlock, rows);
      blocks.push(whole ? { top, rows: n, formulas: true } : { top, rows: n });
      cells += n * columns;
      top += n;
      rows -= n;
    }
  }
  return { formulas, taken, rest, blocks, cells };
}

// ---------------------------------------------------------------- writes

/** What `formulas` gets for one cell, as the adapter writes it (see formulaInput). */
type FormulaInput = (cell: CellWrite) => string | number | boolean;

/** Estimated request bytes of one change that is not a write. */
function otherBytes(c: Exclude<Change, WriteChange>): number {
  switch (c.type) {
    case 'style': {
      let ops = 0;
      for (const k of ['bold', 'italic', 'fontName', 'fontSize', 'horizontal', 'vertical', 'wrap', 'fill'] as const) {
        if (c[k] !== undefined) ops++;
      }
      if (c.borders?.thin) ops += 12;
      return OP_BYTES * (ops + 1) + 200;
    }
    case 'pageSetup':
      return OP_BYTES * 5;
    case 'mark':
      return OP_BYTES * 3 + stringBytes(c.name);
    default:
      return OP_BYTES * 2;
  }
}

/**
 * Cut a list of changes into batches, one per sync, whose estimated
 * requests stay under the budget: small changes share a batch, a large
 * write is split by rows. The order of the changes is kept.
 */
export function planWrites(changes: HostChange[], formulaInput: FormulaInput, budget = PAYLOAD_BUDGET): HostChange[][] {
  const limit = Math.max(1, budget - ENVELOPE_BYTES);
  const batches: HostChange[][] = [];
  let batch: HostChange[] = [];
  let used = 0;
  const flush = () => {
    if (batch.length) batches.push(batch);
    batch = [];
    used = 0;
  };
  const add = (c: HostChange, bytes: number) => {
    if (batch.length && used + bytes > limit) flush();
    batch.push(c);
    used += bytes;
  };
  for (const c of changes) {
    if (c.type === 'fill') {
      // The first row's formulas and format, then one copyFrom.
      let bytes = RANGE_BYTES * 3 + OP_BYTES * 4 + 2;
      for (const f of c.first) bytes += stringBytes(f) + 1;
      if (c.numberFormat !== undefined) bytes += stringBytes(c.numberFormat);
      add(c, bytes);
      continue;
    }
    if (c.type !== 'write') {
      add(c, otherBytes(c));
      continue;
    }
    const rows = c.cells.length;
    const perRow = c.cells.map((row, r) => {
      let n = 3 + Math.max(0, row.length - 1);
      for (const cell of row) n += cell === null ? 4 : cellBytes(formulaInput(cell));
      if (Array.isArray(c.numberFormat)) n += rowBytes(c.numberFormat[r] ?? []) + 1;
      return n;
    });
    // The range, its formulas, and its number format: one value for all, or one per cell.
    const fixed = RANGE_BYTES + OP_BYTES * (c.numberFormat === undefined ? 1 : 2) + (typeof c.numberFormat === 'string' ? stringBytes(c.numberFormat) : 0);
    const total = fixed + perRow.reduce((a, b) => a + b, 0);
    if (rows <= 1 || used + total <= limit) {
      add(c, total);
      continue;
    }
    // Split by rows: fill what is left of this batch, then whole batches.
    let r0 = 0;
    while (r0 < rows) {
      let bytes = fixed;
      let r1 = r0;
      while (r1 < rows && (r1 === r0 || used + bytes + perRow[r1] <= limit)) bytes += perRow[r1++];
      if (r1 === r0 + 1 && batch.length && used + bytes > limit) {
        // Not even one row fits what is left: start a new batch.
        flush();
        continue;
      }
      add(rowsOf(c, r0, r1), bytes);
      r0 = r1;
      if (r0 < rows) flush();
    }
  }
  flush();
  return batches;
}
