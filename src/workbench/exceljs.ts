/**
 * ExcelJS for the workbench, loaded the first time a file is opened or
 * saved: a chunk of its own (its browser build, about 900 kB), never part
 * of the page's first load, and never of the task pane (webpack.config.js
 * allows ExcelJS in a browser bundle only as an import() from here).
 */
import type { ExcelJSLib } from './xlsx-open';

let loading: Promise<ExcelJSLib> | null = null;

export function loadExcelJS(): Promise<ExcelJSLib> {
  if (!loading) {
    const started = import(/* webpackChunkName: "exceljs" */ 'exceljs').then((m) => ((m as { default?: unknown }).default ?? m) as ExcelJSLib);
    // A load that failed (the server stopped, say) is tried again next time.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}
