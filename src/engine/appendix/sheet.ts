/**
 * The appendix written into a sheet, as changes: the title block centred
 * over the table (PHỤ LỤC bold, the title bold, the italic line, a short
 * rule), the table in Times New Roman 13 pt with a bold centred header,
 * thin borders on every cell and wrapped text, dates as real dates, column
 * widths for A4 landscape, and the page set-up (landscape, one page wide,
 * header row repeated on every page). A defined name records the area so
 * inserting again replaces it.
 */
import type { CellWrite, Change } from '../changes';
import type { Area } from '../grid';
import type { AppendixModel, DateCell } from './model';
import { dateText } from './model';

export const APPENDIX_NAME = 'chitieu_phuluc';
export const FONT = 'Times New Roman';
export const BODY_SIZE = 13;
export const TIMELINE_FILL = '#8EA9C1';

function dateWrite(c: DateCell): { cell: CellWrite; format: string } {
  if (c.kind === 'date') return { cell: { value: c.serial }, format: c.format };
  if (c.kind === 'text') return { cell: { value: c.text }, format: '@' };
  return { cell: { value: null }, format: 'General' };
}

export interface AppendixPlacement {
  top: number;
  left: number;
  /** The area a previous insert wrote, to clear first. */
  previous?: Area;
}

/** The area the appendix covers at a placement. */
export function appendixArea(m: AppendixModel, at: { top: number; left: number }): Area {
  const width = m.header.length + m.quarters.length;
  return { top: at.top, left: at.left, bottom: at.top + 4 + m.rows.length, right: at.left + width - 1 };
}

export function appendixChanges(m: AppendixModel, at: AppendixPlacement): Change[] {
  const width = m.header.length + m.quarters.length;
  const area = appendixArea(m, at);
  const { top, left } = at;
  const right = left + width - 1;
  const row = (r: number): Area => ({ top: r, left, bottom: r, right });
  const changes: Change[] = [];
  if (at.previous) changes.push({ type: 'unmerge', area: at.previous }, { type: 'clear', area: at.previous });

  const blank = (): CellWrite[] => new Array(width).fill(null).map(() => ({ value: null }));
  const titleRows: CellWrite[][] = [blank(), blank(), blank(), blank()];
  titleRows[0][0] = { value: 'PHỤ LỤC' };
  titleRows[1][0] = { value: m.title };
  titleRows[2][0] = { value: m.subtitle };
  titleRows[3][0] = { value: '————————' };
  const header: CellWrite[] = [...m.header, ...m.quarters].map((h) => ({ value: h }));
  const cells: CellWrite[][] = [...titleRows, header];
  const formats: string[][] = cells.map(() => new Array(width).fill('General'));
  for (const r of m.rows) {
    const s = dateWrite(r.start);
    const e = dateWrite(r.end);
    cells.push([
      { value: r.type === 'task' ? Number(r.number) : r.number },
      { value: r.task },
      s.cell,
      e.cell,
      { value: r.owner || null },
      { value: r.note || null },
      ...m.quarters.map(() => ({ value: null })),
    ]);
    formats.push(['General', '@', s.format, e.format, '@', '@', ...m.quarters.map(() => 'General')]);
  }
  changes.push({ type: 'write', top, left, cells, numberFormat: formats });
  for (let i = 0; i < 4; i++) changes.push({ type: 'merge', area: row(top + i) });

  const headerRow = top + 4;
  const body: Area = { top: headerRow + 1, left, bottom: area.bottom, right };
  changes.push({ type: 'style', area: { top, left, bottom: area.bottom, right }, fontName: FONT, fontSize: BODY_SIZE, wrap: true, vertical: 'Center' });
  changes.push({ type: 'style', area: { top, left, bottom: top + 1, right }, bold: true, horizontal: 'Center' });
  changes.push({ type: 'style', area: row(top + 2), italic: true, horizontal: 'Center' });
  changes.push({ type: 'style', area: row(top + 3), horizontal: 'Center' });
  changes.push({ type: 'style', area: row(headerRow), bold: true, horizontal: 'Center', borders: { thin: true } });
  if (m.rows.length) {
    changes.push({ type: 'style', area: body, borders: { thin: true } });
    changes.push({ type: 'style', area: { ...body, right: left }, horizontal: 'Center' });
    changes.push({ type: 'style', area: { ...body, left: left + 2, right: left + 3 }, horizontal: 'Center' });
    m.rows.forEach((r, i) => {
      const rr = headerRow + 1 + i;
      if (r.type === 'group') {
        changes.push({ type: 'merge', area: { top: rr, left: left + 1, bottom: rr, right: left + 5 } });
        changes.push({ type: 'style', area: { top: rr, left, bottom: rr, right: left + 5 }, bold: true });
      }
      if (r.quarters)
        changes.push({ type: 'style', area: { top: rr, left: left + 6 + r.quarters[0], bottom: rr, right: left + 6 + r.quarters[1] }, fill: TIMELINE_FILL });
    });
  }
  m.widths.forEach((w, i) => changes.push({ type: 'columnWidth', col: left + i, width: w }));
  // Excel grows neither merged rows nor rows written by an add-in: give each
  // row the height its wrapped text needs (a 13 pt line is about 17 pt high).
  const total = m.widths.reduce((a, b) => a + b, 0);
  const lines = (text: string, width: number) => Math.max(1, Math.ceil((text.length * 1.1) / Math.max(1, width - 1)));
  const height = (n: number) => Math.round(n * 17 + 3);
  changes.push({ type: 'rowHeight', row: top, height: height(1) });
  changes.push({ type: 'rowHeight', row: top + 1, height: height(lines(m.title, total)) });
  changes.push({ type: 'rowHeight', row: top + 2, height: height(lines(m.subtitle, total)) });
  changes.push({ type: 'rowHeight', row: headerRow, height: height(Math.max(...m.header.map((h, i) => lines(h, m.widths[i])))) });
  m.rows.forEach((r, i) => {
    const texts = [r.number, r.task, dateText(r.start), dateText(r.end), r.owner, r.note];
    const n =
      r.type === 'group'
        ? lines(
            r.task,
            m.widths.slice(1, 6).reduce((a, b) => a + b, 0)
          )
        : Math.max(...texts.map((t, k) => lines(t, m.widths[k])));
    changes.push({ type: 'rowHeight', row: headerRow + 1 + i, height: height(n) });
  });
  changes.push({ type: 'pageSetup', orientation: 'landscape', paper: 'A4', fitToOnePageWide: true, printTitleRows: [headerRow, headerRow] });
  changes.push({ type: 'mark', name: APPENDIX_NAME, area });
  return changes;
}
