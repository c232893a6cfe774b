/**
 * The workbench's grid shows cells as Excel would, in the pane's language
 * (engine/numfmt.ts does the work, for the Word export too): "0.0" → 102,2;
 * "#,##0" → 10.236; "0.0%" → 12,3%; "General" → up to ten significant digits.
 */
import type { Lang } from '../i18n/lang';
import { EN_SEPARATORS, isDateFormat, shownText, VI_SEPARATORS } from '../engine/numfmt';

export { formatDate } from '../engine/numfmt';

export interface ParsedFormat {
  kind: 'general' | 'text' | 'number' | 'date';
  decimals: number;
  grouping: boolean;
  percent: boolean;
}

/** What a format does to a number, in short: its kind, most decimals, grouping, percent. */
export function parseNumberFormat(format: string | undefined | null): ParsedFormat {
  const f = (format ?? '').trim();
  const general: ParsedFormat = { kind: 'general', decimals: 0, grouping: false, percent: false };
  if (f === '' || /^general$/i.test(f)) return general;
  if (f === '@') return { ...general, kind: 'text' };
  if (isDateFormat(f)) return { ...general, kind: 'date' };
  // What 1234.5678 shows says the rest.
  const shown = shownText(1234.5678, f, EN_SEPARATORS);
  const m = /\d[\d,]*(?:\.(\d*))?/.exec(shown);
  if (!m || !/[0#?]/.test(f.split(';')[0].replace(/"[^"]*"/g, ''))) return general;
  return { kind: 'number', decimals: m[1]?.length ?? 0, grouping: m[0].includes(','), percent: shown.includes('%') };
}

/** A cell value as text, formatted by its number format. */
export function formatCellValue(value: string | number | boolean | null | undefined, numberFormat: string | undefined, lang: Lang = 'vi'): string {
  return shownText(value, numberFormat, lang === 'vi' ? VI_SEPARATORS : EN_SEPARATORS);
}
