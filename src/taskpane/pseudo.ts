/**
 * Pseudo-localisation, for layout tests only (`?lang=pseudo` on the
 * workbench or the task pane page; test/e2e drives it). Every UI string is
 * shown accented and about 40 % longer, between "[!! … !!]" markers:
 *
 *   "Kiểm tra"  →  "[!! Ķïểm ťřẫ ~~~~ !!]"
 *
 * so text a real translation would make longer, or taller (Vietnamese
 * letters with two marks stacked, as in "Ể"), shows up clipped or
 * overlapping in the screenshots, and a string that skipped i18n.ts shows up
 * without its markers. `{placeholders}` are left as they are, so filled-in
 * values (cell addresses, numbers, sheet names) stay readable.
 */

/** ASCII letters → accented look-alikes; vowels get Vietnamese stacked marks (the tallest glyphs). */
const ACCENTS: Record<string, string> = {
  a: 'ẫ',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'ể',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'ï',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'm',
  n: 'ñ',
  o: 'ỗ',
  p: 'þ',
  q: 'q',
  r: 'ř',
  s: 'š',
  t: 'ť',
  u: 'ữ',
  v: 'ṽ',
  w: 'ŵ',
  x: 'x',
  y: 'ỹ',
  z: 'ž',
  A: 'Ẫ',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'Ể',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Ĩ',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'M',
  N: 'Ñ',
  O: 'Ỗ',
  P: 'Þ',
  Q: 'Q',
  R: 'Ř',
  S: 'Š',
  T: 'Ť',
  U: 'Ữ',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'X',
  Y: 'Ỹ',
  Z: 'Ž',
};

export const PSEUDO_OPEN = '[!! ';
export const PSEUDO_CLOSE = ' !!]';

/** How much longer a string gets (besides its markers). */
export const PSEUDO_GROWTH = 0.4;

const PLACEHOLDER = /(\{\w+\})/;

/** The letters of `text` accented, nothing added (placeholders kept). */
export function pseudoAccents(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : Array.from(part, (ch) => ACCENTS[ch] ?? ch).join('')))
    .join('');
}

/** `n` tildes in groups of at most six, so that long padding can wrap like words. */
function padding(n: number): string {
  const groups: string[] = [];
  for (let left = n; left > 0; left -= 6) groups.push('~'.repeat(Math.min(6, left)));
  return groups.join(' ');
}

/** "Kiểm tra" → "[!! Ķïểm ťřẫ ~~~~ !!]": accented, ~40 % longer, marked at both ends. */
export function pseudoLocalize(text: string): string {
  if (text === '' || text.startsWith(PSEUDO_OPEN)) return text;
  const visible = Array.from(text.replace(new RegExp(PLACEHOLDER.source, 'g'), '')).length;
  const pad = padding(Math.max(2, Math.ceil(visible * PSEUDO_GROWTH)));
  return `${PSEUDO_OPEN}${pseudoAccents(text)} ${pad}${PSEUDO_CLOSE}`;
}

let enabled = false;

/** Turn the pseudo-locale on or off for every string `t()` returns from now on. */
export function setPseudoLocale(on: boolean): void {
  enabled = on;
}

export function isPseudoLocale(): boolean {
  return enabled;
}

/** `text` pseudo-localised when the pseudo-locale is on, else as it is. */
export function maybePseudo(text: string): string {
  return enabled ? pseudoLocalize(text) : text;
}

/** True when a page's query string asks for the pseudo-locale (`?lang=pseudo`). */
export function wantsPseudoLocale(search: string): boolean {
  return new URLSearchParams(search).get('lang') === 'pseudo';
}
