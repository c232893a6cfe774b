/**
 * A result measured against its target, in a target-result row: from two
 * figures in their own cells ("Dưới 4" against "3,1"; "Giảm 2,5-3" against
 * "Giảm 6,55") or from two sentences ("Mật độ điện thoại đạt 113,8 máy/100
 * dân" / "Đạt 116,25 máy/100 dân"). The target's bound and the indicator's
 * direction decide what meets it (bounds.ts).
 */
import { boundFor, completion, judge, withPlannerBound, type Bound, type Verdict } from './bounds';
import { cellAt, type Grid } from './grid';
import { comparableFigures } from './rules/completion';
import type { RowModel, Table } from './table';
import { figuresIn, type Figure } from './sentences';
import { cellText, fold } from './text';
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
    const bound = boundFor(t, row);
    const value = completion(r.value, bound, direction, row.rate);
    return {
      target: t.value,
      result: r.value,
      bound,
      direction,
      verdict: judge(r.value, bound, direction),
      completion: value,
      plain: !t.fromText && !r.fromText && bound.kind === 'exact' && !row.rate,
    };
  }
  const targetText = cellText(cellAt(grid, row.row, targetCol));
  const resultText = cellText(cellAt(grid, row.row, resultCol));
  const pair = comparableFigures(targetText, resultText);
  if (!pair) return boundInName(grid, table, row, targetText, resultText);
  if (pair.result.qualifier === 'range') return null;
  const direction: Direction = row.lowerIsBetter ? 'lower' : pair.direction;
  const rate = row.rate || pair.rate;
  return {
    target: pair.target.value,
    result: pair.result.value,
    bound: withPlannerBound(pair.bound, row),
    direction,
    verdict: judge(pair.result.value, withPlannerBound(pair.bound, row), direction),
    completion: completion(pair.result.value, withPlannerBound(pair.bound, row), direction, rate),
    plain: false,
  };
}

/** A target cell that only cites a regulation ("Theo QĐ 1435", "Theo Thông tư 05"): its number names the text, it is no target. */
const CITATION = /^(?:theo\s+)?(?:qd|quyet dinh|tt|thong tu|nd|nghi dinh|quy dinh|bo tieu chi)\b/;

/**
 * "3.1. Tỷ lệ diện tích … được tưới … đạt từ 80% trở lên", target "Theo QĐ
 * 1435", result "91,2%\n118,3/130": the bound is written in the criterion's
 * own words. Used only when the target cell cites a regulation and the
 * name holds exactly one bounded figure of the result's kind.
 */
function boundInName(grid: Grid, table: Table, row: RowModel, targetText: string, resultText: string): Measured | null {
  const t = fold(targetText).trim();
  if (!CITATION.test(t)) return null;
  const names = table.columns.filter((c) => c.role === 'name').map((c) => cellText(cellAt(grid, row.row, c.col)));
  const bounded = names.flatMap((n) => figuresIn(n)).filter((f) => f.qualifier === 'over' || f.qualifier === 'under');
  if (bounded.length !== 1) return null;
  const result = leadFigure(resultText);
  const target = bounded[0];
  if (!result || result.percent !== target.percent || target.value === 0) return null;
  const bound = boundFor(target, row);
  const direction: Direction = row.lowerIsBetter ? 'lower' : 'higher';
  return {
    target: target.value,
    result: result.value,
    bound,
    direction,
    verdict: judge(result.value, bound, direction),
    completion: completion(result.value, bound, direction, row.rate),
    plain: false,
  };
}

/** The figure a result cell states: its only one, or the percentage typed before the counts it comes from ("91,2%\n118,3/130"). */
function leadFigure(text: string): Figure | null {
  const figs = figuresIn(text);
  if (figs.length === 1) return figs[0];
  if (figs.length === 2 && figs[0].percent && figs[1].percent && /\d\s*\/\s*\d/.test(text)) return figs[0];
  return null;
}
