/**
 * Typed comparison percentages: a "So sánh (%)" cell must equal the ratio
 * its header or numbering row defines ("ƯTH 2018/KH 2018", "9=6/3") within
 * its own rounding. A column may hold growths (8,6) under a header that
 * reads like a ratio (108,6), or the other way round: it is judged from its
 * figures (see comparisons.ts), checked as what it holds, and a cell that
 * holds the other kind is a warning (a mix within one column).
 */
import { cellAt } from '../grid';
import { comparisonOperands, expectedOf, tolerance } from '../comparisons';
import type { Finding, Rule } from './types';

export const ratiosRule: Rule = {
  codes: ['ratio-mismatch'],
  run({ grid, table, show }) {
    const out: Finding[] = [];
    for (const col of table.columns) {
      if (col.role !== 'ratio' || col.owned) continue;
      const ops = comparisonOperands(table, col);
      if (!ops) continue;
      const holds = col.holds ?? (col.ratio?.growth ? 'growth' : 'ratio');
      const label = col.header.split(' / ').pop() ?? col.header;
      for (const row of table.rows) {
        if (row.type === 'blank' || row.type === 'label') continue;
        const raw = cellAt(grid, row.row, col.col);
        if (raw === null) continue; // nothing typed: nothing to compare (most rows)
        const typed = table.read(row.row, col.col);
        if (typed.kind !== 'number') continue;
        const e = expectedOf(table, row, ops);
        if (!e) continue;
        const tol = tolerance(raw);
        const asHeld = holds === 'growth' ? e.growth : e.ratio;
        const other = holds === 'growth' ? e.ratio : e.growth;
        // For lower-is-better rows the form may state either direction.
        const alternatives = [asHeld, ...(row.lowerIsBetter ? [holds === 'growth' ? e.growthInverse : e.ratioInverse] : [])];
        if (alternatives.some((x) => Math.abs(x - typed.value) <= tol)) continue;
        if (Math.abs(other - typed.value) <= tol) {
          // The other kind: a single slip ("4,6" where 104,6 belongs) where the
          // column shows no kind of its own, a mix where it holds the other.
          const single = col.holds === undefined;
          out.push({
            row: row.row,
            col: col.col,
            code: 'ratio-mismatch',
            message: holds === 'ratio' ? 'ratio-is-growth' : 'growth-is-ratio',
            severity: single ? 'error' : 'warning',
            params: { typed: show(typed.value), label, expected: show(Math.round(asHeld * 100) / 100) },
            fix: Math.round(asHeld * 10) / 10,
          });
          continue;
        }
        out.push({
          row: row.row,
          col: col.col,
          code: 'ratio-mismatch',
          message: 'ratio-mismatch',
          severity: 'error',
          params: { typed: show(typed.value), label, expected: show(Math.round(asHeld * 100) / 100) },
          fix: Math.round(asHeld * 10) / 10,
        });
      }
    }
    return out;
  },
};
