/**
 * What a report says of each indicator of a recognised table, as data: for
 * an indicator plan sheet ("Biểu số 1") or a time series with its years
 * across, the result of the latest year the sheet has one (estimate, else
 * actual), its completion of that year's plan and its change on the year
 * before, computed by the same metrics as Tính toán (so lower is better and
 * bounds count as there), and the parts listed under it; for a
 * disbursement table, each project's capital plan of the year and what was
 * disbursed. The edges word it (i18n/statements.ts): "Tổng doanh thu năm
 * 2018 ước đạt 2.430 tỷ đồng, đạt 125% kế hoạch năm, không đổi so với năm
 * 2017; trong đó: …".
 */
import { a1, type Grid } from './grid';
import { fold } from './text';
import { metricsFor } from './compute';
import type { MetricColumn } from './compute/types';
import type { NumberStyle } from './numbers';
import type { Column, RowModel, Table } from './table';

export interface Statement {
  /** 0-based sheet row. */
  row: number;
  /** A1 of the indicator's name ("B8"). */
  cell: string;
  name: string;
  unit: string;
  /** The latest result: its value, whether an estimate (ước), its year and part of the year. */
  result: { value: number; estimate: boolean; year?: number; period?: string };
  /** A rank ("7/63"): said as it is, without comparisons. */
  rank?: string;
  /** Result against the plan of its year, in % (plan ÷ result where lower is better; by its bound when the plan is one). */
  completion?: { value: number; plan: number; planText?: string; bound: boolean; lowerIsBetter: boolean };
  /** Change on the year before, in %, and the year before's figure (a rate in % changes by points: this figure minus that). */
  growth?: { value: number; year: number; previous: number };
  /** A project of an investment table: its year's capital plan and the share of it disbursed (%), the result being what was disbursed. */
  disbursement?: { plan: number; rate: number | null; year?: number };
  /** The style of the sheet's numbers in this column. */
  style: NumberStyle;
  parts: Statement[];
}

const SAID: ReadonlySet<RowModel['type']> = new Set(['item', 'part', 'total']);

/** The completion and growth metrics of the latest result column that has either. */
function latest(metrics: MetricColumn[]): { res: Column; completion?: MetricColumn; growth?: MetricColumn } | null {
  let best: { res: Column; completion?: MetricColumn; growth?: MetricColumn } | null = null;
  for (const m of metrics) {
    if ((m.metric !== 'completion' && m.metric !== 'growth') || !m.operands) continue;
    const res = m.operands[0];
    if (res.year === undefined) continue;
    if (!best || res.year > best.res.year! || (res.year === best.res.year && res.period === undefined && best.res.period !== undefined)) best = { res };
    if (best.res === res) best[m.metric] = m;
  }
  return best;
}

/** The unit a table's title states for all its figures, as typed ("Đơn vị: Triệu đồng" → "Triệu đồng"). */
function titleUnit(t: Table): string {
  return /(?:đơn vị tính|đơn vị|đvt)\s*:\s*([^()—\n]+)/i.exec(t.title ?? '')?.[1].trim() ?? '';
}

/** Rows that only head a group of projects ("Thực hiện dự án", "Chuẩn bị đầu tư"): no project of their own to speak of. */
const GROUP_HEADING = /^(thuc hien du an|chuan bi dau tu|du an chuyen tiep|du an khoi cong moi|du an hoan thanh)\b/;

/** An investment table's projects: plan of the year, disbursed, the rate (one per project row). */
function projectStatements(grid: Grid, table: Table): Statement[] {
  const m = metricsFor(grid, table).find((x) => x.metric === 'disbursement' && x.operands);
  if (!m) return [];
  const [disbursed, plan] = m.operands!;
  const nameCol = table.columns.find((c) => c.role === 'name')?.col ?? table.header.left;
  const unit = titleUnit(table);
  const out: Statement[] = [];
  for (const row of table.rows) {
    if (row.type !== 'item' || !row.name.trim() || GROUP_HEADING.test(row.folded.name)) continue;
    const d = table.read(row.row, disbursed.col);
    const p = table.read(row.row, plan.col);
    if (d.kind !== 'number' || p.kind !== 'number') continue;
    const rate = m.cell(row)?.value ?? null;
    out.push({
      row: row.row,
      cell: a1(row.row, nameCol),
      name: row.name.trim(),
      unit: row.unit.trim() || unit,
      result: { value: d.value, estimate: false },
      disbursement: { plan: p.value, rate, year: plan.year },
      style: table.styles.get(disbursed.col) ?? 'vi',
      parts: [],
    });
  }
  return out;
}

/** The statements of a table: one per indicator (parts under their parent), or per project of an investment table. */
export function statementsOf(grid: Grid, table: Table): Statement[] {
  if (table.kind === 'investment') return projectStatements(grid, table);
  // Indicators down the rows: a plan sheet, or a time series with its years across.
  if (table.kind !== 'indicator-plan' && !(table.kind === 'time-series' && table.orientation !== 'down')) return [];
  const chosen = latest(metricsFor(grid, table));
  if (!chosen) return [];
  const { res, completion, growth } = chosen;
  // An estimate, or a yearbook's preliminary figure ("Sơ bộ 2020", "Ước tính"), is said "ước đạt".
  const estimate = res.role === 'estimate' || /\b(so bo|uoc)/.test(fold(res.header));
  const before = growth?.operands?.[1];
  const plan = completion?.operands?.[1];
  const style = table.styles.get(res.col) ?? 'vi';
  const nameCol = table.columns.find((c) => c.role === 'name')?.col ?? table.header.left;
  const byRow = new Map<number, Statement>();
  const top: Statement[] = [];
  for (const row of table.rows) {
    if (!SAID.has(row.type) || !row.name.trim()) continue;
    const r = table.read(row.row, res.col);
    const raw = grid.values[row.row - grid.origin.row]?.[res.col - grid.origin.col];
    // A rank ("7/63", or a place typed as a number) is said as it stands, without comparisons.
    if (row.rank) {
      if (raw === null || raw === undefined || String(raw).trim() === '') continue;
      const s: Statement = {
        row: row.row,
        cell: a1(row.row, nameCol),
        name: row.name.trim(),
        unit: row.unit.trim() || (table.unit === '%' ? '%' : ''),
        result: { value: NaN, estimate, year: res.year, period: res.period },
        rank: String(raw).trim(),
        style,
        parts: [],
      };
      place(s, row);
      continue;
    }
    if (r.kind !== 'number') continue;
    const s: Statement = {
      row: row.row,
      cell: a1(row.row, nameCol),
      name: row.name.trim(),
      unit: row.unit.trim() || (table.unit === '%' ? '%' : ''),
      result: { value: r.value, estimate, year: res.year, period: res.period },
      style,
      parts: [],
    };
    const c = completion?.cell(row);
    if (c && c.value !== null && plan) {
      const p = table.read(row.row, plan.col);
      const shown = grid.values[row.row - grid.origin.row]?.[plan.col - grid.origin.col];
      if (p.kind === 'number')
        s.completion = {
          value: c.value,
          plan: p.value,
          bound: !!c.bound,
          lowerIsBetter: row.lowerIsBetter,
          ...(c.bound && typeof shown === 'string' ? { planText: shown.trim() } : {}),
        };
    }
    const g = row.rate ? null : growth?.cell(row);
    const prev = before ? table.read(row.row, before.col) : null;
    if (g && g.value !== null && before?.year !== undefined && prev?.kind === 'number') s.growth = { value: g.value, year: before.year, previous: prev.value };
    place(s, row);
  }
  return top;

  function place(s: Statement, row: RowModel): void {
    byRow.set(row.row, s);
    const parent = row.type === 'part' && row.parent !== undefined ? byRow.get(row.parent) : undefined;
    if (parent) parent.parts.push(s);
    else top.push(s);
  }
}
