/**
 * Enough of Excel's number formats to show the sample workbook as Excel
 * would, in Vietnamese style: "0.0" → 102,2; "#,##0" → 10.236;
 * "0.0%" → 12,3%; "General" → up to ten significant digits.
 */
import type { Lang } from '../i18n/lang';
import { formatGeneral, formatNumber } from '../taskpane/format';

export interface ParsedFormat {
  kind: 'general' | 'text' | 'number';
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
  if (!/[0#?]/.test(section)) return general;
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
export function formatCellValue(
  value: string | number | boolean | null | undefined,
  numberFormat: string | undefined,
  lang: Lang = 'vi',
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = parseNumberFormat(numberFormat);
  if (f.kind === 'text') return String(value);
  if (f.kind === 'general') return formatGeneral(value, lang);
  const n = f.percent ? value * 100 : value;
  return formatNumber(n, lang, { decimals: f.decimals, grouping: f.grouping }) + (f.percent ? '%' : '');
}
