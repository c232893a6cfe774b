/**
 * A formula's text as Excel writes it when the formula is copied and
 * pasted `rows` down and `cols` right (or filled): relative references
 * move, `$`-anchored parts stay, text in quotes and sheet names are left
 * alone. A reference moved off the sheet becomes #REF!.
 */
import { MAX_COLS, MAX_ROWS } from './formula';

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(!])/;
const COLUMNS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/;
const ROWS = /^(\$?)([0-9]+):(\$?)([0-9]+)(?![A-Za-z0-9_.(!])/;
const WORD = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const NUMBER = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?|^\.[0-9]+([eE][+-]?[0-9]+)?/;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The formula `formula` moved `rows` down and `cols` right. */
export function moveFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  // Whether the character before i can end a token (then no reference starts at i).
  const boundary = () => i === 0 || !/[A-Za-z0-9_.$\]]/.test(formula[i - 1]);
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // Text or a quoted sheet name, with doubled quotes inside.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      // An error literal (#REF!, #N/A…).
      const m = /^#[A-Za-z0-9/]+[!?]?/.exec(formula.slice(i));
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    const rest = formula.slice(i);
    if (boundary()) {
      let m = CELL.exec(rest);
      if (m) {
        const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + rows;
        const col = m[1] ? colIndex(m[2]) : colIndex(m[2]) + cols;
        out += row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS ? '#REF!' : `${m[1]}${colLetters(col)}${m[3]}${row + 1}`;
        i += m[0].length;
        continue;
      }
      m = COLUMNS.exec(rest);
      if (m) {
        const a = m[1] ? colIndex(m[2]) : colIndex(m[2]) + cols;
        const b = m[3] ? colIndex(m[4]) : colIndex(m[4]) + cols;
        out += a < 0 || b < 0 || a >= MAX_COLS || b >= MAX_COLS ? '#REF!' : `${m[1]}${colLetters(a)}:${m[3]}${colLetters(b)}`;
        i += m[0].length;
        continue;
      }
      m = ROWS.exec(rest);
      if (m) {
        const a = m[1] ? Number(m[2]) - 1 : Number(m[2]) - 1 + rows;
        const b = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + rows;
        out += a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS ? '#REF!' : `${m[1]}${a + 1}:${m[3]}${b + 1}`;
        i += m[0].length;
        continue;
      }
      m = NUMBER.exec(rest) ?? WORD.exec(rest);
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
