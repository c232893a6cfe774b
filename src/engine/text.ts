/**
 * Text helpers for Vietnamese headers and labels: fold diacritics so that
 * "Ước thực hiện", "Uoc thuc hien" and "ƯỚC THỰC HIỆN" compare equal.
 */
import type { CellValue } from './grid';

const folded = new Map<string, string>();

/** Lower case, no diacritics, đ → d, single spaces. */
export function fold(s: string): string {
  // Most cells are plain ASCII (numbers, codes): no diacritics to remove.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/ {2,}/g, ' ').trim();
  // Units and labels repeat down a sheet: remember the last few thousand.
  let f = folded.get(s);
  if (f !== undefined) return f;
  if (folded.size > 5000) folded.clear();
  f = foldSlow(s);
  folded.set(s, f);
  return f;
}

function foldSlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A cell as trimmed text ("" for empty; numbers as written by JS). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/[\s\u00a0]+/g, ' ').trim();
  return String(v);
}

/** True when the text has Vietnamese diacritics (or đ). */
export function hasDiacritics(s: string): boolean {
  return fold(s) !== s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Roman numeral I..XXX → number, or null. */
export function romanValue(s: string): number | null {
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
