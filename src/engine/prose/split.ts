/**
 * Cutting a text into what the checks read: paragraphs (lines), sentences,
 * a heading line ending in ":" with the bullet list under it, and lines of
 * tab-separated cells (a table row pasted as text). Every piece keeps its
 * place in the original text.
 */
import type { Layout, List, Row, Sentence, Span } from './types';

interface Line {
  start: number;
  end: number;
  /** "-", "+", "•", "a)", "1)" or null when the line is no bullet. */
  marker: string | null;
  blank: boolean;
}

/** A bullet's mark and the class it belongs to ("–" and "—" are "-"; any "b)" is "a)"). */
const BULLET = /^\s*([-–—+•*▪○●◦]|[a-zđ]\)|\d{1,2}\))\s+/i;

function markerClass(m: string): string {
  if (/^[-–—]$/.test(m)) return '-';
  if (/^[a-zđ]\)$/i.test(m)) return 'a)';
  if (/^\d+\)$/.test(m)) return '1)';
  return m;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      const s = text.slice(start, end);
      const m = BULLET.exec(s);
      out.push({ start, end, marker: m ? markerClass(m[1]) : null, blank: s.trim() === '' });
      start = i + 1;
    }
  }
  return out;
}

/** Words a period follows without ending the sentence ("TP. Hà Tĩnh", "v.v. và"). */
const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|TX|Tx|ThS|TS|PGS|GS|Th|St|Q|P|v\.v|vv|Ths|Đ\/c|đ\/c)$/;

/** Only an enumerator before the period: "1", "II", "a", "1.2" (a heading's number, not a sentence). */
const ENUMERATOR = /^\s*(?:[-–+]\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])$/i;

/** Sentences of text[start, end): they end at . ! ? … before a space and a new start (capital, digit, bullet, quote). */
function sentencesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /[.!?…]+["”’)]*(?=\s)/g;
  re.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    const stop = m.index + m[0].length;
    if (stop >= end) break;
    let k = stop;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    const opens = /[\p{Lu}\d“"‘'(\-–+•]/u.test(next);
    const before = text.slice(from, m.index);
    if (!opens || ABBREVIATION.test(before) || ENUMERATOR.test(before)) continue;
    out.push(trimSpan(text, from, stop));
    from = k;
  }
  const last = trimSpan(text, from, end);
  if (last[1] > last[0]) out.push(last);
  return out.filter((s) => s[1] > s[0]);
}

function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/** Cut a text into sentences, bullet lists under their heading, and tab-separated rows. */
export function layout(text: string): Layout {
  const lines = linesOf(text);
  const sentences: Sentence[] = [];
  const rows: Row[] = [];
  /** For each line, its last sentence's index (-1: none). */
  const lastSentence: number[] = [];
  let paragraph = 0;
  for (const line of lines) {
    if (line.blank) {
      lastSentence.push(-1);
      continue;
    }
    const body = text.slice(line.start, line.end);
    if (body.includes('\t')) {
      // A row: each cell is read on its own; the row is one unit for the checks of rows.
      const cells: Span[] = [];
      let at = line.start;
      for (const cell of body.split('\t')) {
        const span = trimSpan(text, at, at + cell.length);
        if (span[1] > span[0]) cells.push(span);
        at += cell.length + 1;
      }
      const first = sentences.length;
      for (const c of cells) for (const s of sentencesOf(text, c[0], c[1])) sentences.push({ index: sentences.length, paragraph, span: s });
      if (cells.length >= 2 && sentences.length > first) rows.push({ sentence: first, cells });
    } else {
      for (const s of sentencesOf(text, line.start, line.end)) sentences.push({ index: sentences.length, paragraph, span: s });
    }
    lastSentence.push(sentences.length - 1);
    paragraph++;
  }
  return { sentences, lists: listsOf(text, lines, lastSentence), rows };
}

/** A heading line ending in ":" and the bullets under it, of one class, each with the lines nested under it. */
function listsOf(text: string, lines: Line[], lastSentence: number[]): List[] {
  const out: List[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i];
    if (h.blank || lastSentence[i] < 0 || !/:\s*$/.test(text.slice(h.start, h.end))) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].blank) j++;
    if (j >= lines.length || !lines[j].marker || lines[j].marker === h.marker) continue;
    const itemClass = lines[j].marker;
    const items: Span[] = [];
    for (let k = j; k < lines.length; k++) {
      const l = lines[k];
      if (l.blank) continue;
      if (l.marker === itemClass) items.push([l.start, l.end]);
      else if (l.marker && l.marker !== h.marker && items.length) items[items.length - 1][1] = l.end;
      else break;
    }
    out.push({ heading: [h.start, h.end], sentence: lastSentence[i], items });
  }
  return out;
}
