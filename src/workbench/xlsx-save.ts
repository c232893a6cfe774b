/**
 * Saving the workbench's workbook as an .xlsx file: the in-memory Excel's
 * workbook (MemoryExcelControl.toInit) written with ExcelJS — values,
 * formulas with their current results, number formats, merged areas,
 * column widths, row heights, the cell formats the add-in writes (bold,
 * italic, font, fill, alignment, wrap, borders), the print set-up and the
 * defined names (the add-in's records of its computed blocks among them).
 * Not written: conditional formats (the pane's marking), the add-in's
 * settings (the planner's saved decisions) and protection.
 *
 * Pure but for ExcelJS, which the caller hands in: jest runs it in Node.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../engine/grid';
import { isErrorCode } from '../host/memory/formula';
import type { BorderInit, CellStyleInit, PageLayoutSnapshot, SheetInit, WorkbookInit } from '../host/memory/types';
import { parseCell, parseRange } from './a1';
import { BORDER_FROM_FILE, PAPER_FROM_FILE, type ExcelJSLib } from './xlsx-open';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The name the sample workbook is saved under. */
export const SAMPLE_FILE_NAME = 'chitieu-mau.xlsx';

/**
 * The name of the saved file: the opened file's with "-chitieu" before the
 * extension ("Biểu 1.xlsx" → "Biểu 1-chitieu.xlsx"; once only: a file
 * saved here and opened again keeps its name), always .xlsx; the sample's
 * "chitieu-mau.xlsx".
 */
export function savedFileName(opened: string | null): string {
  if (opened === null || opened.trim() === '') return SAMPLE_FILE_NAME;
  const base = opened.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return `${/-chitieu$/i.test(stem) ? stem : `${stem}-chitieu`}.xlsx`;
}

/** "#1F4E79" → ExcelJS's ARGB "FF1F4E79". */
function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

const HORIZONTAL: Record<string, ExcelJS.Alignment['horizontal']> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};

const VERTICAL: Record<string, ExcelJS.Alignment['vertical']> = { Top: 'top', Center: 'middle', Justify: 'justify', Distributed: 'distributed' };

/** The file's style for an Office.js line style whose weight has none of its own ("Dot" at Medium). */
const NEAREST_STYLE: Record<string, ExcelJS.BorderStyle> = {
  Continuous: 'thin',
  Dash: 'dashed',
  Dot: 'dotted',
  DashDot: 'dashDot',
  DashDotDot: 'dashDotDot',
  SlantDashDot: 'slantDashDot',
  Double: 'double',
};

/** Office.js border style and weight → the file's border style (the nearest one the file has); null for none. */
function borderStyle(b: BorderInit): ExcelJS.BorderStyle | null {
  if (b.style === 'None') return null;
  for (const [fileStyle, office] of Object.entries(BORDER_FROM_FILE)) {
    if (office.style === b.style && office.weight === b.weight) return fileStyle as ExcelJS.BorderStyle;
  }
  if (b.style === 'Continuous' && b.weight === 'Thick') return 'thick';
  if (b.style === 'Continuous' && b.weight === 'Medium') return 'medium';
  return NEAREST_STYLE[b.style] ?? 'thin';
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyleInit): void {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontName) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length) cell.font = { name: 'Calibri', size: 11, ...font };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal && HORIZONTAL[style.horizontal]) alignment.horizontal = HORIZONTAL[style.horizontal];
  if (style.vertical && VERTICAL[style.vertical]) alignment.vertical = VERTICAL[style.vertical];
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (style.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const b = style.borders[side];
      const kind = b ? borderStyle(b) : null;
      if (b && kind) border[side] = { style: kind, color: { argb: argb(b.color) } };
    }
    if (Object.keys(border).length) cell.border = border;
  }
}

/**
 * A width in points (the in-memory Excel's) as the file stores it: the
 * pixels at 96 dpi in units of the 7-pixel digit, truncated to 1/256
 * (ECMA-376 §18.3.1.13); columnWidthPoints reads it back to the same points.
 */
export function fileColumnWidth(points: number): number {
  if (!(points > 0)) return 0;
  const px = Math.round(points / 0.75);
  return Math.trunc((px / 7) * 256) / 256;
}

const PAPER_TO_FILE: Record<string, number> = Object.fromEntries(Object.entries(PAPER_FROM_FILE).map(([n, name]) => [name, Number(n)]));

function applyPageLayout(ws: ExcelJS.Worksheet, p: PageLayoutSnapshot): void {
  const setup: Partial<ExcelJS.PageSetup> = { orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait' };
  const paper = PAPER_TO_FILE[p.paperSize];
  if (paper !== undefined) setup.paperSize = paper as ExcelJS.PageSetup['paperSize'];
  if (p.fitToPagesWide !== undefined || p.fitToPagesTall !== undefined) {
    Object.assign(setup, { fitToPage: true, fitToWidth: p.fitToPagesWide ?? 1, fitToHeight: p.fitToPagesTall ?? 1 });
  } else if (p.scale !== undefined) setup.scale = p.scale;
  if (p.printTitleRows) setup.printTitlesRow = p.printTitleRows;
  Object.assign(ws.pageSetup, setup);
}

/** A value or a formula's result as ExcelJS writes it: an error code as an error value. */
function fileValue(v: CellValue): ExcelJS.CellValue {
  if (typeof v === 'string' && isErrorCode(v)) return { error: v } as ExcelJS.CellErrorValue;
  return v;
}

function writeSheet(ws: ExcelJS.Worksheet, s: SheetInit): void {
  // Constants as they are (text that reads as an error code, "#N/A", was typed so and stays text).
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      ws.getCell(r + 1, c + 1).value = v;
    })
  );
  for (const [address, formula] of Object.entries(s.formulas ?? {})) {
    const pos = parseCell(address);
    if (!pos) continue;
    const result = s.values[pos.row]?.[pos.col];
    const value: ExcelJS.CellFormulaValue = { formula: formula.replace(/^=/, ''), date1904: false };
    if (result !== null && result !== undefined) value.result = fileValue(result) as ExcelJS.CellFormulaValue['result'];
    else value.result = '';
    ws.getCell(pos.row + 1, pos.col + 1).value = value;
  }
  s.formats?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f && f !== 'General') ws.getCell(r + 1, c + 1).numFmt = f;
    })
  );
  for (const [address, style] of Object.entries(s.styles ?? {})) {
    const pos = parseCell(address);
    if (pos) applyStyle(ws.getCell(pos.row + 1, pos.col + 1), style);
  }
  for (const m of s.merges ?? []) {
    const area = parseRange(m);
    if (!area || (area.top === area.bottom && area.left === area.right)) continue;
    // Each cell of the area keeps its own format (its borders draw the area's frame), as Excel saves it.
    ws.mergeCellsWithoutStyle(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }
  s.columnWidths?.forEach((w, c) => {
    if (typeof w !== 'number') return;
    const col = ws.getColumn(c + 1);
    if (w === 0) col.hidden = true;
    else col.width = fileColumnWidth(w);
  });
  s.rowHeights?.forEach((h, r) => {
    if (typeof h === 'number' && h > 0) ws.getRow(r + 1).height = h;
  });
  if (s.pageLayout) applyPageLayout(ws, s.pageLayout);
}

/** The workbook as an ExcelJS workbook, ready to write. */
export function excelJSFromInit(init: WorkbookInit, lib: ExcelJSLib): ExcelJS.Workbook {
  const wb = new lib.Workbook();
  wb.creator = 'chitieu';
  for (const s of init.sheets) writeSheet(wb.addWorksheet(s.name), s);
  const active = init.active === undefined ? 0 : init.sheets.findIndex((s) => s.name === init.active);
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  for (const [name, refersTo] of Object.entries(init.names ?? {})) {
    // ExcelJS writes names that refer to cells; a constant or formula name is left out.
    const ref = refersTo.replace(/^=/, '');
    const bang = ref.lastIndexOf('!');
    if (bang < 0 || !parseRange(ref.slice(bang + 1))) continue;
    wb.definedNames.add(ref, name);
  }
  return wb;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookFileBytes(init: WorkbookInit, lib: ExcelJSLib): Promise<Uint8Array> {
  const buffer = await excelJSFromInit(init, lib).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
