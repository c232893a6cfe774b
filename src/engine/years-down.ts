/**
 * Yearbook tables with the years down the rows and the measures across:
 *
 *              | Tổng số | Chia ra {Di động | Cố định}
 *   Thuê bao - Subscribers                          (a unit row)
 *   2015       | 1.778.489 | 1.055.245 | 723.244
 *   Sơ bộ 2020 | …
 *   Chỉ số phát triển (Năm trước = 100) - %         (a block of indices)
 *   2016       | 143,22 | …
 *   Cơ cấu - Structure (%)                          (a block of shares)
 *
 * Found by their column of periods, not by header words: the measures can
 * be anything. The header is the rows right above the first period that
 * label the measure columns. Blocks under a label row hold values, indices
 * (previous year = 100), shares of the total (%) or growth rates (%).
 */
import { collectLabels, type HeaderBlock } from './header';
import { Grid, cellAt, isBlank, shownAt } from './grid';
import { periodLabel } from './periods';
import type { RowModel, Table } from './table';
import { cellText, fold } from './text';

export interface YearsDownBlock {
  header: HeaderBlock;
  timeCol: number;
  dataTop: number;
  dataBottom: number;
}

/** A figure: a real number, or a text that starts like one ("1.234", "-0,5", "100"). */
function isFigure(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'string' && /^\s*[-−+]?\d[\d.,\s]*(%|\/\s*\d[\d.,]*)?\s*$/.test(v);
}

function lastCol(g: Grid): number {
  let n = 0;
  for (const r of g.values) if (r.length > n) n = r.length;
  return g.origin.col + n - 1;
}

/** A row whose period cell is followed by figures. */
function periodRow(g: Grid, r: number, c: number, right: number): boolean {
  if (!periodLabel(cellAt(g, r, c))) return false;
  for (let k = c + 1; k <= right; k++) if (isFigure(cellAt(g, r, k))) return true;
  return false;
}

/** A row with one text cell and nothing else (a unit row, a block's label). */
function labelRow(g: Grid, r: number, left: number, right: number): boolean {
  let text = 0;
  for (let k = left; k <= right; k++) {
    const v = cellAt(g, r, k);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || ++text > 1 || !/\p{L}/u.test(v)) return false;
  }
  return text === 1;
}

function blankRow(g: Grid, r: number, left: number, right: number): boolean {
  for (let k = left; k <= right; k++) if (!isBlank(cellAt(g, r, k))) return false;
  return true;
}

/** The first years-down table at or below `from` (within `to`), or null. */
export function findYearsDown(g: Grid, from: number, to: number): YearsDownBlock | null {
  const right = lastCol(g);
  const cols = [g.origin.col, g.origin.col + 1].filter((c) => c < right);
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      if (!periodRow(g, r, c, right)) continue;
      // Three periods with figures within a few rows (label rows may sit among them).
      let periods = 1;
      for (let k = r + 1; k <= Math.min(to, r + 6) && periods < 3; k++) if (periodRow(g, k, c, right)) periods++;
      if (periods < 3) continue;
      const found = around(g, r, c, right, to);
      if (found) return found;
    }
  }
  return null;
}

function around(g: Grid, first: number, c: number, right: number, to: number): YearsDownBlock | null {
  // Unit and block rows right above the first period belong to the data.
  let dataTop = first;
  while (dataTop - 1 >= g.origin.row && dataTop > first - 2 && labelRow(g, dataTop - 1, c, right)) dataTop--;
  // The header: the rows above that label the measure columns.
  let top = dataTop;
  for (let r = dataTop - 1; r >= g.origin.row && r >= dataTop - 4; r--) {
    // A period (or a number) in the periods' column: a row of data, not of labels.
    const lead = cellAt(g, r, c);
    if (periodLabel(lead) || typeof lead === 'number') break;
    let labels = 0;
    let figures = 0;
    for (let k = c + 1; k <= right; k++) {
      const v = cellAt(g, r, k);
      if (isBlank(v)) continue;
      if (isFigure(v) && !periodLabel(v)) figures++;
      else labels++;
    }
    if (!labels || figures) break;
    top = r;
  }
  if (top === dataTop) return null;
  const bottom = dataTop - 1;
  // The data: periods, and label rows followed by periods; a footnote or a blank row ends it.
  let dataBottom = first;
  for (let r = first + 1; r <= to; r++) {
    if (periodRow(g, r, c, right)) dataBottom = r;
    else if (labelRow(g, r, c, right) && (periodRow(g, r + 1, c, right) || periodRow(g, r + 2, c, right))) continue;
    else break;
  }
  // The table's right edge: the last column with a label or a figure.
  let edge = c + 1;
  for (let k = c + 1; k <= right; k++) {
    let used = false;
    for (let r = top; r <= dataBottom && !used; r++) if (!isBlank(cellAt(g, r, k))) used = true;
    if (used) edge = k;
  }
  if (blankRow(g, top, c + 1, edge)) return null;
  // The header labels (most of) the columns that hold figures: a section row
  // above a list numbered 1990, 1991 … labels one column, not the measures.
  let figures = 0;
  let labelled = 0;
  for (let k = c + 1; k <= edge; k++) {
    if (!isFigure(cellAt(g, first, k))) continue;
    figures++;
    for (let r = top; r <= bottom; r++) {
      if (!isBlank(shownAt(g, r, k))) {
        labelled++;
        break;
      }
    }
  }
  if (!figures || labelled < figures * 0.6) return null;
  // Periods go forward down the rows.
  let year = -Infinity;
  for (let r = first; r <= dataBottom; r++) {
    const p = periodLabel(cellAt(g, r, c));
    if (!p) continue;
    if (p.year < year) {
      // A new block (indices after values) starts the years again, after a label row.
      if (!labelRow(g, r - 1, c, right)) return null;
    }
    year = p.year;
  }
  const header: HeaderBlock = { top, bottom, left: c, right: edge, ...collectLabels(g, top, bottom, c, edge, undefined) };
  return { header, timeCol: c, dataTop, dataBottom };
}

const INDEX = /\bchi so phat trien\b|\bnam truoc\s*=\s*100\b|\bindex\b/;
const SHARE = /\bco cau\b|\bstructure\b|\bty trong\b/;
const GROWTH = /\b(toc do|ty le) (tang|phat trien)\b|\bgrowth rate\b/;

/** Type the rows of a years-down table: periods are items, label rows open blocks. */
export function yearsDownRows(g: Grid, t: Table, timeCol: number): void {
  let block: RowModel['block'];
  for (const row of t.rows) {
    const v = cellAt(g, row.row, timeCol);
    const time = periodLabel(v);
    if (time) {
      row.type = 'item';
      row.time = time;
      row.block = block;
      row.rate = block === 'growth';
      row.stt = '';
      row.name = cellText(v);
      continue;
    }
    if (!labelRow(g, row.row, t.header.left, t.header.right)) continue;
    const text = fold(cellText(cellAt(g, row.row, timeCol)) || firstText(g, row.row, t.header.left, t.header.right));
    row.type = 'label';
    block = INDEX.test(text) ? 'index' : SHARE.test(text) ? 'share' : GROWTH.test(text) ? 'growth' : undefined;
    // The first unit row states the unit of the values ("Người - Person").
    if (!block && t.unit === undefined && !t.rows.some((r) => r.time && r.row < row.row)) t.unit = text;
  }
}

function firstText(g: Grid, r: number, left: number, right: number): string {
  for (let k = left; k <= right; k++) {
    const t = cellText(cellAt(g, r, k));
    if (t) return t;
  }
  return '';
}
