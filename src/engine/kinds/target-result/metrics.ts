/**
 * Targets against results: completion of each target by its result, from
 * the figures of their cells or of their sentences ("đạt 113,8 máy/100 dân"
 * / "Đạt 116,25 máy/100 dân" → 102,15), following the target's bound and
 * the indicator's direction (bounds.ts). A live formula where both are real
 * numbers and the target is one figure; a value otherwise; rows without a
 * comparable figure say why.
 */
import { a1 } from '../../grid';
import { targetPairs } from './recognition';
import { measure } from '../../targets';
import { flat } from '../../text';
import { divide, round } from '../../compute/cells';
import type { MetricColumn, MetricContext, MetricProvider } from '../../compute/types';

export const targetResultMetrics: MetricProvider = (ctx) => [...completions(ctx), ...growths(ctx)];

/** Results of several years side by side ("Thực hiện 2019 | Thực hiện 2020"): the growth from one year to the next. */
function growths(ctx: MetricContext): MetricColumn[] {
  const results = ctx.table.columns.filter((c) => c.role === 'result' && c.year !== undefined && !c.owned).sort((a, b) => a.year! - b.year!);
  const out: MetricColumn[] = [];
  for (let i = 1; i < results.length; i++) {
    const [prev, cur] = [results[i - 1], results[i]];
    if (cur.year! - prev.year! !== 1) continue;
    out.push({
      metric: 'growth',
      label: `${cur.year} so với ${prev.year}`,
      group: 'growth',
      format: '0.0',
      operands: [cur, prev],
      cell: (row) => (row.rank || row.rate ? null : divide(ctx, row, cur, prev, 'growth')),
    });
  }
  return out;
}

function completions(ctx: MetricContext): MetricColumn[] {
  return targetPairs(ctx.table).map(({ target, result }, i, all) => ({
    metric: 'completion' as const,
    label: all.length > 1 && target.year !== undefined ? `Tỷ lệ hoàn thành mục tiêu ${target.year}` : 'Tỷ lệ hoàn thành tính từ số liệu',
    group: 'ratio' as const,
    format: '0.0',
    inputs: [result, target],
    cell: (row) => {
      if (row.type !== 'item' && row.type !== 'part') return null;
      const m = measure(ctx.grid, ctx.table, row, target.col, result.col);
      if (!m || m.completion === null) return { value: null, formula: null, why: 'no-comparable-figure' as const };
      const value = round(m.completion);
      if (!m.plain) return m.bound.kind !== 'exact' ? { value, formula: null, bound: a1(row.row, target.col) } : { value, formula: null };
      const [top, bottom] = m.direction === 'lower' ? [target, result] : [result, target];
      return { value, formula: flat(`=IFERROR(${a1(row.row, top.col)}/${a1(row.row, bottom.col)}*100,"")`) };
    },
  }));
}
