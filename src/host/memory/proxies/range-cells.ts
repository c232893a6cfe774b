/**
 * What Excel.Range's properties and methods do to the cells (range.ts):
 * 2-D arrays read and written, merging, copying a cell, clearing contents
 * or formats (with the borders neighbours draw on the range's edges), and
 * the cells of one kind (getSpecialCells).
 */
import type { Area } from '../../../engine/grid';
import { cellCount, intersects, MAX_COLS, MAX_ROWS, type Calc, type Cell, type SheetModel, type Side } from '../model';
import { FormulaError } from '../formula';
import { officeError } from '../office-error';
import { CELL_LIMIT, clearConditionalFormats, FORMAT_FILL_LIMIT, invalid, writable, type RangeT } from './shared';

export function readMatrix<V>(t: RangeT, location: string, read: (r: number, c: number) => V): V[][] {
  if (cellCount(t.area) > CELL_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', location);
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Apply a written 2-D array (or one value for every cell) to a range.
 * null entries leave their cell unchanged; a wrong shape is InvalidArgument.
 */
export function writeMatrix(t: RangeT, v: unknown, location: string, check: (x: unknown) => boolean, write: (r: number, c: number, x: unknown) => void): void {
  writable(t.sheet, location);
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      invalid(location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    const m = v as unknown[][];
    for (const row of m) for (const x of row) if (x !== null && x !== undefined && !check(x)) invalid(location);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = m[r][c];
        if (x !== null && x !== undefined) write(t.area.top + r, t.area.left + c, x);
      }
    }
    return;
  }
  if (v === null || v === undefined || !check(v)) invalid(location);
  if (rows * cols > CELL_LIMIT) invalid(location);
  for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) write(r, c, v);
}

export const isInput = (x: unknown) => typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

export function merge(t: RangeT, across: boolean): void {
  const parts: Area[] = across
    ? Array.from({ length: t.area.bottom - t.area.top + 1 }, (_, i) => ({
        ...t.area,
        top: t.area.top + i,
        bottom: t.area.top + i,
      }))
    : [t.area];
  for (const a of parts) {
    if (a.top === a.bottom && a.left === a.right) continue;
    t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, a));
    t.sheet.merges.push({ ...a });
    // Excel keeps only the top-left value of a merged area.
    t.sheet.eachStored(a, (r, c, cell) => {
      if (r === a.top && c === a.left) return;
      delete cell.value;
      delete cell.formula;
      delete cell.ast;
    });
    const at: [number, number][] = [];
    t.sheet.eachStored(a, (r, c) => at.push([r, c]));
    for (const [r, c] of at) t.sheet.prune(r, c);
  }
}

export function unmerge(t: RangeT): void {
  t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
}

export const COPY_TYPES = ['All', 'Formulas', 'Values', 'Formats'];

/** A copy of a cell's contents and formats (borders included). */
export function copyCell(cell: Cell): Cell {
  const out: Cell = { ...cell };
  if (cell.fmt) {
    out.fmt = { ...cell.fmt };
    if (cell.fmt.borders) out.fmt.borders = { ...cell.fmt.borders };
  }
  return out;
}

export const CLEAR_KINDS = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

export function clearRange(t: RangeT, applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const at: [number, number, Cell][] = [];
  t.sheet.eachStored(t.area, (r, c, cell) => at.push([r, c, cell]));
  for (const [r, c, cell] of at) {
    if (contents) {
      delete cell.value;
      delete cell.formula;
      delete cell.ast;
    }
    if (formats) {
      delete cell.numberFormat;
      delete cell.fmt;
    }
    t.sheet.prune(r, c);
  }
  if (formats) {
    // Borders of neighbours that sit on this range's outer edges.
    for (let c = t.area.left; c <= t.area.right; c++) {
      if (t.area.top > 0) dropEdge(t.sheet, t.area.top - 1, c, 'bottom');
      if (t.area.bottom < MAX_ROWS - 1) dropEdge(t.sheet, t.area.bottom + 1, c, 'top');
    }
    for (let r = t.area.top; r <= t.area.bottom && r < t.area.top + FORMAT_FILL_LIMIT; r++) {
      if (t.area.left > 0) dropEdge(t.sheet, r, t.area.left - 1, 'right');
      if (t.area.right < MAX_COLS - 1) dropEdge(t.sheet, r, t.area.right + 1, 'left');
    }
    unmerge(t);
    clearConditionalFormats(t);
  }
}

function dropEdge(sheet: SheetModel, r: number, c: number, side: Side): void {
  const cell = sheet.get(r, c);
  if (cell?.fmt?.borders?.[side]) {
    delete cell.fmt.borders[side];
    sheet.prune(r, c);
  }
}

const SPECIAL_TYPES = ['Formulas', 'Constants', 'Blanks'];

const VALUE_KINDS = ['Errors', 'Logical', 'Numbers', 'Text'];

/** The cells of a range of one kind (Range.getSpecialCells), as rectangles sorted by row then column. */
export function specialCells(t: RangeT, cellType: string, valueType: string, calc: Calc, location: string): Area[] {
  if (!SPECIAL_TYPES.includes(cellType)) {
    if (typeof cellType === 'string' && /^(ConditionalFormats|DataValidations|Visible|SameConditionalFormat|SameDataValidation)$/.test(cellType)) {
      throw officeError('NotImplemented', location, `The in-memory Excel does not find ${cellType} cells.`);
    }
    invalid(location);
  }
  let kinds = VALUE_KINDS;
  if (valueType !== 'All') {
    const parts = typeof valueType === 'string' ? (valueType.match(/Errors|Logical|Numbers|Text/g) ?? []) : [];
    if (!parts.length || parts.join('') !== valueType) invalid(location);
    kinds = parts;
  }
  const kindOf = (v: unknown) => (v instanceof FormulaError ? 'Errors' : typeof v === 'boolean' ? 'Logical' : typeof v === 'number' ? 'Numbers' : 'Text');
  const hit: [number, number][] = [];
  if (cellType === 'Blanks') {
    if (cellCount(t.area) > CELL_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', location);
    for (let c = t.area.left; c <= t.area.right; c++) {
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        const cell = t.sheet.get(r, c);
        if (cell?.value === undefined && cell?.formula === undefined) hit.push([r, c]);
      }
    }
  } else {
    t.sheet.eachStored(t.area, (r, c, cell) => {
      const formula = cell.formula !== undefined;
      if (cell.value === undefined && !formula) return;
      if (formula !== (cellType === 'Formulas')) return;
      if (kinds.includes(kindOf(formula ? calc.value(t.sheet, r, c) : cell.value))) hit.push([r, c]);
    });
  }
  // Runs down each column, then side-by-side runs of the same rows joined.
  hit.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: Area[] = [];
  for (const [r, c] of hit) {
    const last = runs[runs.length - 1];
    if (last && last.left === c && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const out: Area[] = [];
  for (const a of runs) {
    const last = out[out.length - 1];
    if (last && last.top === a.top && last.bottom === a.bottom && last.right === a.left - 1) last.right = a.right;
    else out.push({ ...a });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
