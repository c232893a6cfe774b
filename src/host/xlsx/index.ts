/**
 * The ExcelJS host: turns a worksheet of an .xlsx file into a Grid and
 * applies the engine's changes to it. Used by the command line.
 */
import type ExcelJS from 'exceljs';
import type { Change, CellWrite } from '../../engine/changes';
import { Area, CellValue, Grid, OwnedArea, areaA1, parseA1, quoteSheet, splitSheetAddress } from '../../engine/grid';

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

/** The worksheet as a Grid (from A1 to its last used cell). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, workbook?: ExcelJS.Workbook): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell's slaves repeat the master's value in ExcelJS; Excel keeps it only in the master.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = plainValue(cell.value);
      if (v === null && !cell.numFmt) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (values.length <= r) {
        values.push([]);
        formats.push([]);
        formulas.push([]);
      }
      values[r][c] = v;
      formats[r][c] = cell.numFmt || 'General';
      formulas[r][c] = cell.formula ? `=${cell.formula}` : null;
      width = Math.max(width, c + 1);
    });
  });
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < width; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (formats[r][c] === undefined) formats[r][c] = 'General';
      if (formulas[r][c] === undefined) formulas[r][c] = null;
    }
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseA1);
  const grid: Grid = { name: ws.name, origin: { row: 0, col: 0 }, values, formats, formulas, merges };
  if (workbook) grid.owned = ownedAreas(workbook, ws.name);
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
          }),
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
        });
        break;
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
    }
  }
}
