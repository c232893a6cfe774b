/**
 * Excel.WorksheetCollection and Excel.Worksheet: sheets by name or place,
 * added, renamed, activated and deleted, and the ranges a sheet hands out
 * (getRange, getCell, getRangeByIndexes, getUsedRange).
 */
import type { XlWorksheet, XlWorksheetCollection } from '../../excel-api';
import { MAX_COLS, MAX_ROWS, type SheetModel, type WorkbookModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, CollectionProxy, installProps, resultOf, type ClientResult, type Defs } from './client-object';
import { ChartCollectionProxy } from './charts';
import { EventHandlersProxy } from './event-handlers';
import { WorksheetFreezePanesProxy } from './freeze-panes';
import { PageLayoutProxy } from './page-layout';
import { WorksheetProtectionProxy } from './protection';
import { RangeProxy } from './range';
import { checkArea, invalid, isInt, resolveAddress, undoable } from './shared';

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

function checkSheetName(wb: WorkbookModel, name: unknown, location: string, self?: SheetModel): string {
  if (typeof name !== 'string' || !name.trim() || name.length > 31 || BAD_SHEET_CHARS.test(name)) invalid(location);
  if (name.startsWith("'") || name.endsWith("'")) invalid(location);
  const other = wb.sheet(name);
  if (other && other !== self) throw officeError('ItemAlreadyExists', location);
  return name;
}

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookModel, SheetModel> implements XlWorksheetCollection {
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

  /** Occurs when another sheet becomes the active one (ExcelApi 1.7). */
  get onActivated(): EventHandlersProxy<'activated'> {
    return (this._onActivated ??= new EventHandlersProxy(this.context, `${this._path}.onActivated`, () => null, 'activated'));
  }
  private _onActivated?: EventHandlersProxy<'activated'>;

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
      if (wb.protected) throw officeError('AccessDenied', location, 'The workbook structure is protected.');
      const n = name === undefined ? wb.freeSheetName() : checkSheetName(wb, name, location);
      created = wb.addSheet(n);
    });
    return new WorksheetProxy(this.context, `${this._path}.add(${JSON.stringify(name ?? null)})`, () => {
      if (!created) throw officeError('ItemNotFound', 'WorksheetCollection.add');
      return created;
    });
  }
}

export class WorksheetProxy extends ClientObject<SheetModel> implements XlWorksheet {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare name: Excel.Worksheet['name'];
  declare readonly id: Excel.Worksheet['id'];
  declare readonly position: Excel.Worksheet['position'];
  declare readonly visibility: Excel.Worksheet['visibility'];
  get _class() {
    return 'Worksheet';
  }
  _defs(): Defs<SheetModel> {
    return WORKSHEET_DEFS;
  }
  override _navs() {
    return { protection: () => this.protection, pageLayout: () => this.pageLayout, freezePanes: () => this.freezePanes };
  }

  /** The rows kept in view while the sheet scrolls (ExcelApi 1.7). */
  get freezePanes(): WorksheetFreezePanesProxy {
    return this._nav('freezePanes', () => new WorksheetFreezePanesProxy(this.context, `${this._path}.freezePanes`, () => this._resolve()));
  }

  /** The sheet's print set-up (ExcelApi 1.9). */
  get charts(): ChartCollectionProxy {
    return this._nav('charts', () => new ChartCollectionProxy(this.context, `${this._path}.charts`, () => this._resolve()));
  }

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
      if (wb.protected) throw officeError('AccessDenied', location, 'The workbook structure is protected.');
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
