/**
 * The appendix of key tasks through Office.js: find where it goes (a
 * previous appendix, a cell the user chose, or a new sheet "Phụ lục"),
 * write it, and read tasks from a selection. One sync to look, one to
 * write, whatever the number of tasks.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { ExcelRunner } from './runner';
import { UserFacingError } from '../errors';
import type { Change } from '../../engine/changes';
import { APPENDIX_NAME, appendixArea, appendixChanges, type AppendixModel, type AppendixTask } from '../../engine/appendix';
import { a1, areaA1, overlaps, parseA1, splitSheetAddress, type Area, type CellValue } from '../../engine/grid';
import { dateAsShown, readPeriod } from '../../engine/periods';
import { taskList } from '../../engine/kinds/task-list/recognition';
import { cellText, isMostlyUpper } from '../../engine/text';
import { syncChanges } from './adapter';
import { explainOfficeError, guarded, sheetProtectedError } from './errors';
import { SnapshotPlan, writeWithSnapshot, type SnapshotFeatures, type UndoSnapshot } from './undo';

/** Excel's last row and column (0-based): row 1,048,576 and column XFD. */
const LAST_ROW = 1048575;
const LAST_COL = 16383;

/** Name of the sheet a new appendix goes to; "Phụ lục 2", "Phụ lục 3"… when taken. */
export const APPENDIX_SHEET = 'Phụ lục';

/** Where an appendix is to be written, found by `locateAppendix`. */
export interface AppendixTarget {
  sheet: string;
  /** Whether the sheet is to be added (it does not exist yet). */
  create: boolean;
  top: number;
  left: number;
  /** The area of a previous appendix to clear first (same sheet). */
  previous?: Area;
  /** Defined names of the workbook (a MarkChange replaces one of the same name). */
  names: string[];
}

/** The names of the worksheets, in order, in one sync. */
export async function listSheets(api: ExcelRunner): Promise<string[]> {
  return guarded(() =>
    api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return (sheets.items as { name: string }[]).map((s) => s.name);
    })
  );
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** "Phụ lục", or "Phụ lục 2", "Phụ lục 3"… the first that no sheet has (compared as Excel does, ignoring case). */
export function freeAppendixSheetName(taken: string[], base = APPENDIX_SHEET): string {
  const has = (n: string) => taken.some((t) => same(t, n));
  if (!has(base)) return base;
  for (let i = 2; ; i++) if (!has(`${base} ${i}`)) return `${base} ${i}`;
}

/** Whether an appendix is on a sheet the add-in made for it ("Phụ lục", "Phụ lục 2", …, from A1), not at a cell of the planner's own sheet. */
function ownSheet(previous: { sheet: string; area: Area }): boolean {
  const base = APPENDIX_SHEET.toLowerCase();
  const name = previous.sheet.toLowerCase();
  const named = name === base || (name.startsWith(`${base} `) && /^\d+$/.test(name.slice(base.length + 1)));
  return named && previous.area.top === 0 && previous.area.left === 0;
}

/** The top-left cell of "C5", "C5:F9" or "'Sheet'!C5". */
function cellOf(address: string): { top: number; left: number } {
  try {
    const a = parseA1(splitSheetAddress(address).address);
    return { top: a.top, left: a.left };
  } catch {
    throw new UserFacingError('bad-address', { address });
  }
}

/**
 * Where the appendix goes, in one sync (names and sheets read together):
 * a previous appendix (the defined name chitieu_phuluc) is replaced in
 * place unless `at` is given; else it goes at `at`; else at A1 of a new
 * sheet. A protected target sheet is refused here, before anything is
 * written.
 */
export async function locateAppendix(
  api: ExcelRunner,
  model: AppendixModel,
  at?: { sheet: string; cell: string }
): Promise<AppendixTarget & { syncs: number }> {
  return guarded(() =>
    api.run(async (context) => {
      const names = context.workbook.names;
      names.load('items/name,items/formula');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      await context.sync();

      const sheetList = (sheets.items as { name: string; protection: { protected: boolean } }[]).map((s) => ({
        name: s.name,
        protected: s.protection.protected,
      }));
      const nameList = (names.items as { name: string; formula: unknown }[]).map((n) => ({ name: n.name, formula: n.formula }));
      const find = (name: string) => sheetList.find((s) => same(s.name, name));

      let previous: { sheet: string; area: Area } | undefined;
      const mark = nameList.find((n) => same(n.name, APPENDIX_NAME));
      if (mark && typeof mark.formula === 'string') {
        const { sheet, address } = splitSheetAddress(mark.formula);
        const s = sheet === undefined ? undefined : find(sheet);
        if (s) {
          try {
            previous = { sheet: s.name, area: parseA1(address) };
          } catch {
            // A name gone to #REF! records nothing to replace.
          }
        }
      }

      let target: AppendixTarget;
      const allNames = nameList.map((n) => n.name);
      if (at) {
        const s = find(at.sheet);
        if (!s) throw explainOfficeError({ code: 'ItemNotFound', message: `No sheet named ${at.sheet}` });
        const { top, left } = cellOf(at.cell);
        const area = appendixArea(model, { top, left });
        target = { sheet: s.name, create: false, top, left, names: allNames };
        if (previous && same(previous.sheet, s.name) && overlaps(previous.area, area)) target.previous = previous.area;
      } else if (previous && ownSheet(previous)) {
        // "Trang mới": the add-in's own sheet holds the previous appendix: replaced there.
        target = { sheet: previous.sheet, create: false, top: previous.area.top, left: previous.area.left, previous: previous.area, names: allNames };
      } else {
        // A new sheet — also when the previous appendix was inserted at a cell of the planner's sheet: that one stays.
        const name = freeAppendixSheetName(sheetList.map((s) => s.name));
        target = { sheet: name, create: true, top: 0, left: 0, names: allNames };
      }
      if (!target.create && find(target.sheet)?.protected) throw sheetProtectedError(target.sheet);
      const area = appendixArea(model, target);
      if (area.bottom > LAST_ROW || area.right > LAST_COL) {
        throw new UserFacingError('too-large-appendix', {
          sheet: target.sheet,
          range: areaA1(area),
          rows: area.bottom - area.top + 1,
          columns: area.right - area.left + 1,
          cell: a1(area.top, area.left),
        });
      }
      return { ...target, syncs: 1 };
    })
  );
}

/**
 * Write the appendix at a target: add the sheet when needed, apply the
 * changes (the previous appendix cleared first), activate the sheet and
 * select the appendix's first cell. One sync, or as many more as keep each
 * request under the payload budget for a very long list. Page set-up
 * needs Worksheet.pageLayout (ExcelApi 1.9): without it, it is skipped and
 * reported. With `snapshot` (the host's features), what the write changes
 * is read first, in the same sync where it can (see undo/), and returned
 * to undo it; a write that fails part way throws PartialWriteError.
 */
export async function writeAppendix(
  api: ExcelRunner,
  target: AppendixTarget,
  changes: Change[],
  opts: { pageLayout?: boolean; fill?: boolean; snapshot?: SnapshotFeatures } = {}
): Promise<{ syncs: number; skipped?: Change['type'][]; snapshot?: UndoSnapshot }> {
  if (opts.snapshot) {
    const features = opts.snapshot;
    return guarded(async () => {
      const plan = new SnapshotPlan({ changes, created: target.create, features });
      const { syncs, skipped, snapshot } = await writeWithSnapshot(api, {
        sheet: target.sheet,
        create: target.create,
        changes,
        apply: { existingNames: target.names, pageLayout: opts.pageLayout, fill: opts.fill },
        plan,
        last: (ws) => {
          ws.activate();
          ws.getRangeByIndexes(target.top, target.left, 1, 1).select();
        },
      });
      return skipped.length ? { syncs, skipped, snapshot } : { syncs, snapshot };
    });
  }
  return guarded(() =>
    api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = target.create ? sheets.add(target.sheet) : sheets.getItem(target.sheet);
      const { syncs, skipped } = await syncChanges(context, ws, changes, { existingNames: target.names, pageLayout: opts.pageLayout, fill: opts.fill }, () => {
        ws.activate();
        ws.getRangeByIndexes(target.top, target.left, 1, 1).select();
      });
      return skipped.length ? { syncs, skipped } : { syncs };
    })
  );
}

/** The changes for a model at a target. */
export function targetChanges(model: AppendixModel, target: AppendixTarget): Change[] {
  return appendixChanges(model, { top: target.top, left: target.left, previous: target.previous });
}

// ---------------------------------------------------------------- selection

type Field = 'task' | 'start' | 'end' | 'owner' | 'note';
const POSITIONAL: Field[] = ['task', 'start', 'end', 'owner', 'note'];

/**
 * A number shown through a date format without a day ("mm/yyyy", "Tháng "m/yyyy,
 * "Quý II/"yyyy, "Năm "yyyy) is read as the period it shows, in the words the
 * appendix writes ("Tháng 6/2022"), so its precision is kept (dateAsShown);
 * failing that, a format with quoted words is read by the text Excel shows
 * when that text is a month, quarter or year. Any other date stays the serial
 * number it is.
 */
function dateInput(value: unknown, format: string, text: string): CellValue {
  if (typeof value !== 'number') return value === '' || value === undefined ? null : (value as CellValue);
  const shown = dateAsShown(value, format);
  if (shown !== value) return shown;
  const codes = format.replace(/"[^"]*"/g, '');
  if (format.includes('"') && /[dmy]/i.test(codes)) {
    const p = readPeriod(text);
    if (p.kind === 'span' && (p.precision === 'month' || p.precision === 'quarter' || p.precision === 'year')) return text;
  }
  return value;
}

/**
 * The field of each column of a header row, or null when the row is no
 * header: a header has no number and no date, and its labels name a task
 * column and a start, end or owner column ("STT"/"TT" and unknown columns
 * are left out).
 */
function headerFields(row: unknown[]): (Field | null)[] | null {
  const fields: (Field | null)[] = [];
  for (const v of row) {
    if (typeof v === 'number' || typeof v === 'boolean') return null;
    const text = typeof v === 'string' ? v.trim() : '';
    if (text && readPeriod(text).kind !== 'invalid') return null;
    const role = text ? taskList.classify([text])?.role : undefined;
    fields.push(role === 'task' || role === 'start' || role === 'end' || role === 'owner' || role === 'note' ? role : null);
  }
  const has = (f: Field) => fields.includes(f);
  return has('task') && (has('start') || has('end') || has('owner')) ? fields : null;
}

/** Whether the first of several columns is a numbering column (1, 2, "I", "1.2"…) to pass over. */
function isNumbering(values: unknown[][]): boolean {
  let seen = 0;
  for (const row of values) {
    if (row.length < 2) return false;
    const v = row[0];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number' ? !(Number.isInteger(v) && v >= 0 && v < 10000) : !(typeof v === 'string' && /^[0-9IVXivx.)-]{1,6}$/.test(v.trim())))
      return false;
    seen++;
  }
  return seen > 0;
}

/** Rows looked at for a header (a title above it is skipped). */
const HEADER_SEARCH = 10;

/**
 * The tasks of rows of cells: by the labels of a header row when one of
 * the first rows is a header (rows above it are skipped), else as
 * [task, start, end, owner, note] (after a numbering column "TT" when
 * the first column is one). Rows without a task are left out.
 */
export function tasksFromRows(
  values: unknown[][],
  opts: { formats?: string[][]; texts?: string[][]; sheet?: string; top?: number; left?: number } = {}
): AppendixTask[] {
  if (!values.length) return [];
  let first = 0;
  let fields: (Field | null)[] = POSITIONAL;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH); r++) {
    const found = headerFields(values[r]);
    if (found) {
      fields = found;
      first = r + 1;
      break;
    }
  }
  if (fields === POSITIONAL && isNumbering(values)) fields = [null, ...POSITIONAL];
  const out: AppendixTask[] = [];
  // Without a header row, what a selection holds above its first task is no task: a column's label ("Nhiệm vụ", "TT"), "PHỤ LỤC", a title in capitals.
  let leading = fields === POSITIONAL || fields[0] === null;
  for (let r = first; r < values.length; r++) {
    const row = values[r];
    const get = (f: Field): { value: CellValue; col: number } | null => {
      const c = fields.indexOf(f);
      if (c < 0 || c >= row.length) return null;
      return { value: dateInput(row[c], opts.formats?.[r]?.[c] ?? 'General', opts.texts?.[r]?.[c] ?? ''), col: c };
    };
    const task = get('task');
    const name = task ? cellText(task.value) : '';
    if (!task || !name) continue;
    if (leading) {
      const alone = (['start', 'end', 'owner', 'note'] as const).every((f) => !cellText(get(f)?.value ?? null));
      if (alone && (taskList.classify([name])?.role !== undefined || isMostlyUpper(name))) continue;
      leading = false;
    }
    const text = (f: Field) => {
      const g = get(f);
      return g ? cellText(g.value) : '';
    };
    const t: AppendixTask = { task: name, start: get('start')?.value ?? null, end: get('end')?.value ?? null, owner: text('owner'), note: text('note') };
    if (opts.sheet !== undefined) t.source = `${opts.sheet}!${a1((opts.top ?? 0) + r, (opts.left ?? 0) + task.col)}`;
    out.push(t);
  }
  return out;
}

/**
 * The selection's rows as tasks, in one sync. The selection is cut to the
 * used range first, so selecting whole columns reads only what is there.
 * Null when the selection holds no task.
 */
export async function readSelectionTasks(api: ExcelRunner): Promise<{ sheet: string; address: string; tasks: AppendixTask[]; syncs: number } | null> {
  return guarded(() =>
    api.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const ws = selected.worksheet;
      ws.load('name');
      const range = selected.getIntersectionOrNullObject(ws.getUsedRange(true));
      range.load('values,numberFormat,text,address,rowIndex,columnIndex');
      await context.sync();
      if (range.isNullObject) return null;
      const sheet: string = ws.name;
      const tasks = tasksFromRows(range.values, {
        formats: range.numberFormat,
        texts: range.text,
        sheet,
        top: range.rowIndex,
        left: range.columnIndex,
      });
      if (!tasks.length) return null;
      return { sheet, address: splitSheetAddress(range.address).address, tasks, syncs: 1 };
    })
  );
}
