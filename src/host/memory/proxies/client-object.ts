/**
 * OfficeExtension's client objects: what `load` accepts, ClientObject
 * (the base of every proxy: a property is readable once a sync has loaded
 * it; setting it, calling a method or loading queues an operation for the
 * next sync), collections and their `items`, and ClientResult for the
 * methods that return a plain value (getCount…).
 */
import { officeError, propertyNotLoaded } from '../office-error';
import { jsonBytes } from '../payload';
import type { RequestContext } from './context';

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

// ---------------------------------------------------------------- client objects

interface PropDef<T> {
  get?: (t: T, self: any) => unknown;
  set?: (t: T, v: unknown, location: string, self: any) => void;
}

export type Defs<T> = Record<string, PropDef<T>>;

export function describeArg(a: unknown): string {
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
export function installProps(cls: { prototype: object }, names: string[]): void {
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

export abstract class CollectionProxy<T, I> extends ClientObject<T> {
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

export function resultOf<V>(owner: ClientObject<any>, name: string, compute: () => V): ClientResult<V> {
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
