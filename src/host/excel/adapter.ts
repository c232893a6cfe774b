/**
 * The Office.js host: reads a sheet into a Grid and applies the engine's
 * Changes, with a fixed number of round trips to Excel (one sync to read,
 * one to write) whatever the size of the sheet. Works with the real
 * `Excel` namespace and with the in-memory one (createMemoryExcel).
 */
import type { ExcelRunner } from '../../app/actions';
import type { Change, ColumnWidthChange, MarkChange, PageSetupChange, StyleChange, WriteChange, CellWrite } from '../../engine/changes';
import { parseA1, splitSheetAddress, type Area, type CellValue, type Grid, type OwnedArea } from '../../engine/grid';
import type { RoleOverrides } from '../../engine/report';
import { guarded } from './errors';
import { loadRoleSettings, type RoleSettingsLoad } from './roles';

export type { ExcelRunner };

export interface ReadOptions {
  /**
   * Read merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13).
   * Pass false where that requirement set is missing. Default true.
   */
  mergedAreas?: boolean;
  /**
   * Also read the sheet's saved role corrections (workbook.settings,
   * ExcelApi 1.4) in the same sync. Default false.
   */
  roles?: boolean;
}

export interface SheetRead {
  grid: Grid;
  syncs: number;
  /** The sheet's role corrections, when asked for (empty when none). */
  roles?: RoleOverrides;
}

export interface ApplyOptions {
  /** Defined names that exist already (from the read): a MarkChange replaces them. */
  existingNames?: string[];
  /**
   * Whether the host has Worksheet.pageLayout (ExcelApi 1.9: orientation,
   * paper size, zoom, print title rows). Without it a `pageSetup` change is
   * skipped and reported in `skipped`. Derive it from
   * `isSetSupported('ExcelApi', '1.9')`. Default true.
   */
  pageLayout?: boolean;
}

export interface ApplyResult {
  syncs: number;
  /** Change types left out because the host lacks them (e.g. ['pageSetup']); absent when none. */
  skipped?: Change['type'][];
}

/** Prefix of the defined names that record areas the add-in wrote. */
export const OWNED_PREFIX = 'chitieu_';

export { guarded };

// ---------------------------------------------------------------- read

/** Read the active sheet in one sync. */
export async function readActiveSheet(api: ExcelRunner, opts: ReadOptions = {}): Promise<SheetRead> {
  return read(api, undefined, opts);
}

/** Read a sheet by name in one sync (ItemNotFound → UserFacingError). */
export async function readSheet(
  api: ExcelRunner,
  sheetName: string,
  opts: ReadOptions = {},
): Promise<SheetRead> {
  return read(api, sheetName, opts);
}

async function read(api: ExcelRunner, sheetName: string | undefined, opts: ReadOptions): Promise<SheetRead> {
  return guarded(() =>
    api.run(async (context) => {
      let syncs = 0;
      const sheets = context.workbook.worksheets;
      const ws = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,formulas,numberFormat,rowIndex,columnIndex');
      // Excel lists a merged area only when its top-left cell is in the
      // range asked about, so ask the whole sheet and keep those that
      // touch the used range.
      const merged = opts.mergedAreas === false ? null : ws.getRange().getMergedAreasOrNullObject();
      merged?.load('address');
      const names = context.workbook.names;
      names.load('items/name,items/formula');
      const roleSettings: RoleSettingsLoad | null = opts.roles ? loadRoleSettings(context, ws) : null;
      await context.sync();
      syncs++;

      const name: string = ws.name;
      const owned = ownedAreas(names.items, name);
      const withRoles = (r: SheetRead): SheetRead => (roleSettings ? { ...r, roles: roleSettings.roles() } : r);
      if (used.isNullObject) {
        const grid: Grid = { name, origin: { row: 0, col: 0 }, values: [], formats: [], merges: [], owned };
        return withRoles({ grid, syncs });
      }
      const values: CellValue[][] = (used.values as unknown[][]).map((row) => row.map(toCellValue));
      const formats: string[][] = used.numberFormat;
      // Only formulas are kept ("=…"); constants are already in values.
      const formulas = (used.formulas as unknown[][]).map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
      const origin = { row: used.rowIndex as number, col: used.columnIndex as number };
      const bounds: Area = {
        top: origin.row,
        left: origin.col,
        bottom: origin.row + values.length - 1,
        right: origin.col + (values[0]?.length ?? 0) - 1,
      };
      const merges = merged && !merged.isNullObject ? parseAreas(merged.address).filter((m) => overlaps(m, bounds)) : [];
      const grid: Grid = { name, origin, values, formats, formulas, merges, owned };
      return withRoles({ grid, syncs });
    }),
  );
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Split a RangeAreas address ("S!A1:B2, 'x, y'!C3") at commas outside quotes. */
function splitAddressList(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseAreas(address: string): Area[] {
  const out: Area[] = [];
  for (const part of splitAddressList(address)) {
    try {
      out.push(parseA1(splitSheetAddress(part).address));
    } catch {
      // Whole rows or columns are no merged areas the engine cares about.
    }
  }
  return out;
}

/** The chitieu_* names that refer to a range on this sheet. */
function ownedAreas(items: { name: string; formula: unknown }[], sheetName: string): OwnedArea[] {
  const out: OwnedArea[] = [];
  for (const item of items) {
    if (!item.name.toLowerCase().startsWith(OWNED_PREFIX) || typeof item.formula !== 'string') continue;
    const { sheet, address } = splitSheetAddress(item.formula);
    if (sheet === undefined || sheet.toLowerCase() !== sheetName.toLowerCase()) continue;
    try {
      out.push({ name: item.name, area: parseA1(address) });
    } catch {
      // A name gone to #REF! (its cells deleted) records nothing.
    }
  }
  return out;
}

// ---------------------------------------------------------------- write

/**
 * Apply changes to a sheet in one sync, whatever their size: one range
 * operation per change. Calculation is suspended until the sync.
 */
export async function applyChanges(
  api: ExcelRunner,
  sheetName: string,
  changes: Change[],
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  if (!changes.length) return { syncs: 0 };
  return guarded(() =>
    api.run(async (context) => {
      let syncs = 0;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const ws = context.workbook.worksheets.getItem(sheetName);
      const { skipped } = queueChanges(context, ws, changes, opts);
      await context.sync();
      syncs++;
      return skipped.length ? { syncs, skipped } : { syncs };
    }),
  );
}

/**
 * Queue the operations of `changes` on a worksheet proxy without syncing,
 * so a caller can put them in the same sync as other work (adding the
 * sheet, activating it). Every change type is handled: a new one that is
 * not is a compile error here, never silently ignored.
 */
export function queueChanges(context: any, ws: any, changes: Change[], opts: ApplyOptions = {}): { skipped: Change['type'][] } {
  const names = new Set((opts.existingNames ?? []).map((n) => n.toUpperCase()));
  const skipped = new Set<Change['type']>();
  for (const change of changes) {
    switch (change.type) {
      case 'write':
        applyWrite(ws, change);
        break;
      case 'style':
        applyStyle(ws, change);
        break;
      case 'merge':
        rangeOf(ws, change.area).merge(false);
        break;
      case 'unmerge':
        rangeOf(ws, change.area).unmerge();
        break;
      case 'clear':
        rangeOf(ws, change.area).clear('All');
        break;
      case 'mark':
        applyMark(context, ws, change, names);
        break;
      case 'columnWidth':
        applyColumnWidth(ws, change);
        break;
      case 'rowHeight':
        ws.getRangeByIndexes(change.row, 0, 1, 1).format.rowHeight = change.height;
        break;
      case 'pageSetup':
        if (opts.pageLayout === false) skipped.add('pageSetup');
        else applyPageSetup(ws, change);
        break;
      default: {
        const unknown: never = change;
        throw new Error(`Unknown change type: ${(unknown as { type?: unknown }).type}`);
      }
    }
  }
  return { skipped: Array.from(skipped) };
}

function rangeOf(ws: any, a: Area): any {
  return ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
}

function applyWrite(ws: any, w: WriteChange): void {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  if (!rows || !cols) return;
  const range = ws.getRangeByIndexes(w.top, w.left, rows, cols);
  const formats =
    w.numberFormat === undefined
      ? undefined
      : typeof w.numberFormat === 'string'
        ? Array.from({ length: rows }, () => new Array<string>(cols).fill(w.numberFormat as string))
        : w.numberFormat;
  // Text format ("@") turns what is written next into text, formulas too:
  // set it after the contents; any other format before them.
  const asText = !!formats?.some((row) => row.includes('@'));
  if (formats && !asText) range.numberFormat = formats;
  range.formulas = w.cells.map((row) => row.map(formulaInput));
  if (formats && asText) range.numberFormat = formats;
}

/** What to put in a `formulas` array for one cell so Excel stores exactly it. */
export function formulaInput(cell: CellWrite): string | number | boolean {
  if (cell.formula) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  return keepsAsText(v) ? v : `'${v}`;
}

/**
 * Whether Excel stores a typed string as that same text. It does not for
 * "=…" (formula), "'…" (drops the apostrophe), "+…"/"-…"/"@…" (formula
 * in Excel's reading), TRUE/FALSE, error names, and anything it reads as
 * a number, date, time, fraction or percentage ("12", "9/63", "1,5").
 */
function keepsAsText(s: string): boolean {
  if (s === '') return true;
  if (/^[=+\-@']/.test(s)) return false;
  const t = s.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return false;
  if (t.startsWith('#')) return false;
  if (/[0-9]/.test(t) && /^[0-9\s.,:/%$()eE+\-]+$/.test(t)) return false;
  return true;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

function applyStyle(ws: any, s: StyleChange): void {
  const format = rangeOf(ws, s.area).format;
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontName !== undefined) format.font.name = s.fontName;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.horizontal !== undefined) format.horizontalAlignment = s.horizontal;
  if (s.vertical !== undefined) format.verticalAlignment = s.vertical;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.fill !== undefined) format.fill.color = s.fill;
  if (s.borders?.thin) {
    const edges = [...EDGES];
    if (s.area.bottom > s.area.top) edges.push('InsideHorizontal');
    if (s.area.right > s.area.left) edges.push('InsideVertical');
    for (const index of edges) {
      const border = format.borders.getItem(index);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/**
 * Points for a column width given in characters, as Excel converts it:
 * a width of n characters of the workbook's default font (Calibri 11, a
 * digit 7 px wide) is n × 7 px plus 5 px of padding and gridline, rounded
 * to whole pixels (under one character, n × 12 px), at 96 px per inch, that
 * is 0.75 pt per pixel: points = round(chars × 7 + 5) × 0.75. Excel's
 * default 8.43 characters gives 64 px = 48 pt. RangeFormat.columnWidth is
 * in points.
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  const px = chars < 1 ? Math.round(chars * 12) : Math.round(chars * 7 + 5);
  return px * 0.75;
}

/** One range operation per change: the width of the column (a cell of it sets the whole column). */
function applyColumnWidth(ws: any, c: ColumnWidthChange): void {
  ws.getRangeByIndexes(0, c.col, 1, 1).format.columnWidth = columnWidthPoints(c.width);
}

/**
 * Page set-up through Worksheet.pageLayout (ExcelApi 1.9). "Fit to one
 * page wide" is Excel's "Fit All Columns on One Page": one page across and
 * an automatic number of pages down, which the API writes as
 * `zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }` (the zoom
 * must be set as one object). Title rows must be whole rows ("$5:$5").
 */
function applyPageSetup(ws: any, p: PageSetupChange): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = p.paper;
  if (p.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows[0] + 1}:$${p.printTitleRows[1] + 1}`);
}

function applyMark(context: any, ws: any, m: MarkChange, existing: Set<string>): void {
  const key = m.name.toUpperCase();
  if (existing.has(key)) context.workbook.names.getItem(m.name).delete();
  context.workbook.names.add(m.name, rangeOf(ws, m.area));
  existing.add(key);
}

// ---------------------------------------------------------------- select

/** Activate a sheet and select a cell or range on it ("H8", "B3:D5"). */
export async function selectCell(api: ExcelRunner, sheetName: string, address: string): Promise<void> {
  await guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    }),
  );
}
