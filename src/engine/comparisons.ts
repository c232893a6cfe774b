/**
 * Comparison columns ("So sánh (%)", "Thực hiện giải ngân/kế hoạch (%)"):
 * which two columns they divide — named by the header ("ƯTH 2018/KH 2018")
 * or by the numbering row ("8=6/5", "9=6/3") — and what their typed figures
 * hold: ratios ("bằng 108,6%") or growths ("tăng 8,6%"). A column holds
 * growths when at least two of its figures are the growth of their row and
 * more are growths than ratios; else ratios, unless its header says growth.
 * One odd cell does not decide a column (it is the slip to report).
 */
import type { Quantity } from './report';
import type { Column, RowModel, Table } from './table';

export interface Operands {
  num: Column;
  den: Column;
}

function same(c: Column, q: Quantity): boolean {
  return c.role === q.role && c.year === q.year && (c.period ?? '') === (q.period ?? '') && !c.owned;
}

/** "9=6/3": the columns numbered 6 and 3. */
function byNumbering(t: Pick<Table, 'columns'>, col: Column): Operands | null {
  const m = col.numbering && /=\s*\(?\s*(\d{1,2})\s*\)?\s*[/:]\s*\(?\s*(\d{1,2})\s*\)?\s*(?:[x×*]\s*100)?\s*$/.exec(col.numbering);
  if (!m) return null;
  const find = (n: string) => t.columns.find((c) => !c.owned && c.numbering !== undefined && /^\(?\s*(\d{1,2})/.exec(c.numbering)?.[1] === n);
  const num = find(m[1]);
  const den = find(m[2]);
  return num && den && num !== col && den !== col ? { num, den } : null;
}

export function comparisonOperands(t: Pick<Table, 'columns'>, col: Column): Operands | null {
  if (col.ratio) {
    const num = t.columns.find((c) => same(c, col.ratio!.numerator));
    const den = t.columns.find((c) => same(c, col.ratio!.denominator));
    if (num && den) return { num, den };
  }
  return byNumbering(t, col);
}

/** Half a unit of the last decimal the planner typed (0.5 for "125"). */
export function tolerance(raw: unknown): number {
  const s = typeof raw === 'number' ? String(raw) : String(raw ?? '');
  const m = /[.,](\d+)\s*%?$/.exec(s.trim());
  const decimals = m ? Math.min(m[1].length, 6) : 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** What a row's operands give, as a ratio and as a growth (and inverted, for lower-is-better rows). */
export function expectedOf(t: Table, row: RowModel, ops: Operands): { ratio: number; growth: number; ratioInverse: number; growthInverse: number } | null {
  const a = t.read(row.row, ops.num.col);
  const b = t.read(row.row, ops.den.col);
  if (a.kind !== 'number' || b.kind !== 'number' || b.value === 0) return null;
  const q = a.value / b.value;
  if (!Number.isFinite(q)) return null;
  return { ratio: q * 100, growth: (q - 1) * 100, ratioInverse: a.value === 0 ? NaN : 100 / q, growthInverse: a.value === 0 ? NaN : (1 / q - 1) * 100 };
}

/** Judge what each comparison column of a table holds, from its figures. */
export function judgeComparisons(t: Table, raw: (row: number, col: number) => unknown): void {
  for (const col of t.columns) {
    if (col.role !== 'ratio' || col.owned) continue;
    const ops = comparisonOperands(t, col);
    let ratio = 0;
    let growth = 0;
    if (ops) {
      for (const row of t.rows) {
        if (row.type === 'blank' || row.type === 'label') continue;
        const v = raw(row.row, col.col);
        if (v === null || v === undefined) continue;
        const typed = t.read(row.row, col.col);
        const e = typed.kind === 'number' ? expectedOf(t, row, ops) : null;
        if (!e || typed.kind !== 'number') continue;
        const tol = tolerance(v);
        const isRatio = Math.abs(e.ratio - typed.value) <= tol;
        const isGrowth = Math.abs(e.growth - typed.value) <= tol;
        if (isRatio && !isGrowth) ratio++;
        else if (isGrowth && !isRatio) growth++;
      }
    }
    if (growth >= 2 && growth > ratio) col.holds = 'growth';
    else if (ratio >= 2 && ratio >= growth) col.holds = 'ratio';
  }
}
