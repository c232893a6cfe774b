/**
 * Enough of Excel's number formats to show the sample workbook as Excel
 * would, in Vietnamese style: "0.0" → 102,2; "#,##0" → 10.236;
 * "0.0%" → 12,3%; "General" → up to ten significant digits.
 */
import type { Lang } from '../i18n/lang';
import { formatGeneral, formatNumber } from '../taskpane/format';

export interface ParsedFormat {
  kind: 'general' | 'text' | 'number' | 'date';
  decimals: number;
  grouping: boolean;
  percent: boolean;
}

const cache = new Map<string, ParsedFormat>();

export function parseNumberFormat(format: string | undefined | null): ParsedFormat {
  const key = format ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const out = parse(key);
  cache.set(key, out);
  return out;
}

function parse(format: string): ParsedFormat {
  const general: ParsedFormat = { kind: 'general', decimals: 0, grouping: false, percent: false };
  const f = format.trim();
  if (f === '' || /^general$/i.test(f)) return general;
  if (f === '@') return { ...general, kind: 'text' };
  // First section only; drop quoted literals, escapes, [colour]/[locale] tags and padding.
  const section = f
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  if (!/[0#?]/.test(section)) return /[dmy]/i.test(section) ? { ...general, kind: 'date' } : general;
  const percent = section.includes('%');
  const dot = section.indexOf('.');
  let decimals = 0;
  if (dot >= 0) {
    const m = /^[0#?]+/.exec(section.slice(dot + 1));
    decimals = m ? m[0].length : 0;
  }
  const intPart = dot >= 0 ? section.slice(0, dot) : section;
  const grouping = /[0#?],[0#?]/.test(intPart);
  return { kind: 'number', decimals, grouping, percent };
}

/** A cell value as text, formatted by its number format. */
export function formatCellValue(value: string | number | boolean | null | undefined, numberFormat: string | undefined, lang: Lang = 'vi'): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = parseNumberFormat(numberFormat);
  if (f.kind === 'text') return String(value);
  if (f.kind === 'general') return formatGeneral(value, lang);
  if (f.kind === 'date') return formatDate(value, numberFormat ?? '');
  const n = f.percent ? value * 100 : value;
  return formatNumber(n, lang, { decimals: f.decimals, grouping: f.grouping }) + (f.percent ? '%' : '');
}

/** Excel's day 0 (1899-12-30), in ms since 1970. */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

/**
 * A date serial shown by a date format: quoted text as it is, d/dd, m/mm,
 * yy/yyyy as the day, month and year ("d/m/yyyy" → 1/7/2020, "Quý 3/"yyyy
 * → Quý 3/2020). Minutes, weekday and month names are not needed by the
 * sample and show as typed.
 */
export function formatDate(serial: number, format: string): string {
  const date = new Date(EXCEL_DAY_ZERO + Math.floor(serial) * 86400000);
  if (Number.isNaN(date.getTime())) return String(serial);
  const parts: Record<string, string> = {
    d: String(date.getUTCDate()),
    m: String(date.getUTCMonth() + 1),
    y: String(date.getUTCFullYear()),
  };
  const section = format.split(';')[0].replace(/\[[^\]]*\]/g, '');
  let out = '';
  for (let i = 0; i < section.length;) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += section[i + 1] ?? '';
      i += 2;
      continue;
    }
    const k = ch.toLowerCase();
    if (k === 'd' || k === 'm' || k === 'y') {
      let n = 0;
      while (section[i + n]?.toLowerCase() === k) n++;
      const v = parts[k];
      out += k === 'y' ? (n <= 2 ? v.slice(-2) : v) : n >= 2 ? v.padStart(2, '0') : v;
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
