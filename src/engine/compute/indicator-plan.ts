/**
 * Indicator plan sheet: completion (ƯTH N ÷ KH N; KH ÷ value when lower is
 * better), growth (N ÷ TH N-1 − 1) and plan growth (KH N+1 ÷ ƯTH N − 1).
 */
import type { Quantity } from '../report';
import type { Column, Table } from '../table';
import { divide } from './cells';
import type { MetricColumn, MetricProvider } from './types';

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
  for (const n of years) {
    const plan = find('plan', n);
    const res = result(n);
    if (!plan || !res) continue;
    out.push({
      metric: 'completion',
      label: `${shortName(res)} so với ${shortName(plan)}`,
      group: 'ratio',
      format: '0.0',
      operands: [res, plan],
      cell: (row) => (row.lowerIsBetter ? divide(ctx, row, plan, res, 'ratio') : divide(ctx, row, res, plan, 'ratio')),
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
      cell: (row) => (row.rank ? null : divide(ctx, row, res, prev, 'growth')),
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
      cell: (row) => (row.rank ? null : divide(ctx, row, next, res, 'growth')),
    });
  }
  return out;
};
