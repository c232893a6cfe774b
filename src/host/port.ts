/**
 * What chitieu needs of a workbook, whichever program holds it: the sheets,
 * a sheet read into the engine's Grid, the engine's changes applied, and
 * the planner's saved decisions. Two adapters implement it: Office.js
 * (`host/excel/port.ts`, the pane in Excel) and ExcelJS (`host/xlsx/port.ts`,
 * the command line on a file); a contract test runs the same steps on both.
 * The pane's own actions use the Office.js adapter's richer calls (the
 * snapshot for undo, sync counts), which this port leaves out.
 */
import type { Change, Grid } from '../engine';
import type { SheetSettings } from './settings';

export interface WorkbookPort {
  /** The sheets' names, in order. */
  sheetNames(): Promise<string[]>;
  /** A sheet read into the engine's grid (a UserFacingError "sheet-missing" when there is none of that name). */
  readSheet(name: string): Promise<Grid>;
  /** Apply the engine's changes to a sheet. */
  applyChanges(name: string, changes: readonly Change[]): Promise<void>;
  /** The planner's saved decisions for a sheet (null when none). */
  readSettings(name: string): Promise<SheetSettings | null>;
  /**
   * Change a sheet's saved decisions (the record given has the sheet's
   * name); a record left with nothing is removed. Returns what is saved.
   */
  updateSettings(name: string, update: (record: SheetSettings) => SheetSettings): Promise<SheetSettings | null>;
}

/** A record with nothing left in it is none. */
export function isEmptySettings(r: SheetSettings): boolean {
  return !r.roles && !r.kind && !r.header && !r.directions && !r.bounds && !r.ignored;
}

/** A record without its empty parts (undefined, null, {} or []). */
export function withoutEmpty(record: SheetSettings): SheetSettings {
  const out = { ...record };
  for (const k of ['roles', 'kind', 'header', 'directions', 'bounds', 'ignored'] as const) {
    const v = out[k];
    if (v === undefined || v === null || (typeof v === 'object' && Object.keys(v).length === 0)) delete out[k];
  }
  return out;
}
