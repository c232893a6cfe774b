/** Values outside what they can be: a share above 100% or below 0, a negative count, a rank above its total. */
import { cellAt } from '../grid';
import { isAdditiveFolded } from '../units';
import type { Finding, Rule } from './types';

const GROWTH = /tang|toc do|so voi|bien dong|chenh lech/;

export const rangesRule: Rule = {
  codes: ['out-of-range'],
  run({ grid, table, show }) {
    const out: Finding[] = [];
    const numeric = table.columns.filter((c) => table.styles.has(c.col) && !c.owned && c.role !== 'ratio' && c.role !== 'completion');
    for (const r of table.rows) {
      if (r.type === 'blank' || r.type === 'label') continue;
      const unit = r.unit.trim();
      const growth = r.rate || GROWTH.test(r.folded.name);
      const share = unit === '%' && !growth;
      const additive = table.kind === 'investment' || isAdditiveFolded(r.folded.unit, r.folded.name);
      for (const c of numeric) {
        const raw = cellAt(grid, r.row, c.col);
        // A real number in range (most cells) needs no reading.
        if (typeof raw === 'number' && Number.isFinite(raw) && !(share && (raw > 100 || raw < 0)) && !(additive && raw < 0)) continue;
        const x = table.read(r.row, c.col);
        if (x.kind !== 'number') continue;
        const at = { row: r.row, col: c.col, code: 'out-of-range', severity: 'error' as const };
        if (x.shape === 'fraction' && x.denominator !== undefined && x.value > x.denominator) {
          out.push({ ...at, message: 'out-of-range-fraction', params: { text: String(raw), value: show(x.value), total: show(x.denominator) } });
        } else if ((share || (x.shape === 'percent' && !growth)) && (x.value > 100 || x.value < 0)) {
          out.push({ ...at, message: 'out-of-range-share', params: { value: show(x.value) } });
        } else if (additive && x.value < 0) {
          out.push({ ...at, message: 'out-of-range-negative', params: { value: show(x.value) } });
        }
      }
    }
    for (const c of table.columns.filter((k) => k.role === 'completion' && !k.owned)) {
      for (const r of table.rows) {
        const x = table.read(r.row, c.col);
        if (x.kind === 'number' && x.value < 0)
          out.push({ row: r.row, col: c.col, code: 'out-of-range', severity: 'error', message: 'out-of-range-share', params: { value: show(x.value) } });
      }
    }
    return out;
  },
};
