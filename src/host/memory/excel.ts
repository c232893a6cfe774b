/**
 * createMemoryExcel: an in-memory Excel whose `run` behaves like the global
 * `Excel.run` for the part of the Excel JavaScript API the add-in uses.
 * The object model is in proxies/ (one file an API area), cells and
 * formulas in model.ts and formula.ts. No Node APIs: it also runs in the
 * browser workbench.
 */
import { areaA1, quoteSheet, splitSheetAddress, type Area, type CellValue } from '../../engine/grid';
import { EventHub, recordEdit, type ChangeRecord } from './events';
import { computable, FormulaError, FormulaSyntaxError, parseFormula, shiftFormula, type FormulaNode } from './formula';
import {
  apiValue,
  Calc,
  DEFAULT_COLUMN_WIDTH,
  defaultPageLayout,
  displayText,
  edgeOf,
  intersects,
  isDateFormat,
  isValidName,
  MAX_COLS,
  nameFormula,
  parseRangeAddress,
  relativeA1,
  SheetModel,
  SIDES,
  WorkbookModel,
  writeInput,
  type CellFormat,
  type ChartModel,
  type NameModel,
  type PageLayoutModel,
} from './model';
import { OfficeError, officeError } from './office-error';
import { jsonBytes } from './payload';
import { RequestContext, type SyncHost } from './proxies';
import type { CellSnapshot, CellStyleInit, ChartSnapshot, MemoryExcel, PageLayoutSnapshot, SheetInit, SheetSnapshot, WorkbookInit } from './types';

export { OfficeError } from './office-error';

/** MemoryExcel plus controls that only a test or the workbench uses. */
export interface MemoryExcelControl extends MemoryExcel {
  /** Protect (or unprotect) a sheet: writes to it then fail with AccessDenied. */
  protect(sheet: string, on?: boolean): void;
  /** Protect (or unprotect) the workbook's structure: adding or deleting a sheet then fails with AccessDenied. */
  protectWorkbook(on?: boolean): void;
  /**
   * Make the next context.sync() fail with this error code (e.g.
   * "InvalidOperationInCellEditMode"), applying none of its operations.
   */
  failNextSync(code: string, message?: string): void;
  /** Make the first sync with an operation matching `pattern` (as lastSyncOps writes them) fail with this code, running none of it. */
  failSyncWith(pattern: RegExp, code: string): void;
  /**
   * Act as Excel on the web, whose limit is 5 MB each way: reject any sync
   * whose estimated request is larger than this many bytes with
   * RequestPayloadSizeLimitExceeded (nothing runs), and any whose estimated
   * response is larger with ResponsePayloadSizeLimitExceeded (its
   * operations have run, but nothing it loaded can be read). null removes
   * the limit (the default). Either way a load of more than five million
   * cells of one range fails.
   */
  limitRequestBytes(bytes: number | null): void;
  /**
   * The workbook as it is now, in the shape createMemoryExcel takes: what
   * the workbench saves as an .xlsx file.
   */
  toInit(): WorkbookInit;
  /** The operations of the last sync, one line each (for tests). */
  readonly lastSyncOps: readonly string[];
  /** Every sync since creation or the last resetCounters(), in order: its sizes, operations and first operation. */
  readonly syncLog: readonly SyncRecord[];
  /**
   * Resolves once every event raised so far has been delivered and its
   * handlers have settled (events are delivered asynchronously).
   */
  idle(): Promise<void>;
  /**
   * Whether WorksheetChangedEventArgs carry `triggerSource` (ExcelApi
   * 1.14, the default). Pass false to act as an older Excel, where the
   * add-in cannot tell its own changes from the user's by the event.
   */
  eventTriggerSource(on: boolean): void;
  /** Number of event handlers registered (Worksheet(Collection).onChanged, WorksheetCollection.onActivated). */
  readonly eventHandlerCount: number;
  /**
   * Act as Excel while the user is typing in a cell: every sync fails with
   * InvalidOperationInCellEditMode and runs none of its operations, until
   * edit mode is turned off again.
   */
  cellEditMode(on: boolean): void;
  /**
   * Whether a batch run with `delayForCellEdit: true` (ExcelApi 1.11) waits
   * in edit mode until the user leaves the cell (the default) or fails as
   * in an Excel that does not know the option.
   */
  honourDelayForCellEdit(on: boolean): void;
  /**
   * Act as Excel on the web in office-js #6711: every batch run with
   * `mergeUndoGroup` fails with this code (e.g. "GeneralException") before
   * any of it runs; null to stop.
   */
  refuseUndoGroups(code: string | null): void;
  /** The options of every Excel.run(options, batch) so far (`{}` for a plain run), in order. */
  readonly runOptions: readonly RunOptionsRecord[];
  /**
   * Steps in Excel's own undo history (Ctrl+Z): each userEdit adds one; a
   * read of merged areas (office-js #5918) and an API Excel cannot undo
   * clear them, as Excel for Windows does.
   */
  readonly undoHistory: number;
}

/** What a batch was run with (Excel.RunOptions). */
export interface RunOptionsRecord {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

/** Whether the first argument of run(a, batch) is Excel.RunOptions rather than a context or object. */
function isRunOptions(a: unknown): a is RunOptionsRecord {
  if (!a || typeof a !== 'object' || a instanceof RequestContext) return false;
  const o = a as Record<string, unknown>;
  return !('context' in o) && ('mergeUndoGroup' in o || 'delayForCellEdit' in o || 'previousObjects' in o || 'session' in o || Object.keys(o).length === 0);
}

/** One sync as the in-memory Excel saw it. */
export interface SyncRecord {
  /** Estimated request and response payloads (bytes, JSON). */
  requestBytes: number;
  responseBytes: number;
  /** Operations sent, and the first of them ("" for none). */
  operations: number;
  first: string;
}

class MemoryExcelImpl implements MemoryExcelControl, SyncHost {
  readonly wb = new WorkbookModel();
  readonly events = new EventHub();
  /** Changes of the sync being run, reported as events after it. */
  private changes: ChangeRecord[] = [];
  private syncs = 0;
  private maxBytes = 0;
  private lastOps: string[] = [];
  private log: SyncRecord[] = [];
  private failure: OfficeError | null = null;
  /** Fail the first sync one of whose operations matches (failSyncWith). */
  private failWhen: { pattern: RegExp; code: string } | null = null;
  private payloadLimit: number | null = null;
  private maxResponse = 0;
  private editing = false;
  /** Whether this Excel honours delayForCellEdit (ExcelApi 1.11); an older one refuses in edit mode whatever the batch asks. */
  private delaysForCellEdit = true;
  /** Refuse every batch run with mergeUndoGroup, with this code, before it runs (as Excel on the web in office-js #6711). */
  private groupRefusal: string | null = null;
  /** Syncs waiting for the user to leave the cell they edit. */
  private waitingForEdit: (() => void)[] = [];
  private runs: RunOptionsRecord[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(init: WorkbookInit) {
    if (init.session) this.wb.session = init.session;
    if (init.locale) this.wb.locale = init.locale;
    for (const [k, v] of Object.entries(init.settings ?? {})) this.wb.settings.set(k, v);
    for (const s of init.sheets) this.seedSheet(s);
    if (!this.wb.sheets.length) this.wb.addSheet('Sheet1');
    const active = init.active === undefined ? this.wb.sheets[0] : this.wb.sheet(init.active);
    if (!active) throw new Error(`Active sheet not found: ${init.active}`);
    this.wb.active = active;
    for (const [name, refersTo] of Object.entries(init.names ?? {})) this.seedName(name, refersTo);
  }

  private seedSheet(init: SheetInit): void {
    if (this.wb.sheet(init.name)) throw new Error(`Duplicate sheet name: ${init.name}`);
    const sheet = this.wb.addSheet(init.name);
    init.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        sheet.touch(r, c).value = v;
      })
    );
    init.formats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f || f === 'General') return;
        sheet.touch(r, c).numberFormat = f;
      })
    );
    for (const m of init.merges ?? []) {
      const area = parseRangeAddress(m);
      if (!area) throw new Error(`Bad merge address: ${m}`);
      sheet.merges.push(area);
    }
    for (const [address, formula] of Object.entries(init.formulas ?? {})) {
      const area = parseRangeAddress(address);
      if (!area || area.top !== area.bottom || area.left !== area.right) throw new Error(`Bad formula address: ${address}`);
      const f = formula.startsWith('=') ? formula : `=${formula}`;
      const cell = sheet.touch(area.top, area.left);
      let ast: FormulaNode | null = null;
      try {
        ast = parseFormula(f);
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
      }
      cell.formula = f;
      // One this engine cannot compute (or read) keeps the value `values` gives, as Excel saved it.
      if (ast && computable(ast)) {
        delete cell.value;
        cell.ast = ast;
      }
    }
    init.columnWidths?.forEach((w, c) => {
      if (typeof w === 'number' && w >= 0) sheet.colWidths.set(c, w);
    });
    init.rowHeights?.forEach((h, r) => {
      if (typeof h === 'number' && h >= 0) sheet.rowHeights.set(r, h);
    });
    for (const [address, style] of Object.entries(init.styles ?? {})) {
      const area = parseRangeAddress(address);
      if (!area || area.top !== area.bottom || area.left !== area.right) throw new Error(`Bad style address: ${address}`);
      const fmt = copyStyle(style);
      if (!fmt) continue;
      sheet.touch(area.top, area.left).fmt = fmt;
    }
    if (init.pageLayout) sheet.pageLayout = pageLayoutModel(init.pageLayout);
  }

  private seedName(name: string, refersTo: string): void {
    if (!isValidName(name)) throw new Error(`Bad defined name: ${name}`);
    const formula = refersTo.trim().startsWith('=') ? refersTo.trim() : `=${refersTo.trim()}`;
    const { sheet, address } = splitSheetAddress(formula.slice(1));
    const area = parseRangeAddress(address);
    const target: Pick<NameModel, 'sheet' | 'area' | 'formula'> = {};
    if (area) {
      const s = sheet === undefined ? this.wb.active : this.wb.sheet(sheet);
      if (!s) throw new Error(`Defined name ${name} refers to a missing sheet: ${refersTo}`);
      target.sheet = s;
      target.area = area;
    } else {
      // A constant or a formula ("=0.1", "=Sheet1!$A$1*2"): kept as written.
      target.formula = formula;
    }
    this.wb.names.set(name.toUpperCase(), { name, ...target, comment: '', visible: true });
  }

  /**
   * The workbook as it is now, in the shape createMemoryExcel takes (so
   * `createMemoryExcel(mx.toInit())` is the same workbook to the add-in):
   * every sheet's values (a formula's as computed now), formulas, number
   * formats, merges, cell formats, column widths, row heights and print
   * set-up; the defined names, the settings and the active sheet. Rows are
   * sparse: only cells that hold something are set. Conditional formats,
   * protection and the selection are not part of it.
   */
  toInit(): WorkbookInit {
    const calc = new Calc(this.wb);
    const sheets = this.wb.sheets.map((sheet): SheetInit => {
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      const formulas: Record<string, string> = {};
      const styles: Record<string, CellStyleInit> = {};
      const keys = Array.from(sheet.cells.keys()).sort((a, b) => a - b);
      for (const k of keys) {
        const cell = sheet.cells.get(k)!;
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        const address = relativeA1({ top: r, left: c, bottom: r, right: c });
        if (cell.formula !== undefined) formulas[address] = cell.formula;
        const v = cell.formula !== undefined ? calc.value(sheet, r, c) : (cell.value ?? null);
        if (v !== null) (values[r] ??= [])[c] = v instanceof FormulaError ? v.code : v;
        if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') (formats[r] ??= [])[c] = cell.numberFormat;
        const style = cell.fmt ? copyStyle(cell.fmt) : null;
        if (style) {
          // Neighbours share an edge, stored on one of them: each cell gets every edge it shows, as Excel saves them.
          const borders: NonNullable<CellStyleInit['borders']> = {};
          for (const side of SIDES) {
            const edge = edgeOf(sheet, r, c, side);
            if (edge) borders[side] = { ...edge };
          }
          if (Object.keys(borders).length) style.borders = borders;
          styles[address] = style;
        }
      }
      // A sheet of formatted cells only still has its rows (an empty one has none).
      for (let r = 0; r < values.length; r++) values[r] ??= [];
      const out: SheetInit = { name: sheet.name, values };
      if (formats.length) out.formats = formats;
      const merges = sheet.merges
        .slice()
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map(relativeA1);
      if (merges.length) out.merges = merges;
      if (Object.keys(formulas).length) out.formulas = formulas;
      if (sheet.colWidths.size) {
        out.columnWidths = [];
        for (const [c, w] of sheet.colWidths) out.columnWidths[c] = w;
      }
      if (sheet.rowHeights.size) {
        out.rowHeights = [];
        for (const [r, h] of sheet.rowHeights) out.rowHeights[r] = h;
      }
      if (Object.keys(styles).length) out.styles = styles;
      out.pageLayout = pageLayoutSnapshot(sheet);
      return out;
    });
    const init: WorkbookInit = { sheets, active: this.wb.active.name };
    const names: Record<string, string> = {};
    for (const n of this.wb.names.values()) if (!n.deleted) names[n.name] = nameFormula(n);
    if (Object.keys(names).length) init.names = names;
    if (this.wb.settings.size) init.settings = Object.fromEntries(this.wb.settings);
    return init;
  }

  // ------------------------------------------------------------ run / sync

  /**
   * Excel.run(batch); Excel.run(options, batch) with Excel.RunOptions
   * (`mergeUndoGroup`, ExcelApi 1.20: the batch is one undo step, recorded
   * in `runOptions`); or Excel.run(context, batch) to go on with the
   * context of an earlier batch (as the docs do to remove an event handler).
   */
  async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  async run<T>(context: unknown, batch: (context: RequestContext) => Promise<T>): Promise<T>;
  async run<T>(a: unknown, b?: (context: RequestContext) => Promise<T>): Promise<T> {
    const batch = (b ?? a) as (context: RequestContext) => Promise<T>;
    const options = b && isRunOptions(a) ? a : null;
    const given = b && !options ? (a instanceof RequestContext ? a : (a as { context?: unknown })?.context) : undefined;
    const ctx = given instanceof RequestContext ? given : new RequestContext(this);
    if (!(given instanceof RequestContext)) {
      const record: RunOptionsRecord = {};
      if (options?.mergeUndoGroup !== undefined) record.mergeUndoGroup = !!options.mergeUndoGroup;
      if (options?.delayForCellEdit !== undefined) record.delayForCellEdit = !!options.delayForCellEdit;
      this.runs.push(record);
      ctx._mergeUndo = !!options?.mergeUndoGroup;
      ctx._delayForCellEdit = !!options?.delayForCellEdit;
    }
    const result = await batch(ctx);
    // Like Excel.run, send what the batch queued after its last sync.
    if (ctx._queue.length) await ctx.sync();
    return result;
  }

  async sync(ctx: RequestContext): Promise<void> {
    const ops = ctx._queue;
    ctx._queue = [];
    this.syncs++;
    const bytes = jsonBytes(ops.map((o) => o.payload));
    this.maxBytes = Math.max(this.maxBytes, bytes);
    this.lastOps = ops.map((o) => o.describe);
    const record: SyncRecord = { requestBytes: bytes, responseBytes: 0, operations: ops.length, first: this.lastOps[0] ?? '' };
    this.log.push(record);
    // The request goes out asynchronously, as with Office.js.
    await Promise.resolve();
    if (this.failWhen && this.lastOps.some((o) => this.failWhen!.pattern.test(o))) {
      const { code } = this.failWhen;
      this.failWhen = null;
      throw officeError(code);
    }
    if (this.failure) {
      const e = this.failure;
      this.failure = null;
      throw e;
    }
    if (this.editing && ctx._delayForCellEdit && this.delaysForCellEdit) {
      // Excel holds the batch until the user leaves the cell, then runs it.
      await new Promise<void>((resolve) => this.waitingForEdit.push(resolve));
    }
    if (this.editing) throw officeError('InvalidOperationInCellEditMode');
    if (ctx._mergeUndo && this.groupRefusal) throw officeError(this.groupRefusal, 'Excel.run', 'mergeUndoGroup is not supported here.');
    if (this.payloadLimit !== null && bytes > this.payloadLimit) {
      throw officeError('RequestPayloadSizeLimitExceeded');
    }
    let changed = false;
    this.changes = [];
    const active = this.wb.active;
    ctx._inSync = true;
    ctx._responseBytes = 0;
    ctx._loadedInSync = [];
    try {
      for (const op of ops) {
        op.exec();
        if (op.mutates) changed = true;
      }
    } finally {
      ctx._inSync = false;
      const changes = this.changes;
      this.changes = [];
      if (changed) this.notify();
      this.events.emit(changes);
      if (this.wb.active !== active) this.events.emitActivated(this.wb.active.id);
    }
    const response = ctx._responseBytes;
    record.responseBytes = response;
    this.maxResponse = Math.max(this.maxResponse, response);
    const loaded = ctx._loadedInSync;
    ctx._loadedInSync = [];
    if (this.payloadLimit !== null && response > this.payloadLimit) {
      // The operations ran; what they loaded never comes back.
      for (const [obj, prop] of loaded) obj._loaded.delete(prop);
      throw officeError('ResponsePayloadSizeLimitExceeded');
    }
  }

  recordChange(change: ChangeRecord): void {
    this.changes.push(change);
  }

  get syncCount(): number {
    return this.syncs;
  }

  get maxRequestBytes(): number {
    return this.maxBytes;
  }

  get maxResponseBytes(): number {
    return this.maxResponse;
  }

  get lastSyncOps(): readonly string[] {
    return this.lastOps;
  }

  get syncLog(): readonly SyncRecord[] {
    return this.log;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.maxBytes = 0;
    this.maxResponse = 0;
    this.log = [];
  }

  // ------------------------------------------------------------ controls

  protect(sheet: string, on = true): void {
    this.sheetOrThrow(sheet).protected = on;
  }

  protectWorkbook(on = true): void {
    this.wb.protected = on;
  }

  failNextSync(code: string, message?: string): void {
    this.failure = officeError(code, undefined, message);
  }

  failSyncWith(pattern: RegExp, code: string): void {
    this.failWhen = { pattern, code };
  }

  limitRequestBytes(bytes: number | null): void {
    this.payloadLimit = bytes;
  }

  idle(): Promise<void> {
    return this.events.idle();
  }

  cellEditMode(on: boolean): void {
    this.editing = on;
    if (!on) {
      const waiting = this.waitingForEdit;
      this.waitingForEdit = [];
      for (const go of waiting) go();
    }
  }

  honourDelayForCellEdit(on: boolean): void {
    this.delaysForCellEdit = on;
  }

  refuseUndoGroups(code: string | null): void {
    this.groupRefusal = code;
  }

  get runOptions(): readonly RunOptionsRecord[] {
    return this.runs;
  }

  eventTriggerSource(on: boolean): void {
    this.events.triggerSource = on;
  }

  get eventHandlerCount(): number {
    return this.events.handlerCount;
  }

  userEdit(sheet: string, address: string, input: string | number | boolean | null): void {
    const s = this.sheetOrThrow(sheet);
    const area = parseRangeAddress(address);
    if (!area) throw new Error(`Bad address: ${address}`);
    if (s.protected) throw new Error(`The sheet ${sheet} is protected`);
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 1_000_000) throw new Error(`Too large: ${address}`);
    const record = recordEdit(this.wb, s, area, false, () => {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (input === null) {
            const cell = s.get(r, c);
            if (!cell) continue;
            delete cell.value;
            delete cell.formula;
            delete cell.ast;
            s.prune(r, c);
          } else {
            writeInput(s, r, c, input, 'userEdit');
          }
        }
      }
    });
    this.wb.undoSteps++;
    this.notify();
    this.events.emit([record]);
  }

  get undoHistory(): number {
    return this.wb.undoSteps;
  }

  // ------------------------------------------------------------ inspection

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.wb.active.name;
  }

  activate(name: string): void {
    const sheet = this.sheetOrThrow(name);
    const before = this.wb.active;
    this.wb.active = sheet;
    this.notify();
    if (sheet !== before) this.events.emitActivated(sheet.id);
  }

  selection(): { sheet: string; address: string } | null {
    const s = this.wb.active;
    return s.selection ? { sheet: s.name, address: relativeA1(s.selection) } : null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  definedNames(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const n of this.wb.names.values()) out[n.name] = nameFormula(n).slice(1);
    return out;
  }

  snapshot(name: string, limit?: { rows?: number; cols?: number }): SheetSnapshot {
    const sheet = this.sheetOrThrow(name);
    const used = sheet.usedArea(false);
    const rowCount = used ? used.bottom + 1 : 0;
    const colCount = used ? used.right + 1 : 0;
    const rows = Math.min(rowCount, limit?.rows ?? rowCount);
    const cols = Math.min(colCount, limit?.cols ?? colCount);
    const calc = new Calc(this.wb);
    const marks = rows && cols ? markFills(sheet, calc, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 }) : new Map();
    const cells: CellSnapshot[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellSnapshot[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = snapshotCell(sheet, calc, r, c);
        const mark = marks.get(r * MAX_COLS + c);
        if (mark) cell.markFill = mark;
        row.push(cell);
      }
      cells.push(row);
    }
    const merges = sheet.merges
      .slice()
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(relativeA1);
    const columnWidths = Array.from({ length: colCount }, (_, c) => sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    const out: SheetSnapshot = { name: sheet.name, rowCount, colCount, cells, merges, columnWidths, pageLayout: pageLayoutSnapshot(sheet) };
    if (sheet.frozenRows) out.frozenRows = sheet.frozenRows;
    const charts = sheet.charts.filter((c) => !c.deleted);
    if (charts.length) out.charts = charts.map(chartSnapshot);
    return out;
  }

  private sheetOrThrow(name: string): SheetModel {
    const s = this.wb.sheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  private notify(): void {
    for (const l of Array.from(this.listeners)) {
      try {
        l();
      } catch {
        // A listener's failure must not fail the workbook operation.
      }
    }
  }
}

/**
 * The fill the conditional formats show on each cell of `bounds`: for each
 * cell, that of the highest-priority Custom format whose rule is true
 * there and that sets a fill. The rule is written for the top-left cell of
 * its area; relative references move with the cell, as in Excel.
 */
function markFills(sheet: SheetModel, calc: Calc, bounds: Area): Map<number, string> {
  const out = new Map<number, string>();
  const stopped = new Set<number>();
  for (const cf of sheet.conditionalFormats) {
    if (cf.deleted || cf.type !== 'Custom' || !cf.ast) continue;
    for (const a of cf.areas) {
      if (!intersects(a, bounds)) continue;
      const top = Math.max(a.top, bounds.top);
      const bottom = Math.min(a.bottom, bounds.bottom);
      const left = Math.max(a.left, bounds.left);
      const right = Math.min(a.right, bounds.right);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const key = r * MAX_COLS + c;
          if (out.has(key) || stopped.has(key)) continue;
          if (!ruleHolds(calc.evaluateOn(sheet, shiftFormula(cf.ast, r - a.top, c - a.left)))) continue;
          if (cf.format.fill) out.set(key, cf.format.fill);
          else if (cf.stopIfTrue) stopped.add(key);
        }
      }
    }
  }
  return out;
}

/** Whether a rule's result formats the cell: TRUE or a non-zero number (text and errors do not). */
function ruleHolds(v: unknown): boolean {
  if (v instanceof FormulaError || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return false;
}

function snapshotCell(sheet: SheetModel, calc: Calc, r: number, c: number): CellSnapshot {
  const cell = sheet.get(r, c);
  const out: CellSnapshot = {
    value: apiValue(calc.value(sheet, r, c)),
    numberFormat: cell?.numberFormat ?? 'General',
  };
  if (cell?.formula !== undefined) out.formula = cell.formula;
  const f = cell?.fmt;
  if (f?.bold) out.bold = true;
  if (f?.italic) out.italic = true;
  if (f?.fill) out.fill = f.fill;
  if (f?.horizontal) out.horizontal = f.horizontal;
  if (f?.wrap) out.wrap = true;
  if (f?.fontName) out.fontName = f.fontName;
  if (f?.fontSize !== undefined) out.fontSize = f.fontSize;
  const sides = SIDES.filter((side) => edgeOf(sheet, r, c, side));
  if (sides.length) {
    out.border = true;
    out.borders = {};
    for (const side of sides) out.borders[side] = true;
  }
  if (typeof out.value === 'number' && out.numberFormat !== 'General' && isDateFormat(out.numberFormat.split(';')[0])) {
    out.text = displayText(out.value, out.numberFormat);
  }
  return out;
}

/** A copy of a cell format with only what is set (null when nothing is). */
function copyStyle(style: CellStyleInit): CellFormat | null {
  const out: CellFormat = {};
  for (const [k, v] of Object.entries(style) as [keyof CellFormat, unknown][]) {
    if (v === undefined || k === 'borders') continue;
    (out as Record<string, unknown>)[k] = v;
  }
  const borders: CellFormat['borders'] = {};
  for (const side of SIDES) {
    const b = style.borders?.[side];
    if (b) borders[side] = { style: b.style, weight: b.weight, color: b.color };
  }
  if (Object.keys(borders).length) out.borders = borders;
  return Object.keys(out).length ? out : null;
}

/** A print set-up as the snapshot gives it, back in the model's terms. */
function pageLayoutModel(p: PageLayoutSnapshot): PageLayoutModel {
  const out = defaultPageLayout();
  out.orientation = p.orientation;
  out.paperSize = p.paperSize;
  if (p.fitToPagesWide !== undefined || p.fitToPagesTall !== undefined) {
    out.scale = p.scale ?? null;
    out.fitWide = p.fitToPagesWide ?? null;
    out.fitTall = p.fitToPagesTall ?? null;
  } else if (p.scale !== undefined) out.scale = p.scale;
  if (p.printTitleRows) {
    const a = parseRangeAddress(p.printTitleRows);
    if (a) out.printTitleRows = { top: a.top, bottom: a.bottom };
  }
  return out;
}

function pageLayoutSnapshot(sheet: SheetModel): PageLayoutSnapshot {
  const l = sheet.pageLayout;
  const out: PageLayoutSnapshot = { orientation: l.orientation, paperSize: l.paperSize };
  if (l.scale !== null) out.scale = l.scale;
  if (l.fitWide !== null) out.fitToPagesWide = l.fitWide;
  if (l.fitTall !== null) out.fitToPagesTall = l.fitTall;
  if (l.printTitleRows) out.printTitleRows = relativeA1({ ...l.printTitleRows, left: 0, right: MAX_COLS - 1 });
  return out;
}

/** An in-memory workbook with the Excel JavaScript API's `run`. */
export function createMemoryExcel(init: WorkbookInit): MemoryExcelControl {
  return new MemoryExcelImpl(init);
}

/** A range of a chart as its address with the sheet ("'Biểu số 1'!H8:H19"). */
function chartRange(r: { sheet: SheetModel; area: Area } | null): string | null {
  return r ? `${quoteSheet(r.sheet.name)}!${areaA1(r.area)}` : null;
}

function chartSnapshot(c: ChartModel): ChartSnapshot {
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    series: c.series.map((s) => ({ name: s.name, values: chartRange(s.values), xValues: chartRange(s.xValues) })),
    position: c.position ? areaA1(c.position) : null,
    valueAxis: { title: c.valueAxis.title, majorUnit: c.valueAxis.majorUnit, minimum: c.valueAxis.minimum },
    categoryAxis: { title: c.categoryAxis.title, reversePlotOrder: c.categoryAxis.reversePlotOrder },
    legend: { ...c.legend },
  };
}
