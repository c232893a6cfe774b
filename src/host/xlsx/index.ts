/**
 * The ExcelJS host: turns a worksheet of an .xlsx file into a Grid and
 * applies the engine's changes to it. Used by the command line.
 */
import type ExcelJS from 'exceljs';
import type { Change, CellWrite } from '../../engine/changes';
import { Area, CellValue, Grid, GridStray, OwnedArea, areaA1, parseA1, quoteSheet, splitSheetAddress } from '../../engine/grid';
import { layoutOfRuns } from '../../engine/layout';
import { refuseTooLarge } from '../errors';

const OWNED_PREFIX = 'chitieu_';

/** Days between 1899-12-30 and 1970-01-01: Excel's serial date origin. */
const EXCEL_EPOCH_OFFSET = 25569;

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return v.getTime() / 86400000 + EXCEL_EPOCH_OFFSET;
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((t) => t.text).join('') || null;
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/**
 * The worksheet as a Grid: the area its content occupies (engine/layout.ts:
 * a lone cell far from the tables is set apart as a stray, not read as part
 * of a rectangle of millions of empty cells), from A1 on. One pass gathers
 * the occupied cells, so the cost grows with them; a sheet whose content
 * still spans more than MAX_AREA_CELLS is refused (UserFacingError
 * "sheet-too-large") before anything is built. Number formats and formulas
 * are kept only for the rows that have some other than General / none (the
 * Grid allows that): most sheets have few, and a 50,000-row sheet then
 * holds one array of values, not three.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, workbook?: ExcelJS.Workbook): Grid {
  // One pass: each cell straight to its row (rows and cells left as holes where there are none), its place noted for the layout as runs along the row.
  const placed: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const runRows: number[] = [];
  const runLefts: number[] = [];
  const runRights: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let rowValues: CellValue[] | undefined;
    let left = -2;
    let right = -2;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell's slaves repeat the master's value in ExcelJS; Excel keeps it only in the master.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = plainValue(cell.value);
      const numFmt = cell.numFmt;
      if (v === null && !numFmt) return;
      const c = colNumber - 1;
      if (c !== right + 1) {
        if (left >= 0) {
          runRows.push(r);
          runLefts.push(left);
          runRights.push(right);
        }
        left = c;
      }
      right = c;
      (rowValues ??= placed[r] = [])[c] = v;
      if (numFmt && numFmt !== 'General') (formats[r] ??= [])[c] = numFmt;
      const formula = cell.formula;
      if (formula) (formulas[r] ??= [])[c] = `=${formula}`;
    });
    if (left >= 0) {
      runRows.push(r);
      runLefts.push(left);
      runRights.push(right);
    }
  });
  // A cell with a number format and no value counts too (as it did for the sheet's width).
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseA1);
  const grid = gridOfPlaced(ws.name, placed, formats, formulas, { rows: runRows, lefts: runLefts, rights: runRights }, merges);
  if (workbook) grid.owned = ownedAreas(workbook, ws.name);
  return grid;
}

/**
 * A sheet's grid from its cells placed by row and column (sparse), their
 * formats and formulas, and the runs of occupied cells along each row (an
 * .xlsx reader gathers both in one pass): the layout of what it holds (a
 * lone far cell set apart as a stray), refused when still too large
 * (UserFacingError "sheet-too-large"), then the values from A1 to the
 * content's bottom right. `placed`, `formats` and `formulas` are used up.
 */
export function gridOfPlaced(
  name: string,
  placed: CellValue[][],
  formats: string[][],
  formulas: (string | null)[][],
  runs: { rows: number[]; lefts: number[]; rights: number[] },
  merges: Area[]
): Grid {
  const layout = layoutOfRuns(runs.rows, runs.lefts, runs.rights);
  refuseTooLarge(name, layout);
  const strays: GridStray[] = [];
  for (const s of layout.strays) {
    strays.push({ row: s.row, col: s.col, value: placed[s.row][s.col] });
    delete placed[s.row][s.col];
    if (formats[s.row]) delete formats[s.row][s.col];
    if (formulas[s.row]) delete formulas[s.row][s.col];
  }
  // From A1 to the content's bottom right, as before (the engine reads positions from A1).
  const area = layout.area;
  const height = area ? area.bottom + 1 : 0;
  const width = area ? area.right + 1 : 0;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) {
    const row = placed[r] ?? [];
    if (row.length > width) row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    values[r] = row;
  }
  if (formats.length > height) formats.length = height;
  if (formulas.length > height) formulas.length = height;
  const grid: Grid = { name, origin: { row: 0, col: 0 }, values, formats, formulas, merges };
  if (strays.length) grid.strays = strays;
  return grid;
}

/** Defined names "chitieu_*" that refer to this sheet. */
export function ownedAreas(wb: ExcelJS.Workbook, sheet: string): OwnedArea[] {
  const out: OwnedArea[] = [];
  for (const { name, ranges } of wb.definedNames.model) {
    if (!name.startsWith(OWNED_PREFIX)) continue;
    for (const ref of ranges) {
      const { sheet: s, address } = splitSheetAddress(ref);
      if (s !== sheet) continue;
      try {
        out.push({ name, area: parseA1(address) });
      } catch {
        // A name that no longer refers to cells (#REF!) is ignored.
      }
    }
  }
  return out;
}

function cellInput(w: CellWrite): ExcelJS.CellValue {
  if (w.formula) {
    const result = w.value === null ? '' : w.value;
    return { formula: w.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  }
  return w.value === '' ? null : (w.value as ExcelJS.CellValue);
}

function eachCell(a: Area, fn: (row: number, col: number) => void): void {
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r + 1, c + 1);
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

function unmergeInside(ws: ExcelJS.Worksheet, a: Area): void {
  for (const m of ((ws.model as { merges?: string[] }).merges ?? []).map(parseA1)) {
    if (m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right) ws.unMergeCells(areaA1(m));
  }
}

function setName(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, name: string, a: Area): void {
  const keep = wb.definedNames.model.filter((n) => n.name !== name);
  wb.definedNames.model = [];
  for (const n of keep) for (const r of n.ranges) wb.definedNames.add(r, n.name);
  const abs = areaA1(a).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  wb.definedNames.add(`${quoteSheet(ws.name)}!${abs}`, name);
}

/** "#RRGGBB" as ExcelJS's ARGB ("FFRRGGBB"). */
function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/**
 * The width an .xlsx file stores for a column `chars` characters wide as
 * Excel's UI shows it (the Column Width dialog): the characters plus 5 px
 * of padding and gridline, in units of the default font's digit width
 * (7 px for Calibri 11), truncated to 1/256 (ECMA-376 §18.3.1.13). ExcelJS
 * writes `column.width` to the file as it is: 8.43 → 9.140625.
 */
export function fileColumnWidth(chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.trunc(((Math.round(chars * 7) + 5) / 7) * 256) / 256;
}

/** Apply the engine's changes to a worksheet. */
export function applyToWorksheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, changes: Change[]): void {
  for (const ch of changes) {
    switch (ch.type) {
      case 'write':
        ch.cells.forEach((row, i) =>
          row.forEach((w, j) => {
            const cell = ws.getCell(ch.top + i + 1, ch.left + j + 1);
            cell.value = cellInput(w);
            const fmt = typeof ch.numberFormat === 'string' ? ch.numberFormat : ch.numberFormat?.[i]?.[j];
            if (fmt) cell.numFmt = fmt;
          })
        );
        break;
      case 'style':
        eachCell(ch.area, (r, c) => {
          const cell = ws.getCell(r, c);
          const font = { ...(cell.font ?? {}) };
          if (ch.bold !== undefined) font.bold = ch.bold;
          if (ch.italic !== undefined) font.italic = ch.italic;
          if (ch.fontName) font.name = ch.fontName;
          if (ch.fontSize) font.size = ch.fontSize;
          cell.font = font;
          const alignment = { ...(cell.alignment ?? {}) };
          if (ch.horizontal) alignment.horizontal = ch.horizontal.toLowerCase() as ExcelJS.Alignment['horizontal'];
          if (ch.vertical) alignment.vertical = (ch.vertical === 'Center' ? 'middle' : ch.vertical.toLowerCase()) as ExcelJS.Alignment['vertical'];
          if (ch.wrap !== undefined) alignment.wrapText = ch.wrap;
          cell.alignment = alignment;
          if (ch.borders) cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
          if (ch.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(ch.fill) }, bgColor: { indexed: 64 } } as ExcelJS.FillPattern;
        });
        break;
      case 'columnWidth':
        ws.getColumn(ch.col + 1).width = fileColumnWidth(ch.width);
        break;
      case 'rowHeight':
        ws.getRow(ch.row + 1).height = ch.height;
        break;
      case 'pageSetup': {
        const setup: Partial<ExcelJS.PageSetup> = {
          orientation: ch.orientation,
          // 9 = A4 (ExcelJS's PaperSize.A4).
          paperSize: 9 as ExcelJS.PageSetup['paperSize'],
        };
        if (ch.fitToOnePageWide) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
        if (ch.printTitleRows) setup.printTitlesRow = `${ch.printTitleRows[0] + 1}:${ch.printTitleRows[1] + 1}`;
        Object.assign(ws.pageSetup, setup);
        break;
      }
      case 'merge':
        ws.mergeCells(areaA1(ch.area));
        break;
      case 'unmerge':
        unmergeInside(ws, ch.area);
        break;
      case 'clear':
        unmergeInside(ws, ch.area);
        eachCell(ch.area, (r, c) => {
          const cell = ws.getCell(r, c);
          cell.value = null;
          cell.style = {};
        });
        break;
      case 'mark':
        setName(wb, ws, ch.name, ch.area);
        break;
      default: {
        const unknown: never = ch;
        throw new Error(`Unknown change type: ${(unknown as { type?: unknown }).type}`);
      }
    }
  }
}
