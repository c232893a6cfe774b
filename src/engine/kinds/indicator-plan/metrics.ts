/**
 * Indicator plan sheet: completion (ƯTH N ÷ KH N; KH ÷ value when lower is
 * better), growth (N ÷ TH N-1 − 1) and plan growth (KH N+1 ÷ ƯTH N − 1).
 */
import type { Quantity } from '../../report';
import { boundFor, completion } from '../../bounds';
import { a1 } from '../../grid';
import { completionPairs } from './recognition';
import type { Column, RowModel, Table } from '../../table';
import { flat } from '../../text';
import { divide, round } from '../../compute/cells';
import type { CellResult, MetricColumn, MetricContext, MetricProvider } from '../../compute/types';

const ABBR: Record<Quantity['role'], string> = { actual: 'TH', plan: 'KH', estimate: 'ƯTH' };

/** "ƯTH 2018", "TH 9 tháng 2024". */
export function shortName(c: Column): string {
  return [ABBR[c.role as Quantity['role']], c.period, c.year].filter((x) => x !== undefined && x !== '').join(' ');
}

function finder(t: Table) {
  return (role: Quantity['role'], year: number, fullYear = true) =>
    t.columns.find((c) => c.role === role && !c.owned && c.year === year && (!fullYear || c.period === undefined));
}

export const indicatorPlanMetrics: MetricProvider = (ctx) => {
  const t = ctx.table;
  const find = finder(t);
  const years = [...new Set(t.columns.filter((c) => c.year !== undefined && !c.owned).map((c) => c.year!))].sort((a, b) => a - b);
  /** The result of year N: estimate, else actual, else a part-year figure. */
  const result = (n: number) => find('estimate', n) ?? find('actual', n) ?? find('estimate', n, false) ?? find('actual', n, false);
  const out: MetricColumn[] = [];
  for (const { plan, result: res } of completionPairs(t)) {
    out.push({
      metric: 'completion',
      label: `${shortName(res)} so với ${shortName(plan)}`,
      group: 'ratio',
      format: '0.0',
      operands: [res, plan],
      cell: (row) => completionCell(ctx, row, res, plan),
    });
  }
  for (const n of years) {
    const res = result(n);
    const prev = find('actual', n - 1) ?? find('estimate', n - 1);
    if (!res || !prev || res === prev) continue;
    out.push({
      metric: 'growth',
      label: `${shortName(res)} so với ${shortName(prev)}`,
      group: 'growth',
      format: '0.0',
      operands: [res, prev],
      // Growth of a rank position says nothing; its completion does.
      cell: (row) => (row.rank || row.rate ? null : divide(ctx, row, res, prev, 'growth')),
    });
  }
  // Plan growth compares next year's plan with this year's estimate (or,
  // without one, the latest result on the sheet).
  const lastResultYear = [...years].reverse().find((n) => result(n));
  for (const n of years) {
    const next = find('plan', n + 1);
    const res = result(n);
    if (!next || !res || (res.role !== 'estimate' && n !== lastResultYear)) continue;
    out.push({
      metric: 'plan-growth',
      label: `${shortName(next)} so với ${shortName(res)}`,
      group: 'growth',
      format: '0.0',
      operands: [next, res],
      cell: (row) => (row.rank || row.rate ? null : divide(ctx, row, next, res, 'growth')),
    });
  }
  return out;
};

/**
 * Completion of a row: result ÷ plan × 100 (plan ÷ result where lower is
 * better) as a live formula; a plan that is a bound ("Dưới 4", "Trên 90",
 * "1-1,5") follows the bound (see bounds.ts) and is written as a value;
 * a growth-rate indicator gets a completion only while both are above zero.
 */
function completionCell(ctx: MetricContext, row: RowModel, res: Column, plan: Column): CellResult | null {
  const p = ctx.table.read(row.row, plan.col);
  const r = ctx.table.read(row.row, res.col);
  if (p.kind !== 'number' || r.kind !== 'number') return null;
  const bound = boundFor(p, row);
  if (bound.kind !== 'exact' || r.qualifier === 'range') {
    const value = completion(r.value, bound, row.lowerIsBetter ? 'lower' : 'higher', row.rate);
    return { value: value === null ? null : round(value), formula: null, bound: a1(row.row, plan.col) };
  }
  if (!row.rate) return row.lowerIsBetter ? divide(ctx, row, plan, res, 'ratio') : divide(ctx, row, res, plan, 'ratio');
  // A rate of change: a ratio of rates means something only while both are above zero.
  const [top, bottom] = row.lowerIsBetter ? [p, r] : [r, p];
  const value = top.value > 0 && bottom.value > 0 ? round((top.value / bottom.value) * 100) : null;
  const [ta, tb] = row.lowerIsBetter ? [a1(row.row, plan.col), a1(row.row, res.col)] : [a1(row.row, res.col), a1(row.row, plan.col)];
  if (p.fromText || r.fromText)
    return value === null
      ? { value: null, formula: null, why: 'rate-not-positive' }
      : { value, formula: null, textInput: p.fromText ? a1(row.row, plan.col) : a1(row.row, res.col) };
  const cell: CellResult = { value, formula: flat(`=IFERROR(IF(AND(${ta}>0,${tb}>0),${ta}/${tb}*100,""),"")`) };
  if (value === null) cell.why = 'rate-not-positive';
  return cell;
}
