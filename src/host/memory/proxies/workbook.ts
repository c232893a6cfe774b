/**
 * Excel.Workbook (its worksheets, names and settings, the selection, its
 * structure's protection) and
 * Excel.Application (calculation mode, the suspend calls, the user's
 * regional settings as CultureInfo).
 */
import type { XlApplication, XlCultureInfo, XlNumberFormatInfo, XlWorkbook, XlWorkbookProtection } from '../../excel-api';
import { cultureOf } from '../locale';
import type { WorkbookModel } from '../model';
import { ClientObject, installProps, type Defs } from './client-object';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy } from './range';
import { SettingCollectionProxy } from './settings';
import { WorksheetCollectionProxy } from './worksheet';

export class WorkbookProxy extends ClientObject<WorkbookModel> implements XlWorkbook {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly name: Excel.Workbook['name'];
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
      protection: () => this.protection,
    };
  }

  /** Whether the workbook's structure is protected (ExcelApi 1.7). */
  get protection(): WorkbookProtectionProxy {
    return this._nav('protection', () => new WorkbookProtectionProxy(this.context, 'workbook.protection', () => this._resolve()));
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

export class WorkbookProtectionProxy extends ClientObject<WorkbookModel> implements XlWorkbookProtection {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly protected: Excel.WorkbookProtection['protected'];
  get _class() {
    return 'WorkbookProtection';
  }
  _defs(): Defs<WorkbookModel> {
    return WORKBOOK_PROTECTION_DEFS;
  }
}

const WORKBOOK_PROTECTION_DEFS: Defs<WorkbookModel> = {
  protected: { get: (wb) => wb.protected },
};

installProps(WorkbookProtectionProxy, Object.keys(WORKBOOK_PROTECTION_DEFS));

const WORKBOOK_DEFS: Defs<WorkbookModel> = {
  name: { get: () => 'Book1.xlsx' },
};

installProps(WorkbookProxy, Object.keys(WORKBOOK_DEFS));

export class ApplicationProxy extends ClientObject<WorkbookModel> implements XlApplication {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly calculationMode: Excel.Application['calculationMode'];
  get _class() {
    return 'Application';
  }
  _defs(): Defs<WorkbookModel> {
    return APPLICATION_DEFS;
  }
  override _navs() {
    return { cultureInfo: () => this.cultureInfo };
  }

  /** The user's regional settings (ExcelApi 1.11), from the workbook's locale. */
  get cultureInfo(): CultureInfoProxy {
    return this._nav('cultureInfo', () => new CultureInfoProxy(this.context, `${this._path}.cultureInfo`, () => this._resolve()));
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

/** Excel.CultureInfo (ExcelApi 1.11): the name of the user's culture and its number format. */
export class CultureInfoProxy extends ClientObject<WorkbookModel> implements XlCultureInfo {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly name: Excel.CultureInfo['name'];
  get _class() {
    return 'CultureInfo';
  }
  _defs(): Defs<WorkbookModel> {
    return CULTURE_DEFS;
  }
  override _navs() {
    return { numberFormat: () => this.numberFormat };
  }

  get numberFormat(): NumberFormatInfoProxy {
    return this._nav('numberFormat', () => new NumberFormatInfoProxy(this.context, `${this._path}.numberFormat`, () => this._resolve()));
  }
}

const CULTURE_DEFS: Defs<WorkbookModel> = {
  name: { get: (wb) => cultureOf(wb.locale).name },
};

installProps(CultureInfoProxy, Object.keys(CULTURE_DEFS));

/** Excel.NumberFormatInfo (ExcelApi 1.11): the decimal and group separators of the user's settings. */
export class NumberFormatInfoProxy extends ClientObject<WorkbookModel> implements XlNumberFormatInfo {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly numberDecimalSeparator: Excel.NumberFormatInfo['numberDecimalSeparator'];
  declare readonly numberGroupSeparator: Excel.NumberFormatInfo['numberGroupSeparator'];
  get _class() {
    return 'NumberFormatInfo';
  }
  _defs(): Defs<WorkbookModel> {
    return NUMBER_FORMAT_INFO_DEFS;
  }
}

const NUMBER_FORMAT_INFO_DEFS: Defs<WorkbookModel> = {
  numberDecimalSeparator: { get: (wb) => cultureOf(wb.locale).decimal },
  numberGroupSeparator: { get: (wb) => cultureOf(wb.locale).group },
};

installProps(NumberFormatInfoProxy, Object.keys(NUMBER_FORMAT_INFO_DEFS));
