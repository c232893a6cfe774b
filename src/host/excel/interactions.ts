/**
 * What the task pane does to a sheet besides reading it and writing the
 * computed columns: mark problem cells, put a quick fix in a cell and take
 * it back, keep the user's role corrections, and hear about the user's
 * edits. Each function makes a fixed number of syncs, whatever the number
 * of cells, except that marking thousands of cells takes as many more as
 * keep each request under PAYLOAD_BUDGET; Office errors become
 * UserFacingError.
 */
/* eslint-disable office-addins/load-object-before-read --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { ExcelRunner } from './runner';
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlEventHandlerResult,
  XlWorksheet,
  XlWorksheetActivatedEventArgs,
  XlWorksheetChangedEventArgs,
} from '../excel-api';
import type { Severity } from '../../engine/report';
import { formulaInput, PAYLOAD_BUDGET } from './adapter';
import { inBatches } from './batch';
import { guarded, sheetProtectedError, sheetReplacedError } from './errors';

export { selectCell } from './adapter';

/** What a write may expect of the sheet it names. */
export interface SheetExpectation {
  /**
   * The sheet's id when the pane read it: a sheet of that name with
   * another id (the sheets were renamed since) is refused before writing.
   */
  expectedId?: string;
}

/** Queue the loads that say whether a write to `ws` may go ahead. */
function loadWriteCheck(ws: XlWorksheet): void {
  ws.load('id,name');
  ws.protection.load('protected');
}

/** After the sync: refuse a protected sheet, or one that is not the sheet the pane read. */
function writeCheck(ws: XlWorksheet, sheetName: string, opts: SheetExpectation): { id: string; name: string } {
  if (ws.protection.protected) throw sheetProtectedError(ws.name);
  if (opts.expectedId !== undefined && ws.id !== opts.expectedId) throw sheetReplacedError(sheetName);
  return { id: ws.id, name: ws.name };
}

/**
 * Activate a sheet and select a cell on it, in one sync; then, when the
 * sheet's id is given, refuse (UserFacingError) a sheet of that name that
 * is not the one the pane read.
 */
export async function selectCellChecked(api: ExcelRunner, sheetName: string, address: string, opts: SheetExpectation = {}): Promise<void> {
  await guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.load('id');
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
      if (opts.expectedId !== undefined && ws.id !== opts.expectedId) throw sheetReplacedError(sheetName);
    })
  );
}
export { readRoleOverrides, writeRoleOverrides, rolesKey, sheetKey } from './roles';

// ---------------------------------------------------------------- marking

/**
 * The rule formula of the add-in's marks: always TRUE, and recognisable,
 * so that unmarking removes exactly these and none of the user's own
 * conditional formats.
 */
export const MARK_FORMULA = '=ISTEXT("chitieu")';

/** Fill of a marked cell by severity. */
export const MARK_FILLS: Record<Severity, string> = {
  error: '#F8D7DA',
  warning: '#FFF3CD',
  info: '#D1ECF1',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface MarkCell {
  /** A1 address ("H8"). */
  cell: string;
  severity: Severity;
}

/** Whether a conditional format's rule formula is the add-in's mark. */
export function isMarkFormula(formula: unknown): boolean {
  if (typeof formula !== 'string') return false;
  const squash = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return squash(formula) === squash(MARK_FORMULA);
}

/**
 * Load the sheet's conditional formats so the add-in's marks can be told
 * apart. `customOrNullObject`: loading `custom` fails for a collection
 * that also holds other types (data bars, colour scales…).
 */
function loadFormats(context: XlContext, sheetName: string): { ws: XlWorksheet; formats: XlConditionalFormatCollection } {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const formats = ws.getRange().conditionalFormats;
  formats.load('items/type,items/customOrNullObject/rule/formula');
  return { ws, formats };
}

/** The add-in's marks among loaded formats. */
function marksAmong(formats: XlConditionalFormatCollection): XlConditionalFormat[] {
  const out: XlConditionalFormat[] = [];
  for (const cf of formats.items) {
    if (cf.type !== 'Custom') continue;
    const custom = cf.customOrNullObject;
    if (custom.isNullObject || !isMarkFormula(custom.rule.formula)) continue;
    out.push(cf);
  }
  return out;
}

/** Estimated request bytes of deleting one mark, and of adding one (three operations on a range). */
const DELETE_MARK_BYTES = 200;
const ADD_MARK_BYTES = 600;
/** Room kept in each sync for what the estimates leave out. */
const MARK_ENVELOPE_BYTES = 16 * 1024;
/**
 * Request bytes of marks queued per sync (see inBatches): one sync for a
 * few hundred marks, more for thousands.
 */
const MARK_SYNC_BYTES = PAYLOAD_BUDGET - MARK_ENVELOPE_BYTES;

/** One entry per cell, with the most severe severity given for it. */
function worstPerCell(cells: MarkCell[]): MarkCell[] {
  const by = new Map<string, MarkCell>();
  for (const c of cells) {
    const key = c.cell.trim().toUpperCase();
    const had = by.get(key);
    if (!had || SEVERITY_RANK[c.severity] > SEVERITY_RANK[had.severity]) by.set(key, { cell: key, severity: c.severity });
  }
  return Array.from(by.values());
}

/**
 * Mark cells of a sheet with a fill by severity: one Custom conditional
 * format per cell, whose rule is MARK_FORMULA. Conditional formats show
 * over the cells' own fill, so the cells' formats are not touched. The
 * sheet's earlier marks are removed first. Two syncs (load the sheet's
 * conditional formats; delete the old marks and add the new), or more for
 * thousands of marks, so that no request goes over PAYLOAD_BUDGET. A
 * protected sheet (or another sheet given that name) is refused after the
 * first sync, before anything changes.
 */
export async function markCells(
  api: ExcelRunner,
  sheetName: string,
  cells: MarkCell[],
  opts: SheetExpectation = {}
): Promise<{ syncs: number; marked: number; removed: number }> {
  const marks = worstPerCell(cells);
  return guarded(() =>
    api.run(async (context) => {
      const { ws, formats } = loadFormats(context, sheetName);
      loadWriteCheck(ws);
      await context.sync();
      writeCheck(ws, sheetName, opts);
      const old = marksAmong(formats);
      const ops = [
        ...old.map((cf) => ({ bytes: DELETE_MARK_BYTES, queue: () => cf.delete() })),
        ...marks.map((m) => ({
          bytes: ADD_MARK_BYTES,
          queue: () => {
            const cf = ws.getRange(m.cell).conditionalFormats.add('Custom');
            cf.custom.rule.formula = MARK_FORMULA;
            cf.custom.format.fill.color = MARK_FILLS[m.severity];
          },
        })),
      ];
      const syncs = 1 + (await inBatches(context, ops, MARK_SYNC_BYTES));
      return { syncs, marked: marks.length, removed: old.length };
    })
  );
}

/**
 * Remove the add-in's marks from a sheet, and only them: the user's own
 * conditional formats stay. Two syncs (one when there is nothing to
 * remove), or more for thousands of marks.
 */
export async function unmarkCells(api: ExcelRunner, sheetName: string): Promise<{ syncs: number; removed: number }> {
  return guarded(() =>
    api.run(async (context) => {
      const { ws, formats } = loadFormats(context, sheetName);
      loadWriteCheck(ws);
      await context.sync();
      const old = marksAmong(formats);
      if (old.length) writeCheck(ws, sheetName, {});
      const syncs =
        1 +
        (await inBatches(
          context,
          old.map((cf) => ({ bytes: DELETE_MARK_BYTES, queue: () => cf.delete() })),
          MARK_SYNC_BYTES
        ));
      return { syncs, removed: old.length };
    })
  );
}

// ---------------------------------------------------------------- quick fix and undo

/** What a cell held before a quick fix: enough to put it back. */
export interface PreviousCell {
  /** The cell's entry as Range.formulas gives it: a formula, a constant, or "" for empty. */
  formula: string | number | boolean;
  numberFormat: string;
}

/**
 * Write a value into one cell and return what was there (two syncs: read
 * the cell's formula and number format, then write). A number is written
 * as a real number: if the cell is formatted as Text ("@"), which would
 * keep it text, its format is set to General first. A string is written
 * as that text (never read as a number, date or formula). A protected
 * sheet, or another sheet given that name (`expectedId`), is refused
 * after the first sync: nothing is written.
 */
export async function writeCellWithUndo(
  api: ExcelRunner,
  sheetName: string,
  cell: string,
  value: string | number,
  opts: SheetExpectation = {}
): Promise<{ previous: PreviousCell; syncs: number; sheet: { id: string; name: string } }> {
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const range = ws.getRange(cell);
      range.load('formulas,numberFormat');
      loadWriteCheck(ws);
      await context.sync();
      const sheet = writeCheck(ws, sheetName, opts);
      const previous: PreviousCell = {
        formula: range.formulas[0][0],
        numberFormat: String(range.numberFormat[0][0]),
      };
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new TypeError(`Not a finite number: ${value}`);
        if (previous.numberFormat === '@') range.numberFormat = [['General']];
        range.formulas = [[value]];
      } else {
        range.formulas = [[formulaInput({ value })]];
      }
      await context.sync();
      return { previous, syncs: 2, sheet };
    })
  );
}

/**
 * Write several cells of one sheet (a group's fixes) in two syncs whatever
 * their number: read each cell's entry and number format, then write them
 * all. Returns what each held before, for the undo snapshot.
 */
export async function writeCellsWithUndo(
  api: ExcelRunner,
  sheetName: string,
  writes: readonly { cell: string; value: string | number }[],
  opts: SheetExpectation = {}
): Promise<{ previous: PreviousCell[]; syncs: number; sheet: { id: string; name: string } }> {
  for (const w of writes) if (typeof w.value === 'number' && !Number.isFinite(w.value)) throw new TypeError(`Not a finite number: ${w.value}`);
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const ranges = writes.map((w) => ws.getRange(w.cell).load('formulas,numberFormat'));
      loadWriteCheck(ws);
      await context.sync();
      const sheet = writeCheck(ws, sheetName, opts);
      const previous: PreviousCell[] = ranges.map((r) => ({ formula: r.formulas[0][0], numberFormat: String(r.numberFormat[0][0]) }));
      writes.forEach((w, i) => {
        const range = ranges[i];
        if (typeof w.value === 'number') {
          if (previous[i].numberFormat === '@') range.numberFormat = [['General']];
          range.formulas = [[w.value]];
        } else {
          range.formulas = [[formulaInput({ value: w.value })]];
        }
      });
      await context.sync();
      return { previous, syncs: 2, sheet };
    })
  );
}

/**
 * Put back what writeCellWithUndo returned, in one sync: the entry first
 * (text as text, whatever the current format), then the number format.
 */
export async function restoreCell(api: ExcelRunner, sheetName: string, cell: string, previous: PreviousCell): Promise<{ syncs: number }> {
  return guarded(() =>
    api.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
      const f = previous.formula;
      const entry = typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f : formulaInput({ value: f === '' ? null : f });
      range.formulas = [[entry]];
      range.numberFormat = [[previous.numberFormat]];
      await context.sync();
      return { syncs: 1 };
    })
  );
}

// ---------------------------------------------------------------- changes

/** A change of a worksheet's cells, as Excel reports it (WorksheetChangedEventArgs). */
export interface SheetChange {
  worksheetId: string;
  /** The changed area without the sheet name ("B7", "D5:F9"). */
  address: string;
  changeType: string;
  /** "Local" or "Remote" (a co-author). */
  source: string;
  /**
   * "ThisLocalAddin" when this add-in's own API call made the change,
   * "Unknown" otherwise; absent before ExcelApi 1.14.
   */
  triggerSource?: string;
}

export interface SubscribeOptions {
  /**
   * Use WorksheetCollection.onChanged (ExcelApi 1.9): every sheet, also
   * those added later. Otherwise Worksheet.onChanged (ExcelApi 1.7) is
   * registered on each sheet there is now. Default true.
   */
  collectionEvent?: boolean;
  /**
   * Also hear when another sheet becomes the active one
   * (WorksheetCollection.onActivated, ExcelApi 1.7), whoever activated it;
   * registered in the same sync.
   */
  onActivated?: (worksheetId: string) => void | Promise<void>;
}

/** Excel.run(context, batch): go on with an earlier batch's context. */
interface ContextRunner {
  run<T>(context: unknown, batch: (context: XlContext) => Promise<T>): Promise<T>;
}

/**
 * Call `listener` for every change of the workbook's cells, the add-in's
 * own writes included (tell them apart with `triggerSource`, or by what
 * was written). Returns a function that stops listening; it removes the
 * handlers on the context that added them, as Office.js requires.
 * Two syncs at most.
 */
export async function subscribeSheetChanges(
  api: ExcelRunner,
  listener: (change: SheetChange) => void | Promise<void>,
  opts: SubscribeOptions = {}
): Promise<() => Promise<void>> {
  const handler = async (e: XlWorksheetChangedEventArgs): Promise<void> => {
    const change: SheetChange = {
      worksheetId: String(e?.worksheetId ?? ''),
      address: String(e?.address ?? ''),
      changeType: String(e?.changeType ?? 'Unknown'),
      source: String(e?.source ?? 'Local'),
    };
    if (typeof e?.triggerSource === 'string') change.triggerSource = e.triggerSource;
    try {
      await listener(change);
    } catch {
      // A listener's failure must not reach Excel.
    }
  };
  const onActivated = opts.onActivated;
  const activated = onActivated
    ? async (e: XlWorksheetActivatedEventArgs): Promise<void> => {
        try {
          await onActivated(String(e?.worksheetId ?? ''));
        } catch {
          // A listener's failure must not reach Excel.
        }
      }
    : null;
  const results: XlEventHandlerResult[] = await guarded(() =>
    api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const also = () => (activated ? [sheets.onActivated.add(activated)] : []);
      if (opts.collectionEvent !== false) {
        const result = [sheets.onChanged.add(handler), ...also()];
        await context.sync();
        return result;
      }
      sheets.load('items/id');
      await context.sync();
      const out = [...sheets.items.map((ws) => ws.onChanged.add(handler)), ...also()];
      await context.sync();
      return out;
    })
  );
  let removed = false;
  return async () => {
    if (removed || !results.length) return;
    removed = true;
    await guarded(() =>
      (api as unknown as ContextRunner).run(results[0].context, async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      })
    );
  };
}
