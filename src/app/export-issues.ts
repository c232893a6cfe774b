/**
 * The issue list written to a new sheet: the second renderer of the table
 * `src/i18n/issue-table.ts` makes (the first is its .csv). A title row
 * naming the checked sheet and the day, a bold header row on a light fill,
 * then one row per issue: the sheet, its cell as a link to that cell, the
 * severity, the message (wrapped) and the suggested fix; thin borders,
 * column widths for a landscape A4 page, the header row repeated on every
 * printed page. Changes only: the host writes them (with their undo).
 */
import type { CellWrite, Change } from '../engine/changes';
import type { Area } from '../engine/grid';
import { hyperlinkFormula, type IssueTable } from '../i18n/issue-table';

/** Sheet | Cell | Severity | Issue | Suggested fix. */
export const ISSUE_COLUMNS = 5;
/** Widths in characters: the message column wide, the rest as their content needs. */
export const ISSUE_WIDTHS: readonly number[] = [16, 8, 11, 60, 26];
/** Rows above the issues: the title and the header. */
export const ISSUE_HEAD_ROWS = 2;
/** The header's fill. */
export const HEADER_FILL = '#D9E1F2';
/** Excel holds at most this many characters in a cell. */
export const CELL_TEXT_MAX = 32767;

/** Text cut to what a cell holds, an ellipsis marking the cut. */
function cellText(s: string): string {
  return s.length > CELL_TEXT_MAX ? `${s.slice(0, CELL_TEXT_MAX - 1)}…` : s;
}

/** The area the table covers on its sheet: A1 to E(2 + rows). */
export function issueSheetArea(table: IssueTable): Area {
  return { top: 0, left: 0, bottom: ISSUE_HEAD_ROWS + table.rows.length - 1, right: ISSUE_COLUMNS - 1 };
}

/** The changes that write the table from A1 of an empty sheet. */
export function issueSheetChanges(table: IssueTable): Change[] {
  const area = issueSheetArea(table);
  const text = (s: string): CellWrite => ({ value: s === '' ? null : cellText(s) });
  const titleRow: CellWrite[] = [text(table.title), ...Array.from({ length: ISSUE_COLUMNS - 1 }, (): CellWrite => ({ value: null }))];
  const cells: CellWrite[][] = [titleRow, table.header.map(text)];
  for (const r of table.rows) {
    cells.push([text(r.sheet), { value: r.cell, formula: hyperlinkFormula(r.sheet, r.cell) }, text(r.level), text(r.message), text(r.fix)]);
  }
  const row = (top: number, bottom = top): Area => ({ top, left: 0, bottom, right: ISSUE_COLUMNS - 1 });
  const changes: Change[] = [{ type: 'write', top: 0, left: 0, cells }];
  changes.push({ type: 'style', area: row(0), bold: true, fontSize: 13 });
  changes.push({ type: 'style', area: row(1), bold: true, fill: HEADER_FILL, vertical: 'Center', wrap: true, borders: { thin: true } });
  if (table.rows.length) {
    const first = ISSUE_HEAD_ROWS;
    changes.push({ type: 'style', area: row(first, area.bottom), vertical: 'Top', borders: { thin: true } });
    // The message and the fix wrap; sheet, cell and severity are short.
    changes.push({ type: 'style', area: { top: first, left: 3, bottom: area.bottom, right: 4 }, wrap: true });
    changes.push({ type: 'style', area: { top: first, left: 1, bottom: area.bottom, right: 2 }, horizontal: 'Center' });
  }
  ISSUE_WIDTHS.forEach((width, col) => changes.push({ type: 'columnWidth', col, width }));
  changes.push({ type: 'pageSetup', orientation: 'landscape', paper: 'A4', fitToOnePageWide: true, printTitleRows: [1, 1] });
  return changes;
}
