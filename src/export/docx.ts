/**
 * The appendix as a Word document (.docx), laid out as an administrative
 * document under Decree 30/2020/NĐ-CP: A4 landscape, margins of 2 cm,
 * Times New Roman 13 pt in black, lines at 1.15. Centred over the table:
 * PHỤ LỤC (bold), the title (bold), the italic line (its blanks kept) and a
 * short rule; then the table with a bold centred header that repeats on
 * every page, thin single borders on every cell, a fixed layout whose
 * column widths (layout.ts, shared with the copied HTML) add up to the text
 * width, group rows in bold and the quarter timeline shaded over each
 * task's span, an ongoing one ("Thường xuyên") to the period's edge. Dates
 * are the model's words, as the sheet and the HTML show them.
 *
 * No Node built-ins: the task pane loads this module lazily, and it packs
 * through an ArrayBuffer, which works in Node and in the browser alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
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
import type { AppendixModel, AppendixRow } from '../engine/appendix/model';
import { dateText } from '../engine/appendix/model';
import { A4, CELL_MARGINS, fitColumns, MARGIN, textTwips, USABLE_WIDTH } from '../engine/appendix/layout';
import { BODY_SIZE, FONT, TIMELINE_FILL } from '../engine/appendix/sheet';

// The page and the column widths are worked out in the engine, for the copied HTML too.
export { A4, columnNeeds, columnTwips, fitColumns, MARGIN, textTwips, USABLE_WIDTH } from '../engine/appendix/layout';

/** Body size in half-points (13 pt). */
const SIZE = BODY_SIZE * 2;
/** Quarter labels are set vertically, a little smaller, to fit the narrow timeline columns. */
const QUARTER_LABEL_SIZE = 20;
const BLACK = '000000';
const FILL = TIMELINE_FILL.replace(/^#/, '').toUpperCase();
export const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
/** Every border of a table thin and single. */
export const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const NARROW_MARGINS = { top: 40, bottom: 40, left: 0, right: 0 };
/** Length of the short rule under the title block: 4 cm. */
const RULE_WIDTH = 2268;
/**
 * Line spacing 1.15 (276 of 240ths, "auto"): at single spacing the marks
 * stacked on Vietnamese capitals (Ễ, Ậ, Ỗ) touch the line above. Each
 * paragraph states it, so a copy into another document keeps it.
 */
export const LINE_SPACING = { line: 276, lineRule: LineRuleType.AUTO } as const;
/** The quarter labels ("III/2021", no marks) stay single, so the upward line fits its narrow column. */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export interface ParaOptions {
  bold?: boolean;
  italics?: boolean;
  center?: boolean;
  /** Over `center`. */
  align?: 'left' | 'center' | 'right';
  /** Half-points. */
  size?: number;
  single?: boolean;
}

/** A paragraph of Times New Roman in black, at 1.15 lines, its line breaks kept. */
export function para(text: string, opts: ParaOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? (opts.center ? 'center' : 'left')],
    spacing: { before: 0, after: 0, ...(opts.single ? SINGLE : LINE_SPACING) },
    // A line break typed in a cell (Alt+Enter) stays a line break.
    children: text
      .split(/\r\n|\r|\n/)
      .map(
        (line, i) =>
          new TextRun({ text: line, break: i ? 1 : undefined, bold: opts.bold, italics: opts.italics, size: opts.size ?? SIZE, font: FONT, color: BLACK })
      ),
  });
}

export interface CellOpts {
  width: number;
  bold?: boolean;
  italics?: boolean;
  center?: boolean;
  align?: 'left' | 'center' | 'right';
  span?: number;
  /** Rows it spans down. */
  rows?: number;
  fill?: string;
  vertical?: boolean;
  size?: number;
  narrow?: boolean;
}

/** A table cell with thin borders on every side, its text centred vertically. */
export function cell(text: string, o: CellOpts): TableCell {
  return new TableCell({
    children: [para(text, { bold: o.bold, italics: o.italics, center: o.center, align: o.align, size: o.size, single: o.vertical })],
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    rowSpan: o.rows && o.rows > 1 ? o.rows : undefined,
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
    borders: TABLE_BORDERS,
  });
  const indent = Math.max(0, Math.round((USABLE_WIDTH - RULE_WIDTH) / 2));
  const rule = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    spacing: { after: 240 },
    children: [new TextRun({ text: '', size: 8, font: FONT })],
  });
  return wordFile(`Phụ lục: ${model.title}`, true, [
    para('PHỤ LỤC', { bold: true, center: true }),
    para(model.title, { bold: true, center: true }),
    para(model.subtitle, { italics: true, center: true }),
    rule,
    table,
  ]);
}

/**
 * A Word document's bytes: one A4 section, landscape or portrait, margins
 * of 2 cm, Times New Roman 13 pt in black at 1.15 lines by default, the
 * language Vietnamese.
 */
export async function wordFile(title: string, landscape: boolean, children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'chitieu',
    title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, ...LINE_SPACING } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape: w:w 16838, w:h 11906, w:orient landscape.
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        children,
      },
    ],
  });
  const buf = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buf);
}
