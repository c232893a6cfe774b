/**
 * Time series: growth from each year to the next, the average yearly growth
 * over the period (compound rate), and for rankings the places gained.
 */
import { flat } from '../text';
import { a1 } from '../grid';
import type { Column } from '../table';
import { divide, numberIn, round } from './cells';
import type { MetricColumn, MetricProvider } from './types';

const RANK_FORMAT = '+0;-0;0';

export const timeSeriesMetrics: MetricProvider = (ctx) => {
  const years = ctx.table.columns
    .filter((c) => c.role === 'value' && c.year !== undefined && !c.owned)
    .sort((a, b) => a.year! - b.year!);
  const out: MetricColumn[] = [];
  for (let i = 1; i < years.length; i++) {
    const [prev, cur] = [years[i - 1], years[i]];
    out.push({
      metric: 'growth',
      label: `${cur.year} so với ${prev.year}`,
      group: 'growth',
      format: '0.0',
      operands: [cur, prev],
      cell: (row) => (row.rank ? rankChange(ctx, row.row, prev, cur) : divide(ctx, row, cur, prev, 'growth')),
    });
  }
  if (years.length >= 2) {
    const [first, last] = [years[0], years[years.length - 1]];
    const span = last.year! - first.year!;
    out.push({
      metric: 'cagr',
      label: `Bình quân ${first.year}–${last.year} (%/năm)`,
      group: 'growth',
      format: '0.0',
      cell: (row) => {
        if (row.rank) return null;
        const a = numberIn(ctx, row.row, first);
        const b = numberIn(ctx, row.row, last);
        if (!a || !b) return null;
        const value = a.value <= 0 || b.value < 0 ? null : round((Math.pow(b.value / a.value, 1 / span) - 1) * 100);
        const [ra, rb] = [a1(row.row, first.col), a1(row.row, last.col)];
        if (!a.real || !b.real) return { value, formula: null, textInput: !a.real ? ra : rb };
        return { value, formula: flat(`=IFERROR(((${rb}/${ra})^(1/${span})-1)*100,"")`) };
      },
    });
  }
  return out;
};

/** 7/63 after 9/63: +2 places. */
function rankChange(ctx: Parameters<MetricProvider>[0], row: number, prev: Column, cur: Column) {
  const a = numberIn(ctx, row, prev);
  const b = numberIn(ctx, row, cur);
  if (!a || !b) return null;
  return { value: a.value - b.value, formula: null, metric: 'rank-change' as const, format: RANK_FORMAT };
}
