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

const RECURRING =
  /\b(thuong xuyen|hang nam|hang quy|hang thang|hang tuan|lien tuc|dinh ky|theo ke hoach|theo tien do|ca giai doan|(cac|nhung) nam tiep theo|nam tiep theo|sau khi|ngay sau khi|khi co)\b/;

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
  const f = fold(text)
    .replace(/\s+/g, ' ')
    .replace(/[.;,]+$/, '');
  // "Thường xuyên", "Hằng năm", "2025 và những năm tiếp theo": a schedule.
  if (RECURRING.test(f)) return { kind: 'recurring', text };
  const strict = readText(f, text);
  if (strict.kind !== 'invalid' || strict.reason !== 'unreadable') return strict;
  // "Trước 30/6/2024", "Đến năm 2025", "Trong quý III/2024": the date after the word.
  const lead = LEAD_WORDS.exec(f);
  if (lead) {
    const rest = readText(f.slice(lead[0].length), text);
    if (rest.kind !== 'invalid' || rest.reason !== 'unreadable') return rest;
  }
  return readRange(f, text) ?? readDates(f, text) ?? strict;
}

/**
 * "Từ 11/3 đến hết 11/4/2013 (không kết thúc …)", "– Tại Hà Nội: ngày
 * 05/5/2013 – Tại TP.HCM: ngày 07/5/2013": the days a text names, from the
 * first to the last (a day without its year takes the next one's).
 */
function readDates(f: string, text: string): PeriodReading | null {
  const plain = f.replace(/\s*\([^)]*\)\s*$/, '');
  const re = /(?:^|[^\d/])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])/g;
  const found: Array<{ d: number; m: number; y?: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain))) found.push({ d: +m[1], m: +m[2], y: m[3] ? +m[3] : undefined });
  if (!found.length || found.every((x) => x.y === undefined)) return null;
  for (let i = found.length - 2; i >= 0; i--) if (found[i].y === undefined) found[i].y = found[i + 1].y;
  let first = Infinity;
  let last = -Infinity;
  for (const x of found) {
    if (x.y === undefined) continue;
    const one = day(x.d, x.m, x.y, text);
    if (one.kind !== 'span') return one;
    first = Math.min(first, one.first);
    last = Math.max(last, one.last);
  }
  if (found.length === 2 && /\btu\b/.test(plain) && found[1].y !== undefined && day(found[1].d, found[1].m, found[1].y, text).kind === 'span') {
    const a = day(found[0].d, found[0].m, found[0].y!, text);
    const b = day(found[1].d, found[1].m, found[1].y, text);
    if (a.kind === 'span' && b.kind === 'span' && b.last < a.first) return { kind: 'invalid', text, reason: 'order' };
  }
  return { kind: 'span', first, last, precision: 'day' };
}

/** Words before a date that keep its meaning: a deadline or a time within. */
const LEAD_WORDS = /^(?:hoan thanh |thuc hien )?(?:truoc|cham nhat|den het|den|trong|trong nam|trong thang|trong quy|nam|tu)(?: ngay| thang| nam)? /;

/**
 * "Quý III/2024 - Quý IV/2025", "Tháng 6/2024 - Tháng 12/2025", "Tháng 6 -
 * 8/2024", "Quý III, IV/2024": from the first part's start to the last part's end.
 */
function readRange(f: string, text: string): PeriodReading | null {
  let m: RegExpExecArray | null;
  if ((m = /^(?:thang |t)?(\d{1,2})\s*(?:-|–|den)\s*(?:thang |t)?(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f))) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    if (a < 1 || a > 12 || b < 1 || b > 12) return { kind: 'invalid', text, reason: 'month' };
    if (b < a) return { kind: 'invalid', text, reason: 'order' };
    return monthSpan(y, a, b, 'month');
  }
  if ((m = /^(?:quy|q)\s*([ivx]+|\d)\s*(?:,|-|–|va|den)\s*(?:quy |q)?([ivx]+|\d)\s*(?:[/.-]|nam)\s*(\d{4})$/.exec(f))) {
    const q = (x: string) => (/^\d$/.test(x) ? +x : (romanValue(x) ?? 0));
    const [a, b] = [q(m[1]), q(m[2])];
    if (a < 1 || a > 4 || b < 1 || b > 4) return { kind: 'invalid', text, reason: 'quarter' };
    if (b < a) return { kind: 'invalid', text, reason: 'order' };
    return monthSpan(+m[3], a * 3 - 2, b * 3, 'quarter');
  }
  const parts = f.split(/\s+(?:-|–|—|den)\s+|\s*(?:–|—)\s*/);
  if (parts.length === 2) {
    const a = readText(parts[0], text);
    const b = readText(parts[1], text);
    if (a.kind === 'span' && b.kind === 'span') {
      if (b.last < a.first) return { kind: 'invalid', text, reason: 'order' };
      return { kind: 'span', first: a.first, last: b.last, precision: a.precision === b.precision ? a.precision : 'years' };
    }
  }
  return null;
}

function readText(f: string, text: string): PeriodReading {
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
    const q = /^\d$/.test(m[1]) ? +m[1] : (romanValue(m[1]) ?? 0);
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

/**
 * The period a real Excel date stands for through its number format, when
 * the format shows no day: a month ("mm/yyyy", "mmm yyyy", "Tháng "m/yyyy),
 * the quarter its words name ("Quý II/"yyyy), the half-year ("6 tháng đầu
 * năm "yyyy) or the year ("yyyy", "Năm "yyyy). Null when the format shows a
 * day (d/m/yyyy: the date is that day), is no date format, or the number is
 * no date.
 */
export function periodShown(serial: number, format: string): Span | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  // The first section; its quoted and escaped words apart from its codes.
  const section = format.split(';')[0];
  const words: string[] = [];
  const codes = section
    .replace(/"([^"]*)"/g, (_, w: string) => (words.push(w), ' '))
    .replace(/\\(.)/g, (_, w: string) => (words.push(w), ' '))
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  // A number or text format, a day, an hour: not a period.
  if (/[0#?@%]/.test(codes) || /[dhs]/i.test(codes) || /general/i.test(codes) || !/y/i.test(codes)) return null;
  const { y, m } = ymd(Math.round(EXCEL_EPOCH / DAY) + Math.floor(serial));
  if (/m/i.test(codes)) return monthSpan(y, m, m, 'month');
  const said = fold(words.join(' '));
  let q: RegExpExecArray | null;
  if ((q = /\bquy\s*([ivx]+|[1-4])\b/.exec(said))) {
    const n = /^\d$/.test(q[1]) ? +q[1] : (romanValue(q[1]) ?? 0);
    if (n >= 1 && n <= 4) return monthSpan(y, n * 3 - 2, n * 3, 'quarter');
  }
  if (/\bquy\b/.test(said)) {
    const n = Math.ceil(m / 3);
    return monthSpan(y, n * 3 - 2, n * 3, 'quarter');
  }
  if ((q = /\b6 thang (dau|cuoi)\b/.exec(said))) return q[1] === 'dau' ? monthSpan(y, 1, 6, 'half') : monthSpan(y, 7, 12, 'half');
  return { kind: 'span', first: dayOf(y, 1, 1), last: dayOf(y, 12, 31), precision: 'year' };
}

/**
 * A cell's value with a real date that its format shows as a month, a
 * quarter, a half-year or a year given as the words of that period
 * ("Tháng 6/2022", "Quý II/2022", "Năm 2022"), so its precision travels with
 * it; any other value as it is (a date shown with its day stays the number).
 */
export function dateAsShown(v: CellValue, format: string): CellValue {
  if (typeof v !== 'number') return v;
  const p = periodShown(v, format);
  return p ? formatSpan(p) : v;
}

/**
 * A column's or a row's period label, as yearbooks and plans write them:
 * "2021", "Năm 2021", "Sơ bộ 2021", "Sơ bộ - Prel. 2021", "(Ước) 2000",
 * "Ước tính 2022", "Ước TH 2023", "12/2008", "Tháng 12/2008", "6 tháng
 * 2021", "6 tháng đầu năm 2021", "Quý I/2021", and years typed as numbers.
 */
export interface PeriodLabel {
  year: number;
  /** The part of the year: "m12" (a month), "q1" (a quarter), "6t" (the first six months); absent for a whole year. */
  part?: string;
  /** "Sơ bộ" (preliminary) or "Ước" (estimate). */
  status?: 'preliminary' | 'estimate';
}

const STATUS = /^\(?(so bo|prel\.?|uoc tinh|uoc thuc hien|uoc th|uoc|est\.?)\)?\s*(?:[-–]?\s*(?:prel\.?|est\.?)\s*)?/;

export function periodLabel(v: CellValue): PeriodLabel | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100 ? { year: v } : null;
  // Every label ends with its year ("Sơ bộ 2021", "Quý I/2021", "2019*"): most cells of a
  // sheet do not, and are let go before the cost of folding.
  if (typeof v !== 'string' || v.length > 60 || !/(?:19|20)\d{2}\s*\**\s*$/.test(v)) return null;
  let f = fold(v).replace(/\s+/g, ' ').trim();
  let status: PeriodLabel['status'];
  const s = STATUS.exec(f);
  if (s && s[0]) {
    status = /^\(?(so bo|prel)/.test(s[1]) ? 'preliminary' : 'estimate';
    f = f.slice(s[0].length).trim();
  }
  f = f.replace(/^nam\s+/, '');
  let m: RegExpExecArray | null;
  let out: PeriodLabel | null = null;
  if ((m = /^((?:19|20)\d{2})(?:\s*\*+)?$/.exec(f))) out = { year: +m[1] };
  else if ((m = /^(?:thang |t)?(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})$/.exec(f)) && +m[1] >= 1 && +m[1] <= 12) out = { year: +m[2], part: `m${+m[1]}` };
  else if ((m = /^(\d{1,2}) thang(?: dau)?(?: nam)? ((?:19|20)\d{2})$/.exec(f)) && +m[1] >= 1 && +m[1] <= 12) out = { year: +m[2], part: `${+m[1]}t` };
  else if ((m = /^(?:quy|q)\s*([ivx]+|\d)\s*(?:[/.-]|nam)\s*((?:19|20)\d{2})$/.exec(f))) {
    const q = /^\d$/.test(m[1]) ? +m[1] : (romanValue(m[1]) ?? 0);
    if (q >= 1 && q <= 4) out = { year: +m[2], part: `q${q}` };
  }
  if (!out) return null;
  if (status) out.status = status;
  return out;
}

/**
 * One time column for a task ("Thời gian thực hiện"), as a start and an end:
 * "2024-2025" → 2024 and 2025, "Quý III/2024 - Quý IV/2025" → its two parts,
 * "Quý III/2024" → the same period twice; a schedule ("Thường xuyên") or
 * text that is no date stays as the start.
 */
export function splitPeriod(v: CellValue): { start: CellValue; end: CellValue } {
  if (typeof v !== 'string') {
    const p = readPeriod(v);
    return p.kind === 'span' ? { start: v, end: v } : { start: v, end: null };
  }
  const text = v.trim();
  const f = fold(text);
  const years = /^(?:giai doan |nam )?((?:19|20)\d{2})\s*(?:-|–|—|den)\s*((?:19|20)\d{2})$/.exec(f);
  if (years) return { start: years[1], end: years[2] };
  const parts = text.split(/\s+(?:-|–|—|đến|den)\s+|\s*[–—]\s*/);
  if (parts.length === 2 && readPeriod(parts[0]).kind === 'span' && readPeriod(parts[1]).kind === 'span') return { start: parts[0], end: parts[1] };
  const p = readPeriod(text);
  return p.kind === 'span' && (p.precision === 'month' || p.precision === 'quarter' || p.precision === 'year' || p.precision === 'day')
    ? { start: text, end: text }
    : { start: text, end: null };
}
