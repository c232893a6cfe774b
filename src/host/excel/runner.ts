/**
 * How the add-in reaches Excel: the global `Excel` (or the in-memory Excel
 * of the tests and the workbench) runs a batch with a request context.
 */

import type { XlContext } from '../excel-api';
import { officeErrorCode } from './errors';

/** Excel.RunOptions, the part the add-in uses. */
export interface ExcelRunOptions {
  /** All syncs of the batch are one step of Excel's own undo (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
  /** While the user edits a cell, the batch waits until they leave it instead of failing (ExcelApi 1.11). */
  delayForCellEdit?: boolean;
}

/** The global `Excel` (or the in-memory one): `run(batch)`, or `run(options, batch)`. */
export interface ExcelRunner {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  run<T>(options: ExcelRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
}

/**
 * A runner whose batches run with these options added (`Excel.run(options,
 * batch)`). A batch that goes on with an earlier batch's context
 * (`Excel.run(context, batch)`) is passed on as it is.
 */
export function withRunOptions(api: ExcelRunner, add: ExcelRunOptions): ExcelRunner {
  const run = <T>(a: ExcelRunOptions | ((context: XlContext) => Promise<T>), b?: (context: XlContext) => Promise<T>): Promise<T> => {
    if (typeof a === 'function') return api.run(add, a);
    const o = a as Record<string, unknown>;
    if (typeof o.sync === 'function' || 'context' in o) return (api.run as (x: unknown, y: unknown) => Promise<T>)(a, b);
    return api.run({ ...a, ...add }, b!);
  };
  return { run } as ExcelRunner;
}

/**
 * A runner whose batches are each one step of Excel's undo
 * (`Excel.run({ mergeUndoGroup: true }, batch)`, ExcelApi 1.20).
 */
export function undoGrouped(api: ExcelRunner): ExcelRunner {
  return withRunOptions(api, { mergeUndoGroup: true });
}

/** Office codes with which an Excel may refuse an undo group itself (office-js #6711 on the web, an API it cannot group). */
const GROUP_REFUSALS = new Set(['GeneralException', 'InvalidArgument', 'InvalidOperation', 'ApiNotFound', 'NotImplemented', 'UndoNotSupported']);

/**
 * As undoGrouped, but a batch that Excel refuses as a group before any of
 * its syncs went through (office-js #6711: Excel on the web has thrown
 * RichApi.Error for `mergeUndoGroup` where ExcelApi 1.20 is reported) runs
 * again without the group, and every later batch too; `onFallback` is told
 * once, so the pane can say that Excel's own Ctrl+Z will not cover the
 * add-in's writes (its Hoàn tác still does).
 */
export function undoGroupedOrPlain(api: ExcelRunner, onFallback: () => void): ExcelRunner {
  const grouped = undoGrouped(api);
  let plain = false;
  const run = async <T>(a: ExcelRunOptions | ((context: XlContext) => Promise<T>), b?: (context: XlContext) => Promise<T>): Promise<T> => {
    const batch = typeof a === 'function' ? a : b!;
    const options = typeof a === 'function' ? {} : a;
    if (plain) return api.run(options, batch);
    let synced = 0;
    try {
      return await grouped.run(options, (context) =>
        batch({
          workbook: context.workbook,
          sync: async <V>(value?: V) => {
            const out = await context.sync(value);
            synced++;
            return out;
          },
        } as XlContext)
      );
    } catch (e) {
      if (synced > 0 || !GROUP_REFUSALS.has(officeErrorCode(e) ?? '')) throw e;
      plain = true;
      onFallback();
      return api.run(options, batch);
    }
  };
  return { run } as ExcelRunner;
}

/**
 * A runner whose batches wait while the user edits a cell, instead of
 * failing with InvalidOperationInCellEditMode (ExcelApi 1.11; an older
 * Excel ignores the option and still refuses, and the pane says why).
 */
export function delayedForCellEdit(api: ExcelRunner): ExcelRunner {
  return withRunOptions(api, { delayForCellEdit: true });
}

/** The global `Excel` is an ExcelRunner (a type error here otherwise): what the task pane passes as one. */
type Runs<T extends ExcelRunner> = T;
export type _RealExcelRuns = Runs<typeof Excel>;
