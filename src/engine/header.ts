/**
 * Finding a table's header block in a grid: the rows under any title rows
 * whose cells name the columns, however deep (merged two-row headers), and
 * the column-numbering row ("1, 2, 3, 4=3/2 …") under them.
 */
import { Grid, cellAt, gridColCount, gridRowCount, isBlank, mergeAt, shownAt } from './grid';
import { cellText, fold } from './text';

export interface HeaderBlock {
  top: number;
  bottom: number;
  /** The numbering row under the header, if there is one. */
  numberingRow?: number;
  left: number;
  right: number;
  /** Per column (absolute index), the labels from the top header row down, repeats removed. */
  labels: Map<number, string[]>;
  /** Per column, the text of the numbering row ("4", "8=6/5"). */
  numbering: Map<number, string>;
}

/** Classifies a header cell's folded text as a header word or not. */
export type HeaderWordTest = (folded: string) => boolean;

/** A cell that may be a header word: it has a letter, or is a year. */
const WORDISH = /\p{L}|(?:19|20)\d\d/u;

const NUMBERING_CELL = /^\(?\s*[0-9]{1,2}\s*\)?(\s*=\s*[-+*/x×:()0-9 .,]+)?$|^\(?[a-z]\)?$/i;

/** A row of column numbers: "1 2 3 4=3/2 …", "(1) (2) …", "A B 1 2 …". */
export function isNumberingRow(g: Grid, row: number, left: number, right: number): boolean {
  let filled = 0;
  let matching = 0;
  const ints: number[] = [];
  for (let c = left; c <= right; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    filled++;
    const t = cellText(v);
    if (typeof v === 'number' ? Number.isInteger(v) && v > 0 && v < 100 : NUMBERING_CELL.test(t)) {
      matching++;
      const m = /^\(?\s*(\d{1,2})/.exec(t);
      if (m) ints.push(Number(m[1]));
    }
  }
  if (filled < 3 || matching / filled < 0.8) return false;
  // Numbers mostly rising from left to right.
  let rising = 0;
  for (let i = 1; i < ints.length; i++) if (ints[i] > ints[i - 1]) rising++;
  return ints.length >= 3 && rising >= (ints.length - 1) * 0.7;
}

/**
 * Find the header block: the first row (within the first `scan` rows) where
 * at least `minWords` cells are header words, then the rows below it that
 * continue the header (sub-labels, merged cells), then a numbering row.
 */
export function findHeader(g: Grid, isHeaderWord: HeaderWordTest, minWords = 3, scan = 40, fromRow?: number): HeaderBlock | null {
  const rows = gridRowCount(g);
  const cols = gridColCount(g);
  if (!rows || !cols) return null;
  const firstCol = g.origin.col;
  const lastCol = g.origin.col + cols - 1;
  const start = fromRow ?? g.origin.row;
  const end = Math.min(g.origin.row + rows - 1, start + scan);
  for (let r = start; r <= end; r++) {
    let words = 0;
    let filled = 0;
    let left = Infinity;
    let right = -Infinity;
    // Cheap look first: a header row is mostly text (or years); a data row mostly numbers.
    let texts = 0;
    let cells = 0;
    for (let c = firstCol; c <= lastCol; c++) {
      const v = cellAt(g, r, c);
      if (isBlank(v)) continue;
      cells++;
      // Words have letters; "7/63" or "1.234,5" typed as text are figures.
      if (typeof v === 'string' ? WORDISH.test(v) : typeof v === 'number' && v >= 1990 && v <= 2099) texts++;
    }
    if (texts < minWords || texts < cells * 0.5) continue;
    // A row that starts with a number ("64.", "II", 3) is a data row, however wordy.
    if (startsNumbered(g, r, firstCol, lastCol)) continue;
    for (let c = firstCol; c <= lastCol; c++) {
      const v = cellAt(g, r, c);
      if (isBlank(v)) continue;
      filled++;
      // Header cells are words, or years typed as numbers ("2013").
      const text = typeof v === 'string' ? v : typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2099 ? String(v) : '';
      if (text.length > 0 && text.length <= 120 && isHeaderWord(fold(text))) {
        words++;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    // Most of a header row's cells are header words; a data row may hold one or two.
    if (words < minWords || words < filled * 0.5) continue;
    // Widen to the cells of the header row and merges that touch it.
    for (let c = firstCol; c <= lastCol; c++) {
      if (!isBlank(cellAt(g, r, c))) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
      const m = mergeAt(g, r, c);
      if (m && m.top === r) right = Math.max(right, m.right);
    }
    let bottom = r;
    // Rows merged down from the top header row belong to the header (the
    // blank cell over a yearbook's row names too).
    for (let c = firstCol; c <= right; c++) {
      const m = mergeAt(g, r, c);
      if (m && m.top === r) bottom = Math.max(bottom, Math.min(m.bottom, r + 3));
    }
    // A column left of the labels with a blank header and text below (the
    // row names of a yearbook table) belongs to the table: before the rows
    // under the header are judged (their first cell is that column's), and
    // again once the header's last row is known.
    const lastRow = g.origin.row + rows - 1;
    const widen = () => {
      while (left - 1 >= firstCol && blankHeader(g, r, bottom, left - 1) && textBelow(g, bottom + 1, Math.min(lastRow, bottom + 6), left - 1)) left--;
    };
    widen();
    // Unmerged continuation rows: sub-labels under a label that spans columns.
    while (bottom < r + 3 && bottom + 1 <= lastRow && continuesHeader(g, bottom + 1, left, right, isHeaderWord)) bottom++;
    // Sub-labels right of the top row's last label sit under it (a label spanning them, unmerged).
    while (right + 1 <= lastCol && labelInRows(g, r + 1, bottom, right + 1)) right++;
    widen();
    const numberingRow = bottom + 1 < g.origin.row + rows && isNumberingRow(g, bottom + 1, left, right) ? bottom + 1 : undefined;
    return { top: r, bottom, numberingRow, left, right, ...collectLabels(g, r, bottom, left, right, numberingRow) };
  }
  return null;
}

const NUMBERED = /^(\d{1,3}(\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)|[A-H]\.?)$/;

function startsNumbered(g: Grid, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < 1000;
    return typeof v === 'string' && NUMBERED.test(v.trim());
  }
  return false;
}

function labelInRows(g: Grid, top: number, bottom: number, col: number): boolean {
  for (let r = top; r <= bottom; r++) if (typeof cellAt(g, r, col) === 'string' && !isBlank(cellAt(g, r, col))) return true;
  return false;
}

function blankHeader(g: Grid, top: number, bottom: number, col: number): boolean {
  for (let r = top; r <= bottom; r++) if (!isBlank(shownAt(g, r, col))) return false;
  return true;
}

/** Most of the rows below hold names or row numbers in this column (not figures). */
function textBelow(g: Grid, from: number, to: number, col: number): boolean {
  let text = 0;
  let filled = 0;
  for (let r = from; r <= to; r++) {
    const v = cellAt(g, r, col);
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'string' ? /\p{L}/u.test(v) || NUMBERED.test(v.trim()) : Number.isInteger(v) && (v as number) > 0 && (v as number) < 1000) text++;
  }
  return filled >= 2 && text >= filled * 0.6;
}

/** A row right under the header that holds sub-labels, not data. */
function continuesHeader(g: Grid, row: number, left: number, right: number, isHeaderWord: HeaderWordTest): boolean {
  if (isNumberingRow(g, row, left, right)) return false;
  let words = 0;
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    filled++;
    if (isHeaderWord(fold(v))) words++;
  }
  // The first columns of a data row (STT, name) are filled; of a sub-header row, blank.
  const leadBlank = isBlank(cellAt(g, row, left)) && isBlank(cellAt(g, row, left + 1));
  return (filled > 0 && words >= Math.max(1, filled * 0.6) && leadBlank) || labelsOverFigures(g, row, left, right);
}

/** A year over its column ("1996"), a label even typed as text. */
const YEAR = /^(19|20)\d\d$/;

/** A figure or a "no value" mark ("x", "-"), typed as a number or as text. */
const FIGURE_TEXT = /^(?:[+\-−]?\d[\d.,]*%?|x|-|–|—|\.{2,}|…)$/i;

/**
 * A second header row that is not made of header words — the rest of a
 * label typed over two rows ("Đơn" / "vị tính"), sub-labels ("Cộng", "KH
 * đầu năm"), a yearbook's English line ("Dec-06") — seen by its place
 * rather than its words, as a merged cell beside it would show: its first
 * cell blank (the label above spans both rows), text only in two cells or
 * more, and right under it the numbering row, or figures under its labels.
 * A data row has its name in the first cell, or figures of its own.
 */
function labelsOverFigures(g: Grid, row: number, left: number, right: number): boolean {
  if (!isBlank(cellAt(g, row, left))) return false;
  const labelled: number[] = [];
  for (let c = left; c <= right; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || (FIGURE_TEXT.test(v.trim()) && !YEAR.test(v.trim()))) return false;
    labelled.push(c);
  }
  if (labelled.length < 2 || row + 1 > g.origin.row + gridRowCount(g) - 1) return false;
  if (isNumberingRow(g, row + 1, left, right)) return true;
  const figures = labelled.filter((c) => {
    const v = cellAt(g, row + 1, c);
    return typeof v === 'number' || (typeof v === 'string' && FIGURE_TEXT.test(v.trim()));
  }).length;
  return figures >= Math.max(2, labelled.length * 0.6);
}

export function collectLabels(
  g: Grid,
  top: number,
  bottom: number,
  left: number,
  right: number,
  numberingRow: number | undefined
): { labels: Map<number, string[]>; numbering: Map<number, string> } {
  const labels = new Map<number, string[]>();
  const numbering = new Map<number, string>();
  // Row by row, so a blank cell can take the label of a span to its left.
  const grid: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const texts: string[] = [];
    for (let c = left; c <= right; c++) texts.push(cellText(shownAt(g, r, c)));
    grid.push(texts);
  }
  for (let i = grid.length - 2; i >= 0; i--) {
    // Without merge information, "So sánh (%)" over three sub-columns sits
    // in the first of them only: carry it right while the row below labels
    // the columns under it. From the lowest row up, so that a label over a
    // label that spans ("Quyết định đầu tư" over "Tổng mức đầu tư" over
    // three) reaches as far as the one under it.
    for (let j = 1; j < grid[i].length; j++) {
      const c = left + j;
      if (grid[i][j] !== '' || mergeAt(g, top + i, c)) continue;
      if (grid[i][j - 1] !== '' && grid[i + 1][j] !== '' && grid[i + 1][j - 1] !== '' && !mergeAt(g, top + i, c - 1)) {
        grid[i][j] = grid[i][j - 1];
      }
    }
  }
  for (let j = 0; j <= right - left; j++) {
    const list: string[] = [];
    for (let i = 0; i < grid.length; i++) {
      const t = grid[i][j];
      if (t !== '' && list[list.length - 1] !== t) list.push(t);
    }
    labels.set(left + j, list);
    if (numberingRow !== undefined) {
      const t = cellText(cellAt(g, numberingRow, left + j));
      if (t) numbering.set(left + j, t);
    }
  }
  return { labels, numbering };
}

/**
 * The header block the user says is at rows `top`..`bottom` (0-based): its
 * columns are those with a label in those rows (or a merged area starting
 * there), and a numbering row right under it is taken as one. Null when
 * those rows hold no label at all.
 */
export function headerAt(g: Grid, top: number, bottom: number): HeaderBlock | null {
  const cols = gridColCount(g);
  const rows = gridRowCount(g);
  if (!cols || !rows || top < g.origin.row || bottom > g.origin.row + rows - 1 || bottom < top) return null;
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (let c = g.origin.col; c <= g.origin.col + cols - 1; c++) {
      if (!isBlank(cellAt(g, r, c))) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
      const m = mergeAt(g, r, c);
      if (m && m.top === r) right = Math.max(right, m.right);
    }
  }
  if (!Number.isFinite(left)) return null;
  const numberingRow = bottom + 1 < g.origin.row + rows && isNumberingRow(g, bottom + 1, left, right) ? bottom + 1 : undefined;
  return { top, bottom, numberingRow, left, right, ...collectLabels(g, top, bottom, left, right, numberingRow) };
}
