/**
 * A cell as Excel shows it: its value through its number format, written
 * in Vietnamese style ("1.234,5", "104,3", "12,3%") or English ("1,234.5").
 * Done by hand, so the text does not depend on the machine's locale or ICU:
 * the Word export, the workbench's grid and the pane's numbers all write
 * figures through here.
 *
 * Covered: General (up to ten significant digits, as a standard column
 * shows), "@", number formats with 0 # ? placeholders, optional decimals
 * ("0.0#"), thousands grouping, a thousands scale by trailing commas, "%",
 * literals (quoted, escaped, or plain signs and brackets), up to four
 * sections (positive; negative; zero; text), [colour] and [$-locale] tags
 * (a currency symbol in [$₫-42A] is kept), padding (_x) and fill (*x); and
 * dates and times (d dd ddd dddd, m mm mmm mmmm, yy yyyy, h hh, mm as
 * minutes after h, ss, AM/PM). Scientific notation and fractions show as
 * General.
 */
import type { CellValue } from './grid';

/** How a language writes the decimal point and groups thousands. */
export interface Separators {
  decimal: string;
  group: string;
}

export const VI_SEPARATORS: Separators = { decimal: ',', group: '.' };
export const EN_SEPARATORS: Separators = { decimal: '.', group: ',' };

/** Round half away from zero to `decimals` digits, as Excel does. */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const rounded = Number(Math.round(Number(`${Math.abs(n)}e${decimals}`)) + `e-${decimals}`);
  return sign * rounded;
}

function groupDigits(int: string, sep: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

/** `n` with a fixed number of decimals, thousands grouped or not, signed when it does not round to zero. */
export function fixedNumber(n: number, sep: Separators, style: { decimals: number; grouping?: boolean }): string {
  if (!Number.isFinite(n)) return String(n);
  const r = roundTo(n, style.decimals);
  const fixed = Math.abs(r).toFixed(style.decimals);
  if (fixed.includes('e')) return String(n);
  const [int, frac] = fixed.split('.');
  const intPart = style.grouping ? groupDigits(int, sep.group) : int;
  const negative = r < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + intPart + (frac !== undefined ? sep.decimal + frac : '');
}

/** A number as Excel's General format shows it: up to 10 significant digits, no trailing zeros, no grouping. */
export function generalNumber(n: number, sep: Separators): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const s = n.toExponential(5).replace(/\.?0+e/, 'e');
    return s.replace('.', sep.decimal);
  }
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, Math.min(10 - intDigits, 10));
  const s = fixedNumber(n, sep, { decimals });
  return s.includes(sep.decimal) ? s.replace(/0+$/, '').replace(new RegExp(`\\${sep.decimal}$`), '') : s;
}

/** One section of a format, read once. */
type Section =
  | { kind: 'general'; before: string; after: string }
  /** Only literal text ("-" for a zero): shown instead of the number. */
  | { kind: 'literal'; text: string }
  | { kind: 'text'; before: string; after: string }
  | { kind: 'date'; tokens: DateToken[] }
  | {
      kind: 'number';
      before: string;
      after: string;
      /** Zeros before the point: digits always shown. */
      intMin: number;
      /** Decimals always shown ("0") and at most shown ("0", "#", "?"). */
      decMin: number;
      decMax: number;
      point: boolean;
      grouping: boolean;
      /** ×100 per "%", ÷1000 per trailing comma. */
      scale: number;
    };

type DateToken = { lit: string } | { code: string };

/** A format split into its sections, each read. */
interface Parsed {
  sections: Section[];
}

const cache = new Map<string, Parsed>();

/** The sections of a format (";" outside quotes and escapes). */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      cur += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\') {
      cur += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * A section as pieces: literal text (quoted, escaped, plain signs, a
 * currency symbol from a [$…] tag) and codes (everything else), with
 * padding, fill and other tags dropped.
 */
function pieces(section: string): { lit: boolean; text: string }[] {
  const out: { lit: boolean; text: string }[] = [];
  const push = (lit: boolean, text: string) => {
    const last = out[out.length - 1];
    if (last && last.lit === lit) last.text += text;
    else out.push({ lit, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push(true, section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      push(true, section[i + 1] ?? '');
      i++;
    } else if (ch === '_' || ch === '*') {
      i++; // padding to a character's width, or a fill: nothing in a document
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      const currency = /^\$([^-]*)/.exec(tag);
      if (currency && currency[1]) push(true, currency[1]);
      i = end < 0 ? section.length : end;
    } else if (/[$\-+/():!^&'~{}<>= ]/.test(ch)) push(true, ch);
    else push(false, ch);
  }
  return out;
}

const literal = (ps: { lit: boolean; text: string }[]) => ps.map((p) => p.text).join('');

function parseSection(section: string): Section {
  const ps = pieces(section);
  const codes = ps
    .filter((p) => !p.lit)
    .map((p) => p.text)
    .join('');
  if (codes.trim() === '' && literal(ps) !== '') return { kind: 'literal', text: literal(ps) };
  if (/^general$/i.test(codes.trim()) || codes.trim() === '') {
    const at = ps.findIndex((p) => !p.lit);
    if (at < 0) return { kind: 'general', before: literal(ps), after: '' };
    return { kind: 'general', before: literal(ps.slice(0, at)), after: literal(ps.slice(at + 1)) };
  }
  if (codes.includes('@') && !/[0#?]/.test(codes)) {
    const at = ps.findIndex((p) => !p.lit && p.text.includes('@'));
    const p = ps[at].text;
    const k = p.indexOf('@');
    return { kind: 'text', before: literal(ps.slice(0, at)) + p.slice(0, k), after: p.slice(k + 1) + literal(ps.slice(at + 1)) };
  }
  if (!/[0#?]/.test(codes) && /[dmyhs]/i.test(codes)) return { kind: 'date', tokens: dateTokens(ps) };
  // Scientific notation and fractions: shown as General.
  if (/e[+-]|[0#?]\/[0-9#?]/i.test(ps.map((p) => p.text).join(''))) return { kind: 'general', before: '', after: '' };
  // A number: the run of placeholders, points and commas is the figure; what is around it, literals.
  const flatText = ps.map((p) => (p.lit ? '\u0000'.repeat(p.text.length) : p.text)).join('');
  const all = ps.map((p) => p.text).join('');
  const first = flatText.search(/[0#?]/);
  let last = first;
  for (let i = first; i < flatText.length; i++) {
    if (/[0#?]/.test(flatText[i])) last = i;
    else if (flatText[i] !== '.' && flatText[i] !== ',') break;
  }
  let end = last + 1;
  let scale = 1;
  while (flatText[end] === ',') {
    scale /= 1000;
    end++;
  }
  const core = flatText.slice(first, last + 1);
  const dot = core.indexOf('.');
  const intPart = dot < 0 ? core : core.slice(0, dot);
  const decPart = dot < 0 ? '' : core.slice(dot + 1);
  const percent = (flatText.match(/%/g) ?? []).length;
  // Codes around the figure other than "%" (a stray letter) are shown as they are.
  const around = (from: number, to: number) => {
    let s = '';
    for (let i = from; i < to; i++) s += flatText[i] === '\u0000' ? all[i] : flatText[i];
    return s;
  };
  return {
    kind: 'number',
    before: around(0, first),
    after: around(end, flatText.length),
    intMin: (intPart.match(/0/g) ?? []).length,
    decMin: (decPart.match(/0/g) ?? []).length,
    decMax: (decPart.match(/[0#?]/g) ?? []).length,
    point: dot >= 0,
    grouping: /[0#?],+[0#?]/.test(intPart),
    scale: scale * 100 ** percent,
  };
}

function dateTokens(ps: { lit: boolean; text: string }[]): DateToken[] {
  const out: DateToken[] = [];
  for (const p of ps) {
    if (p.lit) {
      out.push({ lit: p.text });
      continue;
    }
    const s = p.text;
    for (let i = 0; i < s.length;) {
      if (/^(am\/pm|a\/p)/i.test(s.slice(i))) {
        const n = /^am\/pm/i.test(s.slice(i)) ? 5 : 3;
        out.push({ code: s.slice(i, i + n).toLowerCase() });
        i += n;
        continue;
      }
      const k = s[i].toLowerCase();
      if ('dmyhs'.includes(k)) {
        let n = 0;
        while (s[i + n]?.toLowerCase() === k) n++;
        out.push({ code: k.repeat(n) });
        i += n;
        continue;
      }
      if (k === '.' && s[i + 1] === '0') {
        // fractions of a second: not shown
        i++;
        while (s[i] === '0') i++;
        continue;
      }
      out.push({ lit: s[i] });
      i++;
    }
  }
  // "m" right after an hour or right before seconds is minutes.
  const codes = out.map((t, i) => ('code' in t ? { t, i } : null)).filter((x): x is { t: { code: string }; i: number } => !!x);
  codes.forEach((x, j) => {
    if (!x.t.code.startsWith('m') || x.t.code.length > 2) return;
    const prev = codes[j - 1]?.t.code ?? '';
    const next = codes[j + 1]?.t.code ?? '';
    if (prev.startsWith('h') || next.startsWith('s')) x.t.code = x.t.code === 'mm' ? 'MM' : 'M';
  });
  return out;
}

function parse(format: string): Parsed {
  let hit = cache.get(format);
  if (!hit) {
    hit = { sections: splitSections(format.trim() === '' ? 'General' : format).map(parseSection) };
    cache.set(format, hit);
  }
  return hit;
}

/** Whether a format shows a number as a date or a time. */
export function isDateFormat(format: string): boolean {
  return parse(format).sections[0]?.kind === 'date';
}

/** Excel's day 0 (1899-12-30), in ms since 1970. */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const WEEKDAYS_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

/** A date serial through date codes, as Excel in Vietnamese shows it ("Tháng "m/yyyy → Tháng 7/2020). */
function dateText(serial: number, tokens: DateToken[]): string {
  const day = Math.floor(serial);
  const date = new Date(EXCEL_DAY_ZERO + day * 86400000);
  if (Number.isNaN(date.getTime())) return String(serial);
  const seconds = Math.round((serial - day) * 86400);
  const h = Math.floor(seconds / 3600) % 24;
  const min = Math.floor(seconds / 60) % 60;
  const sec = seconds % 60;
  const ampm = tokens.some((t) => 'code' in t && (t.code === 'am/pm' || t.code === 'a/p'));
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const y = date.getUTCFullYear();
  const w = date.getUTCDay();
  return tokens
    .map((t) => {
      if ('lit' in t) return t.lit;
      switch (t.code) {
        case 'd':
          return String(d);
        case 'dd':
          return pad(d);
        case 'ddd':
          return WEEKDAYS_SHORT[w];
        case 'm':
          return String(m);
        case 'mm':
          return pad(m);
        case 'mmm':
          return `Thg ${m}`;
        case 'M':
          return String(min);
        case 'MM':
          return pad(min);
        case 'y':
        case 'yy':
          return pad(y % 100);
        case 'h':
          return String(ampm ? h % 12 || 12 : h);
        case 'hh':
          return pad(ampm ? h % 12 || 12 : h);
        case 's':
          return String(sec);
        case 'ss':
          return pad(sec);
        case 'am/pm':
          return h < 12 ? 'SA' : 'CH';
        case 'a/p':
          return h < 12 ? 'S' : 'C';
        default:
          if (t.code.startsWith('d')) return WEEKDAYS[w];
          if (t.code.startsWith('m')) return `Tháng ${m}`;
          if (t.code.startsWith('y')) return String(y);
          return t.code;
      }
    })
    .join('');
}

/** A date serial through a date format ("d/m/yyyy" → 1/7/2020). */
export function formatDate(serial: number, format: string): string {
  const s = parse(format).sections[0];
  return s?.kind === 'date' ? dateText(serial, s.tokens) : String(serial);
}

function numberText(n: number, s: Extract<Section, { kind: 'number' }>, sep: Separators, signed: boolean): string {
  const v = n * s.scale;
  const r = roundTo(Math.abs(v), s.decMax);
  let [int, frac = ''] = r.toFixed(s.decMax).split('.');
  if (r.toFixed(s.decMax).includes('e')) return generalNumber(v, sep);
  while (frac.length > s.decMin && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && s.intMin === 0) int = '';
  int = int.padStart(s.intMin, '0');
  const body = (s.grouping ? groupDigits(int, sep.group) : int) + (s.point ? sep.decimal + frac : '');
  const zero = Number(`${int || '0'}.${frac || '0'}`) === 0;
  return (signed && v < 0 && !zero ? '-' : '') + s.before + body + s.after;
}

/**
 * A cell's value as Excel shows it with its number format, in the style
 * given (Vietnamese by default): "#,##0.0" → 1.234,5; "0.0%" → 12,3%;
 * "0.0#" → 10,8 and 98,07; a text as it is (through a text section when
 * the format has one); TRUE / FALSE; an empty cell "".
 */
export function shownText(value: CellValue | undefined, format: string | undefined, sep: Separators = VI_SEPARATORS): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const { sections } = parse(format ?? 'General');
  if (typeof value === 'string') {
    const s = sections.length >= 4 ? sections[3] : sections.find((x) => x.kind === 'text');
    return s && s.kind === 'text' ? s.before + value + s.after : value;
  }
  if (!Number.isFinite(value)) return String(value);
  const numeric = sections.filter((x) => x.kind !== 'text');
  let section = numeric[0];
  let signed = true;
  if (value < 0 && numeric.length >= 2) {
    section = numeric[1];
    signed = false;
  } else if (value === 0 && numeric.length >= 3) section = numeric[2];
  const v = signed ? value : Math.abs(value);
  if (!section) return generalNumber(value, sep);
  switch (section.kind) {
    case 'number':
      return numberText(v, section, sep, signed);
    case 'date':
      return v >= 0 ? dateText(v, section.tokens) : generalNumber(value, sep);
    case 'general':
      return section.before + generalNumber(v, sep) + section.after;
    case 'literal':
      return section.text;
    default:
      return generalNumber(v, sep);
  }
}
