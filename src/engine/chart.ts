/**
 * The native Excel chart a recognised table calls for, as data (the host
 * draws it, the edges word its title):
 * - an indicator plan sheet: its completion of the year's plan per
 *   indicator, as bars, from a completion column the sheet has (Tính
 *   toán's, which follows lower-is-better, else the sheet's own "So sánh
 *   (%)" column of result ÷ plan); the 100% mark is a major gridline (the
 *   value axis from 0 in steps of 100);
 * - a time series with its years across: a line per indicator over the years.
 * Placed beside the table, right of any block the add-in computed there.
 */
import type { Area, Grid } from './grid';
import type { Column, Table } from './table';

export interface ChartSpec {
  kind: 'completion' | 'series';
  /** Excel.ChartType. */
  type: 'BarClustered' | 'Line';
  /** completion: the plan's year (for the title). */
  year?: number;
  /** series: the table's own title, as typed (for the title). */
  title?: string;
  /** The category labels: the indicators' names (bars), or the years' header cells (lines). */
  categories: Area;
  series: { name: string; values: Area }[];
  valueAxis: { minimum?: number; majorUnit?: number };
  /** Bars list the first indicator at the top (Excel draws the first category at the bottom otherwise). */
  reverseCategories: boolean;
  /** The cells the chart covers. */
  place: Area;
}

export type ChartPlan = { spec: ChartSpec } | { reason: 'compute-first' | 'nothing-to-draw' };

/** Lines drawn at most: more make a chart no one reads. */
export const MAX_SERIES = 8;
const WIDTH = 8;
const MIN_HEIGHT = 16;
const MAX_HEIGHT = 26;

/** Whether a column holds a figure in at least half of the indicator rows (a column left mostly empty draws nothing worth seeing). */
function filled(t: Table, c: Column): boolean {
  const rows = t.rows.filter((r) => r.type === 'item' || r.type === 'part' || r.type === 'total');
  const with_ = rows.filter((r) => t.read(r.row, c.col).kind === 'number').length;
  return rows.length > 0 && with_ * 2 >= rows.length;
}

/** The completion column: result ÷ plan of one year, filled, the add-in's own first, the latest year first. */
function completionColumn(t: Table): Column | undefined {
  const fits = t.columns.filter(
    (c) =>
      c.role === 'ratio' &&
      c.ratio &&
      !c.ratio.growth &&
      (c.ratio.numerator.role === 'estimate' || c.ratio.numerator.role === 'actual') &&
      c.ratio.denominator.role === 'plan' &&
      c.ratio.numerator.year === c.ratio.denominator.year &&
      !c.ratio.numerator.period &&
      filled(t, c)
  );
  return fits.sort((a, b) => (b.ratio!.numerator.year ?? 0) - (a.ratio!.numerator.year ?? 0) || Number(!!b.owned) - Number(!!a.owned))[0];
}

/** Right of the table and of what the add-in wrote beside it, from the header's top. */
function placeBeside(grid: Grid, t: Table, rows: number): Area {
  let right = t.right;
  for (const o of grid.owned ?? []) if (o.area.top <= t.dataBottom && o.area.bottom >= t.header.top) right = Math.max(right, o.area.right);
  for (const c of t.columns) right = Math.max(right, c.col);
  const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, rows + 4));
  const left = right + 2;
  return { top: t.header.top, left, bottom: t.header.top + height - 1, right: left + WIDTH - 1 };
}

function completionPlan(grid: Grid, t: Table): ChartPlan {
  const col = completionColumn(t);
  if (!col) return { reason: 'compute-first' };
  const name = t.columns.find((c) => c.role === 'name');
  if (!name || t.dataBottom < t.dataTop) return { reason: 'nothing-to-draw' };
  const rows = { top: t.dataTop, bottom: t.dataBottom };
  return {
    spec: {
      kind: 'completion',
      type: 'BarClustered',
      year: col.ratio!.numerator.year,
      categories: { ...rows, left: name.col, right: name.col },
      series: [{ name: col.header.split(' / ').pop() ?? col.header, values: { ...rows, left: col.col, right: col.col } }],
      valueAxis: { minimum: 0, majorUnit: 100 },
      reverseCategories: true,
      place: placeBeside(grid, t, t.dataBottom - t.dataTop + 1),
    },
  };
}

function seriesPlan(grid: Grid, t: Table): ChartPlan {
  if (t.orientation === 'down') return { reason: 'nothing-to-draw' };
  const years = t.columns.filter((c) => c.role === 'value' && c.year !== undefined && !c.owned && c.period === undefined).sort((a, b) => a.col - b.col);
  // The years side by side, in order: one range for the axis.
  const contiguous = years.every((c, i) => i === 0 || (c.col === years[i - 1].col + 1 && c.year! > years[i - 1].year!));
  if (years.length < 2 || !contiguous) return { reason: 'nothing-to-draw' };
  const [first, last] = [years[0].col, years[years.length - 1].col];
  const rows = t.rows.filter((r) => (r.type === 'item' || r.type === 'total') && !r.rank && r.name.trim()).slice(0, MAX_SERIES);
  if (!rows.length) return { reason: 'nothing-to-draw' };
  return {
    spec: {
      kind: 'series',
      type: 'Line',
      title: t.title,
      categories: { top: t.header.bottom, bottom: t.header.bottom, left: first, right: last },
      series: rows.map((r) => ({ name: r.name.trim(), values: { top: r.row, bottom: r.row, left: first, right: last } })),
      valueAxis: {},
      reverseCategories: false,
      place: placeBeside(grid, t, rows.length * 2),
    },
  };
}

/** The chart of a table; null for a kind that has none (a task list, an investment table, targets). */
export function chartPlan(grid: Grid, table: Table): ChartPlan | null {
  if (table.kind === 'indicator-plan') return completionPlan(grid, table);
  if (table.kind === 'time-series') return seriesPlan(grid, table);
  return null;
}
