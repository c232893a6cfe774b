/**
 * Excel JavaScript API requirement sets the add-in relies on.
 *
 * manifest.xml declares `<Set Name="ExcelApi" MinVersion="…"/>` with MIN_EXCEL_API;
 * test/manifest.test.ts fails if the two disagree.
 */

/** ExcelApi 1.7: names.formula (named items' formulas) and used-range reads. */
export const MIN_EXCEL_API = '1.7';

/** Sets used only when the host has them; the add-in degrades gracefully without. */
export const OPTIONAL_SETS = {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject (reading merged header cells). */
  mergedAreas: '1.13',
  /** ExcelApi 1.9: Range.getSpecialCellsOrNullObject (long sheets read formulas only where there are some). */
  formulaCells: '1.9',
  /** ExcelApi 1.9: Range.copyFrom (long columns of formulas written as their first row pasted down). */
  fill: '1.9',
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup: true }) so one action is one undo step. */
  undoGroup: '1.20',
} as const;

/**
 * The requirement the host lacks, e.g. "ExcelApi 1.7", or null when the minimum is met.
 * Pass `(n, v) => Office.context.requirements.isSetSupported(n, v)`; a checker that
 * throws counts as "not supported".
 */
export function missingRequirement(isSetSupported: (name: string, v: string) => boolean): string | null {
  let ok = false;
  try {
    ok = isSetSupported('ExcelApi', MIN_EXCEL_API) === true;
  } catch {
    ok = false;
  }
  return ok ? null : `ExcelApi ${MIN_EXCEL_API}`;
}
