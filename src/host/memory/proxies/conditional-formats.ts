/**
 * Excel.ConditionalFormatCollection and Excel.ConditionalFormat, and for
 * the Custom type its rule (ConditionalFormatRule) and format
 * (ConditionalRangeFormat, ConditionalRangeFill, ConditionalRangeFont).
 */
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatRule,
  XlConditionalRangeFill,
  XlConditionalRangeFont,
  XlConditionalRangeFormat,
  XlCustomConditionalFormat,
} from '../../excel-api';
import { intersects, normalizeColor, type ConditionalFormatModel, type SheetModel } from '../model';
import { FormulaSyntaxError, parseFormula } from '../formula';
import { officeError } from '../office-error';
import { ClientObject, CollectionProxy, installProps, resultOf, type ClientResult, type Defs } from './client-object';
import { RangeAreasProxy, RangeProxy } from './range';
import { clearConditionalFormats, invalid, isInt, writable, type RangeT } from './shared';

/** Excel.ConditionalFormatType values. */
const CONDITIONAL_FORMAT_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

function liveFormats(sheet: SheetModel): ConditionalFormatModel[] {
  return sheet.conditionalFormats.filter((cf) => !cf.deleted);
}

/** The conditional formats that intersect a range, highest priority first. */
function formatsOn(t: RangeT): ConditionalFormatModel[] {
  return liveFormats(t.sheet).filter((cf) => cf.areas.some((a) => intersects(a, t.area)));
}

function deleteFormat(cf: ConditionalFormatModel, location: string): void {
  if (cf.deleted || cf.sheet.deleted) throw officeError('ItemNotFound', location);
  writable(cf.sheet, location);
  cf.deleted = true;
  cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((x) => x !== cf);
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<RangeT, ConditionalFormatModel> implements XlConditionalFormatCollection {
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

export class ConditionalFormatProxy extends ClientObject<ConditionalFormatModel> implements XlConditionalFormat {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly id: Excel.ConditionalFormat['id'];
  declare readonly type: Excel.ConditionalFormat['type'];
  declare priority: Excel.ConditionalFormat['priority'];
  declare stopIfTrue: Excel.ConditionalFormat['stopIfTrue'];
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

export class CustomConditionalFormatProxy extends ClientObject<ConditionalFormatModel> implements XlCustomConditionalFormat {
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

export class ConditionalFormatRuleProxy extends ClientObject<ConditionalFormatModel> implements XlConditionalFormatRule {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare formula: Excel.ConditionalFormatRule['formula'];
  declare formulaLocal: Excel.ConditionalFormatRule['formulaLocal'];
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

export class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatModel> implements XlConditionalRangeFormat {
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

export class ConditionalRangeFillProxy extends ClientObject<ConditionalFormatModel> implements XlConditionalRangeFill {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare color: Excel.ConditionalRangeFill['color'];
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

export class ConditionalRangeFontProxy extends ClientObject<ConditionalFormatModel> implements XlConditionalRangeFont {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare color: Excel.ConditionalRangeFont['color'];
  declare bold: Excel.ConditionalRangeFont['bold'];
  declare italic: Excel.ConditionalRangeFont['italic'];
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
