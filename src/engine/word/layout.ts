/**
 * The page and the column widths of a table sent to Word, worked out once
 * for the .docx and the copied HTML alike, on the appendix's page (A4,
 * margins of 2 cm: layout.ts of the appendix) and its estimate of Times
 * New Roman's letter widths.
 *
 * Each column needs room for its longest word and its widest figure (a
 * figure never breaks: "1.234.567,8" stays on one line), and would like
 * room for its widest line. A table of more than seven columns, or one
 * whose columns do not fit the portrait page even with the long texts
 * wrapped to 4 cm, goes in landscape, in 12 pt; else portrait, in 13 pt.
 * The widths then fill the text width: every column gets what it needs,
 * and what is left goes to the columns that would like more, in proportion
 * to how much more (mostly the names' column).
 */
import { A4, CELL_MARGINS, MARGIN, USABLE_WIDTH, textTwips } from '../appendix/layout';
import type { DocCell, DocRow } from './model';

/** The text width of the A4 portrait page (about 17 cm). */
export const PORTRAIT_WIDTH = A4.width - 2 * MARGIN;
/** The text width of the A4 landscape page (about 25.7 cm). */
export const LANDSCAPE_WIDTH = USABLE_WIDTH;
/** More columns than this: landscape, 12 pt. */
export const MAX_PORTRAIT_COLUMNS = 7;
/** Room around a cell's text: its margins, and a little for the estimate's error. */
const PAD = CELL_MARGINS.left + CELL_MARGINS.right + 40;
/** A long text wraps rather than turn the page while its column is at least this wide (4 cm). */
const TEXT_FLOOR = 2268;
/** No column asks for more than about 60 characters a line. */
const LINE_CAP = 6500;

const lines = (s: string) => s.split(/\r\n|\r|\n/);

/** The room a cell needs (its longest word, or its whole figure) and would like (its widest line), in twips. */
function measure(c: DocCell, halfPoints: number): { need: number; like: number } {
  const words = lines(c.text).flatMap((l) => l.split(/\s+/));
  const word = Math.max(0, ...words.map((w) => textTwips(w, halfPoints, !!c.bold)));
  const line = Math.max(0, ...lines(c.text).map((l) => textTwips(l.trim(), halfPoints, !!c.bold)));
  // A figure ("1.234,5", "> 2.300") is not broken.
  const need = c.align === 'right' ? line : word;
  return { need: need + PAD, like: Math.min(Math.max(line, need) + PAD, LINE_CAP) };
}

/** Widths adding up to `total` exactly: each its need, the rest shared by how much more each would like. */
export function shareWidths(need: number[], like: number[], total: number): number[] {
  const n = need.length;
  if (!n) return [];
  const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let out: number[];
  const needed = sumOf(need);
  if (needed >= total) out = need.map((w) => (w / needed) * total);
  else {
    const extra = total - needed;
    const desire = like.map((w, i) => Math.max(0, w - need[i]));
    const wanted = sumOf(desire);
    if (wanted >= extra) out = need.map((w, i) => w + (desire[i] / wanted) * extra);
    else {
      const liked = sumOf(like.map((w, i) => Math.max(w, need[i])));
      out = like.map((w, i) => (Math.max(w, need[i]) / liked) * total);
    }
  }
  const whole = out.map((w) => Math.floor(w));
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest] += total - sumOf(whole);
  return whole;
}

/** The page, the font size and the column widths of a table. */
export function layOut(header: DocRow[], body: DocRow[], n: number): { widths: number[]; landscape: boolean; fontSize: number } {
  const fontSize = n > MAX_PORTRAIT_COLUMNS ? 12 : 13;
  const halfPoints = fontSize * 2;
  const need = new Array<number>(n).fill(PAD);
  const like = new Array<number>(n).fill(PAD);
  for (const rows of [header, body]) {
    for (const r of rows) {
      for (const c of r.cells) {
        if (c.colSpan !== 1) continue;
        const m = measure(c, halfPoints);
        need[c.col] = Math.max(need[c.col], m.need);
        // Headers wrap: only their longest word counts.
        like[c.col] = Math.max(like[c.col], r.kind === 'header' ? m.need : m.like);
      }
    }
  }
  const floor = need.map((w, j) => Math.max(w, Math.min(like[j], TEXT_FLOOR)));
  const landscape = n > MAX_PORTRAIT_COLUMNS || floor.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH;
  return { widths: shareWidths(need, like, landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH), landscape, fontSize };
}
