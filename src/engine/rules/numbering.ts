/**
 * The STT column: the same number twice at one level (`duplicate-number`),
 * and a number skipped ("1, 3" without 2: `numbering-gap`). Numbering
 * restarts under each section; sections are numbered at their own level
 * (A, B / I, II); parts may be lettered in the Vietnamese order (a, b, c,
 * d, đ, e, g, h, i, k, …).
 */
import { romanValue } from '../text';
import { columnOf } from '../table';
import type { Finding, Rule } from './types';

/** Letters as Vietnamese documents number their points (no f, j, w, z; đ after d). */
const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Position of a STT in its own sequence: 1, 2 … / I, II … / A, B … / a, b, …; null when it is none. */
function ordinal(key: string, kind: 'arabic' | 'roman' | 'upper' | 'lower'): number | null {
  if (kind === 'arabic') return /^\d+$/.test(key) ? Number(key) : null;
  if (kind === 'roman') return romanValue(key);
  if (kind === 'upper') return /^[A-Z]$/.test(key) ? key.charCodeAt(0) - 64 : null;
  const i = VI_LETTERS.indexOf(key);
  return key.length === 1 && i >= 0 ? i + 1 : null;
}

interface Sequence {
  /** The last number seen and its row. */
  last: number;
  row: number;
  kind: 'arabic' | 'roman' | 'upper' | 'lower';
}

export const numberingRule: Rule = {
  codes: ['duplicate-number', 'numbering-gap'],
  run({ table }) {
    const stt = columnOf(table, 'stt');
    if (!stt) return [];
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    const sections = new Map<string, number>();
    // The running sequence of items (restarts under each section), of parts
    // (restarts under each item), and of sections at each level.
    let items: Sequence | null = null;
    let parts: Sequence | null = null;
    const sectionSeq = new Map<number, Sequence>();
    // Dotted numbers ("2.1", "2.2") by their head.
    const children = new Map<string, Sequence>();
    const gap = (seq: Sequence | null, n: number, row: number, key: string, kind: Sequence['kind']): Sequence => {
      if (seq && seq.kind === kind && n > seq.last + 1) {
        const expected =
          kind === 'arabic'
            ? String(seq.last + 1)
            : kind === 'lower'
              ? VI_LETTERS[seq.last]
              : kind === 'upper'
                ? String.fromCharCode(65 + seq.last)
                : toRoman(seq.last + 1);
        out.push({
          row,
          col: stt.col,
          code: 'numbering-gap',
          message: 'numbering-gap',
          severity: 'warning',
          params: { stt: key, missing: expected, previous: seq.row + 1 },
        });
      }
      return { last: n, row, kind };
    };
    for (const r of table.rows) {
      const key = r.stt
        .replace(/[.)]+$/, '')
        .replace(/^\(/, '')
        .trim();
      if (r.type === 'section') {
        // Sections are numbered at their own level (A, B / I, II).
        seen.clear();
        items = null;
        parts = null;
        const level = `${r.level ?? 0}:${key}`;
        if (key && sections.has(level))
          out.push({
            row: r.row,
            col: stt.col,
            code: 'duplicate-number',
            message: 'duplicate-number',
            severity: 'warning',
            params: { stt: key, first: sections.get(level)! + 1 },
          });
        else if (key) sections.set(level, r.row);
        if ((r.level ?? 0) === 1) {
          for (const k of [...sections.keys()]) if (!k.startsWith('1:')) sections.delete(k);
          for (const l of [...sectionSeq.keys()]) if (l > 1) sectionSeq.delete(l);
        }
        const kind = romanValue(key) !== null ? 'roman' : /^[A-Z]$/.test(key) ? 'upper' : /^\d+$/.test(key) ? 'arabic' : null;
        const n = kind ? ordinal(key, kind) : null;
        if (kind && n !== null) {
          const lvl = r.level ?? 0;
          const prev = sectionSeq.get(lvl) ?? null;
          sectionSeq.set(lvl, prev && prev.kind === kind && n <= prev.last ? { last: n, row: r.row, kind } : gap(prev, n, r.row, key, kind));
        }
        continue;
      }
      if (r.type === 'total') {
        seen.clear();
        items = null;
        parts = null;
        continue;
      }
      if (r.type === 'part') {
        const n = ordinal(key, 'lower');
        if (n === null) continue;
        // A part lettered "a" starts its item's list again.
        parts = parts && n > parts.last ? gap(parts, n, r.row, key, 'lower') : { last: n, row: r.row, kind: 'lower' };
        continue;
      }
      if (r.type !== 'item' || !/^\d+(\.\d+)*$/.test(key)) continue;
      parts = null;
      if (seen.has(key)) {
        out.push({
          row: r.row,
          col: stt.col,
          code: 'duplicate-number',
          message: 'duplicate-number',
          severity: 'warning',
          params: { stt: key, first: seen.get(key)! + 1 },
        });
        // "8, 8, 10": the repeat stands where 9 belongs; one slip, one line.
        if (items && key === String(items.last)) items = { last: items.last + 1, row: r.row, kind: 'arabic' };
        continue;
      }
      seen.set(key, r.row);
      // "2.3" after "2.2": the last part counts, under the same head; under a
      // head numbered "2" the list starts at "2.1".
      const dot = key.lastIndexOf('.');
      if (dot >= 0) {
        const head = key.slice(0, dot);
        const n = Number(key.slice(dot + 1));
        const prev = children.get(head);
        const expected = prev ? prev.last + 1 : seen.has(head) ? 1 : n;
        if (n > expected)
          out.push({
            row: r.row,
            col: stt.col,
            code: 'numbering-gap',
            message: 'numbering-gap',
            severity: 'warning',
            params: { stt: key, missing: `${head}.${expected}`, previous: (prev?.row ?? seen.get(head)!) + 1 },
          });
        children.set(head, { last: Math.max(n, prev?.last ?? 0), row: r.row, kind: 'arabic' });
        continue;
      }
      const n = Number(key);
      // A number below the last starts the count again (a new list without a section row).
      items = items && n > items.last ? gap(items, n, r.row, key, 'arabic') : { last: n, row: r.row, kind: 'arabic' };
    }
    return out;
  },
};

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
