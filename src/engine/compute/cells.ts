/** Ratio and growth cells: a live formula when both inputs are real numbers, else the value. */
import { colLetter } from '../grid';
import { readCell } from '../numbers';
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
 * top ÷ bottom × 100 ('ratio') or (top ÷ bottom − 1) × 100 ('growth'). A
 * zero denominator gives an empty cell (IFERROR), never an infinity.
 */
export function divide(ctx: MetricContext, row: RowModel, top: Column, bottom: Column, kind: 'ratio' | 'growth'): CellResult | null {
  // Read straight from the table: this runs for every computed cell.
  const a = ctx.table.read(row.row, top.col);
  if (a.kind !== 'number') return null;
  const b = ctx.table.read(row.row, bottom.col);
  if (b.kind !== 'number') return null;
  const q = b.value === 0 ? null : a.value / b.value;
  const raw = q === null ? null : kind === 'ratio' ? q * 100 : (q - 1) * 100;
  const value = raw === null || !Number.isFinite(raw) ? null : round(raw);
  const n = row.row + 1;
  const ta = colLetter(top.col) + n;
  const tb = colLetter(bottom.col) + n;
  if (a.fromText || b.fromText) return { value, formula: null, textInput: a.fromText ? ta : tb };
  const formula = kind === 'ratio' ? `=IFERROR(${ta}/${tb}*100,"")` : `=IFERROR((${ta}/${tb}-1)*100,"")`;
  return { value, formula };
}
