/**
 * What the engine asks a host to do to a sheet. The engine never writes:
 * it returns a list of changes and each host (Office.js, ExcelJS, the
 * in-memory workbench) applies it.
 */
import type { Area, CellValue } from './grid';

/** One cell to write: a constant, or a formula with its expected result. */
export interface CellWrite {
  /** Constant value, or the result the formula is expected to give. */
  value: CellValue;
  /** A1 formula starting with "=" (absent or null for constants). */
  formula?: string | null;
}

/** Write a rectangle of cells at once (row-major, every row full width). */
export interface WriteChange {
  type: 'write';
  top: number;
  left: number;
  cells: CellWrite[][];
  /** Number format for every cell of the rectangle, or per cell. */
  numberFormat?: string | string[][];
}

export interface BorderStyle {
  /** Thin borders on every edge of every cell in the area. */
  thin: true;
}

export interface StyleChange {
  type: 'style';
  area: Area;
  bold?: boolean;
  italic?: boolean;
  horizontal?: 'Left' | 'Center' | 'Right';
  vertical?: 'Top' | 'Center' | 'Bottom';
  wrap?: boolean;
  borders?: BorderStyle;
  /** Font name to use; absent keeps the cell's font. */
  fontName?: string;
  fontSize?: number;
  /** Fill colour "#RRGGBB". */
  fill?: string;
}

/** Width of a column, in characters of the default font (Excel's column width unit). */
export interface ColumnWidthChange {
  type: 'columnWidth';
  col: number;
  width: number;
}

/** Height of a row, in points (Excel does not grow merged or written rows by itself). */
export interface RowHeightChange {
  type: 'rowHeight';
  row: number;
  height: number;
}

/** Page set-up of the sheet for printing. */
export interface PageSetupChange {
  type: 'pageSetup';
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Fit the print to one page wide (as many pages tall as needed). */
  fitToOnePageWide: boolean;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  printTitleRows?: [number, number];
}

export interface MergeChange {
  type: 'merge';
  area: Area;
}

/** Remove any merges inside the area (before rewriting a block we own). */
export interface UnmergeChange {
  type: 'unmerge';
  area: Area;
}

/** Clear values and formats of an area the add-in owns. */
export interface ClearChange {
  type: 'clear';
  area: Area;
}

/**
 * Record an area as written by the add-in, with a workbook-level defined
 * name referring to it, so that a later run finds and updates it instead of
 * adding a second one. An existing name of that name is replaced.
 */
export interface MarkChange {
  type: 'mark';
  name: string;
  area: Area;
}

export type Change = WriteChange | StyleChange | MergeChange | UnmergeChange | ClearChange | MarkChange | ColumnWidthChange | RowHeightChange | PageSetupChange;

/** The area a write change covers. */
export function writeArea(w: WriteChange): Area {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  return { top: w.top, left: w.left, bottom: w.top + rows - 1, right: w.left + cols - 1 };
}
