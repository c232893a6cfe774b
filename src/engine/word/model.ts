/**
 * A recognised table as a document for Word, laid out under Decree
 * 30/2020/NĐ-CP: the title block typed above the header ("Biểu số 1", the
 * upper-case title, the italic "(Kèm theo …)" line, "Đơn vị tính: …"), the
 * header rows with their spans and the numbering row under them (repeated
 * on every page), then the body rows with each cell's text exactly as Excel
 * shows it through its number format, in Vietnamese style ("1.234,5",
 * "104,3"), sections and totals in bold. The computed columns the add-in
 * wrote to the right of the table (grid.owned) come with it: to the
 * document they are columns like the others.
 *
 * Spans come from the merged areas where the grid has them, else from the
 * layout (a label over blank cells spans them, as header.ts reads it): the
 * pane reads a sheet without its merged areas (office-js #5918).
 *
 * Pure: the clipboard HTML (html.ts) and the .docx (src/export) both draw
 * from this model and its column widths (layout.ts).
 */
import { Area, Grid, cellAt, colLetter, computedBlocks, formatAt, isBlank, mergeAt } from '../grid';
import { shownText } from '../numfmt';
import { titleRowsAbove } from '../recognize';
import type { Kind } from '../report';
import { rowAt, type RowType, type Table } from '../table';
import { fold, isMostlyUpper } from '../text';
import { layOut } from './layout';

export type Align = 'left' | 'center' | 'right';

export interface DocCell {
  text: string;
  /** Its first document column (0-based). */
  col: number;
  align: Align;
  /** Document columns and rows it covers (1 when it covers only its own). */
  colSpan: number;
  rowSpan: number;
  bold?: boolean;
  italic?: boolean;
}

export interface DocRow {
  /** header: a header row; numbering: the "1, 2, 3=2/1" row under it; else the row's type in the table. */
  kind: 'header' | 'numbering' | RowType;
  /** 0-based sheet row. */
  row: number;
  /** Its cells left to right; a cell covered by a span above or to the left is left out. */
  cells: DocCell[];
}

export interface TitleLine {
  text: string;
  align: Align;
  bold?: boolean;
  italic?: boolean;
}

export interface TableDoc {
  /** The sheet's name. */
  sheet: string;
  kind: Kind;
  title: TitleLine[];
  /** The header rows and the numbering row: repeated on every page. */
  header: DocRow[];
  body: DocRow[];
  /** The sheet columns shown (0-based), left to right. */
  columns: number[];
  /** Letters of the computed columns among them. */
  computed: string[];
  /** Widths in twips, adding up to the page's text width. */
  widths: number[];
  landscape: boolean;
  /** The table's font size (pt): 13, or 12 for a table of more than seven columns. */
  fontSize: number;
}

/** Kinds whose tables go to Word as they are (a task list has its appendix). */
export const WORD_KINDS: readonly Kind[] = ['indicator-plan', 'target-result', 'time-series', 'investment'];

/** A figure as text: what a cell typed as text holds when it is a number ("20.957", "-4,13%", ">2.300"). */
const FIGURE = /^[<>≤≥~]?\s*[+\-−]?\d[\d.,]*\s*%?$/;

/** The columns of the document: the table's, then its computed block's, each holding something. */
function documentColumns(g: Grid, t: Table): number[] {
  let right = Math.max(t.right, t.header.right);
  for (const o of computedBlocks(g)) if (o.area.top <= t.header.top && o.area.bottom >= t.header.top) right = Math.max(right, o.area.right);
  const out: number[] = [];
  const bottom = Math.max(t.dataBottom, t.header.numberingRow ?? t.header.bottom);
  for (let c = t.header.left; c <= right; c++) {
    let filled = false;
    for (let r = t.header.top; r <= bottom && !filled; r++) if (!isBlank(cellAt(g, r, c)) || mergeAt(g, r, c)) filled = true;
    if (filled) out.push(c);
  }
  return out;
}

/** Merged areas inside an area (a merge reaching outside it is clipped to it). */
function mergesIn(g: Grid, a: Area): Area[] {
  return g.merges
    .filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left)
    .map((m) => ({ top: Math.max(m.top, a.top), bottom: Math.min(m.bottom, a.bottom), left: Math.max(m.left, a.left), right: Math.min(m.right, a.right) }));
}

interface Span {
  rows: number;
  cols: number;
}

/**
 * The spans of a block of rows over the document's columns: a merged area
 * spans its cells; where there is none, in the header, a label spans the
 * blank cells to its right while the row below labels them (the sub-labels
 * of "Kế hoạch năm 2023" over "Cộng | KH đầu năm | KH bổ sung"), and a label
 * with only blanks under it spans down to the header's last row ("STT" over
 * two rows).
 */
function spansOf(g: Grid, columns: number[], top: number, bottom: number, infer: boolean): (Span | null)[][] {
  const area: Area = { top, bottom, left: columns[0] ?? 0, right: columns[columns.length - 1] ?? 0 };
  const merges = mergesIn(g, area);
  const n = columns.length;
  const out: (Span | null | undefined)[][] = [];
  for (let r = top; r <= bottom; r++) out.push(new Array<Span | null | undefined>(n).fill(undefined));
  const covered = (r: number, j: number) => out[r - top][j] === null;
  const cover = (r: number, j: number, span: Span) => {
    for (let i = 0; i < span.rows; i++) for (let k = 0; k < span.cols; k++) out[r - top + i][j + k] = i || k ? null : span;
  };
  for (const m of merges) {
    const js = columns.map((c, j) => (c >= m.left && c <= m.right ? j : -1)).filter((j) => j >= 0);
    if (!js.length) continue;
    cover(m.top, js[0], { rows: m.bottom - m.top + 1, cols: js.length });
  }
  const merged = (r: number, j: number) => merges.some((m) => r >= m.top && r <= m.bottom && columns[j] >= m.left && columns[j] <= m.right);
  const blank = (r: number, j: number) => isBlank(cellAt(g, r, columns[j]));
  for (let r = top; r <= bottom; r++) {
    for (let j = 0; j < n; j++) {
      if (out[r - top][j] !== undefined) continue;
      if (!infer || blank(r, j) || merged(r, j)) {
        out[r - top][j] = { rows: 1, cols: 1 };
        continue;
      }
      let cols = 1;
      if (r < bottom) {
        while (
          j + cols < n &&
          columns[j + cols - 1] + 1 === columns[j + cols] &&
          out[r - top][j + cols] === undefined &&
          blank(r, j + cols) &&
          !merged(r, j + cols) &&
          !blank(r + 1, j + cols) &&
          !blank(r + 1, j + cols - 1)
        )
          cols++;
      }
      let rows = 1;
      if (cols === 1) while (r + rows <= bottom && blank(r + rows, j) && !merged(r + rows, j) && !covered(r + rows, j)) rows++;
      cover(r, j, { rows, cols });
    }
  }
  return out.map((row) => row.map((s) => s ?? null));
}

/** How a title line is set: "(Kèm theo …)" italic, "Đơn vị tính: …" italic on the right, "Biểu số 1" bold on the right, upper case bold. */
function titleLine(text: string): TitleLine {
  const f = fold(text);
  if (/^\(/.test(text.trim())) return { text, align: 'center', italic: true };
  if (/^(don vi tinh|don vi|dvt)\s*[:.]/.test(f)) return { text, align: 'right', italic: true };
  if (/^(bieu|mau)( mau)?( so)?\b/.test(f)) return { text, align: 'right', bold: true };
  if (/^phu luc\b/.test(f) || isMostlyUpper(text)) return { text, align: 'center', bold: true };
  return { text, align: 'center' };
}

/** The title block: each title cell a line; the table's own title (its first plain line) in bold even when not in capitals. */
function titleLines(g: Grid, t: Table, columns: number[], floor: number): TitleLine[] {
  const out: TitleLine[] = [];
  const left = columns[0] ?? t.header.left;
  const right = columns[columns.length - 1] ?? t.header.right;
  for (const r of titleRowsAbove(g, { top: t.header.top, left, right }, floor)) {
    for (let c = left; c <= right; c++) {
      const v = cellAt(g, r, c);
      if (isBlank(v)) continue;
      out.push(titleLine(shownText(v, formatAt(g, r, c)).trim()));
    }
  }
  const named = out.find((l) => l.bold && l.align === 'center');
  const plain = out.find((l) => !l.bold && !l.italic && /\p{L}/u.test(l.text));
  if (!named && plain) plain.bold = true;
  return out;
}

export interface TableDocOptions {
  /** The first row the title block may use (the row under the table above it). */
  floor?: number;
}

/** The document of one recognised table of a grid. */
export function buildTableDoc(g: Grid, t: Table, opts: TableDocOptions = {}): TableDoc {
  const columns = documentColumns(g, t);
  const owned = new Set(
    columns.filter((c) => computedBlocks(g).some((o) => c >= o.area.left && c <= o.area.right && t.header.top >= o.area.top && t.header.top <= o.area.bottom))
  );
  const stt = new Set(t.columns.filter((c) => c.role === 'stt').map((c) => c.col));
  const headerBottom = t.header.bottom;
  const headerSpans = spansOf(g, columns, t.header.top, headerBottom, true);
  const text = (r: number, c: number) => shownText(cellAt(g, r, c), formatAt(g, r, c));
  const header: DocRow[] = [];
  for (let r = t.header.top; r <= headerBottom; r++) {
    const cells: DocCell[] = [];
    headerSpans[r - t.header.top].forEach((s, j) => {
      if (s) cells.push({ text: text(r, columns[j]).trim(), col: j, align: 'center', colSpan: s.cols, rowSpan: s.rows, bold: true });
    });
    header.push({ kind: 'header', row: r, cells });
  }
  const numbering = t.header.numberingRow;
  if (numbering !== undefined) {
    const spans = spansOf(g, columns, numbering, numbering, false);
    const cells: DocCell[] = [];
    spans[0].forEach((s, j) => {
      if (s) cells.push({ text: text(numbering, columns[j]).trim(), col: j, align: 'center', colSpan: s.cols, rowSpan: 1, italic: true });
    });
    header.push({ kind: 'numbering', row: numbering, cells });
  }
  const body: DocRow[] = [];
  if (t.dataBottom >= t.dataTop) {
    const spans = spansOf(g, columns, t.dataTop, t.dataBottom, false);
    for (let r = t.dataTop; r <= t.dataBottom; r++) {
      const type = rowAt(t, r)?.type ?? 'item';
      if (type === 'blank' || columns.every((c) => isBlank(cellAt(g, r, c)))) continue;
      const bold = type === 'section' || type === 'total';
      const cells: DocCell[] = [];
      spans[r - t.dataTop].forEach((s, j) => {
        if (!s) return;
        const c = columns[j];
        const v = cellAt(g, r, c);
        const shown = text(r, c);
        const align: Align = stt.has(c) ? 'center' : typeof v === 'number' || FIGURE.test(shown.trim()) ? 'right' : 'left';
        cells.push({ text: shown, col: j, align, colSpan: s.cols, rowSpan: Math.min(s.rows, t.dataBottom - r + 1), ...(bold ? { bold } : {}) });
      });
      body.push({ kind: type, row: r, cells });
    }
  }
  const title = titleLines(g, t, columns, opts.floor ?? g.origin.row);
  const { widths, landscape, fontSize } = layOut(header, body, columns.length);
  return {
    sheet: g.name,
    kind: t.kind,
    title,
    header,
    body,
    columns,
    computed: columns.filter((c) => owned.has(c)).map(colLetter),
    widths,
    landscape,
    fontSize,
  };
}

/** The document of the index-th of a sheet's tables (its title block stops at the table above); null when its kind does not go to Word (WORD_KINDS). */
export function tableDocAt(g: Grid, tables: Table[], index: number): TableDoc | null {
  const t = tables[index];
  if (!t || !WORD_KINDS.includes(t.kind)) return null;
  const floor = tables.slice(0, index).reduce((m, x) => Math.max(m, x.dataBottom + 1), g.origin.row);
  return buildTableDoc(g, t, { floor });
}

/** The documents of a sheet's tables of the kinds that go to Word, each with its index among the sheet's tables. */
export function tableDocs(g: Grid, tables: Table[]): { index: number; doc: TableDoc }[] {
  const out: { index: number; doc: TableDoc }[] = [];
  tables.forEach((_, index) => {
    const doc = tableDocAt(g, tables, index);
    if (doc) out.push({ index, doc });
  });
  return out;
}

/** A file name for a sheet's document: its name without marks, spaces as dashes ("Chỉ tiêu 2019" → "Chi-tieu-2019.docx"). */
export function docxNameOf(sheet: string, index = 0): string {
  const base =
    sheet
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'Bang';
  return `${base}${index ? `-${index + 1}` : ''}.docx`;
}
