/**
 * A recognised table as a Word document (.docx), from the same model and
 * widths as the copied HTML (engine/word), laid out under Decree
 * 30/2020/NĐ-CP on the appendix's page (docx.ts): A4, landscape for a wide
 * table, margins of 2 cm, Times New Roman in black at 1.15 lines. The
 * title block above in 13 pt ("Biểu số 1" bold on the right, the title
 * bold and centred, "(Kèm theo …)" in italics, "Đơn vị tính: …" in
 * italics on the right); then the table in 13 pt (12 pt past seven
 * columns) on a fixed layout whose widths add up to the text width, thin
 * single borders on every cell, the header rows bold and centred with
 * their spans, repeated on every page with the numbering row, figures on
 * the right as Excel shows them, sections and totals in bold.
 *
 * No Node built-ins: the task pane loads it lazily, as docx.ts.
 */
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocRow, TableDoc } from '../engine/word/model';
import { cell, para, TABLE_BORDERS, wordFile } from './docx';

/** Half-points of a size in points. */
const half = (pt: number) => pt * 2;
/** The title block's size: 13 pt. */
const TITLE_SIZE = half(13);

function row(d: TableDoc, r: DocRow, header: boolean): TableRow {
  return new TableRow({
    tableHeader: header ? true : undefined,
    cantSplit: true,
    children: r.cells.map((c) =>
      cell(c.text, {
        width: d.widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0),
        bold: c.bold,
        italics: c.italic,
        align: c.align,
        span: c.colSpan,
        rows: c.rowSpan,
        size: half(d.fontSize),
      })
    ),
  });
}

/** The table's document as a .docx file's bytes. */
export async function tableDocx(d: TableDoc): Promise<Uint8Array> {
  const table = new Table({
    rows: [...d.header.map((r) => row(d, r, true)), ...d.body.map((r) => row(d, r, false))],
    width: { size: d.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: d.widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
  });
  const title = d.title.map((l) => para(l.text, { bold: l.bold, italics: l.italic, align: l.align, size: TITLE_SIZE }));
  const children: (Paragraph | Table)[] = [...title, ...(title.length ? [para('', { size: TITLE_SIZE })] : []), table];
  return wordFile(d.title.find((l) => l.bold)?.text ?? d.sheet, d.landscape, children);
}
