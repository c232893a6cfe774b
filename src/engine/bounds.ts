/**
 * Targets that are bounds, and how a result measures up to one.
 *
 * A target is read like any figure ("Dưới 4", "Không quá 3,5", "Trên 90%",
 * "Ít nhất 80", "Khoảng 4", "1-1,5"); its qualifier makes it a bound:
 *
 * | target              | bound   | met when (R the result)   | exceeded when          | completion      |
 * |---------------------|---------|---------------------------|------------------------|-----------------|
 * | 4 / Khoảng 4        | exact   | R = 4                     | R beyond 4 the good way| R/4 (4/R lower) |
 * | Ít nhất 90 (≥ 90)   | floor   | R ≥ 90                    | R > 90                 | R/90            |
 * | Trên 90 (> 90)      | floor   | R > 90                    | R > 90                 | R/90            |
 * | Không quá 4 (≤ 4)   | ceiling | R ≤ 4                     | R < 4                  | 4/R             |
 * | Dưới 4 (< 4)        | ceiling | R < 4                     | R < 4                  | 4/R             |
 * | 1-1,5               | range   | 1 ≤ R ≤ 1,5               | beyond the good end    | R/1 (1,5/R lower)|
 *
 * "The good way" is the indicator's direction (higher or lower is better).
 * So a completion of 100 or more always means the target was met. A floor
 * or ceiling met with room to spare may be called either "Đạt" or "Vượt".
 * An indicator that is itself a growth rate gets a completion only when
 * both figures are above zero (a ratio of rates of opposite signs means
 * nothing); it is still judged met or not by comparing the two.
 */
import type { NumberReading } from './numbers';
import type { Direction } from './vocabulary/direction';

export type BoundKind = 'exact' | 'floor' | 'ceiling' | 'range';

export interface Bound {
  kind: BoundKind;
  /** The figure (a range's low end for 'range'). */
  value: number;
  /** A range's ends. */
  low?: number;
  high?: number;
  /** "Trên 90", "Dưới 4", "< 7,6": the bound itself does not meet it ("Ít nhất 90", "Không quá 4" do). */
  strict?: boolean;
}

/** The bound a target figure states. */
export function boundOf(r: Pick<NumberReading, 'value' | 'qualifier' | 'low' | 'high' | 'strict'>): Bound {
  if (r.qualifier === 'range' && r.low !== undefined && r.high !== undefined) return { kind: 'range', value: r.low, low: r.low, high: r.high };
  if (r.qualifier === 'over' || r.qualifier === 'under') {
    const b: Bound = { kind: r.qualifier === 'over' ? 'floor' : 'ceiling', value: r.value };
    if (r.strict) b.strict = true;
    return b;
  }
  return { kind: 'exact', value: r.value };
}

/** The bound of a row's target: as its words say, unless the planner said otherwise for the row (a range stays a range). */
export function boundFor(r: Pick<NumberReading, 'value' | 'qualifier' | 'low' | 'high' | 'strict'>, row: { bound?: 'floor' | 'ceiling' | 'exact' }): Bound {
  return withPlannerBound(boundOf(r), row);
}

/** A bound as the planner stated it for the row, over the one read from the words. */
export function withPlannerBound(b: Bound, row: { bound?: 'floor' | 'ceiling' | 'exact' }): Bound {
  if (!row.bound || b.kind === 'range' || row.bound === b.kind) return b;
  return { kind: row.bound, value: b.value };
}

export type Verdict = 'exceeded' | 'met' | 'not-met';

/** Two figures equal up to binary noise (figures are typed with a few decimals). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * How a result measures up to a target bound. For a floor or a ceiling
 * kept with room to spare the verdict is 'exceeded' (and "Đạt" is as right
 * as "Vượt"); at the bound itself it is 'met'.
 */
export function judge(result: number, b: Bound, dir: Direction): Verdict {
  const better = (x: number, than: number) => (dir === 'lower' ? x < than : x > than);
  switch (b.kind) {
    case 'floor':
      if (same(result, b.value)) return b.strict ? 'not-met' : 'met';
      return result > b.value ? 'exceeded' : 'not-met';
    case 'ceiling':
      if (same(result, b.value)) return b.strict ? 'not-met' : 'met';
      return result < b.value ? 'exceeded' : 'not-met';
    case 'range': {
      const low = b.low!;
      const high = b.high!;
      if ((result > low || same(result, low)) && (result < high || same(result, high))) return 'met';
      const goodEnd = dir === 'lower' ? low : high;
      return better(result, goodEnd) ? 'exceeded' : 'not-met';
    }
    default:
      return same(result, b.value) ? 'met' : better(result, b.value) ? 'exceeded' : 'not-met';
  }
}

/**
 * Completion in percent of a target bound by a result (see the table
 * above); null when it cannot be a number (a zero or negative divisor, or
 * a growth-rate indicator with a figure at or below zero).
 */
export function completion(result: number, b: Bound, dir: Direction, rate = false): number | null {
  if (rate && (result <= 0 || b.value <= 0 || (b.high !== undefined && b.high <= 0))) return null;
  let top: number;
  let bottom: number;
  switch (b.kind) {
    case 'floor':
      [top, bottom] = [result, b.value];
      break;
    case 'ceiling':
      [top, bottom] = [b.value, result];
      break;
    case 'range':
      [top, bottom] = dir === 'lower' ? [b.high!, result] : [result, b.low!];
      break;
    default:
      [top, bottom] = dir === 'lower' ? [b.value, result] : [result, b.value];
  }
  if (bottom <= 0 || top < 0) return null;
  const x = (top / bottom) * 100;
  return Number.isFinite(x) ? x : null;
}
