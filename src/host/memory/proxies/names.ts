/** Excel.NamedItemCollection and Excel.NamedItem: the workbook's defined names. */
import type { XlNamedItem, XlNamedItemCollection } from '../../excel-api';
import { splitSheetAddress } from '../../../engine/grid';
import { isValidName, nameFormula, nameType, nameValue, parseRangeAddress, type NameModel, type WorkbookModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, CollectionProxy, installProps, resultOf, type ClientResult, type Defs } from './client-object';
import { RangeProxy } from './range';
import { invalid } from './shared';

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

export class NamedItemCollectionProxy extends CollectionProxy<WorkbookModel, NameModel> implements XlNamedItemCollection {
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

export class NamedItemProxy extends ClientObject<NameModel> implements XlNamedItem {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly name: Excel.NamedItem['name'];
  declare readonly type: Excel.NamedItem['type'];
  declare readonly value: Excel.NamedItem['value'];
  declare formula: Excel.NamedItem['formula'];
  declare comment: Excel.NamedItem['comment'];
  declare visible: Excel.NamedItem['visible'];
  declare readonly scope: Excel.NamedItem['scope'];
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
