/**
 * Excel.SettingCollection and Excel.Setting (ExcelApi 1.4): the add-in's
 * settings saved in the workbook, each value kept as JSON text.
 */
import type { XlSetting, XlSettingCollection } from '../../excel-api';
import type { WorkbookModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, CollectionProxy, installProps, resultOf, type ClientResult, type Defs } from './client-object';
import { invalid } from './shared';

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

export class SettingCollectionProxy extends CollectionProxy<WorkbookModel, SettingT> implements XlSettingCollection {
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

export class SettingProxy extends ClientObject<SettingT> implements XlSetting {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly key: Excel.Setting['key'];
  declare value: Excel.Setting['value'];
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
