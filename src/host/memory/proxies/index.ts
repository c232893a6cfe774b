/**
 * Office.js-like proxy objects over the in-memory model, with Excel's
 * batching rules: setting a property, calling a method or `load(...)`
 * queues an operation; operations run in order at `context.sync()`;
 * a property can be read only once a sync has loaded it.
 *
 * Each proxy finds its target (a sheet, a range, a name…) the first time
 * an operation uses it during a sync, so `getItem("missing")` fails there
 * (ItemNotFound), as in Excel, and not when it is called.
 *
 * One file an API area: context (RequestContext), client-object (load,
 * ClientObject, ClientResult), workbook (and Application), worksheet,
 * protection, page-layout, freeze-panes, range (and RangeAreas; range-cells and
 * cell-properties do its work on the cells), format (font, fill), borders,
 * names, conditional-formats, settings, event-handlers; shared holds what
 * several of them use.
 *
 * Range, Worksheet, PageLayout and ConditionalFormat lead to each other
 * (range.worksheet and worksheet.getRange, worksheet.pageLayout and
 * getPrintTitleRows, range.conditionalFormats and getRange): their files
 * import each other, and use what they import only inside methods, never
 * while a module loads, so any of them can be imported first.
 */
export { RequestContext, type Op, type SyncHost } from './context';
export { ClientObject, ClientResult, parseLoadSpec } from './client-object';
export type { RangeT } from './shared';
export { ApplicationProxy, CultureInfoProxy, NumberFormatInfoProxy, WorkbookProtectionProxy, WorkbookProxy } from './workbook';
export { WorksheetCollectionProxy, WorksheetProxy } from './worksheet';
export { WorksheetProtectionProxy } from './protection';
export { PageLayoutProxy } from './page-layout';
export { WorksheetFreezePanesProxy } from './freeze-panes';
export { RangeAreasProxy, RangeCollectionProxy, RangeProxy } from './range';
export { RangeFillProxy, RangeFontProxy, RangeFormatProxy } from './format';
export { RangeBorderCollectionProxy, RangeBorderProxy } from './borders';
export { NamedItemCollectionProxy, NamedItemProxy } from './names';
export {
  ConditionalFormatCollectionProxy,
  ConditionalFormatProxy,
  ConditionalFormatRuleProxy,
  ConditionalRangeFillProxy,
  ConditionalRangeFontProxy,
  ConditionalRangeFormatProxy,
  CustomConditionalFormatProxy,
} from './conditional-formats';
export { SettingCollectionProxy, SettingProxy } from './settings';
export { EventHandlerResultProxy, EventHandlersProxy } from './event-handlers';
