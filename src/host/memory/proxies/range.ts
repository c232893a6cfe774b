/**
 * Excel.Range: its address and size, values, formulas, number formats and
 * text; the ranges derived from it (cells, rows, columns, offsets,
 * intersections); merging, clearing, copying, selecting, cell properties.
 * And Excel.RangeAreas and RangeCollection, the several rectangles that
 * getSpecialCells and getMergedAreasOrNullObject return.
 */
import { formatFromLocal, formulaFromLocal, localFormat, localFormula, localNumberText } from '../locale';
import type { XlRange, XlRangeAreas, XlRangeCollection } from '../../excel-api';
import { splitSheetAddress, type Area } from '../../../engine/grid';
import {
  apiValue,
  cellCount,
  contains,
  displayText,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  sheetAddress,
  valueType,
  writeInput,
  type Cell,
  type SheetModel,
} from '../model';
import { parseFormula } from '../formula';
import { moveFormula } from '../formula-text';
import { recordEdit } from '../events';
import { officeError } from '../office-error';
import { jsonBytes } from '../payload';
import { applySettableFormat, cellProperties, cellPropsSpec, settableFormat } from './cell-properties';
import { ClientObject, ClientResult, CollectionProxy, describeArg, installProps, type Defs } from './client-object';
import { ConditionalFormatCollectionProxy } from './conditional-formats';
import { RangeFormatProxy } from './format';
import { CLEAR_KINDS, clearRange, COPY_TYPES, copyCell, isInput, merge, readMatrix, specialCells, unmerge, writeMatrix } from './range-cells';
import { calcOf, CELL_LIMIT, checkArea, clearsUndoHistory, invalid, isInt, resolveAddress, writable, type RangeT } from './shared';
import { WorksheetProxy } from './worksheet';

export class RangeProxy extends ClientObject<RangeT> implements XlRange {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly address: Excel.Range['address'];
  declare readonly addressLocal: Excel.Range['addressLocal'];
  declare readonly rowIndex: Excel.Range['rowIndex'];
  declare readonly columnIndex: Excel.Range['columnIndex'];
  declare readonly rowCount: Excel.Range['rowCount'];
  declare readonly columnCount: Excel.Range['columnCount'];
  declare readonly cellCount: Excel.Range['cellCount'];
  declare readonly isEntireColumn: Excel.Range['isEntireColumn'];
  declare readonly isEntireRow: Excel.Range['isEntireRow'];
  declare values: Excel.Range['values'];
  declare formulas: Excel.Range['formulas'];
  declare numberFormat: Excel.Range['numberFormat'];
  declare formulasLocal: Excel.Range['formulasLocal'];
  declare numberFormatLocal: Excel.Range['numberFormatLocal'];
  declare readonly text: Excel.Range['text'];
  declare readonly valueTypes: Excel.Range['valueTypes'];
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
      // Excel for Windows forgets its undo history here (office-js #5918).
      clearsUndoHistory(this);
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
  getCellProperties(cellPropertiesLoadOptions: unknown): ClientResult<Excel.CellProperties[][]> {
    const result = new ClientResult<Excel.CellProperties[][]>();
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
      return readMatrix(t, 'Range.text', (r, c) => {
        const v = calc.value(t.sheet, r, c);
        const shown = displayText(v, t.sheet.get(r, c)?.numberFormat ?? 'General');
        return typeof v === 'number' ? localNumberText(shown, t.sheet.locale) : shown;
      });
    },
  },
  valueTypes: {
    get: (t, self) => {
      const calc = calcOf(self);
      return readMatrix(t, 'Range.valueTypes', (r, c) => valueType(calc.value(t.sheet, r, c)));
    },
  },
};

// The user's regional style (locale.ts): the same cells, their formulas and formats written as the user's Excel shows them.
RANGE_DEFS.formulasLocal = {
  get: (t) =>
    readMatrix(t, 'Range.formulasLocal', (r, c) => {
      const f = formulaOf(t.sheet.get(r, c));
      return typeof f === 'string' ? localFormula(f, t.sheet.locale) : f;
    }),
  set: (t, v, location, self) =>
    edited(self, t, () =>
      writeMatrix(t, v, location, isInput, (r, c, x) => writeInput(t.sheet, r, c, typeof x === 'string' ? formulaFromLocal(x, t.sheet.locale) : x, location))
    ),
};

RANGE_DEFS.numberFormatLocal = {
  get: (t) => readMatrix(t, 'Range.numberFormatLocal', (r, c) => localFormat(t.sheet.get(r, c)?.numberFormat ?? 'General', t.sheet.locale)),
  set: (t, v, location, self) => {
    const local = v as unknown[][];
    RANGE_DEFS.numberFormat.set!(
      t,
      Array.isArray(local)
        ? local.map((row) => (Array.isArray(row) ? row.map((x) => (typeof x === 'string' ? formatFromLocal(x, t.sheet.locale) : x)) : row))
        : typeof v === 'string'
          ? formatFromLocal(v, t.sheet.locale)
          : v,
      location,
      self
    );
  },
};

installProps(RangeProxy, Object.keys(RANGE_DEFS));

function formulaOf(cell: Cell | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  return cell.value ?? '';
}

// ---------------------------------------------------------------- range areas

interface AreasT {
  sheet: SheetModel;
  areas: Area[];
}

export class RangeAreasProxy extends ClientObject<AreasT> implements XlRangeAreas {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly address: Excel.RangeAreas['address'];
  declare readonly addressLocal: Excel.RangeAreas['addressLocal'];
  declare readonly areaCount: Excel.RangeAreas['areaCount'];
  declare readonly cellCount: Excel.RangeAreas['cellCount'];
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

export class RangeCollectionProxy extends CollectionProxy<AreasT, RangeT> implements XlRangeCollection {
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
