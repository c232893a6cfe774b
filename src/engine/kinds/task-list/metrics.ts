/**
 * Key tasks: duration in months from the start month to the end month, and
 * the share of that span elapsed at a date the user picks.
 */
import { cellAt, formatAt } from '../../grid';
import { readPeriod, Span, ymd } from '../../periods';
import { columnOf } from '../../table';
import { round } from '../../compute/cells';
import type { MetricColumn, MetricProvider } from '../../compute/types';

function spanAt(ctx: Parameters<MetricProvider>[0], row: number, col: number): Span | null {
  const fmt = formatAt(ctx.grid, row, col);
  const p = readPeriod(cellAt(ctx.grid, row, col), /[dmy]/i.test(fmt) && !/general/i.test(fmt));
  return p.kind === 'span' ? p : null;
}

/** A row whose time is a schedule ("Thường xuyên", "Hằng năm") or not given: no duration, and nothing to explain. */
function schedule(ctx: Parameters<MetricProvider>[0], row: number, cols: { col: number }[]): boolean {
  return (
    cols.every((c) => {
      const k = readPeriod(cellAt(ctx.grid, row, c.col)).kind;
      return k === 'recurring' || k === 'empty';
    }) || cols.some((c) => readPeriod(cellAt(ctx.grid, row, c.col)).kind === 'recurring')
  );
}

export const taskListMetrics: MetricProvider = (ctx) => {
  const start = columnOf(ctx.table, 'start');
  const end = columnOf(ctx.table, 'end');
  // One column for the whole time ("Thời gian thực hiện: 2024-2025"), or a
  // deadline column alone: the task's span is that cell's.
  const single = start && end ? undefined : (columnOf(ctx.table, 'period') ?? end ?? start);
  if (!(start && end) && !single) return [];
  const both = (row: number) => {
    const a = spanAt(ctx, row, single ? single.col : start!.col);
    const b = single ? a : spanAt(ctx, row, end!.col);
    return a && b && b.last >= a.first ? { a, b } : null;
  };
  const inputs = single ? [single] : [start!, end!];
  const out: MetricColumn[] = [
    {
      metric: 'duration',
      label: 'Thời gian thực hiện (tháng)',
      group: 'other',
      format: '0',
      inputs,
      cell: (row) => {
        if (row.type !== 'item' && row.type !== 'part') return null;
        const s = both(row.row);
        if (!s) return schedule(ctx, row.row, inputs) ? null : { value: null, formula: null, why: 'unreadable-dates' };
        const [x, y] = [ymd(s.a.first), ymd(s.b.last)];
        return { value: (y.y - x.y) * 12 + (y.m - x.m) + 1, formula: null };
      },
    },
  ];
  const asOf = ctx.options.asOf;
  if (asOf !== undefined) {
    const d = ymd(asOf);
    out.push({
      metric: 'elapsed',
      label: `Đã qua đến ${d.d}/${d.m}/${d.y} (%)`,
      group: 'ratio',
      format: '0.0',
      cell: (row) => {
        if (row.type !== 'item' && row.type !== 'part') return null;
        const s = both(row.row);
        if (!s) return null;
        const days = s.b.last - s.a.first + 1;
        const done = Math.min(Math.max(asOf - s.a.first + 1, 0), days);
        return { value: round((done / days) * 100), formula: null };
      },
    });
  }
  return out;
};
