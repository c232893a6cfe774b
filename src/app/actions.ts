/**
 * The pane's actions on top of the Office.js adapter. Works with the real
 * `Excel` namespace and with the in-memory one of the workbench.
 */
import { availableMetrics, checkSheet, computeSheet, recognize, type EngineOptions } from '../engine';
import { statementsOf } from '../engine/statements';
import { chartPlan } from '../engine/chart';
import { chartWords } from '../i18n/chart';
import { deleteChart, drawChart } from '../host/excel/chart';
import { readSelectionText } from '../host/excel/selection';
import { SENTENCE_HEAD_ROWS, sentencesSheetArea, sentencesSheetChanges } from './sentences-sheet';
import { APPENDIX_NAME, appendixArea, appendixTitleOf, buildAppendix, tasksFromTable } from '../engine/appendix';
import type { Change } from '../engine/changes';
import { a1, areaA1, overlaps, parseA1, splitSheetAddress, type Area } from '../engine/grid';
import { formatNumber } from '../engine/numbers';
import { dayOf } from '../engine/periods';
import type { Fix, RoleOverrides, SheetReport } from '../engine/report';
import { readActiveSheet, readSheet, writtenAreas, type SheetInfo, type SheetRead } from '../host/excel/adapter';
import {
  markCells,
  selectCellChecked,
  subscribeSheetChanges,
  unmarkCells,
  writeCellWithUndo,
  writeCellsWithUndo,
  type SheetChange,
} from '../host/excel/interactions';
import { listSheets, locateAppendix, readSelectionTasks, targetChanges, writeAppendix } from '../host/excel/appendix';
import { locateNewSheet } from '../host/excel/export-sheet';
import { issueSheetArea, issueSheetChanges, ISSUE_HEAD_ROWS } from './export-issues';
import { OPTIONAL_SETS } from '../host/excel/requirements';
import { readRoleOverrides, updateSheetSettings, writeRoleOverrides, type SheetSettings } from '../host/excel/roles';
import { decisionsOf } from '../host/settings';
import { delayedForCellEdit, undoGroupedOrPlain, type ExcelRunner } from '../host/excel/runner';

// The pane and the workbench build actions on a runner: offered from here too.
export { undoGrouped, type ExcelRunner, type ExcelRunOptions } from '../host/excel/runner';
import { explainOfficeError, guarded, onNamedSheet, sheetProtectedError } from '../host/excel/errors';
import {
  cellSnapshot,
  cellsSnapshot,
  PartialWriteError,
  restoreSnapshot,
  SheetGoneError,
  SnapshotPlan,
  writeWithSnapshot,
  type SnapshotFeatures,
  type UndoSnapshot,
} from '../host/excel/undo';
import {
  UserFacingError,
  type ActionResult,
  type ComputeChoice,
  type ExportIssuesResult,
  type InsertAppendixResult,
  type MetricOption,
  type PaneActions,
  type StatementsResult,
  type ChartResult,
  type PreviewResult,
  type UndoEntry,
  type UndoKind,
  type UndoOptions,
  type WorkbookCheck,
} from './types';

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
/** Range.getCellProperties / setCellProperties: formats read and put back cell by cell (undo). */
const CELL_PROPERTIES = '1.9';
/** Worksheet.freezePanes. */
const FREEZE_PANES = '1.7';

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
    private readonly now: () => number
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
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
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

/** A cell's entry in a label, in the reader's language: a number in its style, text in quotes and said to be text. */
function said(v: string | number | boolean, lang: 'vi' | 'en'): string {
  if (v === '') return '∅';
  if (typeof v === 'number') return (lang === 'vi' ? 'số ' : 'the number ') + formatNumber(v, lang === 'vi' ? 'vi' : 'us');
  if (typeof v === 'boolean') return String(v);
  return (lang === 'vi' ? 'chữ ' : 'the text ') + `“${v}”`;
}

async function sheetNameOf(api: ExcelRunner, worksheetId: string): Promise<string | null> {
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
      ws.load('name');
      await context.sync();
      return ws.isNullObject ? null : (ws.name as string);
    })
  );
}

// ---------------------------------------------------------------- checks before computing

/**
 * Refuse, before writing anything, a compute whose columns would go past
 * column XFD: the engine leaves such a block out (and reports it), so the
 * table's metrics would be there but no block recorded for it.
 */
function checkComputeFits(sheet: string, report: SheetReport): void {
  const u = report.unplaced?.[0];
  if (!u) return;
  throw new UserFacingError('too-large-compute', { sheet, range: u.range, top: u.rows[0], bottom: u.rows[1], width: u.width, from: u.from });
}

// ---------------------------------------------------------------- undo entries

/** How many operations the pane can take back. */
const MAX_UNDO = 20;

const quoted = (s: string) => `“${s}”`;

/** "L4:N120", or several areas joined ("L4:N120, H7:H9, …" past four). */
function addressOf(areas: Area[]): string {
  if (!areas.length) return '';
  const shown = areas.slice(0, 4).map(areaA1).join(', ');
  return areas.length > 4 ? `${shown}, …` : shown;
}

function bounding(areas: Area[]): Area {
  return areas.reduce((b, a) => ({
    top: Math.min(b.top, a.top),
    left: Math.min(b.left, a.left),
    bottom: Math.max(b.bottom, a.bottom),
    right: Math.max(b.right, a.right),
  }));
}

/** An undo entry: what the pane shows for an operation. */
/** The engine's options from what the planner decided for the sheet (saved in the workbook). */
/** A by-row map with one row set, or taken out (null). */
function withRow<T>(map: Record<string, T> | undefined, row: number, value: T | null): Record<string, T> {
  const out = { ...map };
  if (value) out[String(row)] = value;
  else delete out[String(row)];
  return out;
}

/** The engine's options for a read: the sheet's saved decisions and role corrections. */
export function decidedOptions(r: { roles?: RoleOverrides; decided?: SheetSettings | null }): EngineOptions {
  return { ...decisionsOf(r.decided), roles: r.roles ?? {} };
}

function undoEntry(kind: UndoKind, snap: UndoSnapshot, labels: { vi: string; en: string }, label = labels.vi): UndoEntry {
  const first = snap.areas[0];
  return {
    kind,
    sheet: snap.sheet,
    cell: first ? areaA1({ ...first, bottom: first.top, right: first.left }) : 'A1',
    address: addressOf(snap.areas),
    label,
    labels,
  };
}

/** What a compute wrote: its blocks (the defined names' areas), and the sheet's own ratio cells it filled. */
function computeLabels(sheet: string, changes: Change[]): { vi: string; en: string } {
  const blocks = changes.flatMap((c) => (c.type === 'mark' ? [c.area] : []));
  const fills = changes.filter((c) => c.type === 'write').length - blocks.length;
  const where = blocks.length ? areaA1(bounding(blocks)) : '';
  const vi = blocks.length ? `Tính toán: các cột ${where} trên ${quoted(sheet)}` : `Tính toán: điền cột tỷ lệ trên ${quoted(sheet)}`;
  const en = blocks.length ? `Compute: columns ${where} on ${quoted(sheet)}` : `Compute: ratio cells filled on ${quoted(sheet)}`;
  return fills > 0 && blocks.length ? { vi: `${vi} và các ô tỷ lệ`, en: `${en} and ratio cells` } : { vi, en };
}

/**
 * A write that stopped part way: its undo entry is kept (so the part
 * written can be taken back) and the error says so.
 */
function partialWrite(e: PartialWriteError): UserFacingError {
  const base = explainOfficeError(e.cause);
  return new UserFacingError('partial-write', { cause: { code: base.code, params: base.params } }, e.cause);
}

interface UndoItem {
  entry: UndoEntry;
  /** The cells it wrote, as they were (null for a chart: its undo deletes it). */
  snap: UndoSnapshot | null;
  /** A chart it drew: its sheet (by id) and name. */
  chart?: { sheetId: string; name: string };
  /** The user changed cells it wrote (heard from change events). */
  edited: boolean;
  /** The write stopped part way, or a restore did: the cells cannot be expected to hold what was written. */
  unchecked: boolean;
}

export function createExcelActions(excel: ExcelRunner, opts: ActionOptions = {}): PaneActions {
  // Every batch waits while the user edits a cell instead of failing (ExcelApi 1.11); an Excel that refuses still gets the edit-mode message.
  const api = delayedForCellEdit(excel);
  const supported = (version: string) => {
    try {
      return opts.isSetSupported ? opts.isSetSupported('ExcelApi', version) : false;
    } catch {
      return false;
    }
  };
  const own = new OwnWrites(opts.ownWriteGraceMs ?? 3000, opts.now ?? (() => Date.now()));
  // Writes are one step of Excel's own undo where the host can (ExcelApi 1.20).
  /** Excel refused to make the add-in's writes one undo step (office-js #6711): they are written without it since. */
  let undoGroupOff = false;
  const writer = supported(OPTIONAL_SETS.undoGroup) ? undoGroupedOrPlain(api, () => (undoGroupOff = true)) : api;
  const features: SnapshotFeatures = {
    cellProperties: supported(CELL_PROPERTIES),
    mergedAreas: supported(OPTIONAL_SETS.mergedAreas),
    pageLayout: supported(PAGE_LAYOUT),
  };
  const undoStack: UndoItem[] = [];
  const pushUndo = (item: UndoItem) => {
    undoStack.push(item);
    if (undoStack.length > MAX_UNDO) undoStack.shift();
  };
  const dropUndo = (item: UndoItem) => {
    const i = undoStack.indexOf(item);
    if (i >= 0) undoStack.splice(i, 1);
  };
  /** The id of each sheet the pane read, by name: a write to a name checks it is still that sheet. */
  const sheetIds = new Map<string, string>();
  const remember = (name: string, info?: SheetInfo) => {
    if (info) sheetIds.set(name.toUpperCase(), info.id);
  };
  const idOf = (name: string) => sheetIds.get(name.toUpperCase());
  /**
   * A sheet as the pane reads it to check it: never its merged areas.
   * Reading them makes Excel for Windows forget the user's undo history
   * (office-js #5918), and the engine sees a header's spans from its layout
   * as well (test/engine/without-merges.test.ts: the same report on every
   * table of the real corpus). Writes read the merged areas they cover for
   * their undo (undo/plan.ts), as an action the planner asked for.
   */
  const read = async () => {
    const r = await readActiveSheet(api, {
      mergedAreas: false,
      formulaCells: supported(OPTIONAL_SETS.formulaCells),
      roles: true,
      sheetInfo: true,
    });
    remember(r.grid.name, r.info);
    return r;
  };
  /** The read given (an earlier one, no sync) or a new one; `syncs`: what this made. */
  const readOr = async (given?: SheetRead): Promise<{ r: SheetRead; syncs: number }> => {
    if (!given) {
      const r = await read();
      return { r, syncs: r.syncs };
    }
    remember(given.grid.name, given.info);
    return { r: given, syncs: 0 };
  };
  const undoTop = async (force: boolean): Promise<UndoEntry | null> => {
    const item = undoStack[undoStack.length - 1];
    if (!item) return null;
    const snap = item.snap;
    if (!snap) {
      // A chart: deleted (gone already, it has nothing left to undo).
      if (item.chart) await own.during([], () => deleteChart(api, item.chart!.sheetId, item.chart!.name));
      dropUndo(item);
      return { ...item.entry };
    }
    // Deleting a sheet cannot be part of an undo group (UndoNotSupported).
    const runner = snap.created ? api : writer;
    try {
      await own.during(snap.areas, () =>
        guarded(() =>
          restoreSnapshot(runner, snap, {
            force: force || item.unchecked,
            edited: item.edited,
            fill: supported(OPTIONAL_SETS.fill),
            pageLayout: supported(PAGE_LAYOUT),
            onWriting: () => {
              item.unchecked = true;
            },
          })
        )
      );
    } catch (e) {
      // A sheet that is gone has nothing left to undo.
      if (e instanceof SheetGoneError) dropUndo(item);
      throw e;
    }
    // Dropped only once restored: a failed undo can be tried again.
    dropUndo(item);
    return { ...item.entry };
  };
  /**
   * A table written to a new sheet next to the checked one (the issue list,
   * the report's sentences): its name found free, the write one step of the
   * undo list (Hoàn tác deletes the sheet), the checked sheet left active;
   * then the view: the head rows kept in view and the rows as tall as their
   * wrapped text, where Excel lets it (not part of the undo step).
   */
  const newSheet = async (o: {
    base: string;
    checked: string;
    changes: Change[];
    area: Area;
    rows: number;
    headRows: number;
    labels: (sheet: string) => { vi: string; en: string };
  }): Promise<ExportIssuesResult> => {
    const { changes, area } = o;
    const address = areaA1(area);
    const target = await locateNewSheet(api, o.base, o.checked, idOf(o.checked));
    const labels = o.labels(target.sheet);
    const apply = { pageLayout: supported(PAGE_LAYOUT), fill: supported(OPTIONAL_SETS.fill) };
    let written: Awaited<ReturnType<typeof writeWithSnapshot>>;
    try {
      written = await own.during([area], () =>
        guarded(() =>
          writeWithSnapshot(writer, {
            sheet: target.sheet,
            create: true,
            changes,
            apply,
            // Not made active: the checked sheet stays the one the pane's report, its re-checks
            // and the check after an undo are about; the pane says where the list went.
            plan: new SnapshotPlan({ changes, created: true, features }),
          })
        )
      );
    } catch (e) {
      if (!(e instanceof PartialWriteError)) throw e;
      pushUndo({ entry: { ...undoEntry('export', e.snapshot, labels), address }, snap: e.snapshot, edited: false, unchecked: true });
      throw partialWrite(e);
    }
    // Its cells are the table's: one area, however it was formatted.
    pushUndo({ entry: { ...undoEntry('export', written.snapshot, labels), address }, snap: written.snapshot, edited: false, unchecked: false });
    let syncs = target.syncs + written.syncs;
    // The view: the title and header kept in view, rows as tall as their wrapped text. Not the
    // table itself, and Excel may not take a view setting into an undo group: on its own, and
    // a refusal leaves the table as written.
    let frozen = false;
    if (supported(FREEZE_PANES)) {
      const sheetId = written.snapshot.sheetId;
      try {
        await own.during([area], () =>
          api.run(async (context) => {
            const ws = context.workbook.worksheets.getItem(sheetId);
            ws.freezePanes.freezeRows(o.headRows);
            ws.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1).format.autofitRows();
            await context.sync();
          })
        );
        frozen = true;
      } catch {
        // Left as written.
      }
      syncs++;
    }
    const result: ExportIssuesResult = { sheet: target.sheet, address, rows: o.rows, syncs, frozen };
    if (written.skipped.length) result.skipped = written.skipped;
    return result;
  };
  return {
    async check(given): Promise<ActionResult> {
      const { r, syncs } = await readOr(given);
      return { report: checkSheet(r.grid, decidedOptions(r)), syncs, read: r };
    },
    async checkWorkbook(): Promise<WorkbookCheck> {
      // Every sheet in the workbook's order, each read as Kiểm tra reads the active one (no merged areas).
      const names = await listSheets(api);
      let syncs = 1;
      const sheets: WorkbookCheck['sheets'] = [];
      for (const name of names) {
        const r = await readSheet(api, name, { mergedAreas: false, formulaCells: supported(OPTIONAL_SETS.formulaCells), roles: true, sheetInfo: true });
        remember(r.grid.name, r.info);
        syncs += r.syncs;
        sheets.push({ name: r.grid.name, report: checkSheet(r.grid, decidedOptions(r)) });
      }
      return { sheets, syncs };
    },
    async compute(choice = {}, given): Promise<ActionResult> {
      const { r, syncs } = await readOr(given);
      const { grid, info } = r;
      const engineOptions: EngineOptions = { ...decidedOptions(r), ...computeOptions(choice) };
      const { report, changes } = computeSheet(grid, engineOptions);
      checkComputeFits(grid.name, report);
      if (changes.length === 0) return { report, syncs };
      if (info?.protected) throw sheetProtectedError(grid.name);
      const applyOptions = { existingNames: (grid.owned ?? []).map((o) => o.name), fill: supported(OPTIONAL_SETS.fill) };
      // From an earlier read, what the write covers is read again for the undo: a format-only edit since
      // (a fill, a number format) raises no change event, so the earlier read's formats may be out of date.
      const plan = new SnapshotPlan(given ? { changes, features } : { changes, grid, formatted: info?.formatted, features });
      const labels = computeLabels(grid.name, changes);
      try {
        // Written by id: a rename since the read does not matter.
        const written = await own.during(writtenAreas(changes, applyOptions), () =>
          guarded(() => writeWithSnapshot(writer, { sheet: info?.id ?? grid.name, changes, apply: applyOptions, plan }))
        );
        pushUndo({ entry: undoEntry('compute', written.snapshot, labels), snap: written.snapshot, edited: false, unchecked: false });
        return { report, syncs: syncs + written.syncs };
      } catch (e) {
        if (!(e instanceof PartialWriteError)) throw e;
        pushUndo({ entry: undoEntry('compute', e.snapshot, labels), snap: e.snapshot, edited: false, unchecked: true });
        throw partialWrite(e);
      }
    },
    async previewCompute(choice = {}, given): Promise<PreviewResult> {
      const { r, syncs } = await readOr(given);
      const { grid } = r;
      const opts = { ...decidedOptions(r), ...computeOptions(choice) };
      const { report } = computeSheet(grid, opts);
      // A table's own comparison columns to fill come first: the form asks for them.
      const options: MetricOption[] = availableMetrics(grid, opts).flatMap((t) => [
        ...(t.fill ? [{ metric: 'ratio' as const, label: t.fill.columns.join(', '), table: t.table, kind: t.kind, fill: t.fill }] : []),
        ...t.metrics.map((m) => ({ ...m, table: t.table, kind: t.kind })),
      ]);
      return { report, options, syncs, read: r };
    },
    async statements(given): Promise<StatementsResult> {
      const { r, syncs } = await readOr(given);
      const statements = recognize(r.grid, decidedOptions(r)).flatMap((table) => statementsOf(r.grid, table));
      return { sheet: r.grid.name, statements, syncs, read: r };
    },
    async select(sheet, cell): Promise<void> {
      await onNamedSheet(sheet, () => selectCellChecked(api, sheet, cell, { expectedId: idOf(sheet) }));
    },
    async mark(sheet, issues): Promise<void> {
      const cells = issues.map((i) => ({ cell: i.cell, severity: i.severity }));
      await onNamedSheet(sheet, () => own.during([], () => markCells(api, sheet, cells, { expectedId: idOf(sheet) })));
    },
    async unmark(sheet): Promise<void> {
      await onNamedSheet(sheet, () => own.during([], () => unmarkCells(api, sheet)));
    },
    async applyFix(sheet, fix: Fix): Promise<UndoEntry> {
      const area = parseA1(fix.cell);
      const { previous, sheet: ws } = await onNamedSheet(sheet, () =>
        own.during([area], () => writeCellWithUndo(writer, sheet, fix.cell, fix.value, { expectedId: idOf(sheet) }))
      );
      // A number is written as a number, a string as that text: Range.formulas then gives back fix.value.
      const snap = cellSnapshot(ws, area, { entry: previous.formula, numberFormat: previous.numberFormat }, fix.value);
      const change = `${show(previous.formula)} → ${show(fix.value)}`;
      // "12,3" typed as text and its number 12,3 read the same: the label says which is which, each language in its number style.
      const labels = {
        vi: `Sửa ô ${fix.cell} trên ${quoted(ws.name)}: ${said(previous.formula, 'vi')} → ${said(fix.value, 'vi')}`,
        en: `Fix cell ${fix.cell} on ${quoted(ws.name)}: ${said(previous.formula, 'en')} → ${said(fix.value, 'en')}`,
      };
      const entry = undoEntry('fix', snap, labels, `${fix.cell}: ${change}`);
      pushUndo({ entry, snap, edited: false, unchecked: false });
      return { ...entry };
    },
    async applyFixes(sheet, fixes: Fix[]): Promise<UndoEntry> {
      if (fixes.length === 0) throw new TypeError('applyFixes: no fix');
      const areas = fixes.map((f) => parseA1(f.cell));
      const { previous, sheet: ws } = await onNamedSheet(sheet, () =>
        own.during(areas, () =>
          writeCellsWithUndo(
            writer,
            sheet,
            fixes.map((f) => ({ cell: f.cell, value: f.value })),
            { expectedId: idOf(sheet) }
          )
        )
      );
      const snap = cellsSnapshot(
        ws,
        fixes.map((f, i) => ({ area: areas[i], previous: { entry: previous[i].formula, numberFormat: previous[i].numberFormat }, written: f.value }))
      );
      const first = fixes[0].cell;
      const last = fixes[fixes.length - 1].cell;
      const labels = {
        vi: `Sửa ${fixes.length} ô ${first}…${last} trên ${quoted(ws.name)}`,
        en: `Fix ${fixes.length} cells ${first}…${last} on ${quoted(ws.name)}`,
      };
      const entry = undoEntry('fix', snap, labels, `${first}…${last}`);
      pushUndo({ entry, snap, edited: false, unchecked: false });
      return { ...entry };
    },
    async undo(options: UndoOptions = {}): Promise<UndoEntry | null> {
      return undoTop(!!options.force);
    },
    excelUndoGroupOff(): boolean {
      return undoGroupOff;
    },
    undoList(): UndoEntry[] {
      return undoStack.map((i) => ({ ...i.entry, labels: { ...i.entry.labels } }));
    },
    async undoFix(): Promise<UndoEntry | null> {
      const last = undoStack[undoStack.length - 1];
      if (!last || last.entry.kind !== 'fix') return null;
      return undoTop(false);
    },
    async getRoles(sheet): Promise<RoleOverrides> {
      return readRoleOverrides(api, sheet);
    },
    async setRoles(sheet, roles): Promise<void> {
      await writeRoleOverrides(api, sheet, roles);
    },
    async setKind(sheet, kind): Promise<void> {
      await updateSheetSettings(api, sheet, (r) => ({ ...r, kind: kind ?? undefined }));
    },
    async setDirection(sheet, row, direction): Promise<void> {
      await updateSheetSettings(api, sheet, (r) => ({ ...r, directions: withRow(r.directions, row, direction) }));
    },
    async setHeaderRows(sheet, rows): Promise<void> {
      await updateSheetSettings(api, sheet, (r) => ({ ...r, header: rows ?? undefined }));
    },
    async setBound(sheet, row, bound): Promise<void> {
      await updateSheetSettings(api, sheet, (r) => ({ ...r, bounds: withRow(r.bounds, row, bound) }));
    },
    async ignoreIssue(sheet, issue): Promise<void> {
      await updateSheetSettings(
        api,
        sheet,
        (r, [value]) => {
          const others = (r.ignored ?? []).filter((i) => !(i.cell === issue.cell && i.code === issue.code));
          const content = value === null || value === undefined ? '' : String(value);
          return { ...r, ignored: [...others, { cell: issue.cell, code: issue.code, content }] };
        },
        [issue.cell]
      );
    },
    async unignoreIssue(sheet, issue): Promise<void> {
      await updateSheetSettings(api, sheet, (r) => ({ ...r, ignored: (r.ignored ?? []).filter((i) => !(i.cell === issue.cell && i.code === issue.code)) }));
    },
    async onSheetChanged(listener, events = {}): Promise<() => Promise<void>> {
      const { onEdit, onActivated } = events;
      return subscribeSheetChanges(
        api,
        async (change) => {
          if (own.isOwn(change)) return;
          onEdit?.();
          // The user's edit in cells an undo entry wrote: that undo will ask first.
          const areas = parseAddressList(change.address);
          for (const item of undoStack) {
            const snap = item.snap;
            if (!snap || snap.sheetId !== change.worksheetId) continue;
            if (!areas || areas.some((a) => snap.areas.some((b) => overlaps(a, b)))) item.edited = true;
          }
          let name: string | null = null;
          try {
            name = await sheetNameOf(api, change.worksheetId);
          } catch {
            return; // the sheet may be gone: nothing to tell
          }
          if (name !== null) listener(name);
        },
        { collectionEvent: supported(COLLECTION_EVENTS), ...(onActivated ? { onActivated: () => onActivated() } : {}) }
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
      const labels = target.create
        ? { vi: `Phụ lục: thêm trang tính ${quoted(target.sheet)} (${areaA1(area)})`, en: `Appendix: new sheet ${quoted(target.sheet)} (${areaA1(area)})` }
        : target.previous
          ? {
              vi: `Phụ lục: thay phụ lục cũ trên ${quoted(target.sheet)} (${areaA1(area)})`,
              en: `Appendix: replaced on ${quoted(target.sheet)} (${areaA1(area)})`,
            }
          : { vi: `Phụ lục: chèn vào ${quoted(target.sheet)} (${areaA1(area)})`, en: `Appendix: inserted on ${quoted(target.sheet)} (${areaA1(area)})` };
      let written: Awaited<ReturnType<typeof writeAppendix>>;
      try {
        written = await own.during(target.previous ? [area, target.previous] : [area], () =>
          writeAppendix(writer, target, changes, { pageLayout: supported(PAGE_LAYOUT), fill: supported(OPTIONAL_SETS.fill), snapshot: features })
        );
      } catch (e) {
        if (!(e instanceof PartialWriteError)) throw e;
        pushUndo({ entry: undoEntry('appendix', e.snapshot, labels), snap: e.snapshot, edited: false, unchecked: true });
        throw partialWrite(e);
      }
      if (written.snapshot) pushUndo({ entry: undoEntry('appendix', written.snapshot, labels), snap: written.snapshot, edited: false, unchecked: false });
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
    async exportIssues(table): Promise<ExportIssuesResult> {
      const area = issueSheetArea(table);
      const address = areaA1(area);
      return newSheet({
        base: table.sheetName,
        checked: table.sheet,
        changes: issueSheetChanges(table),
        area,
        rows: table.rows.length,
        headRows: ISSUE_HEAD_ROWS,
        labels: (sheet) => ({
          vi: `Xuất danh sách vấn đề: trang tính mới ${quoted(sheet)} (${address})`,
          en: `Export the issue list: new sheet ${quoted(sheet)} (${address})`,
        }),
      });
    },
    async insertChart(index, lang, given): Promise<ChartResult> {
      const { r, syncs } = await readOr(given);
      const table = recognize(r.grid, decidedOptions(r))[index];
      const plan = table ? chartPlan(r.grid, table) : null;
      if (!plan || 'reason' in plan) throw new UserFacingError(plan && plan.reason === 'compute-first' ? 'chart-compute-first' : 'chart-none', {});
      if (r.info?.protected) throw sheetProtectedError(r.grid.name);
      const { spec } = plan;
      const sheetId = r.info?.id ?? r.grid.name;
      const drawn = await own.during([], () => drawChart(api, sheetId, spec, chartWords(spec, lang)));
      const address = areaA1(spec.place);
      const labels = {
        vi: `Chèn biểu đồ ${quoted(chartWords(spec, 'vi').title)} (${address})`,
        en: `Insert the chart ${quoted(chartWords(spec, 'en').title)} (${address})`,
      };
      const entry: UndoEntry = { kind: 'chart', sheet: r.grid.name, cell: a1(spec.place.top, spec.place.left), address, label: labels.vi, labels };
      pushUndo({ entry, snap: null, chart: { sheetId, name: drawn.name }, edited: false, unchecked: false });
      return { sheet: r.grid.name, name: drawn.name, address, syncs: syncs + drawn.syncs };
    },
    readSelectionText: () => readSelectionText(api),
    async insertSentences(table): Promise<ExportIssuesResult> {
      const area = sentencesSheetArea(table);
      const address = areaA1(area);
      return newSheet({
        base: table.sheetName,
        checked: table.sheet,
        changes: sentencesSheetChanges(table),
        area,
        rows: table.rows.length,
        headRows: SENTENCE_HEAD_ROWS,
        labels: (sheet) => ({
          vi: `Chèn câu báo cáo: trang tính mới ${quoted(sheet)} (${address})`,
          en: `Insert the report sentences: new sheet ${quoted(sheet)} (${address})`,
        }),
      });
    },
    async readTasks() {
      const read0 = await read();
      // An appendix the add-in wrote is still the user's list of tasks: not
      // taken for add-in-owned columns here, so it can be read back.
      const grid = { ...read0.grid, owned: (read0.grid.owned ?? []).filter((o) => o.name.toLowerCase() !== APPENDIX_NAME) };
      const table = recognize(grid, { roles: read0.roles ?? {} }).find((t) => t.kind === 'task-list');
      if (!table) return null;
      // Months, quarters and years held as dates (the appendix's own, or "mm/yyyy") are read as such.
      const tasks = tasksFromTable(grid, table);
      const title = appendixTitleOf(table.title);
      return title ? { sheet: grid.name, tasks, title } : { sheet: grid.name, tasks };
    },
    async readSelectionTasks() {
      const read = await readSelectionTasks(api);
      return read ? { sheet: read.sheet, address: read.address, tasks: read.tasks } : null;
    },
  };
}
