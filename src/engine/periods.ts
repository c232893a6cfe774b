/**
 * Dates and periods as plan documents write them: "Tháng 1/2021",
 * "Tháng 01/2021", "01/2021", "Quý II/2021", "30/6/2018", "ngày 04 tháng 12
 * năm 2020", "6 tháng đầu năm 2018", "Năm 2021", "2021-2025", and real Excel
 * dates. Each reads as a span of days [first, last].
 */
import type { CellValue } from './grid';
import { fold, romanValue } from './text';

export interface Span {
  kind: 'span';
  /** Days since 1970-01-01 (UTC) of the first and last day. */
  first: number;
  last: number;
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'years';
}

export type PeriodReading =
  | Span
  | { kind: 'empty' }
  /** "Thường xuyên", "Hằng năm": a schedule, not a date. */
  | { kind: 'recurring'; text: string }
  | { kind: 'invalid'; text: string; reason: 'month' | 'day' | 'quarter' | 'order' | 'unreadable' };

const DAY = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function dayOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthSpan(y: number, m1: number, m2: number, precision: Span['precision']): Span {
  return { kind: 'span', first: dayOf(y, m1, 1), last: dayOf(y, m2, lastDayOfMonth(y, m2)), precision };
}

/** Year, month, day of a day number. */
export function ymd(day: number): { y: number; m: number; d: number } {
  const dt = new Date(day * DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

const RECURRING = /^(thuong xuyen|hang nam|hang quy|hang thang|hang tuan|lien tuc|dinh ky|theo ke hoach|ca giai doan)\b/;

/** Read a cell as a date or period. `isDate` says the cell's number format is a date. */
export function readPeriod(v: CellValue, isDate = false): PeriodReading {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v), reason: 'unreadable' };
    // A date column's numbers are Excel serial dates (36526 = 1/1/2000).
    if (isDate || (v >= 36526 && v <= 73051)) {
      const day = Math.floor(Math.round(EXCEL_EPOCH / DAY) + v);
      return { kind: 'span', first: day, last: day, precision: 'day' };
    }
    if (Number.isInteger(v) && validYear(v)) return { kind: 'span', first: dayOf(v, 1, 1), last: dayOf(v, 12, 31), precision: 'year' };
    return { kind: 'invalid', text: String(v), reason: 'unreadable' };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v), reason: 'unreadable' };
  const text = v.trim();
  const f = fold(text).replace(/\s+/g, ' ');
  if (RECURRING.test(f)) return { kind: 'recurring', text };
  let m: RegExpExecArray | null;
  // ngày 04 tháng 12 năm 2020
  if ((m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(f))) return day(+m[1], +m[2], +m[3], text);
  // 30/6/2018, 30-06-2018, 30.6.2018
  if ((m = /^(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(f))) return day(+m[1], +m[2], +m[3], text);
  // 2018-06-30 (ISO)
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(f))) return day(+m[3], +m[2], +m[1], text);
  // Tháng 1/2021, T1/2021, 01/2021, tháng 1 năm 2021
  if ((m = /^(?:thang |t)?(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f)) || (m = /^thang (\d{1,2}) nam (\d{4})$/.exec(f))) {
    const month = +m[1];
    const year = +m[2];
    if (month < 1 || month > 12) return { kind: 'invalid', text, reason: 'month' };
    if (!validYear(year)) return { kind: 'invalid', text, reason: 'unreadable' };
    return monthSpan(year, month, month, 'month');
  }
  // Quý II/2021, Quý 2/2021, Q2/2021, quý II năm 2021
  if ((m = /^(?:quy|q)\s*([ivx]+|\d)\s*(?:[/.-]|nam)\s*(\d{4})$/.exec(f))) {
    const q = /^\d$/.test(m[1]) ? +m[1] : romanValue(m[1]) ?? 0;
    if (q < 1 || q > 4) return { kind: 'invalid', text, reason: 'quarter' };
    return monthSpan(+m[2], q * 3 - 2, q * 3, 'quarter');
  }
  // 6 tháng đầu năm 2018 / 6 tháng cuối năm 2018
  if ((m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(f))) return m[1] === 'dau' ? monthSpan(+m[2], 1, 6, 'half') : monthSpan(+m[2], 7, 12, 'half');
  // 2021-2025, giai đoạn 2021 - 2025, 2016 đến 2020
  if ((m = /^(?:giai doan )?(\d{4})\s*(?:-|–|—|den)\s*(\d{4})$/.exec(f))) {
    const a = +m[1];
    const b = +m[2];
    if (!validYear(a) || !validYear(b)) return { kind: 'invalid', text, reason: 'unreadable' };
    if (b < a) return { kind: 'invalid', text, reason: 'order' };
    return { kind: 'span', first: dayOf(a, 1, 1), last: dayOf(b, 12, 31), precision: 'years' };
  }
  // Năm 2021, 2021
  if ((m = /^(?:nam )?(\d{4})$/.exec(f)) && validYear(+m[1])) return { kind: 'span', first: dayOf(+m[1], 1, 1), last: dayOf(+m[1], 12, 31), precision: 'year' };
  return { kind: 'invalid', text, reason: 'unreadable' };
}

function day(d: number, mo: number, y: number, text: string): PeriodReading {
  if (mo < 1 || mo > 12) return { kind: 'invalid', text, reason: 'month' };
  if (!validYear(y)) return { kind: 'invalid', text, reason: 'unreadable' };
  if (d < 1 || d > lastDayOfMonth(y, mo)) return { kind: 'invalid', text, reason: 'day' };
  const n = dayOf(y, mo, d);
  return { kind: 'span', first: n, last: n, precision: 'day' };
}

/** "Tháng 1/2021", "Quý II/2021", "30/6/2018" — a span written as planners write it. */
export function formatSpan(s: Span): string {
  const a = ymd(s.first);
  const b = ymd(s.last);
  switch (s.precision) {
    case 'day':
      return `${a.d}/${a.m}/${a.y}`;
    case 'month':
      return `Tháng ${a.m}/${a.y}`;
    case 'quarter':
      return `Quý ${['I', 'II', 'III', 'IV'][(a.m - 1) / 3]}/${a.y}`;
    case 'half':
      return `6 tháng ${a.m === 1 ? 'đầu' : 'cuối'} năm ${a.y}`;
    case 'year':
      return `Năm ${a.y}`;
    default:
      return `${a.y}-${b.y}`;
  }
}
