/**
 * Reading numbers as planners type them, in Vietnamese style ("1.869.673",
 * "10,85") or US style ("2.9", "1,234.5"), with the text around them that
 * reports use: qualifiers ("khoảng 6", "trên 90", ">2.300"), ranges
 * ("6,6-6,8"), percents ("55%"), fractions and ranks ("216/216", "7/63"),
 * and "x" / "-" for "no value".
 */
import type { CellValue } from './grid';
import { fold, squeeze } from './text';

export type NumberStyle = 'vi' | 'us';

/**
 * What the separators of a numeral say about its style:
 * - 'vi' / 'us': only that style reads it this way ("10,85", "2.9");
 * - 'ambiguous': both styles read it, differently ("25.652", "4,907");
 * - 'none': no separator, or a real number cell.
 */
export type Evidence = 'vi' | 'us' | 'ambiguous' | 'none';

export type Qualifier = 'about' | 'over' | 'under' | 'range';

export interface NumberReading {
  kind: 'number';
  /** The number to compute with (a range's midpoint, a fraction's numerator). */
  value: number;
  shape: 'plain' | 'percent' | 'fraction';
  /** "7/63": 63. */
  denominator?: number;
  qualifier?: Qualifier;
  /** Bounds of a range ("6,6-6,8"). */
  low?: number;
  high?: number;
  /** True when the cell holds text rather than a real number. */
  fromText: boolean;
  evidence: Evidence;
  /** The value the other style would give, when the numeral is ambiguous. */
  otherValue?: number;
  /** Words after the number ("(tăng 15%)", "thuê bao"). */
  trailing?: string;
  /** An 'over' or 'under' bound the figure itself does not meet ("trên 90", "< 4"). */
  strict?: boolean;
  /** "Tăng 12" / "Giảm 2,5-3": the figure is the size of a rise or a fall. */
  change?: 'up' | 'down';
}

export type Reading =
  | NumberReading
  | { kind: 'empty' }
  /** "x", "-": the form's way of saying there is no value. */
  | { kind: 'none'; text: string }
  /** An Excel error value such as #N/A. */
  | { kind: 'error'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean };

const NONE_MARKS = new Set(['x', '-', '–', '—', '...', '…', '--', 'kxd', 'n/a']);
/** Dots or dashes however many, with a footnote mark or not ("......[1]"). */
const NONE_MARK_RE = /^(?:\.{2,}|…+|-{2,}|x)\s*(?:\[\d{1,2}\]|\(\*+\)|\*+)?$/;

const ERROR_RE = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/** A numeral: digits with "." and "," separators, optional sign. */
const NUMERAL = String.raw`[+\-−]?\d[\d.,]*`;

/** Qualifiers before a figure; `strict` when the bound itself is not enough ("trên 90", "< 4"). */
const QUALIFIERS: Array<[RegExp, Qualifier, boolean]> = [
  [/^(?:(?:khoang|xap xi|gan|uoc khoang)\s+|[~≈]\s*)/, 'about', false],
  // "không dưới 90" is a floor: tested before "dưới".
  [/^(?:(?:it nhat|toi thieu|khong duoi|khong thap hon|khong it hon)\s+|(?:>=|≥)\s*)/, 'over', false],
  [/^(?:(?:tren|hon|vuot)\s+|>\s*)/, 'over', true],
  [/^(?:(?:toi da|khong qua|khong vuot qua|khong cao hon|khong nhieu hon)\s+|(?:<=|≤)\s*)/, 'under', false],
  [/^(?:(?:duoi|chua den)\s+|<\s*)/, 'under', true],
];

/** A footnote mark after a figure: "18,37[2]", "46*", "120(*)". */
const FOOTNOTE_MARK = /\s*(?:\[\d{1,2}\]|\(\*{1,3}\)|\*{1,3})$/;

/** "Tăng 12", "Giảm 2,5-3": a change stated with its direction (the figure is its size). */
const CHANGE = /^(tang|giam)\s+(?=[~≈<>≤≥]|\d|khoang|tren|duoi|tu)/;

/** Words before a target's figure that change nothing: "Đạt 90%", "Phấn đấu đạt 95%", "từ 1-1,5". */
const LEAD = /^(?:phan dau\s+)?(?:dat\s+|tu\s+(?=[+\-−]?\d))?/;

/** Words after a figure that make it a bound: "90% trở lên", "5% trở xuống". */
const TRAILING_BOUND: Array<[RegExp, Qualifier]> = [
  [/^tro len\b/, 'over'],
  [/^tro xuong\b/, 'under'],
];

/**
 * Read one numeral in a given style. Returns null when the separators
 * make no number in any style ("1.2.3", "1,,2").
 */
export function readNumeral(token: string, style: NumberStyle): { value: number; evidence: Evidence; otherValue?: number } | null {
  const r = readNumeralRaw(token, style);
  // A numeral too long for a double is no figure a planner meant.
  if (!r || !Number.isFinite(r.value) || (r.otherValue !== undefined && !Number.isFinite(r.otherValue))) return null;
  return r;
}

function readNumeralRaw(token: string, style: NumberStyle): { value: number; evidence: Evidence; otherValue?: number } | null {
  let t = token.replace(/−/g, '-');
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null;
  const dots = (t.match(/\./g) || []).length;
  const commas = (t.match(/,/g) || []).length;
  const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
  const num = (s: string) => sign * Number(s);
  if (dots === 0 && commas === 0) return { value: num(t), evidence: 'none' };
  if (dots > 0 && commas > 0) {
    const lastDot = t.lastIndexOf('.');
    const lastComma = t.lastIndexOf(',');
    if (lastComma > lastDot) {
      // 1.234,5 — Vietnamese
      const [int, dec] = [t.slice(0, lastComma), t.slice(lastComma + 1)];
      if (commas !== 1 || !grouped(int, '.')) return null;
      return { value: num(`${int.replace(/\./g, '')}.${dec}`), evidence: 'vi' };
    }
    const [int, dec] = [t.slice(0, lastDot), t.slice(lastDot + 1)];
    if (dots !== 1 || !grouped(int, ',')) return null;
    return { value: num(`${int.replace(/,/g, '')}.${dec}`), evidence: 'us' };
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  const sepStyle: NumberStyle = sep === '.' ? 'vi' : 'us'; // style in which sep groups thousands
  const otherStyle: NumberStyle = sepStyle === 'vi' ? 'us' : 'vi';
  if (count > 1) {
    if (!grouped(t, sep)) return null;
    return { value: num(t.split(sep).join('')), evidence: sepStyle };
  }
  const [int, dec] = t.split(sep);
  const asGroup = num(int + dec);
  const asDecimal = num(`${int}.${dec}`);
  if (dec.length === 3 && int.length <= 3 && !/^0\d/.test(int) && int !== '0') {
    // "25.652" / "4,907": thousands in one style, decimals in the other.
    const value = style === sepStyle ? asGroup : asDecimal;
    const otherValue = style === sepStyle ? asDecimal : asGroup;
    return { value, evidence: 'ambiguous', otherValue };
  }
  // Only a decimal reading works ("2.9", "10,85", "0,125").
  return { value: asDecimal, evidence: otherStyle };
}

/**
 * Read a cell. `style` is the column's style (see judgeStyle); `format` the
 * cell's number format (a real number shown with "%" is read in percent).
 */
export function readCell(v: CellValue, style: NumberStyle = 'vi', format?: string): Reading {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', text: String(v) };
    if (format && /%/.test(format.replace(/"[^"]*"/g, '')) && Number.isFinite(v * 100)) {
      return { kind: 'number', value: round12(v * 100), shape: 'percent', fromText: false, evidence: 'none' };
    }
    return { kind: 'number', value: v, shape: 'plain', fromText: false, evidence: 'none' };
  }
  const raw = squeeze(v);
  if (raw === '') return { kind: 'empty' };
  if (ERROR_RE.test(raw)) return { kind: 'error', text: raw };
  const folded = fold(raw);
  if (NONE_MARKS.has(folded) || NONE_MARK_RE.test(folded)) return { kind: 'none', text: raw };
  const parsed = readText(raw, folded, style);
  return parsed ?? { kind: 'text', text: raw };
}

function readText(raw: string, folded: string, style: NumberStyle): NumberReading | null {
  const r = readQualified(raw, folded, style);
  if (!r || r.qualifier || !r.trailing) return r;
  // "90% trở lên": a bound said after the figure.
  for (const [re, q] of TRAILING_BOUND) {
    const m = re.exec(r.trailing);
    if (m) {
      const rest = r.trailing.slice(m[0].length).trim();
      const out: NumberReading = { ...r, qualifier: q };
      if (rest) out.trailing = rest;
      else delete out.trailing;
      return out;
    }
  }
  return r;
}

function readQualified(raw: string, folded: string, style: NumberStyle): NumberReading | null {
  // Most texts start with a digit: no words to strip.
  const c = folded.charCodeAt(0);
  let rest = c >= 48 && c <= 57 ? folded : folded.replace(LEAD, '');
  let change: NumberReading['change'];
  if (c < 48 || c > 57) {
    const m = CHANGE.exec(rest);
    if (m) {
      change = m[1] === 'tang' ? 'up' : 'down';
      rest = rest.slice(m[0].length).replace(LEAD, '');
    }
  }
  if (rest.charCodeAt(rest.length - 1) === 93 || rest.endsWith('*') || rest.endsWith(')')) rest = rest.replace(FOOTNOTE_MARK, '');
  let qualifier: Qualifier | undefined;
  let strict = false;
  for (const [re, q, st] of QUALIFIERS) {
    const m = re.exec(rest);
    if (m) {
      qualifier = q;
      strict = st;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const r = readBare(rest, style, qualifier);
  if (r && strict) r.strict = true;
  if (r && change) r.change = change;
  return r;
}

function readBare(rest: string, style: NumberStyle, qualifier: Qualifier | undefined): NumberReading | null {
  // Folding keeps digits, separators and symbols in place, so matching on
  // the folded text is safe for numerals.
  const range = new RegExp(`^(${NUMERAL})\\s*(%?)\\s*(?:-|–|—|đến|den|to)\\s*(${NUMERAL})\\s*(%?)(.*)$`).exec(rest);
  if (range) {
    const a = readNumeral(range[1], style);
    const b = readNumeral(range[3], style);
    if (a && b && b.value >= a.value) {
      const percent = range[2] === '%' || range[4] === '%';
      return finish(
        {
          kind: 'number',
          value: round12((a.value + b.value) / 2),
          shape: percent ? 'percent' : 'plain',
          qualifier: 'range',
          low: a.value,
          high: b.value,
          fromText: true,
          evidence: strongest(a.evidence, b.evidence),
        },
        range[5]
      );
    }
  }
  const frac = new RegExp(`^(${NUMERAL})\\s*/\\s*(${NUMERAL})(.*)$`).exec(rest);
  if (frac) {
    const a = readNumeral(frac[1], style);
    const b = readNumeral(frac[2], style);
    if (a && b && !/^\s*\d/.test(frac[3])) {
      return finish(
        {
          kind: 'number',
          value: a.value,
          shape: 'fraction',
          denominator: b.value,
          qualifier,
          fromText: true,
          evidence: strongest(a.evidence, b.evidence),
        },
        frac[3]
      );
    }
  }
  const single = new RegExp(`^(${NUMERAL})\\s*(%?)(.*)$`).exec(rest);
  if (single) {
    const a = readNumeral(single[1], style);
    if (!a) return null;
    const reading: NumberReading = {
      kind: 'number',
      value: a.value,
      shape: single[2] === '%' ? 'percent' : 'plain',
      qualifier,
      fromText: true,
      evidence: a.evidence,
    };
    if (a.otherValue !== undefined) reading.otherValue = a.otherValue;
    return finish(reading, single[3]);
  }
  return null;
}

/** Accept words after the number, but not more digits glued to it. */
function finish(r: NumberReading, trailing: string): NumberReading | null {
  const t = trailing.trim();
  if (t === '') return r;
  if (/^[\d.,]/.test(t)) return null;
  return { ...r, trailing: t };
}

function strongest(a: Evidence, b: Evidence): Evidence {
  if (a === b) return a;
  if (a === 'none') return b;
  if (b === 'none') return a;
  if (a === 'ambiguous') return b;
  if (b === 'ambiguous') return a;
  return 'ambiguous';
}

function round12(x: number): number {
  const y = Math.round(x * 1e12) / 1e12;
  return Number.isFinite(y) ? y : x;
}

/** A number's digits without an exponent: 1e-7 → "0.0000001", 1e21 → "1000000000000000000000". */
function plainDecimal(x: number): string {
  const s = String(x);
  if (s.indexOf('e') < 0) return s;
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? '');
  const point = m[2].length + Number(m[4]);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return m[1] + body;
}

/**
 * The style of a column, judged from all its cells: the style that reads
 * more of its typed numerals unambiguously. One odd cell does not decide a
 * column (it is the slip to report); without enough evidence the column
 * takes `fallback` (the sheet's style, Vietnamese by default).
 */
export function judgeStyle(values: Iterable<CellValue>, fallback: NumberStyle = 'vi'): NumberStyle {
  const votes: StyleVotes = { vi: 0, us: 0 };
  for (const v of values) voteStyle(votes, v);
  return styleOf(votes, fallback);
}

/** How many texts of a column read as Vietnamese-style and US-style numbers. */
export interface StyleVotes {
  vi: number;
  us: number;
}

/** Count one cell's vote (only numbers typed as text vote). */
export function voteStyle(votes: StyleVotes, v: CellValue): void {
  if (typeof v === 'string') voteFor(votes, readCell(v, 'vi'));
}

/** Count the vote of a text read in Vietnamese style. */
export function voteFor(votes: StyleVotes, r: Reading): void {
  if (r.kind !== 'number') return;
  if (r.evidence === 'vi') votes.vi++;
  else if (r.evidence === 'us') votes.us++;
}

/** The style the votes show (two clear votes at least), else the fallback. */
export function styleOf(votes: StyleVotes, fallback: NumberStyle = 'vi'): NumberStyle {
  if (votes.us >= 2 && votes.us > votes.vi) return 'us';
  if (votes.vi >= 2 && votes.vi > votes.us) return 'vi';
  return fallback;
}

/** "1869673" → "1.869.673" (digits in threes from the right, `sep` between). */
function groupThousands(int: string, sep: string): string {
  if (int.length <= 3 || !/^\d+$/.test(int)) return int;
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** Write a number the way a planner would in a style ("1.869.673", "10,85"). */
export function formatNumber(x: number, style: NumberStyle, decimals?: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : '—';
  // 15 significant digits drop binary noise (314512.34, not 314512.3400000001);
  // toFixed writes no exponent below 1e21.
  const fixed = decimals === undefined ? plainDecimal(Number.isInteger(x) ? x : Number(x.toPrecision(15))) : x.toFixed(decimals);
  const neg = fixed.startsWith('-');
  const [int, dec] = (neg ? fixed.slice(1) : fixed).split('.');
  const group = style === 'vi' ? '.' : ',';
  const point = style === 'vi' ? ',' : '.';
  const grouped = groupThousands(int, group);
  return (neg ? '-' : '') + grouped + (dec ? point + dec : '');
}
