/**
 * The pane's actions on top of the Office.js adapter. Works with the real
 * `Excel` namespace and with the in-memory one of the workbench.
 */
import { availableMetrics, checkSheet, computeSheet, recognize } from '../engine';
import { APPENDIX_NAME, appendixArea, buildAppendix, tasksFromTable } from '../engine/appendix';
import { areaA1, formatAt } from '../engine/grid';
import { columnOf } from '../engine/table';
import { dayOf } from '../engine/periods';
import { parseA1, splitSheetAddress, type Area } from '../engine/grid';
import type { Fix, RoleOverrides } from '../engine/report';
import { applyChanges, readActiveSheet, selectCell, writtenAreas } from '../host/excel/adapter';
import {
  markCells,
  restoreCell,
  subscribeSheetChanges,
  unmarkCells,
  writeCellWithUndo,
  type PreviousCell,
  type SheetChange,
} from '../host/excel/interactions';
import { listSheets, locateAppendix, readSelectionTasks, targetChanges, withShownDates, writeAppendix } from '../host/excel/appendix';
import { OPTIONAL_SETS } from '../host/excel/requirements';
import { readRoleOverrides, writeRoleOverrides } from '../host/excel/roles';
import { guarded } from '../host/excel/errors';
import type { ActionResult, ComputeChoice, InsertAppendixResult, MetricOption, PaneActions, PreviewResult, UndoEntry } from './types';

export interface ExcelRunner {
  run<T>(batch: (context: any) => Promise<T>): Promise<T>;
}

export interface ActionOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in. */
  isSetSupported?: (set: string, version: string) => boolean;
  /**
   * How long after one of the add-in's own writes a change event for the
   * cells it wrote is still taken for that write, when Excel does not say
   * who made the change (no `triggerSource`, before ExcelApi 1.14). Default 3000 ms.
   */
  ownWriteGraceMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** The engine's compute options from the pane's choice (an ISO date becomes a day number). */
export function computeOptions(choice: ComputeChoice): { metrics?: ComputeChoice['metrics']; asOf?: number } {
  const out: { metrics?: ComputeChoice['metrics']; asOf?: number } = {};
  if (choice.metrics) out.metrics = choice.metrics;
  const m = choice.asOf ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(choice.asOf) : null;
  if (m) out.asOf = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return out;
}

/** WorksheetCollection.onChanged. */
const COLLECTION_EVENTS = '1.9';
/** Worksheet.pageLayout: orientation, paper size, zoom, print title rows. */
const PAGE_LAYOUT = '1.9';

/**
 * The add-in's own writes, so that the change events they raise are not
 * taken for the user's edits. Excel (ExcelApi 1.14+) says so itself with
 * `triggerSource: "ThisLocalAddin"`; before that, an event is taken for
 * ours when it falls inside cells the add-in is writing or wrote a moment
 * ago. Events arrive after the write's sync, so a flag that is only set
 * during the write would not be enough.
 */
class OwnWrites {
  private writes: { areas: Area[]; until: number }[] = [];

  constructor(
    private readonly graceMs: number,
    private readonly now: () => number,
  ) {}

  /** Run a write of `areas`; its events are ours until a while after it ends. */
  async during<T>(areas: Area[], work: () => Promise<T>): Promise<T> {
    const entry = { areas, until: Infinity };
    this.writes.push(entry);
    try {
      return await work();
    } finally {
      entry.until = this.now() + this.graceMs;
    }
  }

  isOwn(change: SheetChange): boolean {
    if (change.triggerSource === 'ThisLocalAddin') return true;
    if (change.triggerSource !== undefined) return false;
    const t = this.now();
    this.writes = this.writes.filter((w) => w.until >= t);
    const areas = parseAddressList(change.address);
    if (!areas) return false;
    return areas.every((a) => this.writes.some((w) => w.areas.some((b) => inside(a, b))));
  }
}

function inside(a: Area, b: Area): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

/** "B7", "D5:F9", "A1, C3" (a sheet part is ignored) as areas; null when unreadable. */
function parseAddressList(address: string): Area[] | null {
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return null;
  try {
    return parts.map((p) => parseA1(splitSheetAddress(p).address));
  } catch {
    return null;
  }
}

function show(v: string | number | boolean): string {
  if (v === '') return '∅';
  return String(v);
}

async function sheetNameOf(api: ExcelRunner, worksheetId: string): Promise<string | null> {
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
      ws.load('name');
      await context.sync();
      return ws.isNullObject ? null : (ws.name as string);
    }),
  );
}

export function createExcelActions(api: ExcelRunner, opts: ActionOptions = {}): PaneActions {
  const supported = (version: string) => {
    try {
      return opts.isSetSupported ? opts.isSetSupported('ExcelApi', version) : false;
    } catch {
      return false;
    }
  };
  const own = new OwnWrites(opts.ownWriteGraceMs ?? 3000, opts.now ?? (() => Date.now()));
  const undoStack: { entry: UndoEntry; previous: PreviousCell }[] = [];
  // The sheet's role corrections are read in the same sync as the sheet.
  const read = () =>
    readActiveSheet(api, {
      mergedAreas: supported(OPTIONAL_SETS.mergedAreas),
      formulaCells: supported(OPTIONAL_SETS.formulaCells),
      roles: true,
    });
  return {
    async check(lang): Promise<ActionResult> {
      const { grid, syncs, roles } = await read();
      return { report: checkSheet(grid, lang, { roles: roles ?? {} }), syncs };
    },
    async compute(lang, choice = {}): Promise<ActionResult> {
      const { grid, syncs, roles } = await read();
      const { report, changes } = computeSheet(grid, lang, { roles: roles ?? {}, ...computeOptions(choice) });
      if (changes.length === 0) return { report, syncs };
      const applyOptions = { existingNames: (grid.owned ?? []).map((o) => o.name), fill: supported(OPTIONAL_SETS.fill) };
      const applied = await own.during(writtenAreas(changes, applyOptions), () => applyChanges(api, grid.name, changes, applyOptions));
      return { report, syncs: syncs + applied.syncs };
    },
    async previewCompute(lang, choice = {}): Promise<PreviewResult> {
      const { grid, syncs, roles } = await read();
      const opts = { roles: roles ?? {}, ...computeOptions(choice) };
      const { report } = computeSheet(grid, lang, opts);
      const options: MetricOption[] = availableMetrics(grid, opts).flatMap((t) => t.metrics.map((m) => ({ ...m, table: t.table, kind: t.kind })));
      return { report, options, syncs };
    },
    async select(sheet, cell): Promise<void> {
      await selectCell(api, sheet, cell);
    },
    async mark(sheet, issues): Promise<void> {
      const cells = issues.map((i) => ({ cell: i.cell, severity: i.severity }));
      await own.during([], () => markCells(api, sheet, cells));
    },
    async unmark(sheet): Promise<void> {
      await own.during([], () => unmarkCells(api, sheet));
    },
    async applyFix(sheet, fix: Fix): Promise<UndoEntry> {
      const area = parseA1(fix.cell);
      const { previous } = await own.during([area], () => writeCellWithUndo(api, sheet, fix.cell, fix.value));
      const entry: UndoEntry = { sheet, cell: fix.cell, label: `${fix.cell}: ${show(previous.formula)} → ${show(fix.value)}` };
      undoStack.push({ entry, previous });
      return { ...entry };
    },
    async undoFix(): Promise<UndoEntry | null> {
      const last = undoStack[undoStack.length - 1];
      if (!last) return null;
      const { entry, previous } = last;
      await own.during([parseA1(entry.cell)], () => restoreCell(api, entry.sheet, entry.cell, previous));
      // Dropped only once restored: a failed undo can be tried again.
      undoStack.pop();
      return { ...entry };
    },
    async getRoles(sheet): Promise<RoleOverrides> {
      return readRoleOverrides(api, sheet);
    },
    async setRoles(sheet, roles): Promise<void> {
      await writeRoleOverrides(api, sheet, roles);
    },
    async onSheetChanged(listener): Promise<() => Promise<void>> {
      return subscribeSheetChanges(
        api,
        async (change) => {
          if (own.isOwn(change)) return;
          let name: string | null = null;
          try {
            name = await sheetNameOf(api, change.worksheetId);
          } catch {
            return; // the sheet may be gone: nothing to tell
          }
          if (name !== null) listener(name);
        },
        { collectionEvent: supported(COLLECTION_EVENTS) },
      );
    },
    async listSheets(): Promise<string[]> {
      return listSheets(api);
    },
    async insertAppendix(tasks, options = {}): Promise<InsertAppendixResult> {
      const { at, ...appendixOptions } = options;
      const model = buildAppendix(tasks, appendixOptions);
      const target = await locateAppendix(api, model, at);
      const changes = targetChanges(model, target);
      const area = appendixArea(model, target);
      const written = await own.during(target.previous ? [area, target.previous] : [area], () =>
        writeAppendix(api, target, changes, { pageLayout: supported(PAGE_LAYOUT), fill: supported(OPTIONAL_SETS.fill) }),
      );
      const result: InsertAppendixResult = {
        sheet: target.sheet,
        address: areaA1(area),
        invalid: model.invalid,
        syncs: target.syncs + written.syncs,
        replaced: !!target.previous,
        created: target.create,
      };
      if (written.skipped) result.skipped = written.skipped;
      return result;
    },
    async readTasks() {
      const read0 = await read();
      // An appendix the add-in wrote is still the user's list of tasks: not
      // taken for add-in-owned columns here, so it can be read back.
      const grid = { ...read0.grid, owned: (read0.grid.owned ?? []).filter((o) => o.name.toLowerCase() !== APPENDIX_NAME) };
      const table = recognize(grid, { roles: read0.roles ?? {} }).find((t) => t.kind === 'task-list');
      if (!table) return null;
      const columns = { start: columnOf(table, 'start'), end: columnOf(table, 'end') };
      // Months and quarters the appendix wrote as dates are read back as it shows them.
      const tasks = withShownDates(tasksFromTable(grid, table), (t, field) => {
        const col = columns[field]?.col;
        if (col === undefined || !t.source) return 'General';
        return formatAt(grid, parseA1(splitSheetAddress(t.source).address).top, col);
      });
      return { sheet: grid.name, tasks };
    },
    async readSelectionTasks() {
      const read = await readSelectionTasks(api);
      return read ? { sheet: read.sheet, address: read.address, tasks: read.tasks } : null;
    },
  };
}
