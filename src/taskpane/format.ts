/**
 * Numbers in the reader's style: Vietnamese writes 1.234,5 and English
 * 1,234.5. Done by hand so the result does not depend on the browser's ICU.
 */
import type { Metric } from '../engine/report';
import type { Lang } from '../i18n/lang';

export interface NumberStyle {
  /** Digits after the decimal separator (fixed). */
  decimals: number;
  /** Group thousands. */
  grouping?: boolean;
}

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

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

/** `n` with a fixed number of decimals in the language's style. */
export function formatNumber(n: number, lang: Lang, style: NumberStyle): string {
  if (!Number.isFinite(n)) return String(n);
  const { decimal, group } = SEPARATORS[lang];
  const r = roundTo(n, style.decimals);
  const fixed = Math.abs(r).toFixed(style.decimals);
  if (fixed.includes('e')) return String(n);
  const [int, frac] = fixed.split('.');
  const intPart = style.grouping ? groupDigits(int, group) : int;
  const negative = r < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + intPart + (frac !== undefined ? decimal + frac : '');
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

/**
 * A number as Excel's "General" format shows it: up to 10 significant
 * digits, no trailing zeros, no grouping.
 */
export function formatGeneral(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const s = n.toExponential(5).replace(/\.?0+e/, 'e');
    return lang === 'vi' ? s.replace('.', ',') : s;
  }
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, Math.min(10 - intDigits, 10));
  let s = formatNumber(n, lang, { decimals });
  const dec = SEPARATORS[lang].decimal;
  if (s.includes(dec)) s = s.replace(/0+$/, '').replace(new RegExp(`\\${dec}$`), '');
  return s;
}
