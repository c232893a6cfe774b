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
// Ð and ð (Icelandic eth) stand in for Đ and đ in text that went through an old encoding.
BASE.set(0xd0, 'd');
BASE.set(0xf0, 'd');

function addBase(code: number): void {
  const base = String.fromCharCode(code)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (base.length === 1 && base.charCodeAt(0) < 128) BASE.set(code, base);
}

/** The same, by char code up to U+1EFF (what fold looks up; 0: none). */
const BASE_CODE = new Uint8Array(0x1f00);
for (const [code, base] of BASE) BASE_CODE[code] = base.charCodeAt(0);

/** fold's scratch space: the folded text's char codes (reused, never kept). */
const CODES: number[] = [];

/**
 * Lower case, no diacritics, đ → d, single spaces. Built as char codes and
 * made into one string at the end (a name folded letter by letter would
 * leave a string behind for every letter); a text already folded is
 * returned as it is.
 */
export function fold(s: string): string {
  const codes = CODES;
  codes.length = 0;
  let changed = false;
  let space = true; // drops leading spaces and repeats
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      if (!space) codes.push(32);
      changed ||= c !== 32 || space;
      space = true;
      continue;
    }
    space = false;
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        codes.push(c + 32);
        changed = true;
      } else codes.push(c);
    } else if (c >= 0x300 && c <= 0x36f) {
      changed = true; // a combining mark (decomposed input)
    } else {
      const base = c < 0x1f00 ? BASE_CODE[c] : 0;
      if (base !== 0) codes.push(base);
      else {
        // Lower case may give a letter that folds further (the Ångström sign gives å): fold that too.
        const lower = s[i].toLowerCase();
        for (let k = 0; k < lower.length; k++) {
          const l = lower.charCodeAt(k);
          const folded = l < 0x1f00 ? BASE_CODE[l] : 0;
          if (folded !== 0) codes.push(folded);
          else if (l < 0x300 || l > 0x36f) codes.push(l);
        }
      }
      changed = true;
    }
  }
  if (space && codes.length > 0 && codes[codes.length - 1] === 32) {
    codes.pop();
    changed = true;
  }
  return changed ? fromCodes(codes) : s;
}

/** A string from char codes, in slices small enough to pass as arguments. */
function fromCodes(codes: number[]): string {
  const SLICE = 8192;
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let i = 0; i < codes.length; i += SLICE) out += String.fromCharCode.apply(null, codes.slice(i, i + SLICE));
  return flat(out);
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
  return (
    fold(s) !==
    s
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
  );
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
