/**
 * The display locale of the in-memory Excel. Office.js gives `values`,
 * `formulas` and `numberFormat` in en-US whatever the user's regional
 * settings, while `text`, `formulasLocal` and `numberFormatLocal` follow
 * them (office-js #1559, #1632): in Vietnamese settings a number shows as
 * "1.234,5", a formula separates its arguments with ";" and writes
 * decimals with ",", and "#,##0.0" is "#.##0,0". Text typed into a cell
 * (or written through `values`) is read as the user would type it:
 * "1.234,5" is a number there. Only the separators are modelled (not
 * month names or date orders).
 */
export type Locale = 'en-US' | 'vi-VN';

/** Swap "." and "," outside double-quoted literals (and, for a formula, "," → ";" between arguments). */
function swapOutsideQuotes(s: string, map: (ch: string) => string): string {
  let out = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    out += quoted || ch === '"' ? ch : map(ch);
  }
  return out;
}

/** A number's text as it shows (en-US "1,234.5" → vi-VN "1.234,5"). */
export function localNumberText(text: string, locale: Locale): string {
  if (locale === 'en-US') return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

/** A number format as `numberFormatLocal` gives it. */
export function localFormat(format: string, locale: Locale): string {
  if (locale === 'en-US') return format;
  return swapOutsideQuotes(format, (ch) => (ch === '.' ? ',' : ch === ',' ? '.' : ch));
}

/** A number format written through `numberFormatLocal`, as `numberFormat` holds it. */
export function formatFromLocal(format: string, locale: Locale): string {
  return localFormat(format, locale);
}

/** A formula as `formulasLocal` gives it: ";" between arguments, "," in decimals. */
export function localFormula(formula: string, locale: Locale): string {
  if (locale === 'en-US' || !formula.startsWith('=')) return formula;
  return swapOutsideQuotes(formula, (ch) => (ch === ',' ? ';' : ch === '.' ? ',' : ch));
}

/** A formula written through `formulasLocal`, as `formulas` holds it. */
export function formulaFromLocal(formula: string, locale: Locale): string {
  if (locale === 'en-US' || !formula.startsWith('=')) return formula;
  return swapOutsideQuotes(formula, (ch) => (ch === ',' ? '.' : ch === ';' ? ',' : ch));
}

/** Typed text in the locale's style as the en-US text Excel's input reader takes ("1.234,5" → "1,234.5"); other text as it is. */
export function inputFromLocal(text: string, locale: Locale): string {
  if (locale === 'en-US' || !/^\s*[+-]?[\d.,]+%?\s*$/.test(text)) return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

/** What Application.cultureInfo says of the locale (ExcelApi 1.11): its name and number separators. */
export function cultureOf(locale: Locale): { name: string; decimal: string; group: string } {
  return locale === 'vi-VN' ? { name: 'vi-VN', decimal: ',', group: '.' } : { name: 'en-US', decimal: '.', group: ',' };
}
