/**
 * A typed completion in a target-result table against the numbers of its
 * sentences: result ÷ target × 100 (target ÷ result for lower-is-better
 * targets). A typed 100% for a target exceeded is accepted: planners cap
 * completion at 100.
 */
import { cellAt } from '../grid';
import { readCell } from '../numbers';
import { boundOf, completion, type Bound } from '../bounds';
import { figuresIn, type Figure } from '../sentences';
import { directionOf, type Direction } from '../vocabulary/direction';
import { isRateName } from '../vocabulary/rates';
import { targetPairs } from '../kinds/target-result/recognition';
import { measure } from '../targets';
import { columnOf } from '../table';
import { fold } from '../text';
import type { Finding, Rule } from './types';

export const completionRule: Rule = {
  codes: ['ratio-mismatch'],
  run({ grid, table, show }) {
    if (table.kind !== 'target-result') return [];
    const completionCol = columnOf(table, 'completion');
    const pair = targetPairs(table)[0];
    if (!pair || !completionCol) return [];
    const out: Finding[] = [];
    for (const r of table.rows) {
      if (r.type === 'blank' || r.type === 'label') continue;
      const m = measure(grid, table, r, pair.target.col, pair.result.col);
      if (!m || m.completion === null || m.completion === 0) continue;
      const expected = m.completion;
      const raw = cellAt(grid, r.row, completionCol.col);
      const typed = readCell(raw, table.styles.get(completionCol.col));
      if (typed.kind !== 'number' || typed.qualifier) continue;
      const value = typeof raw === 'number' && typed.shape !== 'percent' && raw <= 1.5 && expected > 1.5 ? raw * 100 : typed.value;
      const tol = /[.,]\d/.test(String(raw)) ? 0.05 : 0.5;
      const capped = Math.abs(value - 100) < 1e-9 && expected >= 100;
      if (capped || Math.abs(value - expected) <= tol) continue;
      out.push({
        row: r.row,
        col: completionCol.col,
        code: 'ratio-mismatch',
        message: 'completion-mismatch',
        severity: 'error',
        params: { typed: show(value), result: show(m.result), target: show(m.target), expected: show(Math.round(expected * 100) / 100) },
        fix: Math.round(expected * 10) / 10,
      });
    }
    return out;
  },
};

/** Completion from a target and a result sentence, when each holds one comparable figure (the target's bound words count: see bounds.ts). */
export function expectedCompletion(targetText: string, resultText: string): { value: number; target: number; result: number } | null {
  const pair = comparableFigures(targetText, resultText);
  if (!pair) return null;
  const { target, result, bound, direction, rate } = pair;
  const value = completion(result.value, bound, direction, rate);
  if (value === null || value === 0) return null;
  return { value, target: target.value, result: result.value };
}

/** The one comparable figure of a target and of a result sentence, the target's bound and the direction. */
export function comparableFigures(
  targetText: string,
  resultText: string
): { target: Figure; result: Figure; bound: Bound; direction: Direction; rate: boolean } | null {
  const t = figuresIn(targetText);
  const r = figuresIn(resultText);
  if (t.length !== 1 || r.length !== 1) return null;
  const [a, b] = [t[0], r[0]];
  if (a.percent !== b.percent) return null;
  if (!a.percent && a.unit && b.unit && a.unit.split(' ')[0] !== b.unit.split(' ')[0]) return null;
  if (a.value === 0 || b.value === 0) return null;
  const folded = fold(targetText);
  return { target: a, result: b, bound: boundOf(a), direction: directionOf(folded).direction, rate: isRateName(folded) };
}
