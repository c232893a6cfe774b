import type { Locale } from './locale';
import type { RequestContext } from './proxies/context';
import type { CellValue } from '../../engine/grid';

/** A sheet to seed the in-memory workbook with. */
export interface SheetInit {
  name: string;
  /**
   * Rows of values starting at A1; null, "" or a hole (sparse rows are
   * fine) for empty. At a formula's cell, the result Excel saved with it
   * (see `formulas`).
   */
  values: CellValue[][];
  /** Number formats, same shape as values (optional). */
  formats?: string[][];
  /** Merged areas as A1 ranges, e.g. "A4:A5". */
  merges?: string[];
  /**
   * Formulas keyed by A1 address, e.g. { "H7": "=IFERROR(F7/E7*100,\"\")" }.
   * The in-memory Excel computes those it can. A formula it cannot (a
   * function it lacks, a defined name, syntax it does not read) shows the
   * value `values` gives for its cell, as Excel saved it (empty when none),
   * and is never recalculated.
   */
  formulas?: Record<string, string>;
  /** Widths of columns A, B, … in points (null or a hole: the default, 48). */
  columnWidths?: (number | null)[];
  /** Heights of rows 1, 2, … in points (null or a hole: the default, 15). */
  rowHeights?: (number | null)[];
  /** Cell formats (font, fill, alignment, borders) keyed by A1 address. */
  styles?: Record<string, CellStyleInit>;
  /** The print set-up; Excel's defaults when absent. */
  pageLayout?: PageLayoutSnapshot;
}

/** One edge of a cell's border, in Office.js terms. */
export interface BorderInit {
  /** Excel.BorderLineStyle: "Continuous", "Dash", "Dot", "Double", … */
  style: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
  /** "#RRGGBB". */
  color: string;
}

/** A cell's format as Range.format gives it (absent: Excel's default). */
export interface CellStyleInit {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** "#RRGGBB". */
  fill?: string;
  /** Excel.HorizontalAlignment: "Left", "Center", "Right", "Justify", … */
  horizontal?: string;
  /** Excel.VerticalAlignment: "Top", "Center", "Justify", "Distributed" ("Bottom" is the default). */
  vertical?: string;
  wrap?: boolean;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', BorderInit>>;
}

export interface WorkbookInit {
  sheets: SheetInit[];
  /** Name of the active sheet; the first sheet when absent. */
  active?: string;
  /** Workbook.settings saved in the file (values as JSON text), as an add-in left them. */
  settings?: Record<string, string>;
  /** Workbook-level defined names and what each refers to ("=Sheet1!$A$1:$B$2", or a formula such as "=0.1"). */
  names?: Record<string, string>;
  /**
   * The session: worksheet ids hold only within one (office-js #1390, and
   * the note on Worksheet.id in office-js-docs #297: reopened, or opened on
   * another platform, a sheet may get another id). A workbook seeded with
   * another session number gives its sheets other ids.
   */
  session?: number;
  /** The user's regional settings (locale.ts): what `text`, `formulasLocal`, `numberFormatLocal` and typed input follow. en-US when absent. */
  locale?: Locale;
}

/** One cell as the workbench shows it. */
export interface CellSnapshot {
  /** The value: a constant, or the formula's computed result ("" for empty). */
  value: string | number | boolean;
  /** The formula ("=…") when the cell holds one. */
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  /** Fill colour "#RRGGBB", absent for none. */
  fill?: string;
  horizontal?: string;
  wrap?: boolean;
  /** True when the cell has a border on any edge. */
  border?: boolean;
  /** The edges that have a border (shared edges count for both cells); absent when none. */
  borders?: { top?: true; bottom?: true; left?: true; right?: true };
  /** Font name, when not the default (Calibri). */
  fontName?: string;
  /** Font size in points, when not the default (11). */
  fontSize?: number;
  /**
   * The text Excel shows (Range.text) for a number in a cell with a date
   * format ("Tháng 1/2021" for 44197 with `"Tháng "m/yyyy`); absent
   * otherwise.
   */
  text?: string;
  /**
   * Fill colour "#RRGGBB" that a conditional format shows over the cell's
   * own fill: that of the highest-priority Custom conditional format whose
   * rule formula is true for this cell and that sets a fill. Absent when
   * none applies. (The cell's own `fill` is left as it is.)
   */
  markFill?: string;
}

export interface SheetSnapshot {
  name: string;
  /** Rows and columns from A1 to the last used cell. */
  rowCount: number;
  colCount: number;
  /** rowCount × colCount cells, or fewer when the snapshot was limited. */
  cells: CellSnapshot[][];
  /** Merged areas as A1 ranges. */
  merges: string[];
  /** Width of each column A.. up to colCount, in points (Excel's default 48 = 8.43 characters). */
  columnWidths?: number[];
  /** The sheet's print set-up. */
  pageLayout?: PageLayoutSnapshot;
  /** Rows frozen at the top (View → Freeze Panes); absent when none. */
  frozenRows?: number;
  /** The sheet's charts, in the order added; absent when none. */
  charts?: ChartSnapshot[];
}

/** A chart as a test sees it: ranges as addresses ("'Biểu số 1'!H8:H19"), its place as cells ("L4:S24"). */
export interface ChartSnapshot {
  name: string;
  type: string;
  title: string;
  series: { name: string; values: string | null; xValues: string | null }[];
  position: string | null;
  valueAxis: { title: string; majorUnit: number | null; minimum: number | null };
  categoryAxis: { title: string; reversePlotOrder: boolean };
  legend: { visible: boolean; position: string };
}

export interface PageLayoutSnapshot {
  /** "Portrait" or "Landscape". */
  orientation: string;
  /** Excel.PaperType: "Letter", "A4", … */
  paperSize: string;
  /** Print scale in percent, when not fitting to pages. */
  scale?: number;
  /** Pages wide when fitting to pages. */
  fitToPagesWide?: number;
  /** Pages tall when fitting to pages (0: as many as needed). */
  fitToPagesTall?: number;
  /** Rows repeated on every printed page, "5:5"; absent when none. */
  printTitleRows?: string;
}

/**
 * An in-memory Excel: `run` behaves like the global `Excel.run` for the part
 * of the Excel JavaScript API the add-in uses, with Excel's batching rules
 * (load, then sync, then read). Backs the tests and the workbench page.
 */
export interface MemoryExcel {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  /**
   * Excel.run(context, batch): go on with the request context of an earlier
   * batch (or of an object or EventHandlerResult that has a `context`), as
   * the docs do to remove an event handler.
   */
  run<T>(context: unknown, batch: (context: RequestContext) => Promise<T>): Promise<T>;
  /** context.sync() calls since creation or the last resetCounters() (which also resets the byte counts). */
  readonly syncCount: number;
  /** Largest estimated request payload (bytes, JSON) of one sync. */
  readonly maxRequestBytes: number;
  /**
   * Largest estimated response payload (bytes, JSON) of one sync: what its
   * loads returned (values, formulas and number formats arrays, addresses,
   * collection items…).
   */
  readonly maxResponseBytes: number;
  resetCounters(): void;
  sheetNames(): string[];
  activeSheet(): string;
  /** Make a sheet the active one, as a click on its tab does (WorksheetCollection.onActivated handlers are called when it changes). */
  activate(name: string): void;
  /**
   * The sheet as the workbench draws it; with `limit`, only the cells of
   * its first rows and columns (rowCount and colCount still tell the whole
   * sheet's size).
   */
  snapshot(sheet: string, limit?: { rows?: number; cols?: number }): SheetSnapshot;
  /** The current selection, as set by range.select(). */
  selection(): { sheet: string; address: string } | null;
  /** Called after every sync that changed the workbook or selection. */
  subscribe(listener: () => void): () => void;
  /** Names defined in the workbook and what they refer to ("Sheet!$A$1:$B$2"). */
  definedNames(): Record<string, string>;
  /**
   * Not part of Office.js: what happens when a person types `input` into
   * the cell (or every cell of the range, as Ctrl+Enter does) at `address`
   * on `sheet`. Stored as Excel stores typed input ("12" a number, "=…" a
   * formula, "'12" text); null clears the contents (the Delete key).
   * Subscribers are notified at once; Worksheet.onChanged handlers are
   * called asynchronously afterwards, with triggerSource "Unknown".
   * Throws for an unknown sheet, a bad address, a protected sheet or a
   * formula Excel would refuse.
   */
  userEdit(sheet: string, address: string, input: string | number | boolean | null): void;
}
