/**
 * Typed comparison percentages: a "So sánh (%)" cell must equal the ratio
 * its header defines ("ƯTH 2018/KH 2018") within its own rounding.
 */
import { cellAt } from '../grid';
import type { Column } from '../table';
import { readCell } from '../numbers';
import type { Quantity } from '../report';
import type { Finding, Rule } from './types';

function same(c: Column, q: Quantity): boolean {
  return c.role === q.role && c.year === q.year && (c.period ?? '') === (q.period ?? '') && !c.owned;
}

/** Half a unit of the last decimal the planner typed (0.5 for "125"). */
function tolerance(raw: unknown): number {
  const s = typeof raw === 'number' ? String(raw) : String(raw ?? '');
  const m = /[.,](\d+)\s*%?$/.exec(s.trim());
  const decimals = m ? Math.min(m[1].length, 6) : 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

export const ratiosRule: Rule = {
  codes: ['ratio-mismatch'],
  run({ grid, table, show }) {
    const out: Finding[] = [];
    if (table.kind !== 'indicator-plan') return [];
    for (const col of table.columns) {
      if (col.role !== 'ratio' || !col.ratio || col.owned) continue;
      const num = table.columns.find((c) => same(c, col.ratio!.numerator));
      const den = table.columns.find((c) => same(c, col.ratio!.denominator));
      if (!num || !den) continue;
      for (const row of table.rows) {
        if (row.type === 'blank' || row.type === 'label') continue;
        const raw = cellAt(grid, row.row, col.col);
        if (raw === null) continue; // nothing typed: nothing to compare (most rows)
        const typed = table.read(row.row, col.col);
        if (typed.kind !== 'number') continue;
        const a = table.read(row.row, num.col);
        const b = table.read(row.row, den.col);
        if (a.kind !== 'number' || b.kind !== 'number' || b.value === 0 || a.value === 0) continue;
        const ratio = a.value / b.value;
        const expected = col.ratio.growth ? (ratio - 1) * 100 : ratio * 100;
        if (!Number.isFinite(expected)) continue;
        // For lower-is-better rows the form may state either direction.
        const alternatives = row.lowerIsBetter ? [expected, col.ratio.growth ? (1 / ratio - 1) * 100 : 100 / ratio] : [expected];
        const tol = tolerance(raw);
        if (alternatives.some((x) => Math.abs(x - typed.value) <= tol)) continue;
        const label = col.header.split(' / ').pop() ?? col.header;
        // "4,6" typed where the form asks for "104,6": a growth in a ratio column.
        const mixed = !col.ratio.growth && Math.abs(expected - 100 - typed.value) <= tol;
        out.push({
          row: row.row,
          col: col.col,
          code: 'ratio-mismatch',
          message: mixed ? 'ratio-is-growth' : 'ratio-mismatch',
          severity: 'error',
          params: { typed: show(typed.value), label, expected: show(Math.round(expected * 100) / 100) },
          fix: Math.round(expected * 10) / 10,
        });
      }
    }
    return out;
  },
};
