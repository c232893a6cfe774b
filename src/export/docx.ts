/**
 * The appendix as a Word document (.docx), laid out as an administrative
 * document under Decree 30/2020/NĐ-CP: A4 landscape, margins of 2 cm,
 * Times New Roman 13 pt in black. Centred over the table: PHỤ LỤC (bold),
 * the title (bold), the italic line and a short rule; then the table with a
 * bold centred header that repeats on every page, thin single borders on
 * every cell, column widths from the model scaled to the page, group rows in
 * bold and the quarter timeline shaded over each task's span.
 *
 * No Node built-ins: the task pane loads this module lazily, and it packs
 * through an ArrayBuffer, which works in Node and in the browser alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBorderOptions } from 'docx';
import type { AppendixModel, AppendixRow, DateCell } from '../engine/appendix/model';
import { BODY_SIZE, FONT, TIMELINE_FILL } from '../engine/appendix/sheet';

/** A4 in twips (1/20 pt), portrait. */
export const A4 = { width: 11906, height: 16838 };
/** Page margins: 2 cm. */
export const MARGIN = 1134;
/** The width the table fills: the landscape page less the margins (about 25.7 cm). */
export const USABLE_WIDTH = A4.height - 2 * MARGIN;
/** Body size in half-points (13 pt). */
const SIZE = BODY_SIZE * 2;
/** Quarter labels are set vertically, a little smaller, to fit the narrow timeline columns. */
const QUARTER_LABEL_SIZE = 20;
const BLACK = '000000';
const FILL = TIMELINE_FILL.replace(/^#/, '').toUpperCase();
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };
/** Cell padding: about 1 mm above and below, 1.5 mm at the sides. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
const NARROW_MARGINS = { top: 40, bottom: 40, left: 0, right: 0 };
/** Length of the short rule under the title block: 4 cm. */
const RULE_WIDTH = 2268;

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
export function textTwips(text: string, size = SIZE, bold = false): number {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let em = 0;
  for (const ch of plain) em += EM[ch] ?? (/[0-9]/.test(ch) ? 0.5 : /[A-Z]/.test(ch) ? 0.722 : 0.5);
  return Math.ceil(em * (bold ? 1.06 : 1) * size * 10);
}

const longestWord = (text: string, bold = false) => Math.max(0, ...text.split(/\s+/).map((w) => textTwips(w, SIZE, bold)));

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
      grow(0, textTwips(r.number, SIZE, true));
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

function dateText(c: DateCell): string {
  return c.kind === 'empty' ? '' : c.text;
}

function para(text: string, opts: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    // A line break typed in a cell (Alt+Enter) stays a line break.
    children: text
      .split(/\r\n|\r|\n/)
      .map(
        (line, i) =>
          new TextRun({ text: line, break: i ? 1 : undefined, bold: opts.bold, italics: opts.italics, size: opts.size ?? SIZE, font: FONT, color: BLACK })
      ),
  });
}

interface CellOpts {
  width: number;
  bold?: boolean;
  center?: boolean;
  span?: number;
  fill?: string;
  vertical?: boolean;
  size?: number;
  narrow?: boolean;
}

function cell(text: string, o: CellOpts): TableCell {
  return new TableCell({
    children: [para(text, { bold: o.bold, center: o.center, size: o.size })],
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    borders: BORDERS,
    margins: o.narrow ? NARROW_MARGINS : CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    textDirection: o.vertical ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
    shading: o.fill ? { fill: o.fill, color: 'auto', type: ShadingType.CLEAR } : undefined,
  });
}

function headerRow(m: AppendixModel, tw: number[]): TableRow {
  const main = m.header.map((h, i) => cell(h, { width: tw[i], bold: true, center: true }));
  const quarters = m.quarters.map((q, i) =>
    cell(q, { width: tw[m.header.length + i], bold: true, center: true, vertical: true, size: QUARTER_LABEL_SIZE, narrow: true })
  );
  // LibreOffice does not grow a row for text set vertically: make the header tall enough for the longest label.
  const label = Math.max(0, ...m.quarters.map((q) => textTwips(q, QUARTER_LABEL_SIZE, true)));
  const height = m.quarters.length ? { value: label + NARROW_MARGINS.top + NARROW_MARGINS.bottom + 120, rule: HeightRule.ATLEAST } : undefined;
  return new TableRow({ tableHeader: true, cantSplit: true, height, children: [...main, ...quarters] });
}

function bodyRow(m: AppendixModel, r: AppendixRow, tw: number[]): TableRow {
  const q0 = m.header.length;
  const timeline = m.quarters.map((_, i) => {
    const on = r.type === 'task' && !!r.quarters && i >= r.quarters[0] && i <= r.quarters[1];
    return cell('', { width: tw[q0 + i], fill: on ? FILL : undefined, narrow: true });
  });
  if (r.type === 'group') {
    const spanWidth = tw.slice(1, 6).reduce((a, b) => a + b, 0);
    return new TableRow({
      cantSplit: true,
      children: [cell(r.number, { width: tw[0], bold: true, center: true }), cell(r.task, { width: spanWidth, bold: true, span: 5 }), ...timeline],
    });
  }
  return new TableRow({
    cantSplit: true,
    children: [
      cell(r.number, { width: tw[0], center: true }),
      cell(r.task, { width: tw[1] }),
      cell(dateText(r.start), { width: tw[2], center: true }),
      cell(dateText(r.end), { width: tw[3], center: true }),
      cell(r.owner, { width: tw[4] }),
      cell(r.note, { width: tw[5] }),
      ...timeline,
    ],
  });
}

/** The appendix as a .docx file's bytes. */
export async function appendixDocx(model: AppendixModel): Promise<Uint8Array> {
  const tw = fitColumns(model);
  const table = new Table({
    rows: [headerRow(model, tw), ...model.rows.map((r) => bodyRow(model, r, tw))],
    width: { size: tw.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: tw,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
  });
  const indent = Math.max(0, Math.round((USABLE_WIDTH - RULE_WIDTH) / 2));
  const rule = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    spacing: { after: 240 },
    children: [new TextRun({ text: '', size: 8, font: FONT })],
  });
  const doc = new Document({
    creator: 'chitieu',
    title: `Phụ lục: ${model.title}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape: w:w 16838, w:h 11906, w:orient landscape.
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        children: [
          para('PHỤ LỤC', { bold: true, center: true }),
          para(model.title, { bold: true, center: true }),
          para(model.subtitle, { italics: true, center: true }),
          rule,
          table,
        ],
      },
    ],
  });
  const buf = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buf);
}
