/**
 * Capital a project cannot exceed: cumulative allocation, or cumulative
 * allocation plus this year's plan, above its total investment; and
 * disbursement above the year's plan.
 */
import { columnOf } from '../table';
import type { Finding, Rule } from './types';

export const capitalRule: Rule = {
  codes: ['exceeds-total'],
  run({ table, show }) {
    if (table.kind !== 'investment') return [];
    const out: Finding[] = [];
    const total = columnOf(table, 'total-investment');
    const allocated = columnOf(table, 'allocated');
    const plan = columnOf(table, 'year-plan');
    const disbursed = columnOf(table, 'disbursed');
    const num = (row: number, c?: { col: number }) => {
      if (!c) return undefined;
      const x = table.read(row, c.col);
      return x.kind === 'number' ? x.value : undefined;
    };
    for (const r of table.rows) {
      if (r.type !== 'item') continue;
      const t = num(r.row, total);
      const a = num(r.row, allocated);
      const p = num(r.row, plan);
      const d = num(r.row, disbursed);
      const at = { row: r.row, code: 'exceeds-total', severity: 'error' as const };
      if (t !== undefined && a !== undefined && a > t) {
        out.push({ ...at, col: allocated!.col, message: 'exceeds-allocated', params: { allocated: show(a), total: show(t) } });
      } else if (t !== undefined && a !== undefined && p !== undefined && a + p > t + 1e-9) {
        out.push({ ...at, col: plan!.col, message: 'exceeds-allocated-plan', params: { allocated: show(a), plan: show(p), sum: show(a + p), total: show(t) } });
      }
      if (d !== undefined && p !== undefined && p > 0 && d > p + 1e-9) {
        out.push({
          ...at,
          col: disbursed!.col,
          message: 'exceeds-disbursed',
          params: { disbursed: show(d), plan: show(p), rate: show(Math.round((d / p) * 1000) / 10) },
        });
      }
    }
    return out;
  },
};
