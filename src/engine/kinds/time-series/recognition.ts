/**
 * Kind 3, a time series: one indicator or ranking per row, periods across
 * (seed 002: Năm | Năm 2013 … Năm 2018; values like 55/63, 7/63), as
 * statistical yearbooks print it too: a blank top-left cell over the row
 * names, the newest column "Sơ bộ 2021" or "Ước tính 2022", years that
 * skip, months ("12/2008"), half years and quarters. (Tables with the years
 * down the rows are read by years-down.ts.)
 */
import { periodLabel, type PeriodLabel } from '../../periods';
import type { Column, ColumnClass, KindSpec } from '../../table';
import { fold } from '../../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const NAME = /^(nam|chi tieu|noi dung|chi so|ten chi tieu|ten chi so|xep hang|linh vuc|danh muc|don vi hanh chinh|huyen|dia ban)\b/;
const UNIT = /^(don vi tinh|don vi|dvt)\b/;
const NOTE = /^ghi chu\b/;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** How a period's part of the year reads in a column's description ("tháng 12", "quý I", "6 tháng"). */
export function partText(p: PeriodLabel): string | undefined {
  if (!p.part) return undefined;
  if (p.part.startsWith('m')) return `tháng ${p.part.slice(1)}`;
  if (p.part.startsWith('q')) return `quý ${ROMAN[Number(p.part.slice(1)) - 1]}`;
  return `${p.part.slice(0, -1)} tháng`;
}

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  // A period in any of the column's labels (the English row under "12/2006" may be garbled).
  for (const l of labels) {
    const p = periodLabel(l);
    if (p) {
      const out: ColumnClass = { role: 'value', year: p.year };
      const part = partText(p);
      if (part) out.period = part;
      return out;
    }
  }
  const own = fold(labels[labels.length - 1]);
  if (STT.test(own)) return { role: 'stt' };
  if (UNIT.test(own)) return { role: 'unit' };
  if (NOTE.test(own)) return { role: 'note' };
  if (NAME.test(own)) return { role: 'name' };
  return undefined;
}

export const timeSeries: KindSpec = {
  kind: 'time-series',
  isHeaderWord: (f) => periodLabel(f) !== null || STT.test(f) || NAME.test(f) || UNIT.test(f) || NOTE.test(f),
  classify,
  complete(columns: Column[], blankHeaded: number[]) {
    // Yearbooks leave the cell over the row names blank: the column left of
    // the periods that has no label of its own names the rows.
    if (columns.some((c) => c.role === 'name')) return;
    const firstValue = Math.min(...columns.filter((c) => c.role === 'value').map((c) => c.col));
    const col = blankHeaded.filter((c) => c < firstValue && !columns.some((k) => k.col === c)).pop();
    if (col !== undefined) columns.push({ col, role: 'name', header: '' });
    columns.sort((a, b) => a.col - b.col);
  },
  score(columns: Column[]) {
    const periods = new Set(columns.filter((c) => c.role === 'value').map((c) => `${c.year} ${c.period ?? ''}`));
    return columns.some((c) => c.role === 'name') && periods.size >= 3 ? 10 + periods.size : 0;
  },
  needs: [{ anyOf: ['name'] }, { anyOf: ['value'], atLeast: 3 }],
  nameRole: 'name',
  numericRoles: ['value'],
};
