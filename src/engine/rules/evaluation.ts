/**
 * Evaluation words against the figures: "Đạt", "Vượt", "Hoàn thành" where
 * the result falls short of its target, "Không đạt" / "Chưa đạt" where it
 * reaches it, "Vượt" where it only equals it. The words sit in an "Đánh
 * giá" column or at the start of a Ghi chú. The target may be a bound
 * ("Dưới 4", "Trên 90", "1-1,5"): see bounds.ts for what meets it.
 */
import { boundOf, judge, type Bound, type Verdict } from '../bounds';
import { cellAt } from '../grid';
import { completionPairs } from '../kinds/indicator-plan';
import { comparableFigures } from './completion';
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
function planRow(ctx: RuleContext, row: RowModel, pairs: ReturnType<typeof completionPairs>): Judged | null {
  for (let i = pairs.length - 1; i >= 0; i--) {
    const p = ctx.table.read(row.row, pairs[i].plan.col);
    const r = ctx.table.read(row.row, pairs[i].result.col);
    if (p.kind !== 'number' || r.kind !== 'number' || r.qualifier === 'range' || p.shape === 'fraction' || r.shape === 'fraction') continue;
    const bound = boundOf(p);
    return { result: r.value, bound, verdict: judge(r.value, bound, row.lowerIsBetter ? 'lower' : 'higher') };
  }
  return null;
}

/** Result against target of a target-result row, from its two cells (figures or sentences). */
function targetRow(ctx: RuleContext, row: RowModel, target: Column, result: Column): Judged | null {
  const t = ctx.table.read(row.row, target.col);
  const r = ctx.table.read(row.row, result.col);
  const name = row.folded.name;
  const direction = row.lowerIsBetter ? 'lower' : 'higher';
  // Figures in their own cells ("4,5" against "3,8"), the unit in a column of its own.
  if (t.kind === 'number' && r.kind === 'number' && !t.trailing && !r.trailing && r.qualifier !== 'range') {
    const bound = boundOf(t);
    return { result: r.value, bound, verdict: judge(r.value, bound, direction) };
  }
  const pair = comparableFigures(cellText(cellAt(ctx.grid, row.row, target.col)), cellText(cellAt(ctx.grid, row.row, result.col)));
  if (!pair || pair.result.qualifier === 'range') return null;
  const dir = name && row.lowerIsBetter ? 'lower' : pair.direction;
  return { result: pair.result.value, bound: pair.bound, verdict: judge(pair.result.value, pair.bound, dir) };
}

/** A bound in symbols every language reads: "4", "≥ 90", "≤ 4", "1–1,5". */
function boundText(b: Bound, show: (x: number) => string): string {
  switch (b.kind) {
    case 'floor':
      return `≥ ${show(b.value)}`;
    case 'ceiling':
      return `≤ ${show(b.value)}`;
    case 'range':
      return `${show(b.low!)}–${show(b.high!)}`;
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
    const target = table.columns.find((c) => c.role === 'target' && !c.owned);
    const result = table.columns.find((c) => c.role === 'result' && !c.owned);
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
          params: { text, result: show(judged.result), target: boundText(judged.bound, show) },
        });
      }
    }
    return out;
  },
};
