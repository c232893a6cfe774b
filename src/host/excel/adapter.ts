/**
 * The Office.js host: reads a sheet into a Grid and applies the engine's
 * Changes in few round trips to Excel: one sync to read and one to write
 * a sheet of up to READ_CHUNK_ROWS rows; for longer sheets as many more as
 * keep every request and response under PAYLOAD_BUDGET (Excel on the web
 * refuses payloads over 5 MB). Works with the real `Excel` namespace and
 * with the in-memory one (createMemoryExcel).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { ExcelRunner } from './runner';
import type { XlBorderIndex, XlContext, XlNullable, XlRange, XlRangeAreas, XlWorksheet } from '../excel-api';
import type { Change, ColumnWidthChange, MarkChange, PageSetupChange, StyleChange, CellWrite } from '../../engine/changes';
import { overlaps, parseA1, splitSheetAddress, type Area, type CellValue, type Grid, type GridStray, type OwnedArea } from '../../engine/grid';
import { layoutOfAreas, toContent, type SheetLayout } from '../../engine/layout';
import { refuseTooLarge } from '../errors';
import type { RoleOverrides } from '../../engine/report';
import {
  FILL_MIN_BYTES,
  FIRST_GUESS_CELL_BYTES,
  FIRST_GUESS_FORMULA_BYTES,
  MAX_READ_CELLS,
  matrixBytes,
  PAYLOAD_BUDGET,
  planRead,
  planWrites,
  READ_CHUNK_ROWS,
  READ_MARGIN,
  stringBytes,
  type FormulaBlock,
  type HostChange,
} from './chunks';
import { syncBatches } from './batch';
import { compactChanges, contentAreas, MERGE_GAP_CELLS, type FillChange, type HostWrite } from './compact';
import { guarded, officeErrorCode } from './errors';
import { loadRoleSettings, type RoleSettingsLoad, type SheetSettings } from './roles';

export type { ExcelRunner };

export interface ReadOptions {
  /**
   * Read merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13).
   * Default false: it makes Excel for Windows forget the user's undo
   * history (office-js #5918), and the engine sees a header's spans from
   * its layout. Only for what needs them and says so.
   */
  mergedAreas?: boolean;
  /**
   * Also read the sheet's saved role corrections (workbook.settings,
   * ExcelApi 1.4) in the same sync. Default false.
   */
  roles?: boolean;
  /**
   * Whether the host has Range.getSpecialCellsOrNullObject (ExcelApi 1.9).
   * With it, rows below READ_CHUNK_ROWS are read without their formulas,
   * and then the formulas of only the columns that hold some (constants
   * would otherwise come twice: as values and as formulas). Default true.
   */
  formulaCells?: boolean;
  /**
   * Also read, in the same sync, what a write needs to know first (see
   * SheetInfo): the sheet's id, whether it is protected, and the used
   * range counting formatted cells too. Default false.
   */
  sheetInfo?: boolean;
}

/** What is known of a sheet before writing to it (ReadOptions.sheetInfo). */
export interface SheetInfo {
  /** Worksheet.id: stays the same when the sheet is renamed. */
  id: string;
  /** Worksheet.protection.protected. */
  protected: boolean;
  /**
   * The used range with formatted cells counted (getUsedRange(false)):
   * outside it a cell has no value, no formula and no format.
   */
  formatted: Area;
}

export interface SheetRead {
  grid: Grid;
  syncs: number;
  /** The sheet's role corrections, when asked for (empty when none). */
  roles?: RoleOverrides;
  /** The sheet's whole saved record (kind, directions, ignored issues too), with `roles`. */
  decided?: SheetSettings | null;
  /** When asked for (ReadOptions.sheetInfo). */
  info?: SheetInfo;
}

/** Queue the loads of SheetInfo on a worksheet proxy; read it after the sync. */
function loadSheetInfo(ws: XlWorksheet): () => SheetInfo {
  ws.load('id');
  ws.protection.load('protected');
  const formatted = ws.getUsedRange(false);
  formatted.load('rowIndex,columnIndex,rowCount,columnCount');
  return () => ({
    id: ws.id as string,
    protected: !!ws.protection.protected,
    formatted: {
      top: formatted.rowIndex,
      left: formatted.columnIndex,
      bottom: formatted.rowIndex + formatted.rowCount - 1,
      right: formatted.columnIndex + formatted.columnCount - 1,
    },
  });
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
  /**
   * Whether the host has Range.copyFrom (ExcelApi 1.9). With it a long
   * column of formulas that differ only by their row is written as its
   * first row pasted over the rest (see compact.ts), which keeps large
   * writes small; without it every formula is sent. Derive it from
   * `isSetSupported('ExcelApi', '1.9')`. Default true.
   */
  fill?: boolean;
}

export interface ApplyResult {
  syncs: number;
  /** Change types left out because the host lacks them (e.g. ['pageSetup']); absent when none. */
  skipped?: Change['type'][];
}

/** Prefix of the defined names that record areas the add-in wrote. */
export const OWNED_PREFIX = 'chitieu_';

export { guarded };

/** The payload budget and chunk sizes of reads and writes (see chunks.ts and compact.ts). */
export { FILL_MIN_BYTES, FIRST_GUESS_CELL_BYTES, FIRST_GUESS_FORMULA_BYTES, MAX_READ_CELLS, MERGE_GAP_CELLS, PAYLOAD_BUDGET, READ_CHUNK_ROWS, READ_MARGIN };

// ---------------------------------------------------------------- read

/** What is loaded of every range of cells the host reads. */
const CELL_PROPS = 'values,formulas,numberFormat';

/** Read the active sheet: one sync for a sheet of up to READ_CHUNK_ROWS rows, more for longer ones. */
export async function readActiveSheet(api: ExcelRunner, opts: ReadOptions = {}): Promise<SheetRead> {
  return read(api, undefined, opts);
}

/** Read a sheet by name (ItemNotFound → UserFacingError); syncs as readActiveSheet. */
export async function readSheet(api: ExcelRunner, sheetName: string, opts: ReadOptions = {}): Promise<SheetRead> {
  return read(api, sheetName, opts);
}

/** The cells read so far, row by row from the top of the used range. */
interface Cells {
  values: CellValue[][];
  formats: string[][];
  formulas: (string | null)[][];
}

/** Formulas still to read: rows and columns of the used range (offsets from its top-left cell). */
type FormulaLoad = FormulaBlock;

/** A formula as the Grid keeps it: "=…", or null for a constant or an empty cell. */
function formulaOrNull(f: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/**
 * Add a loaded range's rows to what was read (formulas too when they were
 * loaded, else nulls for now); false when Excel gave no arrays (too many cells).
 */
function take(cells: Cells, range: XlRange, columns: number, withFormulas: boolean): boolean {
  const values = range.values as unknown[][] | null;
  const formats = range.numberFormat as string[][] | null;
  const formulas = withFormulas ? (range.formulas as unknown[][] | null) : null;
  if (!Array.isArray(values) || !Array.isArray(formats) || (withFormulas && !Array.isArray(formulas))) return false;
  for (let r = 0; r < values.length; r++) {
    cells.values.push(values[r].map(toCellValue));
    cells.formats.push(formats[r]);
    // Only formulas are kept ("=…"); constants are already in values.
    cells.formulas.push(formulas ? formulas[r].map(formulaOrNull) : new Array<string | null>(columns).fill(null));
  }
  return true;
}

/**
 * The columns of a block where Excel found formulas, as runs of adjacent
 * columns with the rows they span (offsets from the used range's corner).
 * Null when the areas cannot be read back exactly (then all are read).
 */
function formulaLoads(special: XlRangeAreas & XlNullable, origin: { row: number; col: number }, block: FormulaLoad): FormulaLoad[] | null {
  if (special.isNullObject) return [];
  const areas = parseAreas(special.address);
  if (areas.length !== special.areaCount) return null;
  const top = new Map<number, number>();
  const bottom = new Map<number, number>();
  for (const a of areas) {
    for (let c = a.left; c <= a.right; c++) {
      const col = c - origin.col;
      if (col < block.col || col >= block.col + block.cols) return null;
      top.set(col, Math.min(top.get(col) ?? Infinity, a.top - origin.row));
      bottom.set(col, Math.max(bottom.get(col) ?? -Infinity, a.bottom - origin.row));
    }
  }
  const cols = Array.from(top.keys()).sort((a, b) => a - b);
  const out: FormulaLoad[] = [];
  for (const col of cols) {
    const last = out[out.length - 1];
    const t = Math.max(top.get(col)!, block.row);
    const b = Math.min(bottom.get(col)!, block.row + block.rows - 1);
    if (b < t) return null;
    if (last && last.col + last.cols === col) {
      const end = Math.max(last.row + last.rows - 1, b);
      last.row = Math.min(last.row, t);
      last.rows = end - last.row + 1;
      last.cols++;
    } else out.push({ row: t, rows: b - t + 1, col, cols: 1 });
  }
  return out;
}

/**
 * The first sync: the sheet's name, the used range's place and size, the
 * names, merged areas and role settings, and, unless `cells` is false, the
 * used range's cells within sheet rows 1..READ_CHUNK_ROWS.
 */
function queueFirst(context: XlContext, sheetName: string | undefined, opts: ReadOptions, cells: boolean) {
  const sheets = context.workbook.worksheets;
  const ws = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  ws.load('name');
  // On an empty sheet, A1 (it is never a null object, so ranges can be taken from it).
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const chunk = cells ? used.getIntersectionOrNullObject(ws.getRange(`1:${READ_CHUNK_ROWS}`)) : null;
  chunk?.load(`${CELL_PROPS},rowIndex,rowCount`);
  // Excel lists a merged area only when its top-left cell is in the
  // range asked about, so ask the whole sheet and keep those that
  // touch the used range.
  const merged = opts.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const roleSettings: RoleSettingsLoad | null = opts.roles ? loadRoleSettings(context, ws) : null;
  const info = opts.sheetInfo ? loadSheetInfo(ws) : null;
  return { ws, used, chunk, merged, names, roleSettings, info };
}

function isPayloadTooLarge(e: unknown): boolean {
  return officeErrorCode(e) === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Read a sheet in as few syncs as the payload limits allow. The first sync
 * brings everything but the cells below row READ_CHUNK_ROWS; later syncs
 * bring the remaining rows in blocks, as many rows per sync as fit
 * PAYLOAD_BUDGET at the bytes per row seen so far (with READ_MARGIN to
 * spare). Where Excel can say which cells hold formulas (ExcelApi 1.9),
 * those blocks bring values and formats, and the next sync the formulas of
 * only the columns that have some. A response Excel still refuses as too
 * large is asked again at half the size. The Grid is the same as one read
 * of the whole used range.
 */
async function read(api: ExcelRunner, sheetName: string | undefined, opts: ReadOptions): Promise<SheetRead> {
  const special = opts.formulaCells !== false;
  return guarded(() =>
    api.run(async (context) => {
      let syncs = 0;
      let first = queueFirst(context, sheetName, opts, true);
      try {
        await context.sync();
        syncs++;
      } catch (e) {
        syncs++;
        // A very wide first chunk: read it again without cells, then in blocks.
        if (!isPayloadTooLarge(e)) throw e;
        first = queueFirst(context, sheetName, opts, false);
        await context.sync();
        syncs++;
      }
      const { ws, used, merged, names, roleSettings, chunk, info } = first;

      const name: string = ws.name;
      const owned = ownedAreas(names.items, name);
      const withRoles = (r: SheetRead): SheetRead => {
        const out = roleSettings ? { ...r, roles: roleSettings.roles(), decided: roleSettings.record() } : r;
        return info ? { ...out, info: info() } : out;
      };
      let origin = { row: used.rowIndex as number, col: used.columnIndex as number };
      let rowCount = used.rowCount as number;
      let columns = used.columnCount as number;
      let cells: Cells = { values: [], formats: [], formulas: [] };
      let strays: GridStray[] = [];
      // A used range stretched by stray cells far from the tables (a note at XFD30): read only where the content is.
      let sparse = false;
      if (rowCount * columns > SPARSE_MIN_CELLS) {
        const found = await sparseLayout(context, ws, used, special);
        syncs += found.syncs;
        refuseTooLarge(name, found.layout);
        const a = found.layout.area;
        if (a) {
          origin = { row: a.top, col: a.left };
          rowCount = a.bottom - a.top + 1;
          columns = a.right - a.left + 1;
        }
        strays = found.strays;
        sparse = true;
      }
      if (sparse) cells = { values: [], formats: [], formulas: [] };
      // Bytes per row of what later blocks bring, and per cell of formulas read apart.
      let bytesPerRow = columns * FIRST_GUESS_CELL_BYTES;
      // Formulas too: as many bytes again as values and formats, until seen.
      let withFormulas = 2;
      let rowsSeen = false;
      let formulaBytes = FIRST_GUESS_FORMULA_BYTES;
      let formulaSeen = false;
      let next = 0;
      if (!sparse && chunk && !chunk.isNullObject && take(cells, chunk, columns, true)) {
        const rows = Math.max(1, chunk.rowCount as number);
        next = rows;
        const plain = matrixBytes(chunk.values) + matrixBytes(chunk.numberFormat);
        const full = plain + matrixBytes(chunk.formulas);
        withFormulas = full / Math.max(1, plain);
        bytesPerRow = (special ? plain : full) / rows;
        rowsSeen = true;
        let n = 0;
        let bytes = 0;
        for (const row of cells.formulas) {
          for (const f of row) {
            if (f === null) continue;
            n++;
            bytes += stringBytes(f) + 1;
          }
        }
        if (n) {
          formulaBytes = bytes / n;
          formulaSeen = true;
        }
      }

      const queue: FormulaLoad[] = [];
      let maxCells = Infinity;
      while (next < rowCount || queue.length) {
        // Formulas of earlier blocks first, then new rows in the room left.
        const fullBytesPerRow = special ? bytesPerRow * withFormulas : bytesPerRow;
        const plan = planRead({ next, rowCount, columns, bytesPerRow, fullBytesPerRow, formulaBytes, queue, maxCells });
        const formulaRanges = plan.formulas.map((f) => ws.getRangeByIndexes(origin.row + f.row, origin.col + f.col, f.rows, f.cols).load('formulas'));
        const blocks = plan.blocks.map((b) => {
          const range = ws.getRangeByIndexes(origin.row + b.top, origin.col, b.rows, columns);
          // A lone cell would make Excel look through the whole sheet.
          const apart = special && !b.formulas && b.rows * columns > 1;
          // eslint-disable-next-line office-addins/no-empty-load -- the properties are named (the rule does not read a conditional)
          range.load(apart ? 'values,numberFormat' : CELL_PROPS);
          const found = apart ? range.getSpecialCellsOrNullObject('Formulas') : null;
          found?.load('address,areaCount');
          return { block: b, range, found };
        });
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, each under Excel's payload limit
          await context.sync();
          syncs++;
        } catch (e) {
          syncs++;
          if (!isPayloadTooLarge(e) || plan.cells <= 1) throw e;
          maxCells = Math.max(1, Math.floor(plan.cells / 2));
          continue;
        }
        // Formulas read apart.
        let fBytes = 0;
        let fCells = 0;
        plan.formulas.forEach((f, k) => {
          const formulas = formulaRanges[k].formulas as unknown[][];
          fBytes += matrixBytes(formulas);
          fCells += f.rows * f.cols;
          for (let i = 0; i < f.rows; i++) {
            const row = cells.formulas[f.row + i];
            for (let j = 0; j < f.cols; j++) row[f.col + j] = formulaOrNull(formulas[i][j]);
          }
        });
        queue.splice(0, plan.taken);
        if (plan.rest) queue.unshift(plan.rest);
        if (fCells) {
          formulaBytes = formulaSeen ? Math.max(formulaBytes, fBytes / fCells) : fBytes / fCells;
          formulaSeen = true;
        }
        // New rows.
        let bytes = 0;
        let rows = 0;
        for (const { block, range, found } of blocks) {
          // Measured without formulas, as later blocks are read.
          bytes += matrixBytes(range.values ?? []) + matrixBytes(range.numberFormat ?? []);
          if (!found && !special) bytes += matrixBytes(range.formulas ?? []);
          if (!take(cells, range, columns, !found)) throw new Error(`Excel returned no cells for ${block.rows} rows of ${columns} columns`);
          rows += block.rows;
          if (found) {
            const all: FormulaLoad = { row: block.top, rows: block.rows, col: 0, cols: columns };
            queue.push(...(formulaLoads(found, origin, all) ?? [all]));
          }
        }
        if (rows) {
          bytesPerRow = rowsSeen ? Math.max(bytesPerRow, bytes / rows) : bytes / rows;
          rowsSeen = true;
        }
        next += rows;
        // The estimates now include what was refused, if anything: the whole budget again.
        maxCells = Infinity;
      }

      // getUsedRange gives an empty A1 for an empty sheet.
      if (rowCount === 1 && columns === 1 && cells.values[0]?.[0] === null && cells.formulas[0]?.[0] === null) {
        const grid: Grid = { name, origin: { row: 0, col: 0 }, values: [], formats: [], merges: [], owned };
        return withRoles({ grid, syncs });
      }
      const bounds: Area = { top: origin.row, left: origin.col, bottom: origin.row + rowCount - 1, right: origin.col + columns - 1 };
      const merges = merged && !merged.isNullObject ? parseAreas(merged.address).filter((m) => overlaps(m, bounds)) : [];
      const read: Grid = { name, origin, values: cells.values, formats: cells.formats, formulas: cells.formulas, merges, owned };
      if (strays.length) read.strays = strays;
      // A used range read whole may still hold a lone cell far away (a note at XFD30 on a short sheet): set it apart as the file's reader does.
      const grid = sparse && strays.length ? read : toContent(read);
      return withRoles({ grid, syncs });
    })
  );
}

/** The used range above which a sheet is read by where its content is (a dense sheet of 100,000 rows × 12 columns stays below). */
export const SPARSE_MIN_CELLS = 2_000_000;
/** Stray cells whose values are read (the report names each). */
const MAX_STRAYS = 50;

/**
 * Where a sheet's content is, asked of Excel (ExcelApi 1.9: the areas that
 * hold constants and formulas, one sync), and the values of the lone cells
 * far from it (one more sync when there are some). Without ExcelApi 1.9 the
 * used range is all there is to go by.
 */
async function sparseLayout(
  context: XlContext,
  ws: XlWorksheet,
  used: XlRange,
  special: boolean
): Promise<{ layout: SheetLayout; strays: GridStray[]; syncs: number }> {
  const bounds: Area = {
    top: used.rowIndex as number,
    left: used.columnIndex as number,
    bottom: (used.rowIndex as number) + (used.rowCount as number) - 1,
    right: (used.columnIndex as number) + (used.columnCount as number) - 1,
  };
  if (!special) return { layout: layoutOfAreas([bounds]), strays: [], syncs: 0 };
  const constants = used.getSpecialCellsOrNullObject('Constants');
  constants.load('address');
  const formulas = used.getSpecialCellsOrNullObject('Formulas');
  formulas.load('address');
  try {
    await context.sync();
  } catch {
    // Excel could not list the areas (too many of them, say): the used range is all there is to go by.
    return { layout: layoutOfAreas([bounds]), strays: [], syncs: 1 };
  }
  const areas = [constants, formulas].flatMap((s) => (s.isNullObject ? [] : parseAreas(s.address)));
  const layout = layoutOfAreas(areas);
  const far = layout.strays.slice(0, MAX_STRAYS);
  if (!far.length) return { layout, strays: [], syncs: 1 };
  const ranges = far.map((s) => ws.getRangeByIndexes(s.row, s.col, 1, 1).load('values'));
  await context.sync();
  return { layout, strays: far.map((s, i) => ({ ...s, value: toCellValue((ranges[i].values as unknown[][])[0][0]) })), syncs: 2 };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
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

/** A RangeAreas address ("S!A1:B2, 'x, y'!C3") as areas; whole rows or columns are left out. */
export function parseAreas(address: string): Area[] {
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
 * Apply changes to a sheet: one sync when their request fits
 * PAYLOAD_BUDGET, else as many syncs as keep each under it (a large write
 * is split by rows, small changes share a sync; their order is kept).
 * Calculation is suspended until each sync.
 */
export async function applyChanges(api: ExcelRunner, sheetName: string, changes: Change[], opts: ApplyOptions = {}): Promise<ApplyResult> {
  if (!changes.length) return { syncs: 0 };
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const { syncs, skipped } = await syncChanges(context, ws, changes, opts);
      return skipped.length ? { syncs, skipped } : { syncs };
    })
  );
}

/**
 * Queue and sync `changes` on a worksheet proxy in as many syncs as keep
 * each request under PAYLOAD_BUDGET (one for small changes), calculation
 * suspended until each. What is already queued on the context goes with
 * the first sync; `last` queues more with the last one (activating the
 * sheet, selecting a cell).
 */
export async function syncChanges(
  context: XlContext,
  ws: XlWorksheet,
  changes: Change[],
  opts: ApplyOptions = {},
  last?: () => void
): Promise<{ syncs: number; skipped: Change['type'][] }> {
  const batches = planWrites(hostChanges(changes, opts), formulaInput);
  if (!batches.length) batches.push([]);
  const state = queueState(opts);
  const syncs = await syncBatches(
    context,
    batches.map((batch, i) => () => {
      queueInto(context, ws, batch, opts, state);
      if (i === batches.length - 1) last?.();
    }),
    { before: () => context.workbook.application.suspendApiCalculationUntilNextSync() }
  );
  return { syncs, skipped: Array.from(state.skipped) };
}

/** What applyChanges sends for `changes`: long formula columns filled, nearby writes joined (see compact.ts). */
function hostChanges(changes: Change[], opts: ApplyOptions): HostChange[] {
  return compactChanges(changes, { fill: opts.fill !== false, fillMinBytes: FILL_MIN_BYTES });
}

/**
 * The cells whose contents applyChanges writes for `changes`, as Excel
 * reports them in change events: a written range can take in cells between
 * two writes that it leaves as they are.
 */
export function writtenAreas(changes: Change[], opts: ApplyOptions = {}): Area[] {
  return contentAreas(hostChanges(changes, opts));
}

/** What queueing changes keeps from one batch to the next. */
interface QueueState {
  /** Defined names that exist (upper case): a MarkChange replaces them. */
  names: Set<string>;
  skipped: Set<Change['type']>;
}

function queueState(opts: ApplyOptions): QueueState {
  return { names: new Set((opts.existingNames ?? []).map((n) => n.toUpperCase())), skipped: new Set() };
}

/**
 * Queue the operations of `changes` on a worksheet proxy without syncing,
 * so a caller can put them in the same sync as other work (adding the
 * sheet, activating it). Every change type is handled: a new one that is
 * not is a compile error here, never silently ignored.
 */
export function queueChanges(context: XlContext, ws: XlWorksheet, changes: Change[], opts: ApplyOptions = {}): { skipped: Change['type'][] } {
  const state = queueState(opts);
  queueInto(context, ws, changes, opts, state);
  return { skipped: Array.from(state.skipped) };
}

function queueInto(context: XlContext, ws: XlWorksheet, changes: HostChange[], opts: ApplyOptions, state: QueueState): void {
  const { names, skipped } = state;
  for (const change of changes) {
    switch (change.type) {
      case 'write':
        applyWrite(ws, change);
        break;
      case 'fill':
        applyFill(ws, change);
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
}

function rangeOf(ws: XlWorksheet, a: Area): XlRange {
  return ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
}

function applyWrite(ws: XlWorksheet, w: HostWrite): void {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  if (!rows || !cols) return;
  const range = ws.getRangeByIndexes(w.top, w.left, rows, cols);
  // One format for every cell goes as a single value, which Excel applies
  // to every cell of the range: a few bytes instead of one per cell.
  const formats = w.numberFormat;
  // Text format ("@") turns what is written next into text, formulas too:
  // set it after the contents; any other format before them.
  const asText = typeof formats === 'string' ? formats === '@' : !!formats?.some((row) => row.includes('@'));
  if (formats !== undefined && !asText) range.numberFormat = formats;
  // null leaves a cell as it is.
  range.formulas = w.cells.map((row) => row.map((cell) => (cell === null ? null : formulaInput(cell))));
  if (formats !== undefined && asText) range.numberFormat = formats;
}

/**
 * The first row's formulas, then a paste of them over the other rows
 * (Range.copyFrom, ExcelApi 1.9): Excel repeats a source over a
 * destination that is a whole multiple of it, moving relative references
 * as it does for any paste. Formulas only: the formats stay as set.
 */
function applyFill(ws: XlWorksheet, f: FillChange): void {
  const cols = f.first.length;
  if (f.numberFormat !== undefined) ws.getRangeByIndexes(f.top, f.left, f.rows, cols).numberFormat = f.numberFormat;
  const first = ws.getRangeByIndexes(f.top, f.left, 1, cols);
  first.formulas = [f.first];
  ws.getRangeByIndexes(f.top + 1, f.left, f.rows - 1, cols).copyFrom(first, 'Formulas', false, false);
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
  if (/[0-9]/.test(t) && /^[0-9\s.,:/%$()eE+-]+$/.test(t)) return false;
  return true;
}

const EDGES: XlBorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

function applyStyle(ws: XlWorksheet, s: StyleChange): void {
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
function applyColumnWidth(ws: XlWorksheet, c: ColumnWidthChange): void {
  ws.getRangeByIndexes(0, c.col, 1, 1).format.columnWidth = columnWidthPoints(c.width);
}

/**
 * Page set-up through Worksheet.pageLayout (ExcelApi 1.9). "Fit to one
 * page wide" is Excel's "Fit All Columns on One Page": one page across and
 * an automatic number of pages down, which the API writes as
 * `zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }` (the zoom
 * must be set as one object). Title rows must be whole rows ("$5:$5").
 */
function applyPageSetup(ws: XlWorksheet, p: PageSetupChange): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = p.paper;
  if (p.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows[0] + 1}:$${p.printTitleRows[1] + 1}`);
}

function applyMark(context: XlContext, ws: XlWorksheet, m: MarkChange, existing: Set<string>): void {
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
    })
  );
}
