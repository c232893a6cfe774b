/**
 * The appendix's page and columns for Word, worked out once for the .docx
 * and the copied HTML alike: A4 landscape with margins of 2 cm leaves a text
 * width of 14,570 twips (about 25.7 cm, 728.5 pt); the model's column widths
 * are scaled to it, then widened where TT or a date would not fit, taking
 * the room from the task column and the others with room to spare. Plain
 * arithmetic on an estimate of Times New Roman's letter widths.
 */
import type { AppendixModel, DateCell } from './model';
import { dateText } from './model';
import { BODY_SIZE } from './sheet';

/** A4 in twips (1/20 pt), portrait. */
export const A4 = { width: 11906, height: 16838 };
/** Page margins: 2 cm. */
export const MARGIN = 1134;
/** The width the table fills: the landscape page less the margins (about 25.7 cm). */
export const USABLE_WIDTH = A4.height - 2 * MARGIN;
/** Cell padding in twips: about 1 mm above and below, 1.5 mm at the sides. */
export const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
/** The body size in half-points (13 pt), as Word counts font sizes. */
const BODY_HALF_POINTS = BODY_SIZE * 2;

/** Column widths in twips: the model's widths in characters, scaled to fill the usable width exactly. */
export function columnTwips(widths: number[], total = USABLE_WIDTH): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  if (!sum) return widths.map(() => 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  // Give the rounding remainder to the widest column, so the table fills the width to the twip.
  const widest = widths.indexOf(Math.max(...widths));
  out[widest] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Advance widths of Times New Roman, in em, for the letters of Vietnamese text with the marks taken off. */
const EM: Record<string, number> = {
  a: 0.444,
  b: 0.5,
  c: 0.444,
  d: 0.5,
  e: 0.444,
  f: 0.333,
  g: 0.5,
  h: 0.5,
  i: 0.278,
  j: 0.278,
  k: 0.5,
  l: 0.278,
  m: 0.778,
  n: 0.5,
  o: 0.5,
  p: 0.5,
  q: 0.5,
  r: 0.333,
  s: 0.389,
  t: 0.278,
  u: 0.5,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.444,
  A: 0.722,
  B: 0.667,
  C: 0.667,
  D: 0.722,
  E: 0.611,
  F: 0.556,
  G: 0.722,
  H: 0.722,
  I: 0.333,
  J: 0.389,
  K: 0.722,
  L: 0.611,
  M: 0.889,
  N: 0.722,
  O: 0.722,
  P: 0.556,
  Q: 0.722,
  R: 0.667,
  S: 0.556,
  T: 0.611,
  U: 0.722,
  V: 0.722,
  W: 0.944,
  X: 0.722,
  Y: 0.722,
  Z: 0.611,
  ' ': 0.25,
  '/': 0.278,
  '.': 0.25,
  ',': 0.25,
  ':': 0.278,
  '-': 0.333,
  '(': 0.333,
  ')': 0.333,
};

/** The width of a text in Times New Roman at a size (half-points), in twips: an estimate, a little generous. */
export function textTwips(text: string, size = BODY_HALF_POINTS, bold = false): number {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let em = 0;
  for (const ch of plain) em += EM[ch] ?? (/[0-9]/.test(ch) ? 0.5 : /[A-Z]/.test(ch) ? 0.722 : 0.5);
  return Math.ceil(em * (bold ? 1.06 : 1) * size * 10);
}

const longestWord = (text: string, bold = false) => Math.max(0, ...text.split(/\s+/).map((w) => textTwips(w, BODY_HALF_POINTS, bold)));

/**
 * The column widths the table is drawn with: the model's, scaled to the page,
 * then widened where a column's text could not fit — TT and the dates on one
 * line ("Tháng 12/2021", "Quý III/2021"), no word broken — taking the room
 * from the columns with the most to spare (mostly the task column). When
 * keeping the dates whole would take more than a sixth of the task column
 * (a timeline leaves little room), the dates may break at their spaces
 * ("Tháng / 12/2021") but never inside a word. The timeline columns keep
 * their scaled width.
 */
export function fitColumns(m: AppendixModel, total = USABLE_WIDTH): number[] {
  const n = m.header.length;
  const tw = columnTwips(m.widths.slice(0, n + m.quarters.length), total);
  const whole = fitTo(m, tw, total, true);
  return whole[1] >= tw[1] * (5 / 6) ? whole : fitTo(m, tw, total, false);
}

/** The room each of the first columns needs, in twips, with the dates whole or by words. */
export function columnNeeds(m: AppendixModel, wholeDates: boolean): number[] {
  const pad = CELL_MARGINS.left + CELL_MARGINS.right + 40;
  const need = m.header.map((h) => longestWord(h, true) + pad);
  const grow = (i: number, w: number) => (need[i] = Math.max(need[i], w + pad));
  const date = (c: DateCell) => (wholeDates ? textTwips(dateText(c)) : longestWord(dateText(c)));
  for (const r of m.rows) {
    if (r.type === 'group') {
      grow(0, textTwips(r.number, BODY_HALF_POINTS, true));
      continue;
    }
    grow(0, textTwips(r.number));
    grow(1, longestWord(r.task));
    grow(2, date(r.start));
    grow(3, date(r.end));
    grow(4, longestWord(r.owner));
    grow(5, longestWord(r.note));
  }
  return need;
}

function fitTo(m: AppendixModel, tw: number[], total: number, wholeDates: boolean): number[] {
  const n = m.header.length;
  const need = columnNeeds(m, wholeDates);
  const deficit = need.map((w, i) => Math.max(0, w - tw[i]));
  const slack = need.map((w, i) => Math.max(0, tw[i] - w));
  const D = deficit.reduce((a, b) => a + b, 0);
  const S = slack.reduce((a, b) => a + b, 0);
  const take = Math.min(D, S);
  if (!take) return tw;
  const out = tw.map((w, i) => (i < n ? Math.round(w + (deficit[i] / D) * take - (slack[i] / S) * take) : w));
  // Keep the total exact: the rounding goes to the column with the most room.
  const roomiest = slack.indexOf(Math.max(...slack));
  out[roomiest] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
