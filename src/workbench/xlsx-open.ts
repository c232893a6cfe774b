/**
 * Opening a planner's own .xlsx in the workbench: the file's bytes are
 * looked at first (a zip at all? an old .xls, a password-protected file?
 * how much do its sheets unpack to?), then read with ExcelJS, and every
 * worksheet turned into the in-memory Excel's seed (WorkbookInit): values
 * as Excel holds them (numbers, text, booleans; dates as their serial
 * numbers), formulas with the results Excel saved, number formats, merged
 * areas, cell formats (font, fill, alignment, borders), column widths, row
 * heights, the print set-up and the workbook's defined names.
 *
 * Pure but for ExcelJS, which the caller hands in (the browser loads it on
 * demand, the tests pass Node's): no DOM, so jest runs it in Node.
 */
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { CellValue } from '../engine/grid';
import { computable, FormulaSyntaxError, parseFormula } from '../host/memory/formula';
import { isValidName } from '../host/memory/model';
import type { BorderInit, CellStyleInit, PageLayoutSnapshot, SheetInit, WorkbookInit } from '../host/memory/types';
import { cellAddress } from './a1';

/** What the workbench needs of ExcelJS: its Workbook. */
export interface ExcelJSLib {
  Workbook: new () => ExcelJS.Workbook;
}

/**
 * The largest file the workbench opens. ExcelJS reads a whole workbook
 * into the browser's memory at about 24 times the size of its sheets' XML,
 * and the in-memory Excel then keeps every cell as an object: above these
 * the page would stall for a long time or run out of memory, so the file
 * is refused with a message instead (the command line reads larger ones).
 * Measured in Node: 495,000 cells (45,000 rows × 11 columns) are a 2.6 MB
 * file of 18.5 MB of XML, read in about 4 s with about 1 GB of memory.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most the sheets' XML and shared strings may unpack to (a small file can hold a lot of XML). */
export const MAX_XML_BYTES = 24 * 1024 * 1024;
/** The most cells (with a value, a formula or a format) all the sheets may hold together. */
export const MAX_CELLS = 500_000;

export interface OpenLimits {
  fileBytes: number;
  xmlBytes: number;
  cells: number;
}

export const LIMITS: OpenLimits = { fileBytes: MAX_FILE_BYTES, xmlBytes: MAX_XML_BYTES, cells: MAX_CELLS };

export type OpenFailure =
  /** The file is larger than MAX_FILE_BYTES: `size`, `limit` (bytes). */
  | 'too-large'
  /** Its sheets unpack to more than MAX_XML_BYTES: `size`, `limit` (bytes). */
  | 'too-large-xml'
  /** It holds more than MAX_CELLS cells: `cells`, `limit`. */
  | 'too-many-cells'
  /** 0 bytes. */
  | 'empty'
  /** An Excel 97–2003 workbook (a compound file without encryption streams). */
  | 'xls'
  /** A password-protected (encrypted) Office file. */
  | 'encrypted'
  /** Not a zip, or a zip that is no spreadsheet (a .docx, an .ods). */
  | 'not-xlsx'
  /** A workbook without a single worksheet (only chart sheets, say). */
  | 'no-sheets'
  /** ExcelJS could not read it: `detail` says why. */
  | 'unreadable';

/** Why a file was not opened, with what the message needs. The file's name is in `file`. */
export class WorkbookFileError extends Error {
  constructor(
    readonly reason: OpenFailure,
    readonly file: string,
    readonly params: Readonly<Record<string, string | number>> = {}
  ) {
    super(`${reason}: ${file} ${JSON.stringify(params)}`);
    this.name = 'WorkbookFileError';
  }
}

export type FileKind = 'zip' | 'encrypted' | 'xls' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: old .xls, .doc, and Office's encrypted packages. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` contain `text` in UTF-16LE (how a compound file names its streams). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What the file is, from its first bytes: a zip (an .xlsx, or some other
 * zip), an encrypted Office file (a compound file with an
 * "EncryptedPackage" stream: Excel saves a password-protected .xlsx so), an
 * old .xls (any other compound file), or something else.
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, CFB)) return hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'xls';
  return 'other';
}

/** What the zip holds of a workbook, from its directory alone (nothing is unpacked). */
export interface PackageInfo {
  /** It has xl/workbook.xml: a spreadsheet package. */
  workbook: boolean;
  /** Bytes the worksheets' XML and the shared strings unpack to. */
  xmlBytes: number;
}

/** The package's directory, or null when the zip cannot be read. */
export function packageInfo(bytes: Uint8Array): PackageInfo | null {
  let workbook = false;
  let xmlBytes = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name === 'xl/workbook.xml') workbook = true;
        if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(f.name)) xmlBytes += f.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return { workbook, xmlBytes };
}

/** The workbook and what the workbench tells the planner about it. */
export interface OpenedWorkbook {
  init: WorkbookInit;
  /** Cells with a value, formula or format, over all sheets. */
  cells: number;
  /** Formulas the in-memory Excel does not compute: they show the result Excel saved. */
  savedResults: number;
}

/** A file as the page has it (a DOM File fits). */
export interface WorkbookFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Read a file into the in-memory Excel's seed, or throw a
 * WorkbookFileError saying why not. Refuses a file above MAX_FILE_BYTES
 * before reading it, and one whose sheets unpack to more than
 * MAX_XML_BYTES before ExcelJS reads it.
 */
export async function openWorkbookFile(file: WorkbookFile, loadLib: () => Promise<ExcelJSLib>, limits: OpenLimits = LIMITS): Promise<OpenedWorkbook> {
  if (file.size > limits.fileBytes) throw new WorkbookFileError('too-large', file.name, { size: file.size, limit: limits.fileBytes });
  if (file.size === 0) throw new WorkbookFileError('empty', file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return openWorkbookBytes(file.name, bytes, await loadLib(), limits);
}

/** The same, from the file's bytes. */
export async function openWorkbookBytes(name: string, bytes: Uint8Array, lib: ExcelJSLib, limits: OpenLimits = LIMITS): Promise<OpenedWorkbook> {
  if (bytes.length > limits.fileBytes) throw new WorkbookFileError('too-large', name, { size: bytes.length, limit: limits.fileBytes });
  if (bytes.length === 0) throw new WorkbookFileError('empty', name);
  const kind = fileKind(bytes);
  if (kind === 'encrypted' || kind === 'xls') throw new WorkbookFileError(kind, name);
  if (kind !== 'zip') throw new WorkbookFileError('not-xlsx', name);
  const info = packageInfo(bytes);
  if (!info) throw new WorkbookFileError('unreadable', name, { detail: 'the zip cannot be read' });
  if (!info.workbook) throw new WorkbookFileError('not-xlsx', name);
  if (info.xmlBytes > limits.xmlBytes) throw new WorkbookFileError('too-large-xml', name, { size: info.xmlBytes, limit: limits.xmlBytes });
  const wb = new lib.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; in the browser it takes an ArrayBuffer or typed array as well.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookFileError('unreadable', name, { detail: err instanceof Error ? err.message : String(err) });
  }
  return workbookFromExcelJS(wb, name, limits.cells);
}

/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/** A value as Excel holds it: ExcelJS's rich text, hyperlinks, errors and dates made plain. */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  // A date is its serial number, as Excel stores it (its format shows it as a date).
  if (v instanceof Date) return v.getTime() / 86400000 + EXCEL_EPOCH_OFFSET;
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((t) => t.text).join('') || null;
    if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result);
    if ('text' in v) {
      const text = (v as { text: unknown }).text;
      // A hyperlink's text may itself be rich text.
      if (text && typeof text === 'object' && 'richText' in text) return plainValue(text as ExcelJS.CellRichTextValue);
      return text === '' || text === undefined || text === null ? null : String(text);
    }
  }
  return String(v);
}

/** "FF1F4E79" (ExcelJS's ARGB) → "#1F4E79"; null for a theme or indexed colour, which has no RGB here. */
function rgb(color: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = color?.argb;
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

const HORIZONTAL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};

const VERTICAL: Record<string, string> = { top: 'Top', middle: 'Center', justify: 'Justify', distributed: 'Distributed' };

/** ExcelJS's (the file's) border styles in Office.js terms. */
export const BORDER_FROM_FILE: Record<string, Omit<BorderInit, 'color'>> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dotted: { style: 'Dot', weight: 'Thin' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
  double: { style: 'Double', weight: 'Thick' },
};

const DEFAULT_FONT = { name: 'Calibri', size: 11 };

/** A cell's format in Office.js terms; null when it is Excel's default. */
export function cellStyle(cell: ExcelJS.Cell): CellStyleInit | null {
  const out: CellStyleInit = {};
  const font = cell.font;
  if (font) {
    if (font.bold) out.bold = true;
    if (font.italic) out.italic = true;
    if (font.name && font.name !== DEFAULT_FONT.name) out.fontName = font.name;
    if (typeof font.size === 'number' && font.size !== DEFAULT_FONT.size) out.fontSize = font.size;
    const color = rgb(font.color);
    if (color && color !== '#000000') out.fontColor = color;
  }
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = rgb(fill.fgColor);
    if (color) out.fill = color;
  }
  const al = cell.alignment;
  if (al) {
    if (al.horizontal && HORIZONTAL[al.horizontal]) out.horizontal = HORIZONTAL[al.horizontal];
    if (al.vertical && VERTICAL[al.vertical]) out.vertical = VERTICAL[al.vertical];
    if (al.wrapText) out.wrap = true;
  }
  const border = cell.border;
  if (border) {
    const borders: NonNullable<CellStyleInit['borders']> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const b = border[side];
      const kind = b?.style ? BORDER_FROM_FILE[b.style] : undefined;
      if (kind) borders[side] = { ...kind, color: rgb(b?.color) ?? '#000000' };
    }
    if (Object.keys(borders).length) out.borders = borders;
  }
  return Object.keys(out).length ? out : null;
}

/**
 * A column width as the file stores it (characters of the default font's
 * digit, with padding: 9.140625 for Excel's default 8.43) in points, as the
 * in-memory Excel holds it: the pixels Excel draws (ECMA-376 §18.3.1.13,
 * for a 7-pixel digit: Calibri 11) at 96 dpi.
 */
export function columnWidthPoints(fileWidth: number): number {
  if (!(fileWidth > 0)) return 0;
  const px = Math.trunc(((256 * fileWidth + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

/** ExcelJS's paper sizes (the file's numbers) as Excel.PaperType. */
export const PAPER_FROM_FILE: Record<number, string> = { 1: 'Letter', 5: 'Legal', 8: 'A3', 9: 'A4', 11: 'A5', 12: 'B4', 13: 'B5' };

function pageLayout(ws: ExcelJS.Worksheet): PageLayoutSnapshot {
  const p = ws.pageSetup;
  const out: PageLayoutSnapshot = {
    orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: (p.paperSize !== undefined && PAPER_FROM_FILE[p.paperSize]) || 'Letter',
  };
  if (p.fitToPage) {
    out.fitToPagesWide = p.fitToWidth ?? 1;
    out.fitToPagesTall = p.fitToHeight ?? 1;
  } else if (typeof p.scale === 'number' && p.scale >= 10 && p.scale <= 400) {
    out.scale = p.scale;
  }
  const titles = typeof p.printTitlesRow === 'string' ? /^\$?(\d+):\$?(\d+)$/.exec(p.printTitlesRow) : null;
  if (titles) out.printTitleRows = `${titles[1]}:${titles[2]}`;
  return out;
}

/** Whether the in-memory Excel computes this formula itself (else it keeps Excel's saved result). */
export function computedHere(formula: string): boolean {
  try {
    return computable(parseFormula(formula));
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return false;
    throw e;
  }
}

/** One worksheet as the in-memory Excel's seed; `count` is told of each stored cell and saved result. */
function sheetInit(ws: ExcelJS.Worksheet, count: { cells: number; savedResults: number }, file: string, maxCells: number): SheetInit {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: Record<string, string> = {};
  const styles: Record<string, CellStyleInit> = {};
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    // Every cell ExcelJS holds, formatted empty ones too (a table's borders).
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const address = cellAddress(r, c);
      // A merged cell's others repeat the first one's value in ExcelJS; Excel keeps it in the first only.
      const slave = cell.isMerged && cell.master.address !== cell.address;
      const formula = slave ? undefined : cell.formula;
      const value = slave ? null : plainValue(cell.value);
      const numFmt = cell.numFmt;
      const style = cellStyle(cell);
      if (value === null && !formula && (!numFmt || numFmt === 'General') && !style) return;
      if (++count.cells > maxCells) throw new WorkbookFileError('too-many-cells', file, { limit: maxCells });
      if (value !== null) (values[r] ??= [])[c] = value;
      if (numFmt && numFmt !== 'General') (formats[r] ??= [])[c] = numFmt;
      if (formula) {
        const f = `=${formula}`;
        formulas[address] = f;
        // One the in-memory Excel cannot compute shows the result Excel saved.
        if (!computedHere(f)) count.savedResults++;
      }
      if (style) styles[address] = style;
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const init: SheetInit = { name: ws.name, values };
  if (formats.length) init.formats = formats;
  if (Object.keys(formulas).length) init.formulas = formulas;
  if (Object.keys(styles).length) init.styles = styles;
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  if (merges.length) init.merges = merges.slice();
  const widths: (number | null)[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col.hidden) widths[i] = 0;
    else if (typeof col.width === 'number') widths[i] = columnWidthPoints(col.width);
  });
  const defaultWidth = ws.properties.defaultColWidth;
  if (typeof defaultWidth === 'number' && defaultWidth > 0) {
    const used = Math.max(widths.length, ...values.map((row) => row.length));
    for (let i = 0; i < used; i++) widths[i] ??= columnWidthPoints(defaultWidth);
  }
  if (widths.length) init.columnWidths = widths;
  const heights: (number | null)[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (typeof row.height === 'number' && row.height > 0) heights[rowNumber - 1] = row.height;
  });
  if (heights.length) init.rowHeights = heights;
  init.pageLayout = pageLayout(ws);
  return init;
}

/**
 * An ExcelJS workbook as the in-memory Excel's seed: every worksheet, the
 * defined names it can hold (a valid name that refers to one area of a
 * sheet of the workbook), the first visible sheet active. Throws a
 * WorkbookFileError for a workbook without worksheets or with more than
 * `maxCells` cells (counted as they are read: it stops at the first too many).
 */
export function workbookFromExcelJS(wb: ExcelJS.Workbook, file = 'workbook.xlsx', maxCells = MAX_CELLS): OpenedWorkbook {
  const count = { cells: 0, savedResults: 0 };
  const sheets = wb.worksheets.map((ws) => sheetInit(ws, count, file, maxCells));
  if (!sheets.length) throw new WorkbookFileError('no-sheets', file);
  const names: Record<string, string> = {};
  const sheetNames = new Set(sheets.map((s) => s.name.toUpperCase()));
  for (const { name, ranges } of wb.definedNames.model) {
    if (ranges.length !== 1 || !isValidName(name)) continue;
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(ranges[0]);
    if (!m) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (!sheetNames.has(sheet.toUpperCase())) continue;
    names[name] = `=${ranges[0]}`;
  }
  const visible = wb.worksheets.find((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  const active = (activeTab !== undefined ? wb.worksheets[activeTab] : undefined) ?? visible ?? wb.worksheets[0];
  const init: WorkbookInit = { sheets, active: active.name };
  if (Object.keys(names).length) init.names = names;
  return { init, cells: count.cells, savedResults: count.savedResults };
}
