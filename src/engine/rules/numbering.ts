/** The same TT twice at one level (numbering restarts under each section). */
import { columnOf } from '../table';
import type { Finding, Rule } from './types';

export const numberingRule: Rule = {
  codes: ['duplicate-number'],
  run({ table }) {
    const stt = columnOf(table, 'stt');
    if (!stt) return [];
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    const sections = new Map<string, number>();
    for (const r of table.rows) {
      const key = r.stt.replace(/[.)]+$/, '').trim();
      if (r.type === 'section') {
        // Sections are numbered at their own level (A, B / I, II).
        seen.clear();
        const level = `${r.level ?? 0}:${key}`;
        if (key && sections.has(level)) out.push({ row: r.row, col: stt.col, code: 'duplicate-number', message: 'duplicate-number', severity: 'warning', params: { stt: key, first: sections.get(level)! + 1 } });
        else if (key) sections.set(level, r.row);
        if ((r.level ?? 0) === 1) for (const k of [...sections.keys()]) if (!k.startsWith('1:')) sections.delete(k);
        continue;
      }
      if (r.type === 'total') {
        seen.clear();
        continue;
      }
      if (r.type !== 'item' || !/^\d+(\.\d+)*$/.test(key)) continue;
      if (seen.has(key)) out.push({ row: r.row, col: stt.col, code: 'duplicate-number', message: 'duplicate-number', severity: 'warning', params: { stt: key, first: seen.get(key)! + 1 } });
      else seen.set(key, r.row);
    }
    return out;
  },
};
