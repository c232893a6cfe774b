/**
 * Text helpers for Vietnamese headers and labels: fold diacritics so that
 * "Ước thực hiện", "Uoc thuc hien" and "ƯỚC THỰC HIỆN" compare equal.
 */
import type { CellValue } from './grid';

/** Base letter of each precomposed Latin letter with diacritics (built once). */
const BASE = new Map<number, string>();
for (let code = 0xc0; code <= 0x24f; code++) addBase(code);
for (let code = 0x1e00; code <= 0x1eff; code++) addBase(code);
BASE.set(0x111, 'd');
BASE.set(0x110, 'd');

function addBase(code: number): void {
  const base = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (base.length === 1 && base.charCodeAt(0) < 128) BASE.set(code, base);
}

/** Lower case, no diacritics, đ → d, single spaces. */
export function fold(s: string): string {
  let out = '';
  let space = true; // drops leading spaces and repeats
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else if (c >= 0x300 && c <= 0x36f) continue; // a combining mark (decomposed input)
    else out += BASE.get(c) ?? s[i].toLowerCase();
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Whitespace other than a single space (what squeeze changes inside a text). */
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Trimmed, every run of whitespace one space (most texts need only the trim: no new string). */
export function squeeze(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** A cell as trimmed text ("" for empty; numbers as written by JS). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return squeeze(v);
  return String(v);
}

/** True when the text has Vietnamese diacritics (or đ). */
export function hasDiacritics(s: string): boolean {
  return fold(s) !== s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Roman numeral I..XXX → number, or null. */
export function romanValue(s: string): number | null {
  // Most numbers in an STT column are Arabic: no roman numeral starts with a digit.
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return null;
  const t = s.trim().toUpperCase().replace(/\.$/, '');
  if (!/^[IVXL]+$/.test(t)) return null;
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = map[t[i]];
    const next = i + 1 < t.length ? map[t[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** True when most letters are upper case (section titles are). */
export function isMostlyUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  let upper = 0;
  for (const ch of letters) if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
  return upper / letters.length > 0.8;
}

/** Four-digit years (1990-2099) mentioned in a text, in order. */
export function yearsIn(s: string): number[] {
  const out: number[] = [];
  const re = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(Number(m[1]));
  return out;
}

/**
 * The same text, stored flat. A string built with `+` or a template is
 * kept by V8 as a tree of its pieces until something reads its characters;
 * the engine makes hundreds of thousands of formulas and messages that live
 * as long as the report, and as trees they take about twice the memory (and
 * the garbage collector's time). Reading one character makes it flat.
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
