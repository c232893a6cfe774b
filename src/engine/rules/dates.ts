/** Task dates: readable, in order, inside the plan period the title names. */
import { cellAt, formatAt } from '../grid';
import { readPeriod, Span } from '../periods';
import { columnOf } from '../table';
import { cellText } from '../text';
import { word } from '../messages';
import type { Finding, Rule } from './types';

const DATE_FORMAT = /[dmy]/i;

export const datesRule: Rule = {
  codes: ['invalid-date', 'date-order', 'outside-period'],
  run({ grid, table }) {
    if (table.kind !== 'task-list') return [];
    const out: Finding[] = [];
    const start = columnOf(table, 'start');
    const end = columnOf(table, 'end');
    const single = columnOf(table, 'period');
    for (const r of table.rows) {
      if (r.type !== 'item' && r.type !== 'part') continue;
      const spans: Partial<Record<'start' | 'end' | 'period', Span>> = {};
      for (const [key, col] of [
        ['start', start],
        ['end', end],
        ['period', single],
      ] as const) {
        if (!col) continue;
        const raw = cellAt(grid, r.row, col.col);
        const p = readPeriod(raw, DATE_FORMAT.test(formatAt(grid, r.row, col.col).replace(/"[^"]*"/g, '')) && !/general/i.test(formatAt(grid, r.row, col.col)));
        if (p.kind === 'span') spans[key] = p;
        else if (p.kind === 'invalid') {
          const text = cellText(raw);
          if (p.reason === 'unreadable')
            out.push({ row: r.row, col: col.col, code: 'invalid-date', message: 'invalid-date', severity: 'error', params: { text } });
          else
            out.push({
              row: r.row,
              col: col.col,
              code: 'invalid-date',
              message: 'invalid-date-part',
              severity: 'error',
              params: { text, part: word(p.reason) },
            });
        }
      }
      if (spans.start && spans.end && end && spans.end.last < spans.start.first) {
        out.push({
          row: r.row,
          col: end.col,
          code: 'date-order',
          message: 'date-order',
          severity: 'error',
          params: { start: cellText(cellAt(grid, r.row, start!.col)), end: cellText(cellAt(grid, r.row, end.col)) },
        });
      }
      const period = table.period;
      if (period && period.to > period.from) {
        const from = Date.UTC(period.from, 0, 1) / 86400000;
        const to = Date.UTC(period.to, 11, 31) / 86400000;
        for (const [key, col] of [
          ['start', start],
          ['end', end],
          ['period', single],
        ] as const) {
          const s = spans[key];
          if (!s || !col) continue;
          if (s.last < from || s.first > to) {
            out.push({
              row: r.row,
              col: col.col,
              code: 'outside-period',
              message: 'outside-period',
              severity: 'warning',
              params: { text: cellText(cellAt(grid, r.row, col.col)), from: period.from, to: period.to },
            });
          }
        }
      }
    }
    return out;
  },
};
