/**
 * Excel.RangeFormat (alignment, wrapping, column widths and row heights,
 * autofit), Excel.RangeFont and Excel.RangeFill; the borders are in
 * borders.ts.
 */
import type { XlRangeFill, XlRangeFont, XlRangeFormat } from '../../excel-api';
import type { Area } from '../../../engine/grid';
import {
  cellCount,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  displayText,
  normalizeColor,
  type Calc,
  type Cell,
  type CellFormat,
  type SheetModel,
} from '../model';
import { RangeBorderCollectionProxy } from './borders';
import { ClientObject, installProps, type Defs } from './client-object';
import { calcOf, FORMAT_FILL_LIMIT, invalid, writable, type RangeT } from './shared';

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

export const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];

export const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

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

export class RangeFormatProxy extends ClientObject<RangeT> implements XlRangeFormat {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  declare verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  declare wrapText: Excel.RangeFormat['wrapText'];
  declare columnWidth: Excel.RangeFormat['columnWidth'];
  declare rowHeight: Excel.RangeFormat['rowHeight'];
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

export class RangeFontProxy extends ClientObject<RangeT> implements XlRangeFont {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare bold: Excel.RangeFont['bold'];
  declare italic: Excel.RangeFont['italic'];
  declare name: Excel.RangeFont['name'];
  declare size: Excel.RangeFont['size'];
  declare color: Excel.RangeFont['color'];
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

export class RangeFillProxy extends ClientObject<RangeT> implements XlRangeFill {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare color: Excel.RangeFill['color'];
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
