/**
 * Kind 3, a time series: one indicator or ranking per row, years across
 * (seed 002: Năm | Năm 2013 … Năm 2018; values like 55/63, 7/63).
 */
import type { Column, ColumnClass, KindSpec } from '../table';
import { fold } from '../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const YEAR = /^(nam )?((?:19|20)\d{2})$/;
const NAME = /^(nam|chi tieu|noi dung|chi so|ten chi tieu|ten chi so|xep hang|linh vuc)\b/;
const UNIT = /^(don vi tinh|don vi|dvt)\b/;
const NOTE = /^ghi chu\b/;

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const own = fold(labels[labels.length - 1]);
  const year = YEAR.exec(own);
  if (year) return { role: 'value', year: Number(year[2]) };
  if (STT.test(own)) return { role: 'stt' };
  if (UNIT.test(own)) return { role: 'unit' };
  if (NOTE.test(own)) return { role: 'note' };
  if (NAME.test(own)) return { role: 'name' };
  return undefined;
}

export const timeSeries: KindSpec = {
  kind: 'time-series',
  isHeaderWord: (f) => YEAR.test(f) || STT.test(f) || NAME.test(f) || UNIT.test(f) || NOTE.test(f),
  classify,
  score(columns: Column[]) {
    const years = new Set(columns.filter((c) => c.role === 'value').map((c) => c.year));
    return columns.some((c) => c.role === 'name') && years.size >= 3 ? 10 + years.size : 0;
  },
  nameRole: 'name',
  numericRoles: ['value'],
};
