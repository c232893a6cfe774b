/** Values a row cannot do without: an indicator's unit, a task's owner and dates, a project's total. */
import { cellAt, isBlank } from '../grid';
import { columnOf } from '../table';
import { word } from '../messages';
import type { Finding, Rule } from './types';

export const missingRule: Rule = {
  codes: ['missing-value'],
  run({ grid, table }) {
    const out: Finding[] = [];
    const items = table.rows.filter((r) => r.type === 'item' || (r.type === 'part' && table.kind === 'indicator-plan'));
    const blank = (row: number, col: number) => isBlank(cellAt(grid, row, col));
    const unit = columnOf(table, 'unit');
    if (unit && (table.kind === 'indicator-plan' || table.kind === 'time-series')) {
      for (const r of items) {
        if (r.name !== '' && r.unit === '')
          out.push({ row: r.row, col: unit.col, code: 'missing-value', message: 'missing-unit', severity: 'warning', params: { name: r.name } });
      }
    }
    if (table.kind === 'task-list') {
      const owner = columnOf(table, 'owner');
      const start = columnOf(table, 'start');
      const end = columnOf(table, 'end');
      for (const r of items) {
        if (r.name === '') continue;
        if (owner && blank(r.row, owner.col))
          out.push({ row: r.row, col: owner.col, code: 'missing-value', message: 'missing-owner', severity: 'warning', params: { name: r.name } });
        for (const [col, what] of [
          [start, 'start'],
          [end, 'end'],
        ] as const) {
          if (col && blank(r.row, col.col)) {
            out.push({
              row: r.row,
              col: col.col,
              code: 'missing-value',
              message: 'missing-date',
              severity: 'warning',
              params: { name: r.name, what: word(what) },
            });
          }
        }
      }
    }
    if (table.kind === 'investment') {
      const total = columnOf(table, 'total-investment');
      if (total) {
        for (const r of items) {
          if (r.name !== '' && blank(r.row, total.col))
            out.push({ row: r.row, col: total.col, code: 'missing-value', message: 'missing-total', severity: 'warning', params: { name: r.name } });
        }
      }
    }
    return out;
  },
};
