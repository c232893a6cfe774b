/**
 * What the task pane can ask of the workbook. The pane only talks to this
 * interface; `createExcelActions` (actions.ts) implements it on top of the
 * Office.js adapter, whether Excel is real or the in-memory workbench.
 */
import type { Fix, Issue, Kind, Metric, RoleOverrides, SheetReport } from '../engine/report';
import type { Lang } from '../i18n/lang';

export interface ActionResult {
  report: SheetReport;
  /** Round trips to the workbook that the action made. */
  syncs: number;
}

/** Which computed columns to add, and the date for "share of time elapsed". */
export interface ComputeChoice {
  /** Metrics to add; all that the sheet's tables allow when absent. */
  metrics?: Metric[];
  /** ISO date (yyyy-mm-dd) for the task list's elapsed share; none: no such column. */
  asOf?: string;
}

/** A metric a table of the active sheet allows. */
export interface MetricOption {
  metric: Metric;
  /** The column label it would get ("ƯTH 2018 so với KH 2018"). */
  label: string;
  /** Index of the table in report.tables. */
  table: number;
  kind: Kind;
}

export interface PreviewResult extends ActionResult {
  /** Every metric the sheet allows, chosen or not. */
  options: MetricOption[];
}

/** A change the pane can take back (a quick fix). */
export interface UndoEntry {
  sheet: string;
  cell: string;
  /** What the user sees in the undo button's tooltip. */
  label: string;
}

export interface PaneActions {
  /** Read the active sheet, recognise it and check its entries (with the sheet's saved role corrections). */
  check(lang: Lang): Promise<ActionResult>;
  /** Read the active sheet and write the computed columns (all, or those chosen). */
  compute(lang: Lang, choice?: ComputeChoice): Promise<ActionResult>;
  /** What compute would write, without writing: the cells and values, and every metric on offer. */
  previewCompute(lang: Lang, choice?: ComputeChoice): Promise<PreviewResult>;
  /** Activate the sheet and select the cell ("H8"). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Mark the problem cells of a report in the sheet (a fill by severity)
   * without touching the cells' own formats, replacing an earlier marking.
   */
  mark(sheet: string, issues: Issue[]): Promise<void>;
  /** Remove the marking: the cells look exactly as before. */
  unmark(sheet: string): Promise<void>;
  /** Put a check's suggested value in its cell; the previous content is kept for undo. */
  applyFix(sheet: string, fix: Fix): Promise<UndoEntry>;
  /** Take back the last quick fix (null when there is none). */
  undoFix(): Promise<UndoEntry | null>;
  /** The role corrections saved for a sheet (empty when none). */
  getRoles(sheet: string): Promise<RoleOverrides>;
  /** Save role corrections for a sheet; they are used by every later check. */
  setRoles(sheet: string, roles: RoleOverrides): Promise<void>;
  /**
   * Call `listener` when the user edits a sheet (debounced by the caller).
   * Returns a function that stops listening.
   */
  onSheetChanged(listener: (sheet: string) => void): Promise<() => Promise<void>>;
}

/** An error meant for the user: both languages, already worded. */
export class UserFacingError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly cause?: unknown,
  ) {
    super(en);
    this.name = 'UserFacingError';
  }
}
