/**
 * Time series: growth from each year to the next, the average yearly growth
 * over the period (compound rate), and for rankings the places gained.
 */
import { flat } from '../../text';
import { a1, colLetter } from '../../grid';
import type { Column, RowModel } from '../../table';
import { divide, numberIn, round } from '../../compute/cells';
import type { CellResult, MetricColumn, MetricContext, MetricProvider } from '../../compute/types';

const RANK_FORMAT = '+0;-0;0';

export const timeSeriesMetrics: MetricProvider = (ctx) => {
  if (ctx.table.orientation === 'down') return yearsDownMetrics(ctx);
  const all = ctx.table.columns.filter((c) => c.role === 'value' && c.year !== undefined && !c.owned);
  // Growth compares like with like: whole years with whole years, December with December.
  const parts = new Map<string, Column[]>();
  for (const c of all) {
    const key = c.period ?? '';
    const list = parts.get(key);
    if (list) list.push(c);
    else parts.set(key, [c]);
  }
  const years = [...parts.values()].sort((a, b) => b.length - a.length)[0]?.sort((a, b) => a.year! - b.year!) ?? [];
  const out: MetricColumn[] = [];
  for (let i = 1; i < years.length; i++) {
    const [prev, cur] = [years[i - 1], years[i]];
    const step = cur.year! - prev.year!;
    if (step <= 0) continue;
    if (step > 1) {
      // Years that skip (2010 → 2015): the average yearly rate, and labelled so.
      out.push({
        metric: 'cagr',
        label: `Bình quân ${prev.year}–${cur.year} (%/năm)`,
        group: 'growth',
        format: '0.0',
        inputs: [cur, prev],
        cell: (row) => (row.rank || row.rate ? null : averageGrowth(ctx, row.row, prev, cur, step)),
      });
      continue;
    }
    out.push({
      metric: 'growth',
      label: `${cur.year} so với ${prev.year}`,
      group: 'growth',
      format: '0.0',
      operands: [cur, prev],
      cell: (row) => (row.rank ? rankChange(ctx, row.row, prev, cur) : row.rate ? null : divide(ctx, row, cur, prev, 'growth')),
    });
  }
  // Over the whole period, when it is more than one step.
  if (years.length >= 3) {
    const [first, last] = [years[0], years[years.length - 1]];
    const span = last.year! - first.year!;
    out.push({
      metric: 'cagr',
      label: `Bình quân ${first.year}–${last.year} (%/năm)`,
      group: 'growth',
      format: '0.0',
      inputs: [last, first],
      cell: (row) => {
        if (row.rank || row.rate) return null;
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

/** ((b ÷ a)^(1/k) − 1) × 100: the average yearly growth over k years, live where both are real numbers. */
function averageGrowth(ctx: MetricContext, row: number, prev: Column, cur: Column, k: number, prevRow = row): CellResult | null {
  const a = numberIn(ctx, prevRow, prev);
  const b = numberIn(ctx, row, cur);
  if (!a || !b) return null;
  const value = a.value <= 0 || b.value < 0 ? null : round((Math.pow(b.value / a.value, 1 / k) - 1) * 100);
  const [ra, rb] = [a1(prevRow, prev.col), a1(row, cur.col)];
  if (!a.real || !b.real) return { value, formula: null, textInput: !a.real ? ra : rb };
  return { value, formula: flat(`=IFERROR(((${rb}/${ra})^(1/${k})-1)*100,"")`) };
}

/**
 * Years down the rows: for each measure, the growth of each year over the
 * year in the row above (the average yearly rate where years skip, marked
 * as such), on the rows of values only — not on the rows of indices,
 * shares or growth rates under them.
 */
function yearsDownMetrics(ctx: MetricContext): MetricColumn[] {
  const t = ctx.table;
  const values = t.columns.filter((c) => c.role === 'value' && !c.owned);
  // The row of values each value row is compared with: the one above of the same kind of period.
  const previous = new Map<number, { row: number; step: number }>();
  let last: RowModel | undefined;
  for (const r of t.rows) {
    if (r.type !== 'item' || !r.time || r.block) continue;
    if (last && last.time!.part === r.time.part && r.time.year > last.time!.year) previous.set(r.row, { row: last.row, step: r.time.year - last.time!.year });
    last = r;
  }
  const skips = [...previous.values()].some((p) => p.step > 1);
  return values.map((col) => ({
    metric: 'growth' as const,
    label: `${col.header.split(' / ').pop() || colLetter(col.col)}: tăng so với năm trước${skips ? ' (bình quân năm khi các năm cách quãng)' : ''}`,
    group: 'growth' as const,
    format: '0.0',
    inputs: [col],
    cell: (row: RowModel): CellResult | null => {
      const p = previous.get(row.row);
      if (!p) return null;
      if (p.step > 1) {
        const out = averageGrowth(ctx, row.row, col, col, p.step, p.row);
        return out && { ...out, metric: 'cagr' as const };
      }
      return growthOver(ctx, row.row, p.row, col);
    },
  }));
}

/** (this row ÷ the earlier row − 1) × 100 in one column. */
function growthOver(ctx: MetricContext, row: number, prevRow: number, col: Column): CellResult | null {
  const a = numberIn(ctx, prevRow, col);
  const b = numberIn(ctx, row, col);
  if (!a || !b) return null;
  const value = a.value === 0 ? null : round((b.value / a.value - 1) * 100);
  const [ra, rb] = [a1(prevRow, col.col), a1(row, col.col)];
  if (!a.real || !b.real) return { value, formula: null, textInput: !a.real ? ra : rb };
  return { value, formula: flat(`=IFERROR((${rb}/${ra}-1)*100,"")`) };
}
