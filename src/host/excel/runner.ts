/**
 * How the add-in reaches Excel: the global `Excel` (or the in-memory Excel
 * of the tests and the workbench) runs a batch with a request context.
 */

import type { XlContext } from '../excel-api';

/** Excel.RunOptions, the part the add-in uses. */
export interface ExcelRunOptions {
  /** All syncs of the batch are one step of Excel's own undo (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
}

/** The global `Excel` (or the in-memory one): `run(batch)`, or `run(options, batch)`. */
export interface ExcelRunner {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  run<T>(options: ExcelRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
}

/**
 * A runner whose batches are each one step of Excel's undo
 * (`Excel.run({ mergeUndoGroup: true }, batch)`, ExcelApi 1.20).
 */
export function undoGrouped(api: ExcelRunner): ExcelRunner {
  const run = <T>(a: ExcelRunOptions | ((context: XlContext) => Promise<T>), b?: (context: XlContext) => Promise<T>): Promise<T> =>
    typeof a === 'function' ? api.run({ mergeUndoGroup: true }, a) : api.run({ ...a, mergeUndoGroup: true }, b!);
  return { run } as ExcelRunner;
}

/** The global `Excel` is an ExcelRunner (a type error here otherwise): what the task pane passes as one. */
type Runs<T extends ExcelRunner> = T;
export type _RealExcelRuns = Runs<typeof Excel>;
