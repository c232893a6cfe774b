/**
 * Parts against their totals. Parts ("-", "+", "Trong đó") of an additive
 * quantity never exceed it, and a full breakdown equals it; an investment
 * project's sources add up to its total investment; group rows and the
 * TỔNG SỐ row equal the sum of their projects, column by column. Ratios and
 * densities are never summed.
 */
import { a1, cellAt } from '../grid';
import type { NumberReading } from '../numbers';
import type { Column, RowModel, Table } from '../table';
import { columnOf, columnsOf, rowAt } from '../table';
import { isAdditive } from '../units';
import type { Finding, Rule, RuleContext } from './types';

const SUM_ROLES = [
  'actual',
  'plan',
  'estimate',
  'value',
  'total-investment',
  'central-budget',
  'local-budget',
  'other-budget',
  'allocated',
  'period-plan',
  'year-plan',
  'disbursed',
  'amount',
] as const;

function numberAt(ctx: RuleContext, row: number, col: Column): number | undefined {
  const x = ctx.table.read(row, col.col);
  return x.kind === 'number' && x.shape !== 'fraction' ? x.value : undefined;
}

/** A subtotal row closing its group ("Cộng", "Cộng nhóm"), not the grand total. */
const SUBTOTAL = /^cong\b(?! tong)/;

/** A part that stands for all the rest ("Công trình khác", "Còn lại"). */
const OTHERS = /\b(khac|con lai)\b/;

/** The smallest tolerance there is (six decimals). */
const MIN_TOLERANCE = 0.5e-6;

/** Tolerance: half a unit of the finest decimal among the figures (at most six). */
function tolerance(values: number[]): number {
  let decimals = 0;
  for (const v of values) {
    const s = String(v);
    const i = s.indexOf('.');
    if (i >= 0) decimals = Math.max(decimals, Math.min(s.length - i - 1, 6));
  }
  return 0.5 * 10 ** -decimals + 1e-9;
}

function cellsOf(rows: number[], col: number): string {
  if (rows.length > 4) return `${a1(rows[0], col)}…${a1(rows[rows.length - 1], col)}`;
  return rows.map((r) => a1(r, col)).join(', ');
}

/**
 * A figure whose separators read both ways ("111,410" among "4,274.844";
 * "13.025.000" among "12,130.000") whose other reading makes `sum` equal
 * `total`: that is the slip, reported once at its cell.
 */
function misreadAmong(
  ctx: RuleContext,
  rows: RowModel[],
  col: Column,
  sum: number,
  total: number,
  tol: number,
  reported: Set<string>,
  out: Finding[]
): boolean {
  const misread = rows.find((p) => {
    const x = ctx.table.read(p.row, col.col);
    return x.kind === 'number' && x.evidence === 'ambiguous' && x.otherValue !== undefined && Math.abs(sum - x.value + x.otherValue - total) <= tol;
  });
  if (!misread) return false;
  const key = `${misread.row}:${col.col}`;
  if (reported.has(key)) return true;
  reported.add(key);
  const x = ctx.table.read(misread.row, col.col) as NumberReading;
  const style = ctx.table.styles.get(col.col) ?? 'vi';
  out.push({
    row: misread.row,
    col: col.col,
    code: 'ambiguous-number',
    message: 'ambiguous-sum',
    severity: 'warning',
    params: { text: String(cellAt(ctx.grid, misread.row, col.col)), other: ctx.show(x.otherValue!, style), total: ctx.show(total) },
    fix: x.otherValue!,
  });
  return true;
}

/**
 * A figure typed against its column's separators ("13.025.000" in a column
 * written "12,130.000"): reported at its cell (entries), and its value is
 * in doubt, so no sum that counts it is judged.
 */
function inDoubt(ctx: RuleContext, rows: RowModel[], col: Column): boolean {
  const style = ctx.table.styles.get(col.col);
  if (!style) return false;
  return rows.some((p) => {
    const x = ctx.table.read(p.row, col.col);
    return x.kind === 'number' && (x.evidence === 'vi' || x.evidence === 'us') && x.evidence !== style;
  });
}

function partsRule(ctx: RuleContext, out: Finding[], reported: Set<string>): void {
  const { table, show } = ctx;
  const cols = columnsOf(table, ...SUM_ROLES);
  // Parts by parent and breakdown ("Phân theo giới tính" and "Phân theo thành thị" each add up on their own).
  const children = new Map<string, RowModel[]>();
  for (const r of table.rows) {
    if (r.type !== 'part' || r.parent === undefined) continue;
    const key = `${r.parent}:${r.group ?? ''}`;
    const list = children.get(key);
    if (list) list.push(r);
    else children.set(key, [r]);
  }
  for (const parts of children.values()) {
    const parentRow = parts[0].parent!;
    const parent = rowAt(table, parentRow)!;
    if (parent.rate) continue;
    const unit = parent.unit || parts[0].unit || table.unit || '';
    // Money in a capital plan always adds up.
    const money = table.kind === 'investment';
    if (!money && (!isAdditive(unit, parent.name) || parts.some((p) => p.unit !== '' && p.unit !== unit && !isAdditive(p.unit, p.name)))) continue;
    // "Trong đó: … ; Công trình khác": a breakdown that ends with "the others" is complete.
    const full = parts.length >= 2 && (!parts.some((p) => p.partial) || parts.some((p) => OTHERS.test(p.folded.name)));
    for (const col of cols) {
      const total = numberAt(ctx, parentRow, col);
      if (total === undefined) continue;
      const values = parts.map((p) => numberAt(ctx, p.row, col));
      const present = values.filter((v): v is number => v !== undefined);
      if (!present.length) continue;
      const sum = present.reduce((a, b) => a + b, 0);
      if (!Number.isFinite(sum)) continue;
      // Most parts add up: those (and parts short of a total that is not fully broken down) need no closer look.
      const diff = sum - total;
      const breakdown = full && present.length === parts.length;
      if (Math.abs(diff) <= MIN_TOLERANCE || (diff < 0 && !breakdown)) continue;
      const tol = tolerance([total, ...present]);
      const exceeds = diff > tol;
      if (!exceeds && !(breakdown && Math.abs(diff) > tol)) continue;
      if (misreadAmong(ctx, parts, col, sum, total, tol, reported, out) || inDoubt(ctx, parts, col)) continue;
      // Worded only when there is something to say (most parts add up).
      const params = {
        cells: cellsOf(
          parts.map((p) => p.row),
          col.col
        ),
        sum: show(round(sum)),
        total: show(total),
      };
      out.push({ row: parentRow, col: col.col, code: 'sum-mismatch', message: exceeds ? 'sum-parts-exceed' : 'sum-breakdown', severity: 'error', params });
    }
  }
}

function investmentRule(ctx: RuleContext, out: Finding[], reported: Set<string>): void {
  const { table, show } = ctx;
  const total = columnOf(table, 'total-investment');
  const sources = columnsOf(table, 'central-budget', 'local-budget');
  if (total && sources.length) {
    for (const r of table.rows) {
      if (r.type === 'blank' || r.type === 'label') continue;
      const t = numberAt(ctx, r.row, total);
      const parts = sources.map((s) => numberAt(ctx, r.row, s));
      const present = parts.filter((v): v is number => v !== undefined);
      if (t === undefined || !present.length) continue;
      const sum = present.reduce((a, b) => a + b, 0);
      if (!Number.isFinite(sum)) continue;
      const tol = tolerance([t, ...present]);
      if (sum > t + tol || (present.length === parts.length && Math.abs(sum - t) > tol)) {
        out.push({
          row: r.row,
          col: total.col,
          code: 'sum-mismatch',
          message: 'sum-sources',
          severity: 'error',
          params: { total: show(t), sum: show(round(sum)), cells: sources.map((s) => a1(r.row, s.col)).join(' + ') },
        });
      }
    }
  }
  // Group rows and TỔNG SỐ against their projects.
  const money = columnsOf(
    table,
    'total-investment',
    'central-budget',
    'local-budget',
    'other-budget',
    'allocated',
    'period-plan',
    'year-plan',
    'disbursed',
    'amount'
  );
  const rows = table.rows;
  rows.forEach((g, i) => {
    if (g.type !== 'section' && g.type !== 'total') return;
    const projects: RowModel[] = [];
    if (g.type === 'total' && SUBTOTAL.test(g.folded.name)) {
      // "Cộng" under a group: the group's own projects, back to its heading.
      for (let j = i - 1; j >= 0 && rows[j].type !== 'section' && rows[j].type !== 'total'; j--) if (rows[j].type === 'item') projects.push(rows[j]);
    } else if (g.type === 'total') {
      for (const r of rows) if (r.type === 'item') projects.push(r);
    } else {
      for (let j = i + 1; j < rows.length; j++) {
        const r = rows[j];
        if (r.type === 'total' || (r.type === 'section' && (r.level ?? 1) <= (g.level ?? 1))) break;
        if (r.type === 'item') projects.push(r);
      }
    }
    if (!projects.length) return;
    for (const col of money) {
      const stated = numberAt(ctx, g.row, col);
      if (stated === undefined) continue;
      const values = projects.map((p) => numberAt(ctx, p.row, col)).filter((v): v is number => v !== undefined);
      const sum = values.reduce((a, b) => a + b, 0);
      if (!Number.isFinite(sum)) continue;
      const tol = tolerance([stated, ...values]);
      if (Math.abs(sum - stated) > tol && !misreadAmong(ctx, projects, col, sum, stated, tol, reported, out) && !inDoubt(ctx, projects, col)) {
        out.push({
          row: g.row,
          col: col.col,
          code: 'sum-mismatch',
          message: 'sum-group',
          severity: 'error',
          params: { name: g.name || g.stt, total: show(stated), sum: show(round(sum)), column: col.header.split(' / ').pop() ?? col.header },
        });
      }
    }
  });
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export const sumsRule: Rule = {
  codes: ['sum-mismatch'],
  run(ctx) {
    const out: Finding[] = [];
    const reported = new Set<string>();
    partsRule(ctx, out, reported);
    if (ctx.table.kind === 'investment') investmentRule(ctx, out, reported);
    return out;
  },
};

export type { Table };
