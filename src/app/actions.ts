/**
 * The pane's actions on top of the Office.js adapter. Works with the real
 * `Excel` namespace and with the in-memory one of the workbench.
 */
import { writeArea, type Change } from '../engine/changes';
import { availableMetrics, checkSheet, computeSheet } from '../engine';
import { dayOf } from '../engine/periods';
import { parseA1, splitSheetAddress, type Area } from '../engine/grid';
import type { Fix, RoleOverrides } from '../engine/report';
import { applyChanges, readActiveSheet, selectCell } from '../host/excel/adapter';
import {
  markCells,
  restoreCell,
  subscribeSheetChanges,
  unmarkCells,
  writeCellWithUndo,
  type PreviousCell,
  type SheetChange,
} from '../host/excel/interactions';
import { OPTIONAL_SETS } from '../host/excel/requirements';
import { readRoleOverrides, writeRoleOverrides } from '../host/excel/roles';
import { guarded } from '../host/excel/errors';
import type { ActionResult, ComputeChoice, MetricOption, PaneActions, PreviewResult, UndoEntry } from './types';

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

/** The cells whose contents a list of changes writes (what raises change events). */
function contentAreas(changes: Change[]): Area[] {
  const out: Area[] = [];
  for (const c of changes) {
    if (c.type === 'write' && c.cells.length && c.cells[0].length) out.push(writeArea(c));
    else if (c.type === 'clear' || c.type === 'merge') out.push(c.area);
  }
  return out;
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
  const read = () => readActiveSheet(api, { mergedAreas: supported(OPTIONAL_SETS.mergedAreas), roles: true });
  return {
    async check(lang): Promise<ActionResult> {
      const { grid, syncs, roles } = await read();
      return { report: checkSheet(grid, lang, { roles: roles ?? {} }), syncs };
    },
    async compute(lang, choice = {}): Promise<ActionResult> {
      const { grid, syncs, roles } = await read();
      const { report, changes } = computeSheet(grid, lang, { roles: roles ?? {}, ...computeOptions(choice) });
      if (changes.length === 0) return { report, syncs };
      const applied = await own.during(contentAreas(changes), () =>
        applyChanges(api, grid.name, changes, { existingNames: (grid.owned ?? []).map((o) => o.name) }),
      );
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
  };
}
