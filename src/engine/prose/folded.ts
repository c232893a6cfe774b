/**
 * The text folded for reading (lower case, no diacritics, đ → d, every
 * space one space) with a map back to the original: a match in the folded
 * text names its characters in the original.
 */
import { fold } from '../text';

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded character, its index in the original. */
  from: Int32Array;
  /** For each original index (and one past the end), the folded index at or after it. */
  to: Int32Array;
}

export function foldMapped(original: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to = new Int32Array(original.length + 1);
  for (let i = 0; i < original.length; i++) {
    to[i] = out.length;
    const ch = original[i];
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue; // a combining mark: folded away
    let f: string;
    if (/\s/.test(ch)) f = ch === '\t' || ch === '\n' ? ch : ' ';
    else if (c < 128) f = ch.toLowerCase();
    else f = fold(ch) || ch;
    for (const x of f) {
      out.push(x);
      from.push(i);
    }
  }
  to[original.length] = out.length;
  from.push(original.length);
  return { text: out.join(''), from: Int32Array.from(from), to };
}

/** The original span of folded [a, b). */
export function originalSpan(f: Folded, a: number, b: number): [number, number] {
  return [f.from[a], b > a ? f.from[b - 1] + 1 : f.from[a]];
}
