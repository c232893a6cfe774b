/**
 * The computed columns of an indicator plan sheet: completion, growth and
 * plan growth for each indicator row, as live formulas where the inputs are
 * real numbers, written to the right of the table under a two-level header.
 * Returns the cells (for the report) and the changes (for the host).
 */
import type { Change, CellWrite } from './changes';
import { Area, Grid, a1, cellAt, colLetter, isBlank } from './grid';
import type { Column, RowModel, Table } from './table';
import { readCell } from './numbers';
import type { Computed, Metric, Quantity } from './report';

export interface MetricColumn {
  metric: Metric;
  year: number;
  numerator: Column;
  denominator: Column;
  /** Sub-header label, e.g. "ƯTH 2018 so với KH 2018". */
  label: string;
}

/** A row where a value (not a formula) was written, and why. */
export interface ValueNote {
  row: number;
  col: number;
  cell: string;
  value: number | null;
  /** The input cell typed as text. */
  input: string;
}

export interface ComputePlan {
  metrics: MetricColumn[];
  /** Where the block goes (header top to last data row). */
  area: Area;
  computed: Computed[];
  valueNotes: ValueNote[];
  changes: Change[];
}

export const COMPUTED_FORMAT = '0.0';
export const BLOCK_TITLE = 'So sánh (%)';

const ABBR: Record<Quantity['role'], string> = { actual: 'TH', plan: 'KH', estimate: 'ƯTH' };

function short(c: Column): string {
  const role = c.role as Quantity['role'];
  return [ABBR[role], c.period, c.year].filter((x) => x !== undefined && x !== '').join(' ');
}

function isQuantity(c: Column, role: Quantity['role']): boolean {
  return c.role === role && !c.owned;
}

/** Which metrics the table allows, in the order they are laid out. */
export function planMetrics(t: Table): MetricColumn[] {
  const find = (role: Quantity['role'], year: number, fullYear = true) =>
    t.columns.find((c) => isQuantity(c, role) && c.year === year && (!fullYear || c.period === undefined));
  const years = new Set<number>();
  for (const c of t.columns) if (c.year !== undefined && !c.owned) years.add(c.year);
  const sorted = [...years].sort((a, b) => a - b);
  /** The result of year N: estimate, else actual, else a part-year actual. */
  const result = (n: number) => find('estimate', n) ?? find('actual', n) ?? find('estimate', n, false) ?? find('actual', n, false);
  const out: MetricColumn[] = [];
  for (const n of sorted) {
    const plan = find('plan', n);
    const res = result(n);
    if (plan && res) out.push({ metric: 'completion', year: n, numerator: res, denominator: plan, label: `${short(res)} so với ${short(plan)}` });
  }
  for (const n of sorted) {
    const res = result(n);
    const prev = find('actual', n - 1) ?? find('estimate', n - 1);
    if (res && prev && res !== prev) out.push({ metric: 'growth', year: n, numerator: res, denominator: prev, label: `Tăng trưởng ${short(res)} so với ${short(prev)}` });
  }
  // Plan growth compares next year's plan with this year's estimate (or,
  // without one, the latest result on the sheet).
  const lastResultYear = [...sorted].reverse().find((n) => result(n));
  for (const n of sorted) {
    const next = find('plan', n + 1);
    const res = result(n);
    if (next && res && (res.role === 'estimate' || n === lastResultYear)) out.push({ metric: 'plan-growth', year: n + 1, numerator: next, denominator: res, label: `Tăng trưởng ${short(next)} so với ${short(res)}` });
  }
  return out;
}

function isComputedRow(r: RowModel): boolean {
  return r.type === 'item' || r.type === 'part' || r.type === 'section';
}

/** First column right of the table where `width` columns are blank over the table's rows. */
function freeColumn(g: Grid, t: Table, width: number): number {
  const lastCol = g.origin.col + Math.max(0, ...g.values.map((r) => r.length)) - 1;
  for (let c = t.right + 1; ; c++) {
    let ok = true;
    for (let k = 0; k < width && ok; k++) {
      if (c + k > lastCol) break;
      for (let r = t.header.top; r <= t.dataBottom && ok; r++) {
        if (!isBlank(cellAt(g, r, c + k)) && !ownedCell(g, r, c + k)) ok = false;
      }
    }
    if (ok) return c;
  }
}

function ownedCell(g: Grid, row: number, col: number): boolean {
  return (g.owned ?? []).some((o) => row >= o.area.top && row <= o.area.bottom && col >= o.area.left && col <= o.area.right);
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** A name for the defined name that records the block, stable per sheet. */
export function ownedNameFor(sheet: string): string {
  let h = 0;
  for (const ch of sheet) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `chitieu_tinh_${h.toString(36)}`;
}

export function planCompute(g: Grid, t: Table): ComputePlan {
  const metrics = planMetrics(t);
  const previous = g.owned?.find((o) => o.area.top <= t.header.top && o.area.bottom >= t.header.top && o.area.left > t.header.left);
  const width = metrics.length;
  const left = previous ? previous.area.left : freeColumn(g, t, width);
  const area: Area = { top: t.header.top, left, bottom: t.dataBottom, right: left + width - 1 };
  const computed: Computed[] = [];
  const valueNotes: ValueNote[] = [];
  const changes: Change[] = [];
  if (previous) {
    changes.push({ type: 'unmerge', area: previous.area }, { type: 'clear', area: previous.area });
  }
  if (width === 0) return { metrics, area, computed, valueNotes, changes };

  const headerRows = t.header.bottom - t.header.top + 1;
  const cells: CellWrite[][] = [];
  const formats: string[][] = [];
  const text = (s: string): CellWrite => ({ value: s });
  // Header: the block title on the top row, the labels below (or one row).
  for (let i = 0; i < headerRows; i++) {
    const row: CellWrite[] = [];
    for (let k = 0; k < width; k++) {
      if (headerRows === 1) row.push(text(`${metrics[k].label} (%)`));
      else if (i === 0) row.push(text(k === 0 ? BLOCK_TITLE : ''));
      else row.push(text(i === 1 ? metrics[k].label : ''));
    }
    cells.push(row);
    formats.push(new Array(width).fill('General'));
  }
  if (t.header.numberingRow !== undefined) {
    const numbers = [...t.header.numbering.entries()]
      .filter(([col]) => !ownedCell(g, t.header.numberingRow!, col))
      .map(([, s]) => Number(/^\(?\s*(\d+)/.exec(s)?.[1]))
      .filter((n) => !Number.isNaN(n));
    let next = numbers.length ? Math.max(...numbers) + 1 : 1;
    const label = (c: Column) => (c.numbering ? /^\(?\s*(\d+)/.exec(c.numbering)?.[1] : undefined) ?? colLetter(c.col);
    cells.push(
      metrics.map((m) => {
        const n = next++;
        return text(m.metric === 'completion' ? `${n}=${label(m.numerator)}/${label(m.denominator)}` : `${n}=${label(m.numerator)}/${label(m.denominator)}-1`);
      }),
    );
    formats.push(new Array(width).fill('General'));
  }
  const rowsByIndex = new Map(t.rows.map((r) => [r.row, r]));
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    const model = rowsByIndex.get(r);
    const row: CellWrite[] = [];
    for (let k = 0; k < width; k++) {
      const m = metrics[k];
      const cell = a1(r, left + k);
      const out = model && isComputedRow(model) ? computeCell(g, t, model, m) : null;
      if (!out) {
        row.push({ value: null });
        continue;
      }
      row.push(out.formula ? { value: out.value, formula: out.formula } : { value: out.value });
      computed.push({ cell, row: r + 1, metric: m.metric, value: out.value, formula: out.formula });
      if (!out.formula && out.textInput) valueNotes.push({ row: r, col: left + k, cell, value: out.value, input: out.textInput });
    }
    cells.push(row);
    formats.push(new Array(width).fill(COMPUTED_FORMAT));
  }
  changes.push({ type: 'write', top: area.top, left, cells, numberFormat: formats });

  const headerArea: Area = { top: t.header.top, left, bottom: t.header.bottom, right: area.right };
  if (headerRows > 1) {
    if (width > 1) changes.push({ type: 'merge', area: { top: t.header.top, left, bottom: t.header.top, right: area.right } });
    if (headerRows > 2) {
      for (let k = 0; k < width; k++) changes.push({ type: 'merge', area: { top: t.header.top + 1, left: left + k, bottom: t.header.bottom, right: left + k } });
    }
  }
  changes.push({ type: 'style', area: headerArea, bold: true, horizontal: 'Center', vertical: 'Center', wrap: true, borders: { thin: true } });
  if (t.header.numberingRow !== undefined) {
    const row = t.header.numberingRow;
    changes.push({ type: 'style', area: { top: row, left, bottom: row, right: area.right }, italic: true, horizontal: 'Center', borders: { thin: true } });
  }
  if (t.dataBottom >= t.dataTop) {
    changes.push({ type: 'style', area: { top: t.dataTop, left, bottom: t.dataBottom, right: area.right }, horizontal: 'Right', borders: { thin: true } });
  }
  changes.push({ type: 'mark', name: previous?.name ?? ownedNameFor(g.name), area });
  return { metrics, area, computed, valueNotes, changes };
}

interface CellResult {
  value: number | null;
  formula: string | null;
  /** A1 of an input typed as text, when the value could not be a formula. */
  textInput?: string;
}

function computeCell(g: Grid, t: Table, row: RowModel, m: MetricColumn): CellResult | null {
  const r = row.row;
  const numRaw = cellAt(g, r, m.numerator.col);
  const denRaw = cellAt(g, r, m.denominator.col);
  const num = readCell(numRaw, t.styles.get(m.numerator.col), undefined);
  const den = readCell(denRaw, t.styles.get(m.denominator.col), undefined);
  if (num.kind !== 'number' || den.kind !== 'number') return null;
  // Growth of a rank position says nothing; its completion does.
  if (row.rank && m.metric !== 'completion') return null;
  const inverse = m.metric === 'completion' && row.lowerIsBetter;
  const [top, bottom] = inverse ? [den, num] : [num, den];
  const topRef = a1(r, inverse ? m.denominator.col : m.numerator.col);
  const bottomRef = a1(r, inverse ? m.numerator.col : m.denominator.col);
  const ratio = bottom.value === 0 ? null : top.value / bottom.value;
  const value = ratio === null ? null : round(m.metric === 'completion' ? ratio * 100 : (ratio - 1) * 100);
  const live = !num.fromText && !den.fromText;
  if (!live) {
    const textInput = num.fromText ? a1(r, m.numerator.col) : a1(r, m.denominator.col);
    return { value, formula: null, textInput };
  }
  const formula = m.metric === 'completion' ? `=IFERROR(${topRef}/${bottomRef}*100,"")` : `=IFERROR((${topRef}/${bottomRef}-1)*100,"")`;
  return { value, formula };
}
