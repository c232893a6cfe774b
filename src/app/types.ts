/**
 * What the task pane can ask of the workbook. The pane only talks to this
 * interface; `createExcelActions` (actions.ts) implements it on top of the
 * Office.js adapter, whether Excel is real or the in-memory workbench.
 */
import type { AppendixOptions, AppendixTask, InvalidDate } from '../engine/appendix';
import type { Fix, Issue, Kind, Metric, RoleOverrides, SheetReport } from '../engine/report';
import type { Statement } from '../engine/statements';
import type { SentencesTable } from './sentences-sheet';
import type { SheetRead } from '../host/excel/adapter';
import type { IssueTable } from '../i18n/issue-table';
import type { Lang } from '../i18n/lang';

// The errors the pane shows are raised in the hosts as well: they live there.
export { isUndoConflict, isUserFacingError, UndoConflictError, UserFacingError } from '../host/errors';

/**
 * What one read of the active sheet gave (its Grid, the saved decisions,
 * what a write needs to know). A check or a preview returns it; given back
 * to compute or previewCompute while the sheet is unchanged (the session
 * knows, from the change events), they do not read the sheet again.
 */
export type { SheetRead };

export interface ActionResult {
  report: SheetReport;
  /** Round trips to the workbook that the action made (none for a read it was given). */
  syncs: number;
  /** The read of the active sheet the report is of (check and previewCompute). */
  read?: SheetRead;
}

/** The report's sentences of the active sheet ("Viết câu báo cáo"): what each indicator's row says (worded at the edge). */
export interface StatementsResult {
  sheet: string;
  statements: Statement[];
  syncs: number;
  /** The read they come from. */
  read?: SheetRead;
}

/** Which computed columns to add, and the date for "share of time elapsed". */
export interface ComputeChoice {
  /** Metrics to add; all that the sheet's tables allow when absent. */
  metrics?: Metric[];
  /** ISO date (yyyy-mm-dd) for the task list's elapsed share; none: no such column. */
  asOf?: string;
}

/** Every sheet of the workbook checked ("Kiểm tra cả sổ"), in the workbook's order. */
export interface WorkbookCheck {
  sheets: { name: string; report: SheetReport }[];
  /** Round trips to the workbook: one to list the sheets, then each sheet's read. */
  syncs: number;
}

/** A metric a table of the active sheet allows. */
export interface MetricOption {
  metric: Metric;
  /** The column label it would get ("ƯTH 2018 so với KH 2018"). */
  label: string;
  /** Index of the table in report.tables. */
  table: number;
  kind: Kind;
  /**
   * The option fills the table's own "So sánh (%)" columns (metric
   * 'ratio' of an indicator plan): their empty cells get the ratio their
   * header defines, as live formulas; typed cells are left alone.
   */
  fill?: { columns: string[]; cells: number };
}

export interface PreviewResult extends ActionResult {
  /** Every metric the sheet allows, chosen or not. */
  options: MetricOption[];
}

/** What kind of operation an undo entry takes back. */
export type UndoKind = 'compute' | 'appendix' | 'fix' | 'export' | 'chart';

/**
 * An operation of the add-in that the pane can take back ("Hoàn tác"):
 * the computed columns, an inserted appendix, a quick fix, the issue list
 * exported to a new sheet.
 */
export interface UndoEntry {
  kind: UndoKind;
  /** The sheet it wrote to (its name at the time). */
  sheet: string;
  /** The first cell it wrote ("L4"; the fixed cell for a fix). */
  cell: string;
  /** The cells it wrote, "L4:N120" (several areas joined by ", "). */
  address: string;
  /** Short and language-neutral: "D6: 3.150 → 3150" for a fix, else the Vietnamese label. */
  label: string;
  /** What the undo button says it will take back, in each language. */
  labels: { vi: string; en: string };
}

/** How to undo. */
export interface UndoOptions {
  /**
   * Undo even though cells the operation wrote were changed since (the
   * user's edits there are overwritten). Without it such an undo is
   * refused with an UndoConflictError.
   */
  force?: boolean;
}

/** Where and how to insert the appendix of key tasks. */
export interface InsertAppendixOptions extends AppendixOptions {
  /**
   * Write it here (the sheet must exist; the cell is its top-left corner).
   * Without it a previous appendix is replaced in place, or a new sheet
   * "Phụ lục" ("Phụ lục 2"… when taken) is added.
   */
  at?: { sheet: string; cell: string };
}

export interface InsertAppendixResult {
  /** The sheet it was written to (now active). */
  sheet: string;
  /** Its area on that sheet, "A1:F23". */
  address: string;
  /** Dates that could not be read (written as typed). */
  invalid: InvalidDate[];
  /** Round trips to the workbook (at most 3, whatever the number of tasks). */
  syncs: number;
  /** Whether a previous appendix was replaced (cleared first). */
  replaced: boolean;
  /** Whether the sheet was added. */
  created: boolean;
  /** Parts left out because this Excel lacks them: ['pageSetup'] before ExcelApi 1.9. */
  skipped?: string[];
}

/** Where a chart went (insertChart). */
export interface ChartResult {
  sheet: string;
  /** The chart's name in the sheet ("Chart 1"). */
  name: string;
  /** The cells it covers, "N4:U23". */
  address: string;
  syncs: number;
}

/** Where the issue list went (exportIssues). */
export interface ExportIssuesResult {
  /** The new sheet ("Vấn đề", "Vấn đề (2)"…); the active sheet stays the checked one. */
  sheet: string;
  /** The table on it, "A1:E14". */
  address: string;
  /** Issues written, one a row. */
  rows: number;
  /** Round trips to the workbook (three whatever the number of issues, until a write passes the payload budget). */
  syncs: number;
  /** The title and header rows are frozen (false where Excel would not). */
  frozen: boolean;
  /** Parts left out because this Excel lacks them: ['pageSetup'] before ExcelApi 1.9. */
  skipped?: string[];
}

/** Tasks read from the workbook for the appendix. */
export interface TasksRead {
  sheet: string;
  tasks: AppendixTask[];
  /** The title typed above the task list, as the appendix's title (engine/appendix appendixTitleOf); it names the plan period. */
  title?: string;
  /** The cells read ("B3:F20"), for a selection. */
  address?: string;
}

/** What else onSheetChanged tells, for what keeps a read of the sheet. */
export interface SheetEventOptions {
  /** At once when the user changes a sheet's cells, before the sheet's name is looked up for `listener`. */
  onEdit?: () => void;
  /** When another sheet becomes the active one (the user's click on a tab, or the add-in's own). */
  onActivated?: () => void;
}

export interface PaneActions {
  /**
   * Read the active sheet (or take `read`, an earlier read of it), recognise
   * it and check its entries (with the sheet's saved role corrections).
   */
  check(read?: SheetRead): Promise<ActionResult>;
  /** Read the active sheet (or take `read`) and write the computed columns (all, or those chosen). */
  compute(choice?: ComputeChoice, read?: SheetRead): Promise<ActionResult>;
  /** Check every sheet of the workbook (read only; the active sheet stays active). */
  checkWorkbook(): Promise<WorkbookCheck>;
  /** What compute would write, without writing: the cells and values, and every metric on offer (from `read` when given). */
  previewCompute(choice?: ComputeChoice, read?: SheetRead): Promise<PreviewResult>;
  /** The report's sentences of the active sheet's indicator tables (from `read` when given); read only. */
  statements(read?: SheetRead): Promise<StatementsResult>;
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
  /** Read every table of the sheet as this kind (null: back to recognition); saved in the workbook. */
  setKind(sheet: string, kind: Kind | null): Promise<void>;
  /** Which way the indicator of a 1-based sheet row is better (null: as the vocabulary says); saved in the workbook. */
  setDirection(sheet: string, row: number, direction: 'lower' | 'higher' | null): Promise<void>;
  /** Where the sheet's (first) table's header is, 1-based first and last rows (null: as recognised); saved in the workbook. */
  setHeaderRows(sheet: string, rows: [number, number] | null): Promise<void>;
  /** What the target of a 1-based sheet row is (null: as its words say); saved in the workbook. */
  setBound(sheet: string, row: number, bound: 'floor' | 'ceiling' | 'exact' | null): Promise<void>;
  /** Leave an issue ("Bỏ qua") while its cell holds what it holds now; saved in the workbook. */
  ignoreIssue(sheet: string, issue: Issue): Promise<void>;
  /** Show an ignored issue again. */
  unignoreIssue(sheet: string, issue: Issue): Promise<void>;
  /** Put several suggested values (a group's fixes) as one undoable step. */
  applyFixes(sheet: string, fixes: Fix[]): Promise<UndoEntry>;
  /**
   * Take back the add-in's last operation (compute, appendix, quick fix)
   * exactly; null when there is none. Refused (UndoConflictError, nothing
   * changed) when the cells it wrote were edited since, unless `force`.
   * The entry leaves the list only once it is undone.
   */
  undo(opts?: UndoOptions): Promise<UndoEntry | null>;
  /** What can be undone, oldest first (the last one is undone next). */
  undoList(): UndoEntry[];
  /**
   * Excel refused to make the add-in's writes one step of its own undo
   * (office-js #6711) and they are written without it: Ctrl+Z does not take
   * them back (the pane's Hoàn tác does).
   */
  excelUndoGroupOff?(): boolean;
  /** Take back the last operation if it is a quick fix (null otherwise). */
  undoFix(): Promise<UndoEntry | null>;
  /** The role corrections saved for a sheet (empty when none). */
  getRoles(sheet: string): Promise<RoleOverrides>;
  /** Save role corrections for a sheet; they are used by every later check. */
  setRoles(sheet: string, roles: RoleOverrides): Promise<void>;
  /**
   * Call `listener` when the user edits a sheet (debounced by the caller).
   * Returns a function that stops listening.
   */
  onSheetChanged(listener: (sheet: string) => void, opts?: SheetEventOptions): Promise<() => Promise<void>>;
  /** The workbook's sheet names, in order (one sync). */
  listSheets(): Promise<string[]>;
  /**
   * Insert the appendix of key tasks (title block, table with real dates,
   * Times New Roman 13, borders, column widths, landscape A4 one page wide
   * with the header row repeated) and activate its sheet. Inserting again
   * replaces the previous one. At most 3 syncs.
   */
  insertAppendix(tasks: AppendixTask[], opts?: InsertAppendixOptions): Promise<InsertAppendixResult>;
  /**
   * Write the issue list of a check (issueTable, worded in the pane's
   * language) to a new sheet: a title, a header, one row per issue with its
   * cell as a link to it. One undoable step (undo deletes the sheet);
   * refused before writing when the checked sheet is gone or the workbook's
   * structure is protected.
   */
  exportIssues(table: IssueTable): Promise<ExportIssuesResult>;
  /**
   * A native chart for the index-th table of the sheet (from `read` when
   * given), beside it, titled in `lang`; one undoable step (Hoàn tác deletes it).
   */
  insertChart(table: number, lang: Lang, read?: SheetRead): Promise<ChartResult>;
  /** The text the selected cells show, for the prose check (a row a line, cells by tabs); null when they show none. Read only. */
  readSelectionText(): Promise<{ sheet: string; address: string; text: string } | null>;
  /** The report's sentences to a new sheet (one undoable step, as the issue list). */
  insertSentences(table: SentencesTable): Promise<ExportIssuesResult>;
  /** The tasks of the first task-list table of the active sheet; null when it has none. */
  readTasks(): Promise<TasksRead | null>;
  /**
   * The tasks of the selected rows: [task, start, end, owner, note], or by
   * the labels of a header row when the first row is one. Null when none.
   */
  readSelectionTasks(): Promise<TasksRead | null>;
}
