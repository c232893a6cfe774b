/** Ratio and growth cells: a live formula when both inputs are real numbers, else the value. */
import { cellAt, colLetter, rowLabel } from '../grid';
import { flat } from '../text';
import type { Column, RowModel } from '../table';
import type { CellResult, MetricContext } from './types';

export function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** The number in a cell, with whether it is a real number (formulas can use it). */
export function numberIn(ctx: MetricContext, row: number, col: Column): { value: number; real: boolean; fraction: boolean } | null {
  const r = ctx.table.read(row, col.col);
  if (r.kind !== 'number') return null;
  return { value: r.value, real: !r.fromText, fraction: r.shape === 'fraction' };
}

/**
 * The number in a cell for a ratio: the value itself when it is a real
 * number (no reading made: this runs for every computed cell), else the
 * table's reading; `text` tells a number typed as text. False when none.
 */
function operand(ctx: MetricContext, row: number, col: number, into: { value: number; text: boolean }): boolean {
  const v = cellAt(ctx.grid, row, col);
  if (typeof v === 'number' && Number.isFinite(v)) {
    into.value = v;
    into.text = false;
    return true;
  }
  const r = ctx.table.read(row, col);
  if (r.kind !== 'number') return false;
  into.value = r.value;
  into.text = r.fromText;
  return true;
}

// Scratch space for divide's two operands (read and used at once, never kept).
const A = { value: 0, text: false };
const B = { value: 0, text: false };

/**
 * top ÷ bottom × 100 ('ratio') or (top ÷ bottom − 1) × 100 ('growth'). A
 * zero denominator gives an empty cell (IFERROR), never an infinity.
 */
export function divide(ctx: MetricContext, row: RowModel, top: Column, bottom: Column, kind: 'ratio' | 'growth'): CellResult | null {
  if (!operand(ctx, row.row, top.col, A) || !operand(ctx, row.row, bottom.col, B)) return null;
  const q = B.value === 0 ? null : A.value / B.value;
  const raw = q === null ? null : kind === 'ratio' ? q * 100 : (q - 1) * 100;
  const value = raw === null || !Number.isFinite(raw) ? null : round(raw);
  const n = rowLabel(row.row);
  const ta = colLetter(top.col) + n;
  const tb = colLetter(bottom.col) + n;
  if (A.text || B.text) return { value, formula: null, textInput: A.text ? ta : tb };
  const formula = flat(kind === 'ratio' ? `=IFERROR(${ta}/${tb}*100,"")` : `=IFERROR((${ta}/${tb}-1)*100,"")`);
  return { value, formula };
}
