/**
 * Office.js-like proxy objects over the in-memory model, with Excel's
 * batching rules: setting a property, calling a method or `load(...)`
 * queues an operation; operations run in order at `context.sync()`;
 * a property can be read only once a sync has loaded it.
 *
 * Each proxy finds its target (a sheet, a range, a name…) the first time
 * an operation uses it during a sync, so `getItem("missing")` fails there
 * (ItemNotFound), as in Excel, and not when it is called.
 */
import { splitSheetAddress, type Area } from '../../engine/grid';
import {
  apiValue,
  Calc,
  cellCount,
  contains,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  displayText,
  edgeOf,
  intersects,
  isValidName,
  MAX_COLS,
  MAX_ROWS,
  nameFormula,
  nameType,
  nameValue,
  normalizeColor,
  parseRangeAddress,
  setEdge,
  sheetAddress,
  subtractArea,
  valueType,
  writeInput,
  type BorderSpec,
  type Cell,
  type CellFormat,
  type ConditionalFormatModel,
  type NameModel,
  type SheetModel,
  type Side,
  type WorkbookModel,
} from './model';
import { FormulaError, FormulaSyntaxError, parseFormula } from './formula';
import { moveFormula } from './formula-text';
import { recordEdit, type ChangedHandler, type ChangeRecord, type EventHub } from './events';
import { officeError, propertyNotLoaded } from './office-error';
import { jsonBytes } from './payload';

/** Largest number of cells one read or fill may touch. */
const CELL_LIMIT = 5_000_000;
/** Above this many cells a format change only touches cells that exist. */
const FORMAT_FILL_LIMIT = 2_000_000;

// ---------------------------------------------------------------- context

export interface Op {
  /** What goes over the wire, for the request size estimate. */
  payload: Record<string, unknown>;
  /** Short description for tests ("…getRange(\"A1\").values="). */
  describe: string;
  /** Whether the operation changes the workbook or the selection. */
  mutates: boolean;
  exec: () => void;
}

export interface SyncHost {
  readonly wb: WorkbookModel;
  readonly events: EventHub;
  sync(ctx: RequestContext): Promise<void>;
  /** Note a change of cell contents made during the current sync (raises onChanged after it). */
  recordChange(change: ChangeRecord): void;
}

export class RequestContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = {
    add(_o: unknown): void {},
    remove(_o: unknown): void {},
  };
  /** Operations queued since the last sync. */
  _queue: Op[] = [];
  /** True while a sync runs this context's operations. */
  _inSync = false;
  /** Estimated size of the response of the sync being run (what its loads return). */
  _responseBytes = 0;
  /** What the sync being run loaded, to take back when its response is refused. */
  _loadedInSync: [ClientObject<any>, string][] = [];
  /**
   * Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20): every sync of the
   * batch is one undo step, and an API that Excel cannot undo fails with
   * UndoNotSupported instead of running.
   */
  _mergeUndo = false;

  constructor(readonly _host: SyncHost) {
    this.workbook = new WorkbookProxy(this, 'workbook', () => _host.wb);
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  get _wb(): WorkbookModel {
    return this._host.wb;
  }

  async sync<T>(passThrough?: T): Promise<T> {
    await this._host.sync(this);
    return passThrough as T;
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  /** Count returned data in the response of the sync being run. */
  _respond(bytes: number): void {
    this._responseBytes += bytes;
  }
}

// ---------------------------------------------------------------- load specs

/** What to load on one object: all its scalar properties and/or paths. */
interface LoadReq {
  all: boolean;
  paths: string[][];
}

function splitPaths(s: string): string[][] {
  return s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('/').map((x) => x.trim()));
}

/** Turn any form `load` accepts into a request. */
export function parseLoadSpec(spec: unknown): LoadReq {
  if (spec === undefined || spec === null) return { all: true, paths: [] };
  if (typeof spec === 'string') return { all: false, paths: splitPaths(spec) };
  if (Array.isArray(spec)) {
    return { all: false, paths: spec.flatMap((s) => (typeof s === 'string' ? splitPaths(s) : [])) };
  }
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      const paths: string[][] = [];
      for (const key of ['select', 'expand']) {
        const v = o[key];
        if (typeof v === 'string') paths.push(...splitPaths(v));
        else if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') paths.push(...splitPaths(s));
      }
      return { all: false, paths };
    }
    const paths: string[][] = [];
    const walk = (obj: Record<string, unknown>, prefix: string[]) => {
      for (const [k, v] of Object.entries(obj)) {
        if (v === true) paths.push([...prefix, k]);
        else if (v && typeof v === 'object') {
          const inner = v as Record<string, unknown>;
          if ('$all' in inner && inner.$all) paths.push([...prefix, k]);
          walk(inner, [...prefix, k]);
        }
      }
    };
    walk(o, []);
    return { all: false, paths };
  }
  return { all: true, paths: [] };
}

// ---------------------------------------------------------------- base

interface PropDef<T> {
  get?: (t: T, self: any) => unknown;
  set?: (t: T, v: unknown, location: string, self: any) => void;
}

type Defs<T> = Record<string, PropDef<T>>;

function describeArg(a: unknown): string {
  if (a instanceof ClientObject) return a._path;
  return JSON.stringify(a) ?? 'undefined';
}

/** Arguments as they would be serialized (proxies become their path). */
function wireArgs(args: unknown[]): unknown[] {
  return args.map((a) => (a instanceof ClientObject ? { ref: a._path } : a));
}

/** A copy of a written value, so later changes by the caller don't leak in. */
function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.slice() : row));
  // An object property (PageLayout.zoom) is sent as it is when set.
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return { ...v };
  return v;
}

export abstract class ClientObject<T> {
  /** Properties loaded by a sync, readable now. */
  readonly _loaded = new Map<string, unknown>();
  _null: boolean | undefined = undefined;
  private _resolved = false;
  private _target: T | null = null;
  private readonly _navCache = new Map<string, ClientObject<any>>();

  constructor(
    readonly context: RequestContext,
    readonly _path: string,
    private readonly _resolver: () => T | null
  ) {}

  /** Excel's class name, for error locations. */
  abstract get _class(): string;
  abstract _defs(): Defs<T>;
  /** Navigation properties (format, font, …) by name. */
  _navs(): Record<string, () => ClientObject<any>> {
    return {};
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded('isNullObject');
    return this._null;
  }

  /** The target; null for a null object. Runs only during a sync. */
  _resolve(): T | null {
    if (!this._resolved) {
      this._target = this._resolver();
      this._resolved = true;
    }
    this._null = this._target === null;
    return this._target;
  }

  _nav<C extends ClientObject<any>>(name: string, make: () => C): C {
    let n = this._navCache.get(name);
    if (!n) {
      n = make();
      this._navCache.set(name, n);
    }
    return n as C;
  }

  /** Make a loaded property readable, counting it in the sync's response. */
  _put(prop: string, value: unknown): void {
    this._loaded.set(prop, value);
    const ctx = this.context;
    ctx._loadedInSync.push([this, prop]);
    // A collection's items count their own properties; here only the brackets.
    const items = Array.isArray(value) && value.length > 0 && value[0] instanceof ClientObject;
    ctx._respond(jsonBytes(prop) + 1 + (items ? 1 + value.length * 3 : jsonBytes(value)) + 1);
  }

  _get(prop: string): any {
    if (this._loaded.has(prop)) return this._loaded.get(prop);
    throw propertyNotLoaded(prop);
  }

  _set(prop: string, value: unknown): void {
    const def = this._defs()[prop];
    if (!def?.set) throw new TypeError(`Cannot set property ${prop} of ${this._class} which has only a getter`);
    const v = copyValue(value);
    const location = `${this._class}.${prop}`;
    this._loaded.delete(prop);
    this.context._enqueue({
      payload: { path: this._path, set: prop, value: v },
      describe: `${this._path}.${prop}=`,
      mutates: true,
      exec: () => {
        const t = this._resolve();
        if (t !== null) def.set!(t, v, location, this);
      },
    });
  }

  /** Queue a method call that runs on the target at sync. */
  _call(name: string, args: unknown[], run: (t: T, location: string) => void, mutates = true): void {
    const location = `${this._class}.${name}`;
    this.context._enqueue({
      payload: { path: this._path, call: name, args: wireArgs(args) },
      describe: `${this._path}.${name}(${args.map(describeArg).join(',')})`,
      mutates,
      exec: () => {
        const t = this._resolve();
        if (t !== null) run(t, location);
      },
    });
  }

  /** For *OrNullObject: find the target at sync so isNullObject is readable. */
  _instantiate(): this {
    this.context._enqueue({
      payload: { path: this._path, instantiate: true },
      describe: `${this._path}`,
      mutates: false,
      exec: () => {
        this._resolve();
        this.context._respond(16); // {"isNull":false}
      },
    });
    return this;
  }

  load(spec?: unknown): this {
    const req = parseLoadSpec(spec);
    this.context._enqueue({
      payload: { path: this._path, load: spec ?? null },
      describe: `${this._path}.load(${spec === undefined ? '' : describeArg(spec)})`,
      mutates: false,
      exec: () => this._loadNow(req),
    });
    return this;
  }

  /** Run a load at sync: scalar properties now, navigation paths below. */
  _loadNow(req: LoadReq): void {
    const t = this._resolve();
    if (t === null) return;
    const defs = this._defs();
    if (req.all) {
      for (const [k, d] of Object.entries(defs)) if (d.get) this._put(k, d.get(t, this));
      this._loadAllExtra(t);
    }
    const navs = this._navs();
    const groups = new Map<string, LoadReq>();
    for (const p of req.paths) {
      const [head, ...rest] = p;
      if (head in navs || (head === 'items' && this._isCollection())) {
        const g = groups.get(head) ?? { all: false, paths: [] };
        if (rest.length === 0) g.all = true;
        else g.paths.push(rest);
        groups.set(head, g);
      } else if (rest.length === 0 && defs[head]?.get) {
        this._put(head, defs[head].get!(t, this));
      } else {
        throw officeError('InvalidArgument', `${this._class}.load`, `The property '${p.join('/')}' is not valid for ${this._class}.`);
      }
    }
    for (const [head, g] of groups) {
      if (head === 'items') this._loadItems(t, g);
      else navs[head]()._loadNow(g);
    }
  }

  _isCollection(): boolean {
    return false;
  }

  /** Collections load their items on a plain load(). */
  _loadAllExtra(_t: T): void {}

  _loadItems(_t: T, _req: LoadReq): void {}

  /** The loaded properties as plain data (like Office.js toJSON). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) {
      out[k] = Array.isArray(v) && v[0] instanceof ClientObject ? v.map((x: ClientObject<any>) => x.toJSON()) : v;
    }
    for (const [k, n] of this._navCache) {
      const j = n.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }
}

/** Give a class accessors that go through _get/_set for each property. */
function installProps(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject<any>) {
        return this._get(name);
      },
      set(this: ClientObject<any>, v: unknown) {
        this._set(name, v);
      },
      configurable: true,
      enumerable: false,
    });
  }
}

abstract class CollectionProxy<T, I> extends ClientObject<T> {
  abstract _itemTargets(t: T): I[];
  abstract _makeItem(target: I, index: number): ClientObject<I>;

  get items(): any[] {
    return this._get('items');
  }

  override _isCollection(): boolean {
    return true;
  }

  override _loadAllExtra(t: T): void {
    this._loadItems(t, { all: true, paths: [] });
  }

  override _loadItems(t: T, req: LoadReq): void {
    const items = this._itemTargets(t).map((target, i) => {
      const p = this._makeItem(target, i);
      p._loadNow(req);
      return p;
    });
    this._put('items', items);
  }
}

/** The value of a method that returns a plain value (getCount…). */
export class ClientResult<V> {
  private _has = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._has) throw propertyNotLoaded('value');
    return this._value as V;
  }

  _setValue(v: V): void {
    this._value = v;
    this._has = true;
  }
}

function resultOf<V>(owner: ClientObject<any>, name: string, compute: () => V): ClientResult<V> {
  const r = new ClientResult<V>();
  owner.context._enqueue({
    payload: { path: owner._path, call: name, args: [] },
    describe: `${owner._path}.${name}()`,
    mutates: false,
    exec: () => {
      const v = compute();
      r._setValue(v);
      owner.context._respond(jsonBytes(v) + 10);
    },
  });
  return r;
}

// ---------------------------------------------------------------- helpers

export interface RangeT {
  sheet: SheetModel;
  area: Area;
}

function invalid(location: string, message?: string): never {
  throw officeError('InvalidArgument', location, message);
}

/**
 * APIs Excel cannot undo (the "Unsupported APIs" of Undo support with the
 * Excel JavaScript API): inside a batch run with `mergeUndoGroup` they
 * fail with UndoNotSupported.
 */
function undoable(self: ClientObject<any>, location: string): void {
  if (self.context._mergeUndo) {
    throw officeError('UndoNotSupported', location, `${location} cannot be undone, so it cannot be part of an undo group.`);
  }
}

/** Excel refuses changes to a protected sheet. */
function writable(sheet: SheetModel, location: string): void {
  if (sheet.deleted) throw officeError('ItemNotFound', location);
  if (sheet.protected) {
    throw officeError(
      'AccessDenied',
      location,
      "The cell or chart you're trying to change is on a protected sheet. You cannot perform the requested operation."
    );
  }
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

function checkArea(a: Area, location: string): Area {
  if (a.top < 0 || a.left < 0 || a.bottom >= MAX_ROWS || a.right >= MAX_COLS || a.bottom < a.top || a.right < a.left) {
    invalid(location);
  }
  return a;
}

/** Value of a property across the cells of a range: one value, or null when mixed. */
function uniform<V>(t: RangeT, read: (cell: Cell | undefined, row: number, col: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  let mixed = false;
  let stored = 0;
  const see = (v: V) => {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) mixed = true;
  };
  t.sheet.eachStored(t.area, (r, c, cell) => {
    stored++;
    see(read(cell, r, c));
  });
  if (stored < cellCount(t.area)) see(read(undefined, t.area.top, t.area.left));
  return mixed ? null : (first as V);
}

/** Change the format of every cell of a range. */
function eachFormat(t: RangeT, location: string, apply: (f: CellFormat) => void): void {
  writable(t.sheet, location);
  const change = (r: number, c: number) => {
    const cell = t.sheet.touch(r, c);
    cell.fmt ??= {};
    apply(cell.fmt);
    t.sheet.prune(r, c);
  };
  if (cellCount(t.area) > FORMAT_FILL_LIMIT) {
    // Whole rows/columns: only cells that exist (no column-level formats here).
    const at: [number, number][] = [];
    t.sheet.eachStored(t.area, (r, c) => at.push([r, c]));
    for (const [r, c] of at) change(r, c);
    return;
  }
  for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) change(r, c);
}

function readMatrix<V>(t: RangeT, location: string, read: (r: number, c: number) => V): V[][] {
  if (cellCount(t.area) > CELL_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', location);
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Apply a written 2-D array (or one value for every cell) to a range.
 * null entries leave their cell unchanged; a wrong shape is InvalidArgument.
 */
function writeMatrix(t: RangeT, v: unknown, location: string, check: (x: unknown) => boolean, write: (r: number, c: number, x: unknown) => void): void {
  writable(t.sheet, location);
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      invalid(location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    const m = v as unknown[][];
    for (const row of m) for (const x of row) if (x !== null && x !== undefined && !check(x)) invalid(location);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = m[r][c];
        if (x !== null && x !== undefined) write(t.area.top + r, t.area.left + c, x);
      }
    }
    return;
  }
  if (v === null || v === undefined || !check(v)) invalid(location);
  if (rows * cols > CELL_LIMIT) invalid(location);
  for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) write(r, c, v);
}

const isInput = (x: unknown) => typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

function merge(t: RangeT, across: boolean): void {
  const parts: Area[] = across
    ? Array.from({ length: t.area.bottom - t.area.top + 1 }, (_, i) => ({
        ...t.area,
        top: t.area.top + i,
        bottom: t.area.top + i,
      }))
    : [t.area];
  for (const a of parts) {
    if (a.top === a.bottom && a.left === a.right) continue;
    t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, a));
    t.sheet.merges.push({ ...a });
    // Excel keeps only the top-left value of a merged area.
    t.sheet.eachStored(a, (r, c, cell) => {
      if (r === a.top && c === a.left) return;
      delete cell.value;
      delete cell.formula;
      delete cell.ast;
    });
    const at: [number, number][] = [];
    t.sheet.eachStored(a, (r, c) => at.push([r, c]));
    for (const [r, c] of at) t.sheet.prune(r, c);
  }
}

function unmerge(t: RangeT): void {
  t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
}

const COPY_TYPES = ['All', 'Formulas', 'Values', 'Formats'];

/** A copy of a cell's contents and formats (borders included). */
function copyCell(cell: Cell): Cell {
  const out: Cell = { ...cell };
  if (cell.fmt) {
    out.fmt = { ...cell.fmt };
    if (cell.fmt.borders) out.fmt.borders = { ...cell.fmt.borders };
  }
  return out;
}

const CLEAR_KINDS = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

function clearRange(t: RangeT, applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const at: [number, number, Cell][] = [];
  t.sheet.eachStored(t.area, (r, c, cell) => at.push([r, c, cell]));
  for (const [r, c, cell] of at) {
    if (contents) {
      delete cell.value;
      delete cell.formula;
      delete cell.ast;
    }
    if (formats) {
      delete cell.numberFormat;
      delete cell.fmt;
    }
    t.sheet.prune(r, c);
  }
  if (formats) {
    // Borders of neighbours that sit on this range's outer edges.
    for (let c = t.area.left; c <= t.area.right; c++) {
      if (t.area.top > 0) dropEdge(t.sheet, t.area.top - 1, c, 'bottom');
      if (t.area.bottom < MAX_ROWS - 1) dropEdge(t.sheet, t.area.bottom + 1, c, 'top');
    }
    for (let r = t.area.top; r <= t.area.bottom && r < t.area.top + FORMAT_FILL_LIMIT; r++) {
      if (t.area.left > 0) dropEdge(t.sheet, r, t.area.left - 1, 'right');
      if (t.area.right < MAX_COLS - 1) dropEdge(t.sheet, r, t.area.right + 1, 'left');
    }
    unmerge(t);
    clearConditionalFormats(t);
  }
}

function dropEdge(sheet: SheetModel, r: number, c: number, side: Side): void {
  const cell = sheet.get(r, c);
  if (cell?.fmt?.borders?.[side]) {
    delete cell.fmt.borders[side];
    sheet.prune(r, c);
  }
}

function autofitColumns(t: RangeT, calc: Calc): void {
  const widths = new Map<number, number>();
  t.sheet.eachStored(t.area, (r, c, cell) => {
    const text = displayText(calc.value(t.sheet, r, c), cell.numberFormat ?? 'General');
    const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
    if (longest) widths.set(c, Math.max(widths.get(c) ?? 0, Math.round(longest * 6 + 8)));
  });
  for (const [c, w] of widths) t.sheet.colWidths.set(c, w);
}

function autofitRows(t: RangeT): void {
  const lines = new Map<number, number>();
  t.sheet.eachStored(t.area, (r, _c, cell) => {
    const n = cell.fmt?.wrap && typeof cell.value === 'string' ? cell.value.split('\n').length : 1;
    lines.set(r, Math.max(lines.get(r) ?? 1, n));
  });
  for (const [r, n] of lines) {
    if (n === 1) t.sheet.rowHeights.delete(r);
    else t.sheet.rowHeights.set(r, DEFAULT_ROW_HEIGHT * n);
  }
}

// ---------------------------------------------------------------- workbook

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  get _class() {
    return 'Workbook';
  }
  _defs(): Defs<WorkbookModel> {
    return WORKBOOK_DEFS;
  }
  override _navs() {
    return {
      worksheets: () => this.worksheets,
      names: () => this.names,
      application: () => this.application,
      settings: () => this.settings,
    };
  }

  /** The add-in's settings saved in the workbook (ExcelApi 1.4). */
  get settings(): SettingCollectionProxy {
    return this._nav('settings', () => new SettingCollectionProxy(this.context, 'workbook.settings', () => this._resolve()));
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._nav('worksheets', () => new WorksheetCollectionProxy(this.context, 'workbook.worksheets', () => this._resolve()));
  }

  get names(): NamedItemCollectionProxy {
    return this._nav('names', () => new NamedItemCollectionProxy(this.context, 'workbook.names', () => this._resolve()));
  }

  get application(): ApplicationProxy {
    return this._nav('application', () => new ApplicationProxy(this.context, 'workbook.application', () => this._resolve()));
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, 'workbook.getSelectedRange()', () => {
      const wb = this._resolve()!;
      return { sheet: wb.active, area: wb.active.selection ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, 'workbook.getActiveCell()', () => {
      const wb = this._resolve()!;
      const a = wb.active.selection ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet: wb.active, area: { top: a.top, left: a.left, bottom: a.top, right: a.left } };
    });
  }
}

const WORKBOOK_DEFS: Defs<WorkbookModel> = {
  name: { get: () => 'Book1.xlsx' },
};
installProps(WorkbookProxy, Object.keys(WORKBOOK_DEFS));

export class ApplicationProxy extends ClientObject<WorkbookModel> {
  get _class() {
    return 'Application';
  }
  _defs(): Defs<WorkbookModel> {
    return APPLICATION_DEFS;
  }

  /** Recorded; the in-memory workbook computes on read anyway. */
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => {}, false);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {}, false);
  }

  calculate(calculationType?: string): void {
    this._call('calculate', [calculationType], () => {}, false);
  }
}

const APPLICATION_DEFS: Defs<WorkbookModel> = {
  calculationMode: { get: () => 'Automatic' },
};
installProps(ApplicationProxy, Object.keys(APPLICATION_DEFS));

// ---------------------------------------------------------------- worksheets

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

function checkSheetName(wb: WorkbookModel, name: unknown, location: string, self?: SheetModel): string {
  if (typeof name !== 'string' || !name.trim() || name.length > 31 || BAD_SHEET_CHARS.test(name)) invalid(location);
  if (name.startsWith("'") || name.endsWith("'")) invalid(location);
  const other = wb.sheet(name);
  if (other && other !== self) throw officeError('ItemAlreadyExists', location);
  return name;
}

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookModel, SheetModel> {
  get _class() {
    return 'WorksheetCollection';
  }
  _defs(): Defs<WorkbookModel> {
    return {};
  }
  _itemTargets(wb: WorkbookModel): SheetModel[] {
    return wb.sheets.slice();
  }
  _makeItem(s: SheetModel, i: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.items[${i}]`, () => s);
  }

  /** Occurs when any worksheet of the workbook changes (ExcelApi 1.9). */
  get onChanged(): EventHandlersProxy {
    return (this._onChanged ??= new EventHandlersProxy(this.context, `${this._path}.onChanged`, () => null));
  }
  private _onChanged?: EventHandlersProxy;

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this._resolve()!.sheet(String(key));
      if (!s) throw officeError('ItemNotFound', 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this._resolve()!.sheet(String(key)) ?? null
    )._instantiate();
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getActiveWorksheet()`, () => this._resolve()!.active);
  }

  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getFirst()`, () => this._resolve()!.sheets[0]);
  }

  getLast(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getLast()`, () => {
      const s = this._resolve()!.sheets;
      return s[s.length - 1];
    });
  }

  getCount(): ClientResult<number> {
    return resultOf(this, 'getCount', () => this._resolve()!.sheets.length);
  }

  add(name?: string): WorksheetProxy {
    let created: SheetModel | undefined;
    this._call('add', [name], (wb, location) => {
      const n = name === undefined ? wb.freeSheetName() : checkSheetName(wb, name, location);
      created = wb.addSheet(n);
    });
    return new WorksheetProxy(this.context, `${this._path}.add(${JSON.stringify(name ?? null)})`, () => {
      if (!created) throw officeError('ItemNotFound', 'WorksheetCollection.add');
      return created;
    });
  }
}

export class WorksheetProxy extends ClientObject<SheetModel> {
  get _class() {
    return 'Worksheet';
  }
  _defs(): Defs<SheetModel> {
    return WORKSHEET_DEFS;
  }
  override _navs() {
    return { protection: () => this.protection, pageLayout: () => this.pageLayout };
  }

  /** The sheet's print set-up (ExcelApi 1.9). */
  get pageLayout(): PageLayoutProxy {
    return this._nav('pageLayout', () => new PageLayoutProxy(this.context, `${this._path}.pageLayout`, () => this._resolve()));
  }

  /** Occurs when data changes in this worksheet (ExcelApi 1.7). */
  get onChanged(): EventHandlersProxy {
    return (this._onChanged ??= new EventHandlersProxy(this.context, `${this._path}.onChanged`, (location) => {
      const s = this._resolve();
      if (!s || s.deleted) throw officeError('ItemNotFound', location);
      return s.id;
    }));
  }
  private _onChanged?: EventHandlersProxy;

  get protection(): WorksheetProtectionProxy {
    return this._nav('protection', () => new WorksheetProtectionProxy(this.context, `${this._path}.protection`, () => this._resolve()));
  }

  activate(): void {
    this._call('activate', [], (s, location) => {
      if (s.deleted) throw officeError('ItemNotFound', location);
      this.context._wb.active = s;
    });
  }

  delete(): void {
    this._call('delete', [], (s, location) => {
      const wb = this.context._wb;
      undoable(this, location);
      if (s.deleted) throw officeError('ItemNotFound', location);
      if (wb.sheets.length === 1) throw officeError('InvalidOperation', location);
      const i = wb.sheets.indexOf(s);
      wb.sheets.splice(i, 1);
      s.deleted = true;
      if (wb.active === s) wb.active = wb.sheets[Math.min(i, wb.sheets.length - 1)];
    });
  }

  /** A range by address ("B3", "A1:C4", "A:A", "2:2", a defined name); the whole sheet without one. */
  getRange(address?: string): RangeProxy {
    const path = `${this._path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`;
    return new RangeProxy(this.context, path, () => {
      const s = this._resolve();
      if (!s) return null;
      if (address === undefined || address === '') {
        return { sheet: s, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      }
      return { sheet: s, area: resolveAddress(this.context._wb, s, String(address), 'Worksheet.getRange') };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getCell(${row},${column})`, () => {
      const s = this._resolve();
      if (!s) return null;
      if (!isInt(row) || !isInt(column)) invalid('Worksheet.getCell');
      return { sheet: s, area: checkArea({ top: row, left: column, bottom: row, right: column }, 'Worksheet.getCell') };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const path = `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`;
    return new RangeProxy(this.context, path, () => {
      const s = this._resolve();
      if (!s) return null;
      const loc = 'Worksheet.getRangeByIndexes';
      if (![startRow, startColumn, rowCount, columnCount].every(isInt) || rowCount < 1 || columnCount < 1) invalid(loc);
      const area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      return { sheet: s, area: checkArea(area, loc) };
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRange(${valuesOnly ? 'true' : ''})`, () => {
      const s = this._resolve();
      if (!s) return null;
      return { sheet: s, area: s.usedArea(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly ? 'true' : ''})`, () => {
      const s = this._resolve();
      if (!s) return null;
      const area = s.usedArea(!!valuesOnly);
      return area ? { sheet: s, area } : null;
    })._instantiate();
  }

  calculate(_markAllDirty?: boolean): void {
    this._call('calculate', [_markAllDirty], () => {}, false);
  }
}

const WORKSHEET_DEFS: Defs<SheetModel> = {
  name: {
    get: (s) => s.name,
    set: (s, v, location, self: WorksheetProxy) => {
      s.name = checkSheetName(self.context._wb, v, location, s);
    },
  },
  id: { get: (s) => s.id },
  position: { get: (s, self: WorksheetProxy) => self.context._wb.sheets.indexOf(s) },
  visibility: { get: () => 'Visible' },
};
installProps(WorksheetProxy, Object.keys(WORKSHEET_DEFS));

/** Resolve a getRange address on a sheet (A1 forms or a defined name). */
function resolveAddress(wb: WorkbookModel, s: SheetModel, address: string, location: string): Area {
  const { sheet, address: local } = splitSheetAddress(address);
  if (sheet !== undefined && wb.sheet(sheet) !== s) invalid(location);
  const area = parseRangeAddress(local);
  if (area) return area;
  const named = wb.names.get(local.toUpperCase());
  if (named?.sheet === s && named.area) return named.area;
  return invalid(location);
}

export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  get _class() {
    return 'WorksheetProtection';
  }
  _defs(): Defs<SheetModel> {
    return PROTECTION_DEFS;
  }

  protect(_options?: unknown, _password?: string): void {
    this._call('protect', [_options ?? null], (s, location) => {
      undoable(this, location);
      s.protected = true;
    });
  }

  unprotect(_password?: string): void {
    this._call('unprotect', [], (s, location) => {
      undoable(this, location);
      s.protected = false;
    });
  }
}

const PROTECTION_DEFS: Defs<SheetModel> = {
  protected: { get: (s) => s.protected },
};
installProps(WorksheetProtectionProxy, Object.keys(PROTECTION_DEFS));

// ---------------------------------------------------------------- page layout

const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Excel.PaperType values. */
const PAPER_TYPES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];

/** Pages to fit to: a whole number from 0 (as many as needed) to 32767. */
function isPageCount(v: unknown): v is number {
  return isInt(v) && v >= 0 && v <= 32767;
}

/**
 * PageLayout.zoom is set as one object: { scale } (10-400) for a print
 * scale, or { horizontalFitToPages, verticalFitToPages } to fit to pages
 * (0: as many as needed). A count left out keeps its value (1 when the
 * sheet was scaled, as in Excel's dialog).
 */
function setZoom(s: SheetModel, v: unknown, location: string): void {
  if (!v || typeof v !== 'object' || Array.isArray(v)) invalid(location);
  const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const given = (x: unknown) => x !== undefined && x !== null;
  const fit = given(z.horizontalFitToPages) || given(z.verticalFitToPages);
  if (fit) {
    if (given(z.horizontalFitToPages) && !isPageCount(z.horizontalFitToPages)) invalid(location);
    if (given(z.verticalFitToPages) && !isPageCount(z.verticalFitToPages)) invalid(location);
    writable(s, location);
    const l = s.pageLayout;
    l.fitWide = given(z.horizontalFitToPages) ? (z.horizontalFitToPages as number) : (l.fitWide ?? 1);
    l.fitTall = given(z.verticalFitToPages) ? (z.verticalFitToPages as number) : (l.fitTall ?? 1);
    l.scale = null;
    return;
  }
  if (!given(z.scale)) invalid(location);
  if (typeof z.scale !== 'number' || !(z.scale >= 10 && z.scale <= 400)) invalid(location);
  writable(s, location);
  s.pageLayout.scale = Math.round(z.scale);
  s.pageLayout.fitWide = null;
  s.pageLayout.fitTall = null;
}

/** Rows to print at the top of every page: a range (or address) that spans whole rows. */
function titleRowsOf(wb: WorkbookModel, s: SheetModel, v: unknown, location: string): { top: number; bottom: number } {
  let area: Area | null = null;
  if (v instanceof RangeProxy) {
    const t = v._resolve();
    if (!t || t.sheet !== s) invalid(location);
    area = t.area;
  } else if (typeof v === 'string') {
    const { sheet, address } = splitSheetAddress(v.trim());
    if (sheet !== undefined && wb.sheet(sheet) !== s) invalid(location);
    area = parseRangeAddress(address);
  }
  if (!area || area.left !== 0 || area.right !== MAX_COLS - 1) {
    invalid(location, 'The range must span the entire row to be valid.');
  }
  return { top: area.top, bottom: area.bottom };
}

export class PageLayoutProxy extends ClientObject<SheetModel> {
  get _class() {
    return 'PageLayout';
  }
  _defs(): Defs<SheetModel> {
    return PAGE_LAYOUT_DEFS;
  }

  /** Rows repeated at the top of every printed page (ExcelApi 1.9). */
  setPrintTitleRows(printTitleRows: unknown): void {
    this._call('setPrintTitleRows', [printTitleRows], (s, location) => {
      const rows = titleRowsOf(this.context._wb, s, printTitleRows, location);
      writable(s, location);
      s.pageLayout.printTitleRows = rows;
    });
  }

  getPrintTitleRows(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getPrintTitleRows()`, () => {
      const s = this._resolve();
      if (!s) return null;
      const rows = s.pageLayout.printTitleRows;
      if (!rows) throw officeError('ItemNotFound', 'PageLayout.getPrintTitleRows');
      return { sheet: s, area: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLS - 1 } };
    });
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getPrintTitleRowsOrNullObject()`, () => {
      const s = this._resolve();
      const rows = s?.pageLayout.printTitleRows;
      return s && rows ? { sheet: s, area: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLS - 1 } } : null;
    })._instantiate();
  }
}

const PAGE_LAYOUT_DEFS: Defs<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v, location) => {
      if (typeof v !== 'string' || !ORIENTATIONS.includes(v)) invalid(location);
      writable(s, location);
      s.pageLayout.orientation = v;
    },
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v, location) => {
      if (typeof v !== 'string' || !PAPER_TYPES.includes(v)) invalid(location);
      writable(s, location);
      s.pageLayout.paperSize = v;
    },
  },
  zoom: {
    get: (s) =>
      s.pageLayout.scale === null
        ? { horizontalFitToPages: s.pageLayout.fitWide, verticalFitToPages: s.pageLayout.fitTall, scale: null }
        : { scale: s.pageLayout.scale, horizontalFitToPages: null, verticalFitToPages: null },
    set: setZoom,
  },
};
installProps(PageLayoutProxy, Object.keys(PAGE_LAYOUT_DEFS));

// ---------------------------------------------------------------- range

export class RangeProxy extends ClientObject<RangeT> {
  get _class() {
    return 'Range';
  }
  _defs(): Defs<RangeT> {
    return RANGE_DEFS;
  }
  override _navs() {
    return { format: () => this.format, worksheet: () => this.worksheet, conditionalFormats: () => this.conditionalFormats };
  }

  get format(): RangeFormatProxy {
    return this._nav('format', () => new RangeFormatProxy(this.context, `${this._path}.format`, () => this._resolve()));
  }

  /** The conditional formats that intersect the range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nav('conditionalFormats', () => new ConditionalFormatCollectionProxy(this.context, `${this._path}.conditionalFormats`, () => this._resolve()));
  }

  get worksheet(): WorksheetProxy {
    return this._nav('worksheet', () => new WorksheetProxy(this.context, `${this._path}.worksheet`, () => this._resolve()?.sheet ?? null));
  }

  /** A range relative to this one, checked against the sheet's bounds at sync. */
  private derived(name: string, args: unknown[], make: (t: RangeT) => Area): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.${name}(${args.map(describeArg).join(',')})`, () => {
      const t = this._resolve();
      if (!t) return null;
      if (!args.every((a) => a === undefined || isInt(a))) invalid(`Range.${name}`);
      return { sheet: t.sheet, area: checkArea(make(t), `Range.${name}`) };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived('getCell', [row, column], ({ area: a }) => ({
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], ({ area: a }) => ({
      top: a.top + rowOffset,
      left: a.left + columnOffset,
      bottom: a.bottom + rowOffset,
      right: a.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], ({ area: a }) => ({
      ...a,
      bottom: a.bottom + deltaRows,
      right: a.right + deltaColumns,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derived('getRow', [row], ({ area: a }) => ({ ...a, top: a.top + row, bottom: a.top + row }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived('getColumn', [column], ({ area: a }) => ({ ...a, left: a.left + column, right: a.left + column }));
  }

  getLastRow(): RangeProxy {
    return this.derived('getLastRow', [], ({ area: a }) => ({ ...a, top: a.bottom }));
  }

  getLastColumn(): RangeProxy {
    return this.derived('getLastColumn', [], ({ area: a }) => ({ ...a, left: a.right }));
  }

  getLastCell(): RangeProxy {
    return this.derived('getLastCell', [], ({ area: a }) => ({ top: a.bottom, left: a.right, bottom: a.bottom, right: a.right }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived('getEntireColumn', [], ({ area: a }) => ({ ...a, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getEntireRow(): RangeProxy {
    return this.derived('getEntireRow', [], ({ area: a }) => ({ ...a, left: 0, right: MAX_COLS - 1 }));
  }

  /** The other range (a Range or an address on this sheet), resolved at sync. */
  private otherArea(t: RangeT, other: unknown, location: string): Area {
    if (other instanceof RangeProxy) {
      const o = other._resolve();
      if (!o) invalid(location);
      if (o.sheet !== t.sheet) invalid(location);
      return o.area;
    }
    if (typeof other !== 'string') invalid(location);
    return resolveAddress(this.context._wb, t.sheet, other, location);
  }

  private intersection(name: string, other: unknown, orNull: boolean): RangeProxy {
    const p = new RangeProxy(this.context, `${this._path}.${name}(${describeArg(other)})`, () => {
      const t = this._resolve();
      if (!t) return null;
      const b = this.otherArea(t, other, `Range.${name}`);
      if (!intersects(t.area, b)) {
        if (orNull) return null;
        throw officeError('ItemNotFound', `Range.${name}`);
      }
      const a = t.area;
      return {
        sheet: t.sheet,
        area: { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) },
      };
    });
    return orNull ? p._instantiate() : p;
  }

  /** The rectangle shared with another range (ExcelApi 1.2); fails when they do not meet. */
  getIntersection(anotherRange: unknown): RangeProxy {
    return this.intersection('getIntersection', anotherRange, false);
  }

  /** As getIntersection, but a null object when they do not meet (ExcelApi 1.4). */
  getIntersectionOrNullObject(anotherRange: unknown): RangeProxy {
    return this.intersection('getIntersectionOrNullObject', anotherRange, true);
  }

  merge(across?: boolean): void {
    this._call('merge', across === undefined ? [] : [across], (t, location) => {
      writable(t.sheet, location);
      merge(t, !!across);
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t, location) => {
      writable(t.sheet, location);
      unmerge(t);
    });
  }

  /**
   * The cells of the range of one kind, as rectangles (ExcelApi 1.9):
   * "Formulas", "Constants" or "Blanks"; for formulas and constants
   * `cellValueType` keeps only some results ("Numbers", "Text", "Logical",
   * "Errors", or a combination such as "LogicalNumbers"; "All" by
   * default). ItemNotFound when there are none.
   */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.special('getSpecialCells', cellType, cellValueType, false);
  }

  /** As getSpecialCells, but a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.special('getSpecialCellsOrNullObject', cellType, cellValueType, true);
  }

  private special(name: string, cellType: string, cellValueType: string | undefined, orNull: boolean): RangeAreasProxy {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    const p = new RangeAreasProxy(this.context, `${this._path}.${name}(${args.map(describeArg).join(',')})`, () => {
      const t = this._resolve();
      if (!t) return null;
      const location = `Range.${name}`;
      const areas = specialCells(t, cellType, cellValueType ?? 'All', calcOf(this), location);
      if (!areas.length) {
        if (orNull) return null;
        throw officeError('ItemNotFound', location, 'No cells were found.');
      }
      return { sheet: t.sheet, areas };
    });
    return orNull ? p._instantiate() : p;
  }

  /**
   * The merged areas of this range — as in Excel, those whose top-left
   * cell lies in the range. A null object when there are none.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const t = this._resolve();
      if (!t) return null;
      const areas = t.sheet.merges
        .filter((m) => contains(t.area, m.top, m.left))
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((m) => ({ ...m }));
      return areas.length ? { sheet: t.sheet, areas } : null;
    })._instantiate();
  }

  clear(applyTo?: string): void {
    this._call('clear', applyTo === undefined ? [] : [applyTo], (t, location) => {
      const kind = applyTo ?? 'All';
      if (!CLEAR_KINDS.includes(kind)) invalid(location);
      writable(t.sheet, location);
      if (kind === 'All' || kind === 'Contents' || kind === 'ResetContents') edited(this, t, () => clearRange(t, kind));
      else clearRange(t, kind);
    });
  }

  /**
   * Copy cells from another range (a Range or an address, on any sheet)
   * here, as Excel's paste does (ExcelApi 1.9): a destination that is a
   * whole multiple of the source's size both ways is filled with copies,
   * any other gets one copy from its top-left cell. Formulas move with
   * their copy; copyType "Formulas" copies contents only, "Values" the
   * values formulas show, "Formats" formats only, "All" both.
   */
  copyFrom(sourceRange: unknown, copyType = 'All', skipBlanks = false, transpose = false): void {
    this._call('copyFrom', [sourceRange, copyType, skipBlanks, transpose], (t, location) => {
      if (!COPY_TYPES.includes(copyType) || typeof skipBlanks !== 'boolean' || typeof transpose !== 'boolean') invalid(location);
      if (transpose) throw officeError('NotImplemented', location, 'The in-memory Excel does not transpose.');
      const src = this.sourceOf(sourceRange, location);
      writable(t.sheet, location);
      const h = src.area.bottom - src.area.top + 1;
      const w = src.area.right - src.area.left + 1;
      const a = t.area;
      const tiles = (a.bottom - a.top + 1) % h === 0 && (a.right - a.left + 1) % w === 0;
      const dest = checkArea(tiles ? a : { top: a.top, left: a.left, bottom: a.top + h - 1, right: a.left + w - 1 }, location);
      if (cellCount(dest) > CELL_LIMIT) invalid(location);
      const calc = calcOf(this);
      // What the source holds before anything is written (source and destination may overlap).
      const cells: { cell: Cell | undefined; value: unknown }[][] = [];
      for (let r = src.area.top; r <= src.area.bottom; r++) {
        const row: { cell: Cell | undefined; value: unknown }[] = [];
        for (let c = src.area.left; c <= src.area.right; c++) {
          const cell = src.sheet.get(r, c);
          row.push({ cell: cell ? copyCell(cell) : undefined, value: copyType === 'Values' ? apiValue(calc.value(src.sheet, r, c)) : undefined });
        }
        cells.push(row);
      }
      const contents = copyType !== 'Formats';
      const formats = copyType === 'All' || copyType === 'Formats';
      const paste = () => {
        for (let r = dest.top; r <= dest.bottom; r++) {
          for (let c = dest.left; c <= dest.right; c++) {
            const i = (r - dest.top) % h;
            const j = (c - dest.left) % w;
            const from = cells[i][j];
            const blank = from.cell?.value === undefined && from.cell?.formula === undefined;
            if (skipBlanks && blank) continue;
            const cell = t.sheet.touch(r, c);
            if (contents) {
              delete cell.value;
              delete cell.formula;
              delete cell.ast;
              if (copyType === 'Values') {
                if (from.value !== '' && from.value !== undefined) cell.value = from.value as Cell['value'];
              } else if (from.cell?.formula !== undefined) {
                const text = moveFormula(from.cell.formula, r - src.area.top - i, c - src.area.left - j);
                cell.formula = text;
                cell.ast = parseFormula(text);
              } else if (from.cell?.value !== undefined) cell.value = from.cell.value;
            }
            if (formats) {
              if (from.cell?.numberFormat === undefined) delete cell.numberFormat;
              else cell.numberFormat = from.cell.numberFormat;
              if (from.cell?.fmt === undefined) delete cell.fmt;
              else cell.fmt = copyCell(from.cell).fmt;
            }
            t.sheet.prune(r, c);
          }
        }
      };
      if (contents) edited(this, { sheet: t.sheet, area: dest }, paste);
      else paste();
    });
  }

  /** The source of copyFrom: a Range, or an address that may name its sheet. */
  private sourceOf(source: unknown, location: string): RangeT {
    if (source instanceof RangeProxy) {
      const s = source._resolve();
      if (!s) invalid(location);
      return s;
    }
    if (typeof source !== 'string') invalid(location);
    const { sheet, address } = splitSheetAddress(source);
    const wb = this.context._wb;
    const s = sheet === undefined ? this._resolve()!.sheet : wb.sheet(sheet);
    if (!s) throw officeError('ItemNotFound', location);
    return { sheet: s, area: resolveAddress(wb, s, address, location) };
  }

  select(): void {
    this._call('select', [], (t, location) => {
      if (t.sheet.deleted) throw officeError('ItemNotFound', location);
      this.context._wb.active = t.sheet;
      t.sheet.selection = { ...t.area };
    });
  }

  calculate(): void {
    this._call('calculate', [], () => {}, false);
  }

  /**
   * Each cell's font, fill, borders and alignment, as asked for by the load
   * options (ExcelApi 1.9): a 2-D array of the range's shape whose entries
   * hold only what was asked. A cell without a fill reports "#FFFFFF" (as
   * Excel does: "no fill" and white look the same here); a side without a
   * border reports style "None".
   */
  getCellProperties(cellPropertiesLoadOptions: unknown): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    const location = 'Range.getCellProperties';
    this.context._enqueue({
      payload: { path: this._path, call: 'getCellProperties', args: [cellPropertiesLoadOptions] },
      describe: `${this._path}.getCellProperties(${describeArg(cellPropertiesLoadOptions)})`,
      mutates: false,
      exec: () => {
        const t = this._resolve();
        if (t === null) return;
        const spec = cellPropsSpec(cellPropertiesLoadOptions, location);
        const out = readMatrix(t, location, (r, c) => cellProperties(t.sheet, r, c, spec));
        result._setValue(out);
        this.context._respond(jsonBytes(out) + 10);
      },
    });
    return result;
  }

  /**
   * Set font, fill, borders and alignment cell by cell (ExcelApi 1.9): a
   * 2-D array of the range's shape; an entry sets only what it names, and
   * null leaves its cell as it is. A border side with style "None" is
   * removed.
   */
  setCellProperties(cellPropertiesData: unknown): void {
    this._call('setCellProperties', [cellPropertiesData], (t, location) => {
      writable(t.sheet, location);
      const rows = t.area.bottom - t.area.top + 1;
      const cols = t.area.right - t.area.left + 1;
      const data = cellPropertiesData;
      if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
        invalid(location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      const m = data as unknown[][];
      // Everything is checked before anything changes.
      const parsed = m.map((row) => row.map((x) => (x === null || x === undefined ? null : settableFormat(x, location))));
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const p = parsed[r][c];
          if (p) applySettableFormat(t.sheet, t.area.top + r, t.area.left + c, p);
        }
      }
    });
  }
}

// ---------------------------------------------------------------- cell properties

/** Which properties getCellProperties returns (those the in-memory Excel models). */
interface CellPropsSpec {
  address: boolean;
  fill: string[];
  font: string[];
  borders: string[];
  horizontalAlignment: boolean;
  verticalAlignment: boolean;
  wrapText: boolean;
}

function flags(o: unknown, allowed: string[], location: string): string[] {
  if (o === undefined || o === false || o === null) return [];
  if (o === true) return allowed.slice();
  if (typeof o !== 'object' || Array.isArray(o)) invalid(location);
  return allowed.filter((k) => (o as Record<string, unknown>)[k] === true);
}

const FILL_PROPS = ['color'];
const FONT_PROPS = ['bold', 'italic', 'name', 'size', 'color'];
const BORDER_PROPS = ['style', 'weight', 'color'];
/** The sides of one cell, as Excel.CellBorderCollection names them. */
const CELL_SIDES: [string, Side | null][] = [
  ['top', 'top'],
  ['bottom', 'bottom'],
  ['left', 'left'],
  ['right', 'right'],
  ['diagonalDown', null],
  ['diagonalUp', null],
];

function cellPropsSpec(options: unknown, location: string): CellPropsSpec {
  if (!options || typeof options !== 'object' || Array.isArray(options)) invalid(location);
  const o = options as Record<string, unknown>;
  const f = (o.format === true ? { fill: true, font: true, borders: true, horizontalAlignment: true, verticalAlignment: true, wrapText: true } : o.format) as
    Record<string, unknown> | undefined | null;
  if (f !== undefined && f !== null && (typeof f !== 'object' || Array.isArray(f))) invalid(location);
  return {
    address: o.address === true,
    fill: flags(f?.fill, FILL_PROPS, location),
    font: flags(f?.font, FONT_PROPS, location),
    borders: flags(f?.borders, BORDER_PROPS, location),
    horizontalAlignment: f?.horizontalAlignment === true,
    verticalAlignment: f?.verticalAlignment === true,
    wrapText: f?.wrapText === true,
  };
}

function pick(all: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

function cellProperties(sheet: SheetModel, r: number, c: number, spec: CellPropsSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (spec.address) out.address = sheetAddress(sheet, { top: r, left: c, bottom: r, right: c });
  const fmt = sheet.get(r, c)?.fmt;
  const format: Record<string, unknown> = {};
  if (spec.fill.length) format.fill = pick({ color: fmt?.fill ?? '#FFFFFF' }, spec.fill);
  if (spec.font.length) {
    const font = {
      bold: fmt?.bold ?? false,
      italic: fmt?.italic ?? false,
      name: fmt?.fontName ?? DEFAULT_FONT.name,
      size: fmt?.fontSize ?? DEFAULT_FONT.size,
      color: fmt?.fontColor ?? DEFAULT_FONT.color,
    };
    format.font = pick(font, spec.font);
  }
  if (spec.borders.length) {
    const borders: Record<string, unknown> = {};
    for (const [key, side] of CELL_SIDES) {
      const b = side ? edgeOf(sheet, r, c, side) : undefined;
      borders[key] = pick(b ? { style: b.style, weight: b.weight, color: b.color } : { style: 'None', weight: 'Thin', color: '#000000' }, spec.borders);
    }
    format.borders = borders;
  }
  if (spec.horizontalAlignment) format.horizontalAlignment = fmt?.horizontal ?? 'General';
  if (spec.verticalAlignment) format.verticalAlignment = fmt?.vertical ?? 'Bottom';
  if (spec.wrapText) format.wrapText = fmt?.wrap ?? false;
  if (Object.keys(format).length) out.format = format;
  return out;
}

/** One entry of setCellProperties, checked. */
interface SettableFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: [Side, BorderSpec | null][];
}

function settableFormat(x: unknown, location: string): SettableFormat {
  if (typeof x !== 'object' || Array.isArray(x)) invalid(location);
  const out: SettableFormat = { borders: [] };
  const f = (x as { format?: unknown }).format;
  if (f === undefined || f === null) return out;
  if (typeof f !== 'object' || Array.isArray(f)) invalid(location);
  const g = f as Record<string, unknown>;
  const obj = (v: unknown): Record<string, unknown> | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'object' || Array.isArray(v)) invalid(location);
    return v as Record<string, unknown>;
  };
  const color = (v: unknown): string => normalizeColor(v) ?? invalid(location);
  const fill = obj(g.fill);
  if (fill?.color !== undefined) out.fill = color(fill.color);
  const font = obj(g.font);
  if (font) {
    if (font.bold !== undefined) out.bold = typeof font.bold === 'boolean' ? font.bold : invalid(location);
    if (font.italic !== undefined) out.italic = typeof font.italic === 'boolean' ? font.italic : invalid(location);
    if (font.name !== undefined) out.fontName = typeof font.name === 'string' && font.name.trim() ? font.name : invalid(location);
    if (font.size !== undefined) out.fontSize = typeof font.size === 'number' && font.size >= 1 && font.size <= 409 ? font.size : invalid(location);
    if (font.color !== undefined) out.fontColor = color(font.color);
  }
  if (g.horizontalAlignment !== undefined) {
    out.horizontal = typeof g.horizontalAlignment === 'string' && HORIZONTAL.includes(g.horizontalAlignment) ? g.horizontalAlignment : invalid(location);
  }
  if (g.verticalAlignment !== undefined) {
    out.vertical = typeof g.verticalAlignment === 'string' && VERTICAL.includes(g.verticalAlignment) ? g.verticalAlignment : invalid(location);
  }
  if (g.wrapText !== undefined) out.wrap = typeof g.wrapText === 'boolean' ? g.wrapText : invalid(location);
  const borders = obj(g.borders);
  if (borders) {
    for (const [key, side] of CELL_SIDES) {
      const b = obj(borders[key]);
      if (!b || !side) continue;
      if (b.style !== undefined && (typeof b.style !== 'string' || !BORDER_STYLES.includes(b.style))) invalid(location);
      if (b.weight !== undefined && (typeof b.weight !== 'string' || !BORDER_WEIGHTS.includes(b.weight))) invalid(location);
      const c = b.color === undefined ? undefined : color(b.color);
      if (b.style === 'None') out.borders.push([side, null]);
      else
        out.borders.push([
          side,
          { style: (b.style as string) ?? DEFAULT_BORDER.style, weight: (b.weight as string) ?? DEFAULT_BORDER.weight, color: c ?? DEFAULT_BORDER.color },
        ]);
    }
  }
  return out;
}

function applySettableFormat(sheet: SheetModel, r: number, c: number, p: SettableFormat): void {
  const cell = sheet.touch(r, c);
  const f: CellFormat = (cell.fmt ??= {});
  if (p.fill !== undefined) f.fill = p.fill;
  if (p.bold !== undefined) f.bold = p.bold || undefined;
  if (p.italic !== undefined) f.italic = p.italic || undefined;
  if (p.fontName !== undefined) f.fontName = p.fontName === DEFAULT_FONT.name ? undefined : p.fontName;
  if (p.fontSize !== undefined) f.fontSize = p.fontSize === DEFAULT_FONT.size ? undefined : p.fontSize;
  if (p.fontColor !== undefined) f.fontColor = p.fontColor === DEFAULT_FONT.color ? undefined : p.fontColor;
  if (p.horizontal !== undefined) f.horizontal = p.horizontal === 'General' ? undefined : p.horizontal;
  if (p.vertical !== undefined) f.vertical = p.vertical === 'Bottom' ? undefined : p.vertical;
  if (p.wrap !== undefined) f.wrap = p.wrap || undefined;
  sheet.prune(r, c);
  for (const [side, spec] of p.borders) setEdge(sheet, r, c, side, spec ?? undefined);
}

const SPECIAL_TYPES = ['Formulas', 'Constants', 'Blanks'];
const VALUE_KINDS = ['Errors', 'Logical', 'Numbers', 'Text'];

/** The cells of a range of one kind (Range.getSpecialCells), as rectangles sorted by row then column. */
function specialCells(t: RangeT, cellType: string, valueType: string, calc: Calc, location: string): Area[] {
  if (!SPECIAL_TYPES.includes(cellType)) {
    if (typeof cellType === 'string' && /^(ConditionalFormats|DataValidations|Visible|SameConditionalFormat|SameDataValidation)$/.test(cellType)) {
      throw officeError('NotImplemented', location, `The in-memory Excel does not find ${cellType} cells.`);
    }
    invalid(location);
  }
  let kinds = VALUE_KINDS;
  if (valueType !== 'All') {
    const parts = typeof valueType === 'string' ? (valueType.match(/Errors|Logical|Numbers|Text/g) ?? []) : [];
    if (!parts.length || parts.join('') !== valueType) invalid(location);
    kinds = parts;
  }
  const kindOf = (v: unknown) => (v instanceof FormulaError ? 'Errors' : typeof v === 'boolean' ? 'Logical' : typeof v === 'number' ? 'Numbers' : 'Text');
  const hit: [number, number][] = [];
  if (cellType === 'Blanks') {
    if (cellCount(t.area) > CELL_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', location);
    for (let c = t.area.left; c <= t.area.right; c++) {
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        const cell = t.sheet.get(r, c);
        if (cell?.value === undefined && cell?.formula === undefined) hit.push([r, c]);
      }
    }
  } else {
    t.sheet.eachStored(t.area, (r, c, cell) => {
      const formula = cell.formula !== undefined;
      if (cell.value === undefined && !formula) return;
      if (formula !== (cellType === 'Formulas')) return;
      if (kinds.includes(kindOf(formula ? calc.value(t.sheet, r, c) : cell.value))) hit.push([r, c]);
    });
  }
  // Runs down each column, then side-by-side runs of the same rows joined.
  hit.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: Area[] = [];
  for (const [r, c] of hit) {
    const last = runs[runs.length - 1];
    if (last && last.left === c && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const out: Area[] = [];
  for (const a of runs) {
    const last = out[out.length - 1];
    if (last && last.top === a.top && last.bottom === a.bottom && last.right === a.left - 1) last.right = a.right;
    else out.push({ ...a });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function calcOf(self: ClientObject<any>): Calc {
  return new Calc(self.context._wb);
}

/** Change cell contents through the API: raises Worksheet.onChanged after the sync. */
function edited(self: ClientObject<any>, t: RangeT, write: () => void): void {
  self.context._host.recordChange(recordEdit(self.context._wb, t.sheet, t.area, true, write));
}

const RANGE_DEFS: Defs<RangeT> = {
  address: { get: (t) => sheetAddress(t.sheet, t.area) },
  addressLocal: { get: (t) => sheetAddress(t.sheet, t.area) },
  rowIndex: { get: (t) => t.area.top },
  columnIndex: { get: (t) => t.area.left },
  rowCount: { get: (t) => t.area.bottom - t.area.top + 1 },
  columnCount: { get: (t) => t.area.right - t.area.left + 1 },
  cellCount: { get: (t) => cellCount(t.area) },
  isEntireColumn: { get: (t) => t.area.top === 0 && t.area.bottom === MAX_ROWS - 1 },
  isEntireRow: { get: (t) => t.area.left === 0 && t.area.right === MAX_COLS - 1 },
  values: {
    get: (t, self) => {
      const calc = calcOf(self);
      return readMatrix(t, 'Range.values', (r, c) => apiValue(calc.value(t.sheet, r, c)));
    },
    set: (t, v, location, self) => edited(self, t, () => writeMatrix(t, v, location, isInput, (r, c, x) => writeInput(t.sheet, r, c, x, location))),
  },
  formulas: {
    get: (t) => readMatrix(t, 'Range.formulas', (r, c) => formulaOf(t.sheet.get(r, c))),
    set: (t, v, location, self) => edited(self, t, () => writeMatrix(t, v, location, isInput, (r, c, x) => writeInput(t.sheet, r, c, x, location))),
  },
  numberFormat: {
    get: (t) => readMatrix(t, 'Range.numberFormat', (r, c) => t.sheet.get(r, c)?.numberFormat ?? 'General'),
    set: (t, v, location) =>
      writeMatrix(
        t,
        v,
        location,
        (x) => typeof x === 'string' || typeof x === 'number',
        (r, c, x) => {
          const f = String(x);
          const cell = t.sheet.touch(r, c);
          if (f === '' || f === 'General') delete cell.numberFormat;
          else cell.numberFormat = f;
          t.sheet.prune(r, c);
        }
      ),
  },
  text: {
    get: (t, self) => {
      const calc = calcOf(self);
      return readMatrix(t, 'Range.text', (r, c) => displayText(calc.value(t.sheet, r, c), t.sheet.get(r, c)?.numberFormat ?? 'General'));
    },
  },
  valueTypes: {
    get: (t, self) => {
      const calc = calcOf(self);
      return readMatrix(t, 'Range.valueTypes', (r, c) => valueType(calc.value(t.sheet, r, c)));
    },
  },
};
RANGE_DEFS.formulasLocal = RANGE_DEFS.formulas;
RANGE_DEFS.numberFormatLocal = RANGE_DEFS.numberFormat;
installProps(RangeProxy, Object.keys(RANGE_DEFS));

function formulaOf(cell: Cell | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  return cell.value ?? '';
}

// ---------------------------------------------------------------- format

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function enumSetter(values: string[], apply: (f: CellFormat, v: string) => void) {
  return (t: RangeT, v: unknown, location: string) => {
    if (typeof v !== 'string' || !values.includes(v)) invalid(location);
    eachFormat(t, location, (f) => apply(f, v));
  };
}

function boolSetter(apply: (f: CellFormat, v: boolean) => void) {
  return (t: RangeT, v: unknown, location: string) => {
    if (typeof v !== 'boolean') invalid(location);
    eachFormat(t, location, (f) => apply(f, v));
  };
}

export class RangeFormatProxy extends ClientObject<RangeT> {
  get _class() {
    return 'RangeFormat';
  }
  _defs(): Defs<RangeT> {
    return FORMAT_DEFS;
  }
  override _navs() {
    return { font: () => this.font, fill: () => this.fill, borders: () => this.borders };
  }

  get font(): RangeFontProxy {
    return this._nav('font', () => new RangeFontProxy(this.context, `${this._path}.font`, () => this._resolve()));
  }

  get fill(): RangeFillProxy {
    return this._nav('fill', () => new RangeFillProxy(this.context, `${this._path}.fill`, () => this._resolve()));
  }

  get borders(): RangeBorderCollectionProxy {
    return this._nav('borders', () => new RangeBorderCollectionProxy(this.context, `${this._path}.borders`, () => this._resolve()));
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], (t, location) => {
      writable(t.sheet, location);
      autofitColumns(t, calcOf(this));
    });
  }

  autofitRows(): void {
    this._call('autofitRows', [], (t, location) => {
      writable(t.sheet, location);
      autofitRows(t);
    });
  }
}

function sizeSetter(map: (s: SheetModel) => Map<number, number>, from: (a: Area) => number, to: (a: Area) => number) {
  return (t: RangeT, v: unknown, location: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) invalid(location);
    writable(t.sheet, location);
    for (let i = from(t.area); i <= to(t.area); i++) map(t.sheet).set(i, v);
  };
}

function sizeGetter(map: (s: SheetModel) => Map<number, number>, from: (a: Area) => number, to: (a: Area) => number, dflt: number) {
  return (t: RangeT) => {
    const first = map(t.sheet).get(from(t.area)) ?? dflt;
    for (let i = from(t.area) + 1; i <= to(t.area); i++) if ((map(t.sheet).get(i) ?? dflt) !== first) return null;
    return first;
  };
}

const FORMAT_DEFS: Defs<RangeT> = {
  horizontalAlignment: {
    get: (t) => uniform(t, (c) => c?.fmt?.horizontal ?? 'General'),
    set: enumSetter(HORIZONTAL, (f, v) => (f.horizontal = v === 'General' ? undefined : v)),
  },
  verticalAlignment: {
    get: (t) => uniform(t, (c) => c?.fmt?.vertical ?? 'Bottom'),
    set: enumSetter(VERTICAL, (f, v) => (f.vertical = v === 'Bottom' ? undefined : v)),
  },
  wrapText: {
    get: (t) => uniform(t, (c) => c?.fmt?.wrap ?? false),
    set: boolSetter((f, v) => (f.wrap = v || undefined)),
  },
  columnWidth: {
    get: sizeGetter(
      (s) => s.colWidths,
      (a) => a.left,
      (a) => a.right,
      DEFAULT_COLUMN_WIDTH
    ),
    set: sizeSetter(
      (s) => s.colWidths,
      (a) => a.left,
      (a) => a.right
    ),
  },
  rowHeight: {
    get: sizeGetter(
      (s) => s.rowHeights,
      (a) => a.top,
      (a) => a.bottom,
      DEFAULT_ROW_HEIGHT
    ),
    set: sizeSetter(
      (s) => s.rowHeights,
      (a) => a.top,
      (a) => a.bottom
    ),
  },
};
installProps(RangeFormatProxy, Object.keys(FORMAT_DEFS));

export class RangeFontProxy extends ClientObject<RangeT> {
  get _class() {
    return 'RangeFont';
  }
  _defs(): Defs<RangeT> {
    return FONT_DEFS;
  }
}

const FONT_DEFS: Defs<RangeT> = {
  bold: {
    get: (t) => uniform(t, (c) => c?.fmt?.bold ?? false),
    set: boolSetter((f, v) => (f.bold = v || undefined)),
  },
  italic: {
    get: (t) => uniform(t, (c) => c?.fmt?.italic ?? false),
    set: boolSetter((f, v) => (f.italic = v || undefined)),
  },
  name: {
    get: (t) => uniform(t, (c) => c?.fmt?.fontName ?? DEFAULT_FONT.name),
    set: (t, v, location) => {
      if (typeof v !== 'string' || !v.trim()) invalid(location);
      eachFormat(t, location, (f) => (f.fontName = v === DEFAULT_FONT.name ? undefined : v));
    },
  },
  size: {
    get: (t) => uniform(t, (c) => c?.fmt?.fontSize ?? DEFAULT_FONT.size),
    set: (t, v, location) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) invalid(location);
      eachFormat(t, location, (f) => (f.fontSize = v === DEFAULT_FONT.size ? undefined : v));
    },
  },
  color: {
    get: (t) => uniform(t, (c) => c?.fmt?.fontColor ?? DEFAULT_FONT.color),
    set: (t, v, location) => {
      const c = normalizeColor(v);
      if (!c) invalid(location);
      eachFormat(t, location, (f) => (f.fontColor = c === DEFAULT_FONT.color ? undefined : c));
    },
  },
};
installProps(RangeFontProxy, Object.keys(FONT_DEFS));

export class RangeFillProxy extends ClientObject<RangeT> {
  get _class() {
    return 'RangeFill';
  }
  _defs(): Defs<RangeT> {
    return FILL_DEFS;
  }

  clear(): void {
    this._call('clear', [], (t, location) => eachFormat(t, location, (f) => (f.fill = undefined)));
  }
}

const FILL_DEFS: Defs<RangeT> = {
  color: {
    get: (t) => uniform(t, (c) => c?.fmt?.fill ?? '#FFFFFF'),
    set: (t, v, location) => {
      if (v === '') {
        eachFormat(t, location, (f) => (f.fill = undefined));
        return;
      }
      const c = normalizeColor(v);
      if (!c) invalid(location);
      eachFormat(t, location, (f) => (f.fill = c));
    },
  },
};
installProps(RangeFillProxy, Object.keys(FILL_DEFS));

// ---------------------------------------------------------------- borders

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const DEFAULT_BORDER: BorderSpec = { style: 'Continuous', weight: 'Thin', color: '#000000' };

interface BorderT {
  range: RangeT;
  index: string;
}

/** The cell edges one border index of a range stands for. */
function borderEdges(b: BorderT): [number, number, Side][] {
  const a = b.range.area;
  const out: [number, number, Side][] = [];
  const cols = (row: number, side: Side) => {
    for (let c = a.left; c <= a.right; c++) out.push([row, c, side]);
  };
  const rows = (col: number, side: Side) => {
    for (let r = a.top; r <= a.bottom; r++) out.push([r, col, side]);
  };
  switch (b.index) {
    case 'EdgeTop':
      cols(a.top, 'top');
      break;
    case 'EdgeBottom':
      cols(a.bottom, 'bottom');
      break;
    case 'EdgeLeft':
      rows(a.left, 'left');
      break;
    case 'EdgeRight':
      rows(a.right, 'right');
      break;
    case 'InsideHorizontal':
      for (let r = a.top; r < a.bottom; r++) cols(r, 'bottom');
      break;
    case 'InsideVertical':
      for (let c = a.left; c < a.right; c++) rows(c, 'right');
      break;
    default:
      break; // diagonals are not modelled
  }
  return out;
}

export class RangeBorderCollectionProxy extends CollectionProxy<RangeT, BorderT> {
  get _class() {
    return 'RangeBorderCollection';
  }
  _defs(): Defs<RangeT> {
    return {};
  }
  _itemTargets(t: RangeT): BorderT[] {
    return BORDER_INDEXES.slice(0, 6).map((index) => ({ range: t, index }));
  }
  _makeItem(b: BorderT, i: number): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._path}.items[${i}]`, () => b);
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._path}.getItem(${JSON.stringify(index)})`, () => {
      const t = this._resolve();
      if (!t) return null;
      if (!BORDER_INDEXES.includes(index)) invalid('RangeBorderCollection.getItem');
      return { range: t, index };
    });
  }
}

export class RangeBorderProxy extends ClientObject<BorderT> {
  get _class() {
    return 'RangeBorder';
  }
  _defs(): Defs<BorderT> {
    return BORDER_DEFS;
  }
}

function borderRead(field: keyof BorderSpec, none: string) {
  return (b: BorderT) => {
    const edges = borderEdges(b);
    if (!edges.length) return none;
    let first: string | undefined;
    for (const [r, c, side] of edges) {
      const v = edgeOf(b.range.sheet, r, c, side)?.[field] ?? none;
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
    return first;
  };
}

function borderWrite(field: keyof BorderSpec, check: (v: unknown) => string | null) {
  return (b: BorderT, v: unknown, location: string) => {
    const value = check(v);
    if (value === null) invalid(location);
    writable(b.range.sheet, location);
    for (const [r, c, side] of borderEdges(b)) {
      if (field === 'style' && value === 'None') {
        setEdge(b.range.sheet, r, c, side, undefined);
        continue;
      }
      const current = edgeOf(b.range.sheet, r, c, side) ?? DEFAULT_BORDER;
      setEdge(b.range.sheet, r, c, side, { ...current, [field]: value });
    }
  };
}

const BORDER_DEFS: Defs<BorderT> = {
  sideIndex: { get: (b) => b.index },
  style: {
    get: borderRead('style', 'None'),
    set: borderWrite('style', (v) => (typeof v === 'string' && BORDER_STYLES.includes(v) ? v : null)),
  },
  weight: {
    get: borderRead('weight', 'Thin'),
    set: borderWrite('weight', (v) => (typeof v === 'string' && BORDER_WEIGHTS.includes(v) ? v : null)),
  },
  color: {
    get: borderRead('color', '#000000'),
    set: borderWrite('color', normalizeColor),
  },
};
installProps(RangeBorderProxy, Object.keys(BORDER_DEFS));

// ---------------------------------------------------------------- range areas

interface AreasT {
  sheet: SheetModel;
  areas: Area[];
}

export class RangeAreasProxy extends ClientObject<AreasT> {
  get _class() {
    return 'RangeAreas';
  }
  _defs(): Defs<AreasT> {
    return AREAS_DEFS;
  }
  override _navs() {
    return { areas: () => this.areas };
  }

  get areas(): RangeCollectionProxy {
    return this._nav('areas', () => new RangeCollectionProxy(this.context, `${this._path}.areas`, () => this._resolve()));
  }
}

const areasAddress = (t: AreasT) => t.areas.map((a) => sheetAddress(t.sheet, a)).join(', ');

const AREAS_DEFS: Defs<AreasT> = {
  address: { get: areasAddress },
  addressLocal: { get: areasAddress },
  areaCount: { get: (t) => t.areas.length },
  cellCount: { get: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0) },
};
installProps(RangeAreasProxy, Object.keys(AREAS_DEFS));

export class RangeCollectionProxy extends CollectionProxy<AreasT, RangeT> {
  get _class() {
    return 'RangeCollection';
  }
  _defs(): Defs<AreasT> {
    return {};
  }
  _itemTargets(t: AreasT): RangeT[] {
    return t.areas.map((area) => ({ sheet: t.sheet, area }));
  }
  _makeItem(r: RangeT, i: number): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.items[${i}]`, () => r);
  }
}

// ---------------------------------------------------------------- names

/** What a name refers to, from a Range proxy or a formula string. */
function nameTarget(wb: WorkbookModel, reference: unknown, location: string): Pick<NameModel, 'sheet' | 'area' | 'formula'> {
  if (reference instanceof RangeProxy) {
    const t = reference._resolve();
    if (!t) invalid(location);
    return { sheet: t.sheet, area: { ...t.area } };
  }
  if (typeof reference !== 'string' || !reference.trim()) invalid(location);
  const formula = reference.trim().startsWith('=') ? reference.trim() : `=${reference.trim()}`;
  const { sheet, address } = splitSheetAddress(formula);
  const area = parseRangeAddress(address);
  if (area) {
    const s = sheet === undefined ? wb.active : wb.sheet(sheet);
    if (!s) throw officeError('InvalidReference', location);
    return { sheet: s, area };
  }
  if (sheet !== undefined) throw officeError('InvalidReference', location);
  return { formula };
}

export class NamedItemCollectionProxy extends CollectionProxy<WorkbookModel, NameModel> {
  get _class() {
    return 'NamedItemCollection';
  }
  _defs(): Defs<WorkbookModel> {
    return {};
  }
  _itemTargets(wb: WorkbookModel): NameModel[] {
    return Array.from(wb.names.values());
  }
  _makeItem(n: NameModel, i: number): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this._path}.items[${i}]`, () => n);
  }

  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    let created: NameModel | undefined;
    this._call('add', comment === undefined ? [name, reference] : [name, reference, comment], (wb, location) => {
      if (typeof name !== 'string' || !isValidName(name)) invalid(location);
      if (wb.names.has(name.toUpperCase())) throw officeError('ItemAlreadyExists', location);
      created = { name, ...nameTarget(wb, reference, location), comment: comment ?? '', visible: true };
      wb.names.set(name.toUpperCase(), created);
    });
    return new NamedItemProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw officeError('ItemNotFound', 'NamedItemCollection.add');
      return created;
    });
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const n = this._resolve()!.names.get(String(name).toUpperCase());
      if (!n) throw officeError('ItemNotFound', 'NamedItemCollection.getItem');
      return n;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this._resolve()!.names.get(String(name).toUpperCase()) ?? null
    )._instantiate();
  }

  getCount(): ClientResult<number> {
    return resultOf(this, 'getCount', () => this._resolve()!.names.size);
  }
}

export class NamedItemProxy extends ClientObject<NameModel> {
  get _class() {
    return 'NamedItem';
  }
  _defs(): Defs<NameModel> {
    return NAMED_ITEM_DEFS;
  }

  delete(): void {
    this._call('delete', [], (n, location) => {
      const wb = this.context._wb;
      if (n.deleted || wb.names.get(n.name.toUpperCase()) !== n) throw officeError('ItemNotFound', location);
      wb.names.delete(n.name.toUpperCase());
      n.deleted = true;
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, () => {
      const n = this._resolve();
      if (!n) return null;
      if (!n.sheet || !n.area || n.sheet.deleted) throw officeError('InvalidReference', 'NamedItem.getRange');
      return { sheet: n.sheet, area: n.area };
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRangeOrNullObject()`, () => {
      const n = this._resolve();
      if (!n || !n.sheet || !n.area || n.sheet.deleted) return null;
      return { sheet: n.sheet, area: n.area };
    })._instantiate();
  }
}

const NAMED_ITEM_DEFS: Defs<NameModel> = {
  name: { get: (n) => n.name },
  type: { get: nameType },
  value: { get: nameValue },
  formula: {
    get: nameFormula,
    set: (n, v, location, self: NamedItemProxy) => {
      const t = nameTarget(self.context._wb, v, location);
      n.sheet = t.sheet;
      n.area = t.area;
      n.formula = t.formula;
    },
  },
  comment: {
    get: (n) => n.comment,
    set: (n, v, location) => {
      if (typeof v !== 'string') invalid(location);
      n.comment = v;
    },
  },
  visible: {
    get: (n) => n.visible,
    set: (n, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      n.visible = v;
    },
  },
  scope: { get: () => 'Workbook' },
};
installProps(NamedItemProxy, Object.keys(NAMED_ITEM_DEFS));

// ---------------------------------------------------------------- conditional formats

/** Excel.ConditionalFormatType values. */
const CONDITIONAL_FORMAT_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

function liveFormats(sheet: SheetModel): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((cf) => !cf.deleted);
}

/** The conditional formats that intersect a range, highest priority first. */
function formatsOn(t: RangeT): ConditionalFormatModel[] {
  return liveFormats(t.sheet).filter((cf) => cf.areas.some((a) => intersects(a, t.area)));
}

/** Take a range out of the conditional formats of its sheet (Clear Formats, clearAll). */
function clearConditionalFormats(t: RangeT): void {
  for (const cf of t.sheet.conditionalFormats) {
    if (!cf.areas.some((a) => intersects(a, t.area))) continue;
    cf.areas = cf.areas.flatMap((a) => subtractArea(a, t.area));
    if (!cf.areas.length) cf.deleted = true;
  }
  t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !cf.deleted);
}

function deleteFormat(cf: ConditionalFormatModel, location: string): void {
  if (cf.deleted || cf.sheet.deleted) throw officeError('ItemNotFound', location);
  writable(cf.sheet, location);
  cf.deleted = true;
  cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((x) => x !== cf);
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<RangeT, ConditionalFormatModel> {
  get _class() {
    return 'ConditionalFormatCollection';
  }
  _defs(): Defs<RangeT> {
    return {};
  }
  _itemTargets(t: RangeT): ConditionalFormatModel[] {
    return formatsOn(t);
  }
  _makeItem(cf: ConditionalFormatModel, i: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this._path}.items[${i}]`, () => cf);
  }

  /** A new conditional format on the range, at the top priority. */
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | undefined;
    this._call('add', [type], (t, location) => {
      if (!CONDITIONAL_FORMAT_TYPES.includes(type)) invalid(location);
      writable(t.sheet, location);
      created = {
        id: this.context._wb.newConditionalFormatId(),
        sheet: t.sheet,
        type,
        areas: [{ ...t.area }],
        format: {},
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.unshift(created);
    });
    return new ConditionalFormatProxy(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw officeError('ItemNotFound', 'ConditionalFormatCollection.add');
      return created;
    });
  }

  /** Remove conditional formatting from the range's cells (formats that reach beyond it are trimmed). */
  clearAll(): void {
    this._call('clearAll', [], (t, location) => {
      writable(t.sheet, location);
      clearConditionalFormats(t);
    });
  }

  getCount(): ClientResult<number> {
    return resultOf(this, 'getCount', () => {
      const t = this._resolve();
      return t ? formatsOn(t).length : 0;
    });
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const t = this._resolve();
      const cf = t ? formatsOn(t).find((x) => x.id === id) : undefined;
      if (!cf) throw officeError('ItemNotFound', 'ConditionalFormatCollection.getItem');
      return cf;
    });
  }

  getItemOrNullObject(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(id)})`, () => {
      const t = this._resolve();
      return (t && formatsOn(t).find((x) => x.id === id)) || null;
    })._instantiate();
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._resolve();
      const cf = t && isInt(index) ? formatsOn(t)[index] : undefined;
      if (!cf) throw officeError('ItemNotFound', 'ConditionalFormatCollection.getItemAt');
      return cf;
    });
  }
}

export class ConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'ConditionalFormat';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return CONDITIONAL_FORMAT_DEFS;
  }
  override _navs() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  /** The rule and format of a Custom conditional format; any other type fails at sync. */
  get custom(): CustomConditionalFormatProxy {
    return this._nav(
      'custom',
      () =>
        new CustomConditionalFormatProxy(this.context, `${this._path}.custom`, () => {
          const cf = this._resolve();
          if (!cf) return null;
          if (cf.type !== 'Custom') {
            throw officeError('InvalidOperation', 'ConditionalFormat.custom', 'This operation is not permitted for the current object.');
          }
          return cf;
        })
    );
  }

  /** As `custom`, but a null object for other types. */
  get customOrNullObject(): CustomConditionalFormatProxy {
    return this._nav('customOrNullObject', () => {
      const p = new CustomConditionalFormatProxy(this.context, `${this._path}.customOrNullObject`, () => {
        const cf = this._resolve();
        return cf && cf.type === 'Custom' ? cf : null;
      });
      // Reached by a load path during a sync, the load resolves it.
      return this.context._inSync ? p : p._instantiate();
    });
  }

  delete(): void {
    this._call('delete', [], (cf, location) => deleteFormat(cf, location));
  }

  /** The range it applies to; InvalidOperation when it applies to several areas. */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, () => {
      const cf = this._resolve();
      if (!cf) return null;
      if (cf.deleted) throw officeError('ItemNotFound', 'ConditionalFormat.getRange');
      if (cf.areas.length !== 1) throw officeError('InvalidOperation', 'ConditionalFormat.getRange');
      return { sheet: cf.sheet, area: { ...cf.areas[0] } };
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRangeOrNullObject()`, () => {
      const cf = this._resolve();
      if (!cf || cf.deleted || cf.areas.length !== 1) return null;
      return { sheet: cf.sheet, area: { ...cf.areas[0] } };
    })._instantiate();
  }

  /** The areas it applies to (ExcelApi 1.9). */
  getRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this._path}.getRanges()`, () => {
      const cf = this._resolve();
      if (!cf) return null;
      if (cf.deleted) throw officeError('ItemNotFound', 'ConditionalFormat.getRanges');
      return { sheet: cf.sheet, areas: cf.areas.map((a) => ({ ...a })) };
    });
  }
}

const CONDITIONAL_FORMAT_DEFS: Defs<ConditionalFormatModel> = {
  id: { get: (cf) => cf.id },
  type: { get: (cf) => cf.type },
  priority: {
    get: (cf) => liveFormats(cf.sheet).indexOf(cf),
    set: (cf, v, location) => {
      if (!isInt(v)) invalid(location);
      writable(cf.sheet, location);
      const list = cf.sheet.conditionalFormats.filter((x) => x !== cf);
      const at = v < 0 ? Math.max(0, list.length + 1 + v) : Math.min(v, list.length);
      list.splice(at, 0, cf);
      cf.sheet.conditionalFormats = list;
    },
  },
  stopIfTrue: {
    get: (cf) => (cf.type === 'DataBar' || cf.type === 'IconSet' || cf.type === 'ColorScale' ? null : cf.stopIfTrue),
    set: (cf, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      cf.stopIfTrue = v;
    },
  },
};
installProps(ConditionalFormatProxy, Object.keys(CONDITIONAL_FORMAT_DEFS));

export class CustomConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'CustomConditionalFormat';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return {};
  }
  override _navs() {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRuleProxy {
    return this._nav('rule', () => new ConditionalFormatRuleProxy(this.context, `${this._path}.rule`, () => this._resolve()));
  }

  get format(): ConditionalRangeFormatProxy {
    return this._nav('format', () => new ConditionalRangeFormatProxy(this.context, `${this._path}.format`, () => this._resolve()));
  }
}

export class ConditionalFormatRuleProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'ConditionalFormatRule';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return RULE_DEFS;
  }
}

function setRuleFormula(cf: ConditionalFormatModel, v: unknown, location: string): void {
  if (typeof v !== 'string' || !v.trim()) invalid(location);
  writable(cf.sheet, location);
  const f = v.trim().startsWith('=') ? v.trim() : `=${v.trim()}`;
  try {
    cf.ast = parseFormula(f);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) invalid(location);
    throw e;
  }
  cf.formula = f;
}

const RULE_DEFS: Defs<ConditionalFormatModel> = {
  formula: { get: (cf) => cf.formula ?? null, set: setRuleFormula },
  formulaLocal: { get: (cf) => cf.formula ?? null, set: setRuleFormula },
};
installProps(ConditionalFormatRuleProxy, Object.keys(RULE_DEFS));

export class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'ConditionalRangeFormat';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return {};
  }
  override _navs() {
    return { fill: () => this.fill, font: () => this.font };
  }

  get fill(): ConditionalRangeFillProxy {
    return this._nav('fill', () => new ConditionalRangeFillProxy(this.context, `${this._path}.fill`, () => this._resolve()));
  }

  get font(): ConditionalRangeFontProxy {
    return this._nav('font', () => new ConditionalRangeFontProxy(this.context, `${this._path}.font`, () => this._resolve()));
  }
}

export class ConditionalRangeFillProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'ConditionalRangeFill';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return CF_FILL_DEFS;
  }

  clear(): void {
    this._call('clear', [], (cf) => {
      delete cf.format.fill;
    });
  }
}

const CF_FILL_DEFS: Defs<ConditionalFormatModel> = {
  color: {
    get: (cf) => cf.format.fill ?? null,
    set: (cf, v, location) => {
      const c = normalizeColor(v);
      if (!c) invalid(location);
      writable(cf.sheet, location);
      cf.format.fill = c;
    },
  },
};
installProps(ConditionalRangeFillProxy, Object.keys(CF_FILL_DEFS));

export class ConditionalRangeFontProxy extends ClientObject<ConditionalFormatModel> {
  get _class() {
    return 'ConditionalRangeFont';
  }
  _defs(): Defs<ConditionalFormatModel> {
    return CF_FONT_DEFS;
  }

  clear(): void {
    this._call('clear', [], (cf) => {
      delete cf.format.fontColor;
      delete cf.format.bold;
      delete cf.format.italic;
    });
  }
}

const CF_FONT_DEFS: Defs<ConditionalFormatModel> = {
  color: {
    get: (cf) => cf.format.fontColor ?? null,
    set: (cf, v, location) => {
      const c = normalizeColor(v);
      if (!c) invalid(location);
      cf.format.fontColor = c;
    },
  },
  bold: {
    get: (cf) => cf.format.bold ?? null,
    set: (cf, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      cf.format.bold = v;
    },
  },
  italic: {
    get: (cf) => cf.format.italic ?? null,
    set: (cf, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      cf.format.italic = v;
    },
  },
};
installProps(ConditionalRangeFontProxy, Object.keys(CF_FONT_DEFS));

// ---------------------------------------------------------------- settings

interface SettingT {
  key: string;
}

/** A value as Excel keeps a setting: JSON text. InvalidArgument for what JSON cannot hold. */
function settingJson(v: unknown, location: string): string {
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') invalid(location);
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    invalid(location);
  }
  if (json === undefined) invalid(location);
  return json;
}

function checkSettingKey(key: unknown, location: string): string {
  if (typeof key !== 'string' || !key) invalid(location);
  return key;
}

export class SettingCollectionProxy extends CollectionProxy<WorkbookModel, SettingT> {
  get _class() {
    return 'SettingCollection';
  }
  _defs(): Defs<WorkbookModel> {
    return {};
  }
  _itemTargets(wb: WorkbookModel): SettingT[] {
    return Array.from(wb.settings.keys()).map((key) => ({ key }));
  }
  _makeItem(t: SettingT, i: number): SettingProxy {
    return new SettingProxy(this.context, `${this._path}.items[${i}]`, () => t);
  }

  /** Set a setting, replacing one with the same key. */
  add(key: string, value: unknown): SettingProxy {
    // The value is serialized when the call is queued, as Office.js does.
    let json: string | null = null;
    try {
      json = settingJson(value, 'SettingCollection.add');
    } catch {
      json = null;
    }
    this._call('add', [key, json], (wb, location) => {
      checkSettingKey(key, location);
      if (json === null) invalid(location);
      wb.settings.set(key, json);
    });
    return new SettingProxy(this.context, `${this._path}.add(${JSON.stringify(key)})`, () => {
      if (!this._resolve()!.settings.has(key)) throw officeError('ItemNotFound', 'SettingCollection.add');
      return { key };
    });
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      if (!this._resolve()!.settings.has(key)) throw officeError('ItemNotFound', 'SettingCollection.getItem');
      return { key };
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () =>
      this._resolve()!.settings.has(key) ? { key } : null
    )._instantiate();
  }

  getCount(): ClientResult<number> {
    return resultOf(this, 'getCount', () => this._resolve()!.settings.size);
  }
}

export class SettingProxy extends ClientObject<SettingT> {
  get _class() {
    return 'Setting';
  }
  _defs(): Defs<SettingT> {
    return SETTING_DEFS;
  }

  delete(): void {
    this._call('delete', [], (t, location) => {
      const wb = this.context._wb;
      if (!wb.settings.has(t.key)) throw officeError('ItemNotFound', location);
      wb.settings.delete(t.key);
    });
  }
}

function settingValue(wb: WorkbookModel, t: SettingT): unknown {
  const json = wb.settings.get(t.key);
  if (json === undefined) throw officeError('ItemNotFound', 'Setting.value');
  return JSON.parse(json);
}

const SETTING_DEFS: Defs<SettingT> = {
  key: { get: (t) => t.key },
  value: {
    get: (t, self: SettingProxy) => settingValue(self.context._wb, t),
    set: (t, v, location, self: SettingProxy) => {
      const wb = self.context._wb;
      if (!wb.settings.has(t.key)) throw officeError('ItemNotFound', location);
      wb.settings.set(t.key, settingJson(v, location));
    },
  },
};
installProps(SettingProxy, Object.keys(SETTING_DEFS));

// ---------------------------------------------------------------- events

/** OfficeExtension.EventHandlerResult: remove() takes effect at the next sync of its context. */
export class EventHandlerResultProxy {
  constructor(
    readonly context: RequestContext,
    private readonly handlers: EventHandlersProxy,
    private readonly handler: ChangedHandler
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/**
 * OfficeExtension.EventHandlers for onChanged: add and remove are queued
 * and take effect at the next sync, as in Excel.
 */
export class EventHandlersProxy {
  /** The scope each handler was registered with (a sheet id, or null for every sheet). */
  private readonly scopes = new Map<ChangedHandler, string | null>();

  constructor(
    private readonly context: RequestContext,
    private readonly path: string,
    /** The sheet id the event is for (null: every sheet); runs at sync. */
    private readonly scope: (location: string) => string | null
  ) {}

  add(handler: ChangedHandler): EventHandlerResultProxy {
    const location = 'EventHandlers.add';
    this.context._enqueue({
      payload: { path: this.path, call: 'add', args: [] },
      describe: `${this.path}.add()`,
      mutates: false,
      exec: () => {
        if (typeof handler !== 'function') invalid(location);
        const scope = this.scope(location);
        this.scopes.set(handler, scope);
        this.context._host.events.add(scope, handler, this.context);
      },
    });
    return new EventHandlerResultProxy(this.context, this, handler);
  }

  remove(handler: ChangedHandler): void {
    this.context._enqueue({
      payload: { path: this.path, call: 'remove', args: [] },
      describe: `${this.path}.remove()`,
      mutates: false,
      exec: () => {
        if (!this.scopes.has(handler)) return;
        this.context._host.events.remove(this.scopes.get(handler)!, handler, this.context);
        this.scopes.delete(handler);
      },
    });
  }
}
