/**
 * The computed columns of a table: which metrics its kind allows, laid out
 * to the right of the table under a two-level header in the sheet's style
 * ("So sánh, bằng (%)" over ratios, "Tăng (+), giảm (−) (%)" over growths),
 * one decimal, as live formulas where the inputs are real numbers. The
 * block is recorded by a defined name so a second run rewrites it; for an
 * indicator plan sheet, the empty cells of its own "So sánh (%)" columns
 * are filled too, and typed cells are left alone.
 */
import type { Change, CellWrite, WriteChange } from '../changes';
import { Area, COMPUTED_PREFIX, Grid, cellAt, colLetter, computedBlocks, formulaAt, isBlank, rowLabel } from '../grid';
import type { Computed, ComputedColumn } from '../report';
import { rowAt, type Column, type RowModel, type Table } from '../table';
import { divide } from './cells';
import { METRIC_PROVIDERS } from '../kinds';
import type { CellResult, ComputeOptions, MetricColumn, MetricContext, ValueNote } from './types';

export type { ComputeOptions, MetricColumn, ValueNote } from './types';

export const GROUP_TITLES: Record<MetricColumn['group'], string> = {
  ratio: 'So sánh, bằng (%)',
  growth: 'Tăng (+), giảm (−) (%)',
  other: 'Tiến độ',
};

export interface ComputePlan {
  metrics: MetricColumn[];
  /** Where the block goes (header top to last data row); null when nothing is added. */
  area: Area | null;
  computed: Computed[];
  notes: ValueNote[];
  changes: Change[];
  /** Where each computed column went, and its inputs. */
  columns: ComputedColumn[];
  /** The block that would go past column XFD, so was left out. */
  unplaced?: Area;
}

/** The metrics a table allows (before the user's choice). */
export function metricsFor(grid: Grid, table: Table, options: ComputeOptions = {}): MetricColumn[] {
  return METRIC_PROVIDERS[table.kind]({ grid, table, options });
}

/** An empty computed cell (shared: hosts only read it). */
const EMPTY: CellWrite = Object.freeze({ value: null });
const EMPTY_ROW: CellWrite[] = Object.freeze([EMPTY]) as CellWrite[];

function ownedCell(g: Grid, row: number, col: number): boolean {
  return computedBlocks(g).some((o) => row >= o.area.top && row <= o.area.bottom && col >= o.area.left && col <= o.area.right);
}

/** First column right of the table where `width` columns are blank over the table's rows (or ours). */
function freeColumn(g: Grid, t: Table, width: number): number {
  let cols = 0;
  for (const r of g.values) if (r.length > cols) cols = r.length;
  const lastCol = g.origin.col + cols - 1;
  for (let c = t.right + 1; ; c++) {
    let ok = true;
    for (let k = 0; k < width && ok && c + k <= lastCol; k++) {
      for (let r = t.header.top; r <= t.dataBottom && ok; r++) {
        if (!isBlank(cellAt(g, r, c + k)) && !ownedCell(g, r, c + k)) ok = false;
      }
    }
    if (ok) return c;
  }
}

/** A defined name for a table's block, stable per sheet and table. */
export function ownedNameFor(sheet: string, index = 0): string {
  let h = 0;
  for (const ch of sheet) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `${COMPUTED_PREFIX}${h.toString(36)}${index ? `_${index + 1}` : ''}`;
}

function computedRow(r: RowModel): boolean {
  return r.type === 'item' || r.type === 'part' || r.type === 'section' || r.type === 'total';
}

function numberingOf(c: Column): string {
  return (c.numbering ? /^\(?\s*(\d+)/.exec(c.numbering)?.[1] : undefined) ?? colLetter(c.col);
}

/** Plan the computed block of one table (the index-th of its sheet). */
export function planCompute(grid: Grid, table: Table, index = 0, options: ComputeOptions = {}): ComputePlan {
  const ctx: MetricContext = { grid, table, options };
  const wanted = options.metrics;
  const metrics = metricsFor(grid, table, options).filter((m) => !wanted || wanted.includes(m.metric));
  const previous = computedBlocks(grid).find((o) => o.area.top <= table.header.top && o.area.bottom >= table.header.top && o.area.left > table.header.left);
  const plan: ComputePlan = { metrics, area: null, computed: [], notes: [], changes: [], columns: [] };
  if (previous) plan.changes.push({ type: 'unmerge', area: previous.area }, { type: 'clear', area: previous.area });
  if (table.kind === 'indicator-plan' && (!wanted || wanted.includes('ratio'))) fillOwnRatios(ctx, plan);
  const width = metrics.length;
  if (width === 0) return plan;

  const t = table;
  const left = previous ? previous.area.left : freeColumn(grid, t, width);
  // Excel has 16,384 columns: a block that would not fit is not written, and said.
  if (left + width - 1 > 16383) {
    plan.unplaced = { top: t.header.top, left, bottom: t.dataBottom, right: left + width - 1 };
    return plan;
  }
  const area: Area = { top: t.header.top, left, bottom: t.dataBottom, right: left + width - 1 };
  plan.area = area;
  metrics.forEach((m, k) =>
    plan.columns.push({ column: colLetter(left + k), metric: m.metric, label: m.label, inputs: (m.inputs ?? m.operands ?? []).map((c) => colLetter(c.col)) })
  );
  const headerRows = t.header.bottom - t.header.top + 1;
  const cells: CellWrite[][] = [];
  const formats: string[][] = [];
  const text = (s: string): CellWrite => ({ value: s });
  for (let i = 0; i < headerRows; i++) {
    cells.push(
      metrics.map((m, k) => {
        if (headerRows === 1) return text(m.group !== 'other' && !m.label.includes('(') ? `${m.label} (%)` : m.label);
        if (i === 0) return text(k === 0 || metrics[k - 1].group !== m.group ? GROUP_TITLES[m.group] : '');
        return text(i === 1 ? m.label : '');
      })
    );
    formats.push(new Array(width).fill('General'));
  }
  if (t.header.numberingRow !== undefined) {
    const taken = [...t.header.numbering.entries()]
      .filter(([col]) => !ownedCell(grid, t.header.numberingRow!, col))
      .map(([, s]) => Number(/^\(?\s*(\d+)/.exec(s)?.[1]))
      .filter((n) => !Number.isNaN(n));
    let next = taken.length ? Math.max(...taken) + 1 : 1;
    cells.push(
      metrics.map((m) => {
        const n = next++;
        if (!m.operands) return text(String(n));
        const [a, b] = m.operands.map(numberingOf);
        return text(m.group === 'growth' ? `${n}=${a}/${b}-1` : `${n}=${a}/${b}`);
      })
    );
    formats.push(new Array(width).fill('General'));
  }
  // Rows whose cells all take their column's format share one array.
  const plainFormats = metrics.map((m) => m.format);
  const columnLetters = metrics.map((_, k) => colLetter(left + k));
  // One loop per computed cell: no closures, and a metric's own result is
  // written as the cell (it already has the value and formula the write needs).
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    const model = rowAt(t, r);
    const computes = model !== undefined && computedRow(model);
    const row: CellWrite[] = new Array(width);
    let fmt: string[] = plainFormats;
    for (let k = 0; k < width; k++) {
      const m = metrics[k];
      const out: CellResult | null = computes ? m.cell(model) : null;
      if (!out) {
        row[k] = EMPTY;
        continue;
      }
      if (out.format && out.format !== m.format) {
        if (fmt === plainFormats) fmt = [...plainFormats];
        fmt[k] = out.format;
      }
      const cell = columnLetters[k] + rowLabel(r);
      if (out.why && !out.formula) {
        row[k] = { value: out.value };
        plan.notes.push({ row: r, col: left + k, cell, value: null, why: out.why });
        continue;
      }
      // A live formula that shows nothing for now says why too (a rate at or below zero).
      if (out.why) plan.notes.push({ row: r, col: left + k, cell, value: null, why: out.why });
      // The report's entry is also the cell to write (it has its value and formula).
      const computed: Computed = { cell, row: r + 1, metric: out.metric ?? m.metric, label: m.label, value: out.value, formula: out.formula };
      row[k] = computed;
      plan.computed.push(computed);
      if (!out.formula && out.textInput) plan.notes.push({ row: r, col: left + k, cell, value: out.value, input: out.textInput });
      else if (!out.formula && out.bound) plan.notes.push({ row: r, col: left + k, cell, value: out.value, bound: out.bound });
    }
    cells.push(row);
    formats.push(fmt);
  }
  plan.changes.push({ type: 'write', top: area.top, left, cells, numberFormat: formats });

  if (headerRows > 1) {
    let start = 0;
    metrics.forEach((m, k) => {
      const last = k === width - 1 || metrics[k + 1].group !== m.group;
      if (!last) return;
      if (k > start) plan.changes.push({ type: 'merge', area: { top: t.header.top, left: left + start, bottom: t.header.top, right: left + k } });
      start = k + 1;
    });
    if (headerRows > 2) {
      for (let k = 0; k < width; k++)
        plan.changes.push({ type: 'merge', area: { top: t.header.top + 1, left: left + k, bottom: t.header.bottom, right: left + k } });
    }
  }
  plan.changes.push({
    type: 'style',
    area: { top: t.header.top, left, bottom: t.header.bottom, right: area.right },
    bold: true,
    horizontal: 'Center',
    vertical: 'Center',
    wrap: true,
    borders: { thin: true },
  });
  if (t.header.numberingRow !== undefined) {
    const row = t.header.numberingRow;
    plan.changes.push({ type: 'style', area: { top: row, left, bottom: row, right: area.right }, italic: true, horizontal: 'Center', borders: { thin: true } });
  }
  if (t.dataBottom >= t.dataTop) {
    plan.changes.push({ type: 'style', area: { top: t.dataTop, left, bottom: t.dataBottom, right: area.right }, horizontal: 'Right', borders: { thin: true } });
  }
  plan.changes.push({ type: 'mark', name: previous?.name ?? ownedNameFor(grid.name, index), area });
  return plan;
}

/** Empty rows of its own column a run of ratio formulas passes over (they are written empty). */
const MAX_HOLES = 8;

/**
 * Fill the empty cells of the sheet's own "So sánh (%)" columns with the
 * ratio their header or numbering row defines, literally as the form asks.
 * Typed cells are left alone, so a second run finds nothing left to fill.
 * A run of formulas goes on over a few empty cells that get nothing (a
 * section heading, a rank's growth): they are written empty, as they are,
 * so that a long column is one write a host can send as one fill.
 */
function fillOwnRatios(ctx: MetricContext, plan: ComputePlan): void {
  const t = ctx.table;
  const same = (c: Column, q: NonNullable<Column['ratio']>['numerator']) =>
    c.role === q.role && c.year === q.year && (c.period ?? '') === (q.period ?? '') && !c.owned;
  for (const col of t.columns) {
    if (col.role !== 'ratio' || !col.ratio || col.owned) continue;
    const num = t.columns.find((c) => same(c, col.ratio!.numerator));
    const den = t.columns.find((c) => same(c, col.ratio!.denominator));
    if (!num || !den) continue;
    const label = col.header.split(' / ').pop() ?? col.header;
    const letters = colLetter(col.col);
    plan.columns.push({ column: letters, metric: 'ratio', label, inputs: [colLetter(num.col), colLetter(den.col)] });
    let run: { top: number; cells: CellWrite[][] } | null = null;
    // Empty rows seen since the run's last formula.
    let holes = 0;
    const flush = () => {
      if (run) plan.changes.push({ type: 'write', top: run.top, left: col.col, cells: run.cells, numberFormat: '0.0' } satisfies WriteChange);
      run = null;
      holes = 0;
    };
    const hole = () => {
      if (run && ++holes > MAX_HOLES) flush();
    };
    for (const row of t.rows) {
      const blank = isBlank(cellAt(ctx.grid, row.row, col.col));
      const out = computedRow(row)
        ? divide(ctx, row, num, den, (col.holds ?? (col.ratio!.growth ? 'growth' : 'ratio')) === 'growth' ? 'growth' : 'ratio')
        : null;
      // A cell holding the very formula we would write was filled by an earlier run.
      const ours = !blank && !!out?.formula && formulaAt(ctx.grid, row.row, col.col) === out.formula;
      // The sheet's own columns get live formulas only: a value written there
      // would go stale unseen. A text input is reported instead.
      if (out && blank && !out.formula && out.textInput) {
        plan.notes.push({ row: row.row, col: col.col, cell: letters + rowLabel(row.row), value: null, why: 'text-input', input: out.textInput });
        hole();
        continue;
      }
      if (!blank && !ours) {
        flush(); // typed by the user: never written over
        continue;
      }
      if (!out || !out.formula) {
        hole();
        continue;
      }
      if (ours) {
        flush();
        plan.computed.push({ cell: letters + rowLabel(row.row), row: row.row + 1, metric: 'ratio', label, value: out.value, formula: out.formula });
        continue;
      }
      if (!run || run.top + run.cells.length + holes !== row.row) {
        flush();
        run = { top: row.row, cells: [] };
      }
      for (; holes > 0; holes--) run.cells.push(EMPTY_ROW);
      const computed: Computed = { cell: letters + rowLabel(row.row), row: row.row + 1, metric: 'ratio', label, value: out.value, formula: out.formula };
      run.cells.push([computed]);
      plan.computed.push(computed);
    }
    flush();
  }
}
