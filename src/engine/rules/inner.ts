/**
 * A percentage typed together with the counts it comes from, in one cell:
 * "91,2%\n(118,3/130)", "100% (11,7km/11,7km)". The two must agree, within
 * the rounding of the percentage.
 */
import { cellAt } from '../grid';
import { readNumeral } from '../numbers';
import { fold } from '../text';
import type { Finding, Rule } from './types';

const INNER = /^(\d[\d.,]*)\s*%\s*\(?\s*(\d[\d.,]*)\s*[a-z]*\s*\/\s*(\d[\d.,]*)\s*[a-z]*\s*\)?$/;

export const innerRatioRule: Rule = {
  codes: ['ratio-mismatch'],
  run({ grid, table, show }) {
    const out: Finding[] = [];
    const cols = table.columns.filter((c) => !c.owned && c.role !== 'stt' && c.role !== 'name' && c.role !== 'note');
    for (const r of table.rows) {
      if (r.type !== 'item' && r.type !== 'part') continue;
      for (const c of cols) {
        const v = cellAt(grid, r.row, c.col);
        if (typeof v !== 'string' || !v.includes('%') || !v.includes('/')) continue;
        const m = INNER.exec(fold(v));
        if (!m) continue;
        const [p, a, b] = [readNumeral(m[1], 'vi'), readNumeral(m[2], 'vi'), readNumeral(m[3], 'vi')];
        if (!p || !a || !b || b.value === 0) continue;
        const expected = (a.value / b.value) * 100;
        const decimals = /[.,](\d+)$/.exec(m[1])?.[1].length ?? 0;
        if (Math.abs(expected - p.value) <= 0.5 * 10 ** -decimals + 1e-9) continue;
        out.push({
          row: r.row,
          col: c.col,
          code: 'ratio-mismatch',
          message: 'inner-ratio',
          severity: 'error',
          params: { typed: show(p.value), a: show(a.value), b: show(b.value), expected: show(Math.round(expected * 100) / 100) },
        });
      }
    }
    return out;
  },
};
