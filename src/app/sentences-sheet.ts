/**
 * The report's sentences written to a new sheet ("Chèn vào trang mới"),
 * to keep beside the tables or to copy into Word: a title naming the
 * checked sheet, a header, then one row per indicator, its sentence
 * (wrapped, Times New Roman 13 as the report's body) and its cell as a link
 * back to the indicator. Changes only: the host writes them, with their undo.
 */
import type { CellWrite, Change } from '../engine/changes';
import type { Area } from '../engine/grid';
import { hyperlinkFormula } from '../i18n/issue-table';

/** What the pane hands over, worded in its language. */
export interface SentencesTable {
  /** The checked sheet the sentences are of. */
  sheet: string;
  /** The new sheet's name ("Câu báo cáo"; a free one is found from it). */
  sheetName: string;
  title: string;
  header: [string, string];
  rows: { cell: string; text: string }[];
}

/** Rows above the sentences: the title and the header. */
export const SENTENCE_HEAD_ROWS = 2;
/** Widths in characters: the sentence wide (about a page's text width), the cell narrow. */
export const SENTENCE_WIDTHS: readonly number[] = [95, 8];

export function sentencesSheetArea(table: SentencesTable): Area {
  return { top: 0, left: 0, bottom: SENTENCE_HEAD_ROWS + table.rows.length - 1, right: 1 };
}

export function sentencesSheetChanges(table: SentencesTable): Change[] {
  const area = sentencesSheetArea(table);
  const cells: CellWrite[][] = [[{ value: table.title }, { value: null }], table.header.map((h) => ({ value: h }))];
  for (const r of table.rows) cells.push([{ value: r.text }, { value: r.cell, formula: hyperlinkFormula(table.sheet, r.cell) }]);
  const changes: Change[] = [
    { type: 'write', top: 0, left: 0, cells },
    { type: 'style', area: { top: 0, left: 0, bottom: 0, right: 1 }, bold: true, fontSize: 13 },
    { type: 'style', area: { top: 1, left: 0, bottom: 1, right: 1 }, bold: true, borders: { thin: true } },
  ];
  if (table.rows.length) {
    const first = SENTENCE_HEAD_ROWS;
    changes.push({ type: 'style', area: { top: first, left: 0, bottom: area.bottom, right: 1 }, vertical: 'Top', borders: { thin: true } });
    changes.push({ type: 'style', area: { top: first, left: 0, bottom: area.bottom, right: 0 }, wrap: true, fontName: 'Times New Roman', fontSize: 13 });
    changes.push({ type: 'style', area: { top: first, left: 1, bottom: area.bottom, right: 1 }, horizontal: 'Center' });
  }
  SENTENCE_WIDTHS.forEach((width, col) => changes.push({ type: 'columnWidth', col, width }));
  changes.push({ type: 'pageSetup', orientation: 'portrait', paper: 'A4', fitToOnePageWide: true, printTitleRows: [1, 1] });
  return changes;
}
