/**
 * Numbers in the reader's style: Vietnamese writes 1.234,5 and English
 * 1,234.5. Done by hand (engine/numfmt.ts) so the result does not depend on the browser's ICU.
 */
import type { Metric } from '../engine/report';
import type { Lang } from '../i18n/lang';
import { EN_SEPARATORS, fixedNumber, generalNumber, roundTo, VI_SEPARATORS, type Separators } from '../engine/numfmt';

export interface NumberStyle {
  /** Digits after the decimal separator (fixed). */
  decimals: number;
  /** Group thousands. */
  grouping?: boolean;
}

const SEPARATORS: Record<Lang, Separators> = { vi: VI_SEPARATORS, en: EN_SEPARATORS };

export { roundTo };

/** `n` with a fixed number of decimals in the language's style. */
export function formatNumber(n: number, lang: Lang, style: NumberStyle): string {
  return fixedNumber(n, SEPARATORS[lang], style);
}

/** A computed percentage: one decimal ("102,2" in vi, "102.2" in en). */
export function formatPercentValue(n: number, lang: Lang): string {
  return formatNumber(n, lang, { decimals: 1, grouping: true });
}

/**
 * A computed cell's value as the reader expects it: ratios and growths with
 * one decimal, rank changes signed ("+2"), durations in whole months.
 */
export function formatMetricValue(n: number, metric: Metric, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  if (metric === 'rank-change') {
    const s = formatNumber(n, lang, { decimals: 0, grouping: true });
    return roundTo(n, 0) > 0 ? `+${s}` : s;
  }
  if (metric === 'duration') return formatNumber(n, lang, { decimals: 0, grouping: true });
  return formatPercentValue(n, lang);
}

/** A local date as yyyy-mm-dd (what a date input holds). */
export function isoDate(d: Date): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string | undefined): s is string {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/**
 * A yyyy-mm-dd date as the pane and the sheet write it: day/month/year,
 * as in the computed column's label "Đã qua đến 30/6/2023 (%)".
 */
export function dayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

/**
 * A date typed day first ("30/6/2023", "30/06/2023", "30.6.2023",
 * "30-6-2023") as yyyy-mm-dd; null when it is no real calendar date.
 */
export function parseDayMonthYear(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const pad = (n: string) => n.padStart(2, '0');
  const iso = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  return isIsoDate(iso) ? iso : null;
}

/** A number as Excel's "General" format shows it: up to 10 significant digits, no trailing zeros, no grouping. */
export function formatGeneral(n: number, lang: Lang): string {
  return generalNumber(n, SEPARATORS[lang]);
}
