/**
 * Figures across a row: a "Tổng số" column against its parts ("Chia ra",
 * "Phân theo …": each breakdown adds up on its own; "Trong đó" parts never
 * exceed it), and, in a yearbook with the years down the rows, the blocks
 * that derive from the values: indices (previous year = 100), shares of
 * the total (%) and growth rates (%), each against the values it comes from.
 */
import { a1 } from '../grid';
import type { Column, RowModel, Table } from '../table';
import type { Finding, Rule, RuleContext } from './types';

/** Half a unit of the finest decimal among the figures (at most six). */
function tolerance(values: number[]): number {
  let decimals = 0;
  for (const v of values) {
    const s = String(v);
    const i = s.indexOf('.');
    if (i >= 0) decimals = Math.max(decimals, Math.min(s.length - i - 1, 6));
  }
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** Half a unit of the last decimal typed in a cell ("12,30" → 0,005), from its text when it is one. */
function typedTolerance(raw: unknown, value: number): number {
  const s = typeof raw === 'string' ? raw.trim() : String(value);
  const m = /[.,](\d+)\s*%?$/.exec(s);
  return 0.5 * 10 ** -(m ? Math.min(m[1].length, 6) : 0) + 1e-9;
}

function numberAt(t: Table, row: number, col: number): number | undefined {
  const x = t.read(row, col);
  return x.kind === 'number' && x.shape !== 'fraction' ? x.value : undefined;
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Totals and their breakdowns, by total column: [total, [group → parts]]. */
function breakdowns(t: Table): Array<[Column, Column[][]]> {
  const out: Array<[Column, Column[][]]> = [];
  for (const total of t.columns) {
    // A project's sources against its total investment are the investment rule's.
    if (total.owned || (t.kind === 'investment' && total.role === 'total-investment')) continue;
    const parts = t.columns.filter((c) => c.partOf === total.col && !c.owned);
    if (!parts.length) continue;
    const groups = new Map<string, Column[]>();
    for (const p of parts) {
      const g = groups.get(p.partGroup ?? '');
      if (g) g.push(p);
      else groups.set(p.partGroup ?? '', [p]);
    }
    out.push([total, [...groups.values()]]);
  }
  return out;
}

function columnSums(ctx: RuleContext, out: Finding[]): void {
  const { table: t, show } = ctx;
  const all = breakdowns(t);
  if (!all.length) return;
  for (const r of t.rows) {
    if (r.type === 'blank' || r.type === 'label' || r.rate || r.block === 'index' || r.block === 'growth') continue;
    for (const [total, groups] of all) {
      const stated = numberAt(t, r.row, total.col);
      if (stated === undefined) continue;
      for (const parts of groups) {
        const values = parts.map((p) => numberAt(t, r.row, p.col));
        const present = values.filter((v): v is number => v !== undefined);
        if (!present.length) continue;
        const sum = present.reduce((a, b) => a + b, 0);
        const partial = parts.some((p) => p.partial);
        // Shares are each rounded: their sum may miss 100 by a little per part.
        const tol = tolerance([stated, ...present]) * (r.block === 'share' ? Math.max(1, present.length) : 1);
        const full = !partial && present.length === parts.length && parts.length >= 2;
        if (sum > stated + tol || (full && Math.abs(sum - stated) > tol)) {
          out.push({
            row: r.row,
            col: total.col,
            code: 'sum-mismatch',
            message: sum > stated + tol && !full ? 'sum-parts-exceed' : 'sum-breakdown',
            severity: 'error',
            params: { cells: parts.map((p) => a1(r.row, p.col)).join(' + '), sum: show(round(sum)), total: show(stated) },
          });
        }
      }
    }
  }
}

/** In a years-down table: each row of values by its period ("2016", "6t 2016"). */
function valueRows(t: Table): Map<string, RowModel> {
  const out = new Map<string, RowModel>();
  for (const r of t.rows) if (r.type === 'item' && r.time && !r.block) out.set(`${r.time.year}|${r.time.part ?? ''}`, r);
  return out;
}

function derivedBlocks(ctx: RuleContext, out: Finding[]): void {
  const { table: t, grid, show } = ctx;
  if (t.orientation !== 'down') return;
  const values = valueRows(t);
  const measures = t.columns.filter((c) => c.role === 'value' && !c.owned);
  for (const r of t.rows) {
    if (r.type !== 'item' || !r.time || !r.block) continue;
    const cur = values.get(`${r.time.year}|${r.time.part ?? ''}`);
    const prev = values.get(`${r.time.year - 1}|${r.time.part ?? ''}`);
    for (const col of measures) {
      const typed = numberAt(t, r.row, col.col);
      if (typed === undefined || !cur) continue;
      let expected: number | undefined;
      if (r.block === 'share') {
        const part = numberAt(t, cur.row, col.col);
        const whole = col.partOf !== undefined ? numberAt(t, cur.row, col.partOf) : part;
        if (part !== undefined && whole) expected = (part / whole) * 100;
      } else if (prev) {
        const a = numberAt(t, prev.row, col.col);
        const b = numberAt(t, cur.row, col.col);
        if (a && b !== undefined) expected = r.block === 'index' ? (b / a) * 100 : (b / a - 1) * 100;
      }
      if (expected === undefined || !Number.isFinite(expected)) continue;
      const raw = grid.values[r.row - grid.origin.row]?.[col.col - grid.origin.col];
      if (Math.abs(expected - typed) <= typedTolerance(raw, typed)) continue;
      out.push({
        row: r.row,
        col: col.col,
        code: 'ratio-mismatch',
        message: r.block === 'index' ? 'index-mismatch' : r.block === 'share' ? 'share-mismatch' : 'growth-mismatch',
        severity: 'error',
        params: { typed: show(typed), expected: show(Math.round(expected * 100) / 100), row: cur.row + 1, previous: prev ? prev.row + 1 : '' },
        fix: Math.round(expected * 100) / 100,
      });
    }
  }
}

export const breakdownsRule: Rule = {
  codes: ['sum-mismatch', 'ratio-mismatch'],
  run(ctx) {
    const out: Finding[] = [];
    columnSums(ctx, out);
    derivedBlocks(ctx, out);
    return out;
  },
};
