// The Excel namespace of @types/office-js, also where a build leaves the
// Office types out (tsconfig.bench.json builds the host with only Node's).
/// <reference types="office-js" />

/**
 * The part of the Excel API (Office.js) the add-in uses, declared once.
 *
 * Scalar members are taken from `@types/office-js` (`Pick`, indexed
 * access), so they cannot drift from the real API; members that return
 * other objects are redeclared to return the narrowed interfaces here.
 * The real `Excel.RequestContext` must fit `XlContext` (checked below),
 * and the in-memory Excel (host/memory) implements these interfaces: a
 * member the add-in starts to use must be declared here, and so be there.
 * It lives in host/, not host/excel, as both hosts use it (test/layers.test.ts).
 */

/** What `load` is given: a property path ("id,name", "items/type"), a list of them, or an object of them. */
export type XlLoad = string | string[] | Record<string, unknown>;

/** ClientObject: `load` queues a read, fulfilled at the next sync. */
export interface XlClientObject {
  load(props?: XlLoad): this;
}

/** An `…OrNullObject` result: `isNullObject` tells whether it is there. */
export interface XlNullable {
  readonly isNullObject: Excel.Range['isNullObject'];
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  readonly settings: XlSettingCollection;
  readonly application: XlApplication;
  /** Whether the workbook's structure is protected: no sheet can then be added or deleted (ExcelApi 1.7). */
  readonly protection: XlWorkbookProtection;
  getSelectedRange(): XlRange;
}

export interface XlWorkbookProtection extends XlClientObject {
  readonly protected: Excel.WorkbookProtection['protected'];
}

export interface XlApplication {
  /** The user's regional settings as Excel has them (ExcelApi 1.11): what the Chẩn đoán view reports. */
  readonly cultureInfo: XlCultureInfo;
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlCultureInfo extends XlClientObject, Pick<Excel.CultureInfo, 'name'> {
  readonly numberFormat: XlNumberFormatInfo;
}

export type XlNumberFormatInfo = XlClientObject & Pick<Excel.NumberFormatInfo, 'numberDecimalSeparator' | 'numberGroupSeparator'>;

export interface XlWorksheetCollection extends XlClientObject {
  readonly items: XlWorksheet[];
  readonly onChanged: XlEvent<XlWorksheetChangedEventArgs>;
  /** Another sheet became the active one (ExcelApi 1.7). */
  readonly onActivated: XlEvent<XlWorksheetActivatedEventArgs>;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet & XlNullable;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlClientObject, Pick<Excel.Worksheet, 'id' | 'name'> {
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  /** Rows kept in view while scrolling (ExcelApi 1.7). */
  readonly freezePanes: XlWorksheetFreezePanes;
  readonly onChanged: XlEvent<XlWorksheetChangedEventArgs>;
  /** The sheet's charts (ExcelApi 1.1; their series set one by one, 1.7). */
  readonly charts: XlChartCollection;
  getRange(address?: string): XlRange;
  getRangeByIndexes(...args: Parameters<Excel.Worksheet['getRangeByIndexes']>): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange & XlNullable;
  activate(): void;
  delete(): void;
}

export interface XlChartCollection extends XlClientObject {
  add(type: `${Excel.ChartType}`, sourceData: XlRange, seriesBy?: `${Excel.ChartSeriesBy}`): XlChart;
  getItemOrNullObject(name: string): XlChart & XlNullable;
}

export interface XlChart extends XlClientObject, Pick<Excel.Chart, 'id' | 'name'> {
  readonly title: XlChartTitle;
  readonly series: XlChartSeriesCollection;
  readonly axes: XlChartAxes;
  readonly legend: XlChartLegend;
  /** Cells by address ("L4", "S24"), as the real API also takes them. */
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlChartTitle extends XlClientObject, Pick<Excel.ChartTitle, 'text'> {}

export interface XlChartSeriesCollection extends XlClientObject, Pick<Excel.ChartSeriesCollection, 'count'> {
  getItemAt(index: number): XlChartSeries;
  add(name?: string): XlChartSeries;
}

export interface XlChartSeries extends XlClientObject, Pick<Excel.ChartSeries, 'name'> {
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChartAxes {
  readonly valueAxis: XlChartAxis;
  readonly categoryAxis: XlChartAxis;
}

export interface XlChartAxis extends XlClientObject, Pick<Excel.ChartAxis, 'majorUnit' | 'minimum' | 'reversePlotOrder'> {
  readonly title: XlChartAxisTitle;
}

export interface XlChartAxisTitle extends XlClientObject, Pick<Excel.ChartAxisTitle, 'text'> {}

export interface XlChartLegend extends XlClientObject, Pick<Excel.ChartLegend, 'visible' | 'position'> {}

/** No properties to load: Excel's WorksheetFreezePanes has only methods. */
export interface XlWorksheetFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlWorksheetProtection extends XlClientObject {
  readonly protected: Excel.WorksheetProtection['protected'];
}

export interface XlPageLayout extends XlClientObject {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayout['zoom'];
  setPrintTitleRows(rows: string): void;
  getPrintTitleRowsOrNullObject(): XlRange & XlNullable;
}

export interface XlRange extends XlClientObject, Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject'> {
  values: Excel.Range['values'];
  formulas: Excel.Range['formulas'];
  get numberFormat(): Excel.Range['numberFormat'];
  /**
   * One format as a single value applies to every cell of the range, as
   * Excel does (@types/office-js declares only the 2-D array).
   */
  set numberFormat(formats: Excel.Range['numberFormat'] | string);
  readonly text: Excel.Range['text'];
  /**
   * The formulas and formats in the user's regional style (ExcelApi 1.2 and
   * 1.7): never read or written by the add-in, which keeps to the en-US
   * `formulas` and `numberFormat`; the contract suite reads them to show
   * that the two differ.
   */
  readonly formulasLocal: Excel.Range['formulasLocal'];
  readonly numberFormatLocal: Excel.Range['numberFormatLocal'];
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly worksheet: XlWorksheet;
  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange & XlNullable;
  getMergedAreasOrNullObject(): XlRangeAreas & XlNullable;
  getSpecialCellsOrNullObject(...args: Parameters<Excel.Range['getSpecialCellsOrNullObject']>): XlRangeAreas & XlNullable;
  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): Pick<OfficeExtension.ClientResult<Excel.CellProperties[][]>, 'value'>;
  /** A null entry leaves that cell as it is (the add-in passes them; @types/office-js does not allow them). */
  setCellProperties(cellPropertiesData: (Excel.SettableCellProperties | null)[][]): void;
  copyFrom(sourceRange: XlRange | XlRangeAreas | string, copyType?: `${Excel.RangeCopyType}`, skipBlanks?: boolean, transpose?: boolean): void;
  clear(applyTo?: Parameters<Excel.Range['clear']>[0]): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

export interface XlRangeAreas extends XlClientObject, Pick<Excel.RangeAreas, 'address' | 'areaCount'> {
  readonly areas: XlRangeCollection;
}

export interface XlRangeCollection extends XlClientObject {
  readonly items: XlRange[];
}

export interface XlRangeFormat extends XlClientObject {
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: Excel.RangeFormat['wrapText'];
  columnWidth: Excel.RangeFormat['columnWidth'];
  rowHeight: Excel.RangeFormat['rowHeight'];
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  /** Rows as tall as their (wrapped) text (ExcelApi 1.2). */
  autofitRows(): void;
}

export interface XlRangeFont extends XlClientObject {
  bold: Excel.RangeFont['bold'];
  italic: Excel.RangeFont['italic'];
  name: Excel.RangeFont['name'];
  size: Excel.RangeFont['size'];
  color: Excel.RangeFont['color'];
}

export interface XlRangeFill extends XlClientObject {
  color: Excel.RangeFill['color'];
}

/** A side of a range's borders ("EdgeTop", "InsideHorizontal"…). */
export type XlBorderIndex = Excel.BorderIndex | `${Excel.BorderIndex}`;

export interface XlRangeBorderCollection extends XlClientObject {
  readonly items: XlRangeBorder[];
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeBorder extends XlClientObject {
  readonly sideIndex: Excel.RangeBorder['sideIndex'];
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
  color: Excel.RangeBorder['color'];
}

export interface XlConditionalFormatCollection extends XlClientObject {
  readonly items: XlConditionalFormat[];
  add(type: Parameters<Excel.ConditionalFormatCollection['add']>[0]): XlConditionalFormat;
}

export interface XlConditionalFormat extends XlClientObject {
  readonly type: Excel.ConditionalFormat['type'];
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat & XlNullable;
  delete(): void;
}

export interface XlCustomConditionalFormat extends XlClientObject {
  readonly rule: XlConditionalFormatRule;
  readonly format: XlConditionalRangeFormat;
}

export interface XlConditionalFormatRule extends XlClientObject {
  formula: Excel.ConditionalFormatRule['formula'];
}

export interface XlConditionalRangeFormat extends XlClientObject {
  readonly fill: XlConditionalRangeFill;
  readonly font: XlConditionalRangeFont;
}

export interface XlConditionalRangeFill extends XlClientObject {
  color: Excel.ConditionalRangeFill['color'];
}

export interface XlConditionalRangeFont extends XlClientObject {
  color: Excel.ConditionalRangeFont['color'];
  bold: Excel.ConditionalRangeFont['bold'];
}

export interface XlNamedItemCollection extends XlClientObject {
  readonly items: XlNamedItem[];
  getItem(name: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem & XlNullable;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
}

export interface XlNamedItem extends XlClientObject, Pick<Excel.NamedItem, 'name'> {
  formula: Excel.NamedItem['formula'];
  delete(): void;
}

export interface XlSettingCollection extends XlClientObject {
  readonly items: XlSetting[];
  add(key: string, value: Excel.Setting['value']): XlSetting;
  getItem(key: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting & XlNullable;
}

export interface XlSetting extends XlClientObject, Pick<Excel.Setting, 'key' | 'value'> {
  delete(): void;
}

/** What the add-in reads of a change: `triggerSource` only from ExcelApi 1.14 (absent before, though @types/office-js has it always). */
export type XlWorksheetChangedEventArgs = Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address' | 'changeType' | 'source'> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, 'triggerSource'>>;

/** What the add-in reads of an activation: the sheet now active. */
export type XlWorksheetActivatedEventArgs = Pick<Excel.WorksheetActivatedEventArgs, 'worksheetId'>;

/** An event (`onChanged`, `onActivated`): `add` registers a handler; `remove` on the result takes it off, on the context that added it. */
export interface XlEvent<A> {
  add(handler: (args: A) => Promise<unknown>): XlEventHandlerResult;
}

export interface XlEventHandlerResult {
  readonly context: unknown;
  remove(): void;
}

/** The declaration is a subset of the real API: a real request context is an `XlContext` (a type error here otherwise). */
type Fits<T extends XlContext> = T;
export type _RealExcelFits = Fits<Excel.RequestContext>;
