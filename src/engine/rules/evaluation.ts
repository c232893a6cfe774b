/**
 * Evaluation words against the figures: "Đạt", "Vượt", "Hoàn thành" where
 * the result falls short of its target, "Không đạt" / "Chưa đạt" where it
 * reaches it, "Vượt" where it only equals it. The words sit in an "Đánh
 * giá" column or at the start of a Ghi chú. The target may be a bound
 * ("Dưới 4", "Trên 90", "1-1,5"): see bounds.ts for what meets it.
 */
import { boundFor, judge, type Bound, type Verdict } from '../bounds';
import { cellAt } from '../grid';
import { readCell } from '../numbers';
import { completionPairs } from '../kinds/indicator-plan/recognition';
import { targetPairs } from '../kinds/target-result/recognition';
import type { NumberParam } from '../messages';
import { measure } from '../targets';
import type { Column, RowModel, Table } from '../table';
import { cellText, fold } from '../text';
import { claimMismatch, evaluationClaim } from '../vocabulary/evaluation';
import type { Finding, Rule, RuleContext } from './types';

interface Judged {
  result: number;
  bound: Bound;
  verdict: Verdict;
}

/** Result against target of an indicator-plan row: the latest year with both a plan and a result. */
/** Two sub-indicators typed on two lines of each cell ("7,6\n10,4" against "< 7,6\n<10,4"): judged line by line. */
function byLines(ctx: RuleContext, row: RowModel, planCol: number, resultCol: number): Judged | null {
  const lines = (col: number) => {
    const v = cellAt(ctx.grid, row.row, col);
    return typeof v === 'string'
      ? v
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .map((l) => readCell(l, ctx.table.styles.get(col)))
      : [];
  };
  const p = lines(planCol);
  const r = lines(resultCol);
  if (p.length < 2 || p.length !== r.length) return null;
  let worst: Judged | null = null;
  const rank: Record<Verdict, number> = { 'not-met': 0, met: 1, exceeded: 2 };
  for (let i = 0; i < p.length; i++) {
    const a = p[i];
    const b = r[i];
    if (a.kind !== 'number' || b.kind !== 'number') return null;
    const bound = boundFor(a, row);
    const j: Judged = { result: b.value, bound, verdict: judge(b.value, bound, row.lowerIsBetter ? 'lower' : 'higher') };
    if (!worst || rank[j.verdict] < rank[worst.verdict]) worst = j;
  }
  return worst;
}

function planRow(ctx: RuleContext, row: RowModel, pairs: ReturnType<typeof completionPairs>): Judged | null {
  for (let i = pairs.length - 1; i >= 0; i--) {
    const lined = byLines(ctx, row, pairs[i].plan.col, pairs[i].result.col);
    if (lined) return lined;
    const p = ctx.table.read(row.row, pairs[i].plan.col);
    const r = ctx.table.read(row.row, pairs[i].result.col);
    if (p.kind !== 'number' || r.kind !== 'number' || r.qualifier === 'range' || p.shape === 'fraction' || r.shape === 'fraction') continue;
    const bound = boundFor(p, row);
    return { result: r.value, bound, verdict: judge(r.value, bound, row.lowerIsBetter ? 'lower' : 'higher') };
  }
  return null;
}

/** Result against target of a target-result row, from its two cells (figures or sentences). */
function targetRow(ctx: RuleContext, row: RowModel, target: Column, result: Column): Judged | null {
  const m = measure(ctx.grid, ctx.table, row, target.col, result.col);
  return m && { result: m.result, bound: m.bound, verdict: m.verdict };
}

/** A bound in symbols every language reads: "4", "≥ 90", "≤ 4", "1–1,5". */
function boundParam(b: Bound, show: (x: number) => NumberParam): NumberParam {
  switch (b.kind) {
    case 'floor':
      return { ...show(b.value), sign: '≥' };
    case 'ceiling':
      return { ...show(b.value), sign: '≤' };
    case 'range':
      return { ...show(b.low!), to: b.high! };
    default:
      return show(b.value);
  }
}

function wordColumns(t: Table): Column[] {
  return t.columns.filter((c) => (c.role === 'evaluation' || c.role === 'note') && !c.owned);
}

export const evaluationRule: Rule = {
  codes: ['evaluation-mismatch'],
  run(ctx) {
    const { table, grid, show } = ctx;
    if (table.kind !== 'indicator-plan' && table.kind !== 'target-result') return [];
    const columns = wordColumns(table);
    if (!columns.length) return [];
    const pairs = table.kind === 'indicator-plan' ? completionPairs(table) : [];
    const pair = targetPairs(table)[0];
    const target = pair?.target;
    const result = pair?.result;
    if (table.kind === 'indicator-plan' ? !pairs.length : !target || !result) return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.type !== 'item' && row.type !== 'part') continue;
      let judged: Judged | null | undefined;
      for (const col of columns) {
        const text = cellText(cellAt(grid, row.row, col.col));
        if (!text) continue;
        const claim = evaluationClaim(fold(text));
        if (!claim) continue;
        if (judged === undefined) judged = table.kind === 'indicator-plan' ? planRow(ctx, row, pairs) : targetRow(ctx, row, target!, result!);
        if (!judged) break;
        const severity = claimMismatch(claim, judged.verdict);
        if (!severity) continue;
        out.push({
          row: row.row,
          col: col.col,
          code: 'evaluation-mismatch',
          message: severity === 'warning' ? 'evaluation-only-met' : judged.verdict === 'not-met' ? 'evaluation-not-met' : 'evaluation-met',
          severity,
          params: { text, result: show(judged.result), target: boundParam(judged.bound, show) },
        });
      }
    }
    return out;
  },
};
