/**
 * A result measured against its target, in a target-result row: from two
 * figures in their own cells ("Dưới 4" against "3,1"; "Giảm 2,5-3" against
 * "Giảm 6,55") or from two sentences ("Mật độ điện thoại đạt 113,8 máy/100
 * dân" / "Đạt 116,25 máy/100 dân"). The target's bound and the indicator's
 * direction decide what meets it (bounds.ts).
 */
import { boundOf, completion, judge, type Bound, type Verdict } from './bounds';
import { cellAt, type Grid } from './grid';
import { comparableFigures } from './rules/completion';
import type { RowModel, Table } from './table';
import { cellText } from './text';
import type { Direction } from './vocabulary/direction';

export interface Measured {
  target: number;
  result: number;
  bound: Bound;
  direction: Direction;
  verdict: Verdict;
  /** In percent; null where it cannot be a number. */
  completion: number | null;
  /** Both are real numbers and the target is one figure: a live formula can say it. */
  plain: boolean;
}

export function measure(grid: Grid, table: Table, row: RowModel, targetCol: number, resultCol: number): Measured | null {
  const t = table.read(row.row, targetCol);
  const r = table.read(row.row, resultCol);
  if (t.kind === 'number' && r.kind === 'number' && !t.trailing && !r.trailing && r.qualifier !== 'range' && t.shape !== 'fraction' && r.shape !== 'fraction') {
    // "Giảm 2,5-3" against "Giảm 6,55": the sizes of two falls, the larger the better.
    const falls = t.change === 'down' && r.change === 'down';
    const direction: Direction = falls ? 'higher' : row.lowerIsBetter ? 'lower' : 'higher';
    const bound = boundOf(t);
    const value = completion(r.value, bound, direction, row.rate);
    return { target: t.value, result: r.value, bound, direction, verdict: judge(r.value, bound, direction), completion: value, plain: !t.fromText && !r.fromText && bound.kind === 'exact' && !row.rate };
  }
  const pair = comparableFigures(cellText(cellAt(grid, row.row, targetCol)), cellText(cellAt(grid, row.row, resultCol)));
  if (!pair || pair.result.qualifier === 'range') return null;
  const direction: Direction = row.lowerIsBetter ? 'lower' : pair.direction;
  const rate = row.rate || pair.rate;
  return {
    target: pair.target.value,
    result: pair.result.value,
    bound: pair.bound,
    direction,
    verdict: judge(pair.result.value, pair.bound, direction),
    completion: completion(pair.result.value, pair.bound, direction, rate),
    plain: false,
  };
}
