/**
 * A change stated with its end figure, in the result of one year: "dự kiến
 * giảm 24,13% còn 88 người", "tăng 12% lên 1.250 thuê bao". Its start is the
 * same row's figure of the year before (the nearest earlier column of the
 * same role with a figure of that unit: "13 phòng, ban, 116 người"). The
 * percentage must follow from the two within its rounding, and "tăng" must
 * be a rise, "giảm" a fall.
 */
import { a1, cellAt } from '../grid';
import { readNumeral } from '../numbers';
import { figuresIn } from '../sentences';
import type { Column } from '../table';
import { cellText, fold } from '../text';
import type { Finding, Rule } from './types';

/** "giảm 24,13% còn 88 người", "tăng 12 % lên 1.250 thuê bao" (folded). */
const CHANGE = /\b(tang|giam)\s+(\d[\d.,]*)\s*%\s*,?\s*(?:con|len|xuong con|xuong|len den|dat|thanh)\s+(\d[\d.,]*)\s*(\p{L}+)?/u;

/** The figure of `unit` in a cell's text, when there is exactly one. */
function figureOf(text: string, unit: string | undefined): number | null {
  const figures = figuresIn(text).filter((f) => !f.percent);
  const matching = unit ? figures.filter((f) => f.unit.split(/[\s,.;]+/).filter(Boolean)[0] === unit) : figures;
  if (matching.length === 1) return matching[0].value;
  return !unit && figures.length === 1 ? figures[0].value : null;
}

export const changesRule: Rule = {
  codes: ['ratio-mismatch'],
  run({ grid, table, show }) {
    if (table.kind !== 'target-result' && table.kind !== 'time-series') return [];
    const role = table.kind === 'target-result' ? 'result' : 'value';
    const cols: Column[] = table.columns.filter((c) => c.role === role && c.year !== undefined && !c.owned).sort((a, b) => a.year! - b.year! || a.col - b.col);
    if (cols.length < 2) return [];
    const out: Finding[] = [];
    for (const r of table.rows) {
      if (r.type !== 'item' && r.type !== 'part') continue;
      cols.forEach((c, k) => {
        if (k === 0) return;
        const text = cellText(cellAt(grid, r.row, c.col));
        if (!text.includes('%')) return;
        const m = CHANGE.exec(fold(text));
        if (!m) return;
        const typed = readNumeral(m[2], 'vi');
        const end = readNumeral(m[3], 'vi');
        if (!typed || !end) return;
        // The start: the nearest earlier year with a figure of the same unit.
        let start: number | null = null;
        let startCol: Column | undefined;
        for (let j = k - 1; j >= 0 && start === null; j--) {
          start = figureOf(cellText(cellAt(grid, r.row, cols[j].col)), m[4]);
          startCol = cols[j];
        }
        if (start === null || start === 0 || !startCol) return;
        const rise = m[1] === 'tang';
        const change = ((end.value - start) / start) * 100;
        const decimals = /[.,](\d+)$/.exec(m[2])?.[1].length ?? 0;
        const wrongWay = rise ? end.value < start : end.value > start;
        if (!wrongWay && Math.abs(Math.abs(change) - typed.value) <= 0.5 * 10 ** -decimals + 1e-9) return;
        out.push({
          row: r.row,
          col: c.col,
          code: 'ratio-mismatch',
          message: wrongWay ? 'change-wrong-way' : 'change-sentence',
          severity: 'error',
          params: {
            text: text.replace(/\s+/g, ' '),
            typed: show(typed.value),
            start: show(start),
            startCell: a1(r.row, startCol.col),
            end: show(end.value),
            expected: show(Math.round(Math.abs(change) * 100) / 100),
          },
        });
      });
    }
    return out;
  },
};
