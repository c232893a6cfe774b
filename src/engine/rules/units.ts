/** Every indicator names its unit (ĐVT). */
import type { Finding, Rule } from './types';

export const unitsRule: Rule = {
  codes: ['missing-value'],
  run({ table }) {
    const unit = table.columns.find((c) => c.role === 'unit');
    if (!unit) return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      if ((row.type === 'indicator' || row.type === 'part') && row.name !== '' && row.unit === '') {
        out.push({ row: row.row, col: unit.col, code: 'missing-value', message: 'missing-unit', severity: 'warning', params: { name: row.name } });
      }
    }
    return out;
  },
};
