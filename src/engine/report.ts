/**
 * The report the engine gives for a sheet: what it recognised, the problems
 * it found at their cells, and the cells it computed. The CLI prints it as
 * JSON (see README, "JSON report"); the task pane shows it.
 */
import type { MessageCode, MessageParams } from './messages';

export type { MessageCode, MessageParam, MessageParams, NumberParam, WordKey, WordParam } from './messages';

export type Kind = 'indicator-plan' | 'target-result' | 'time-series' | 'investment' | 'task-list';

export const KINDS: readonly Kind[] = ['indicator-plan', 'target-result', 'time-series', 'investment', 'task-list'];

export type Role =
  // every kind
  | 'stt'
  | 'name'
  | 'unit'
  | 'note'
  /** Words judging the row: "Đạt", "Vượt", "Không đạt", "Chưa đạt", "Hoàn thành". */
  | 'evaluation'
  // indicator-plan
  | 'actual'
  | 'plan'
  | 'estimate'
  | 'ratio'
  // target-result
  | 'target'
  | 'result'
  | 'completion'
  // time-series: one column per year; with years down the rows, the column
  // naming each row's year or period ('time') and one column per measure
  | 'value'
  | 'time'
  // investment
  | 'total-investment'
  | 'central-budget'
  | 'local-budget'
  | 'other-budget'
  | 'allocated'
  /** Medium-term plan ("Kế hoạch trung hạn giai đoạn 2021-2025"). */
  | 'period-plan'
  | 'year-plan'
  | 'disbursed'
  | 'location'
  | 'period'
  | 'decision'
  | 'investor'
  /** Another figure of each project that adds up ("Khối lượng thực hiện", "Số lượng công trình"): summed, never compared. */
  | 'amount'
  // task-list ('period' too: one column for the whole time, "Thời gian thực hiện")
  | 'task'
  | 'start'
  | 'end'
  | 'owner'
  /** "Cơ quan phối hợp". */
  | 'partner'
  /** "Sản phẩm", "Kết quả/sản phẩm đầu ra". */
  | 'product';

/**
 * The user's corrections of column roles for one sheet, by column letter
 * ("E": "plan"); "ignore" takes a column out of the table.
 */
export type RoleOverrides = Record<string, Role | 'ignore'>;

/** A quantity of an indicator plan sheet: what it is and for which year. */
export interface Quantity {
  role: 'actual' | 'plan' | 'estimate';
  year?: number;
  /** Part of the year ("6 tháng", "9 tháng", "lũy kế"); absent for a full year. */
  period?: string;
}

export interface RatioSpec {
  numerator: Quantity;
  denominator: Quantity;
  /** True when the column is a growth ((a / b − 1) × 100) rather than a ratio. */
  growth?: boolean;
}

export interface ColumnReport {
  /** Column letters, e.g. "D". */
  column: string;
  role: Role;
  year?: number;
  period?: string;
  /** The header text as read (levels joined with " / "). */
  header: string;
  ratio?: RatioSpec;
  /** For a comparison column: what its typed figures are, judged from them (ratios "bằng …%" or growths "tăng …%"). */
  holds?: 'ratio' | 'growth';
  /** For a column that is a part of another in the same row (a source of the total, "Chia ra"): that column's letters. */
  partOf?: string;
  /** The role comes from the user's correction. */
  corrected?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Cell to change (A1). */
  cell: string;
  /** The value to put there. */
  value: string | number;
}

export interface Issue {
  /** A1 address of the cell the problem is at. */
  cell: string;
  code: string;
  severity: Severity;
  /** The message that words it, in the reader's language (`src/i18n/messages.ts`), and its parameters. */
  template: MessageCode;
  params: MessageParams;
  fix?: Fix;
}

/**
 * What a computed cell holds:
 * - ratios "bằng …%": completion, ratio (a sheet's own So sánh column),
 *   disbursement, allocation, elapsed;
 * - growths "tăng …%": growth, plan-growth, cagr (average yearly growth);
 * - rank-change: places gained (7/63 after 9/63 is +2);
 * - duration: months from start to end.
 */
export type Metric = 'completion' | 'growth' | 'plan-growth' | 'ratio' | 'cagr' | 'rank-change' | 'disbursement' | 'allocation' | 'duration' | 'elapsed';

export const METRICS: readonly Metric[] = [
  'completion',
  'ratio',
  'growth',
  'plan-growth',
  'cagr',
  'rank-change',
  'disbursement',
  'allocation',
  'duration',
  'elapsed',
];

/** A column the add-in computes: where, what, and from which columns. */
export interface ComputedColumn {
  /** Column letters of the computed column ("L"), or of the sheet's own "So sánh" column it fills. */
  column: string;
  metric: Metric;
  label: string;
  /** Letters of the columns it is computed from: [achieved or newer, planned or older]; cagr [last, first]; duration [start, end] or [period]. */
  inputs: string[];
}

/** A table's computed block that would go past Excel's last column (XFD): nothing of it is written. */
export interface UnplacedBlock {
  /** Where the block would go: "XFB4:XFF120" (its right end past XFD). */
  range: string;
  /** The column it would start at ("XFB"). */
  from: string;
  /** How many computed columns the table needs. */
  width: number;
  /** The table's 1-based sheet rows, header top to last data row. */
  rows: [number, number];
}

export interface Computed {
  cell: string;
  /** 1-based sheet row. */
  row: number;
  metric: Metric;
  /** The column's label ("ƯTH 2018 so với KH 2018"). */
  label?: string;
  /** The value the cell shows (null: left empty). */
  value: number | null;
  /** The live formula, or null where a value was written instead. */
  formula: string | null;
}

/** One table of a sheet (a sheet may hold several, one under another). */
export interface TableReport {
  kind: Kind;
  /** The title rows above the header, joined, if any. */
  title?: string;
  /** 1-based first and last header rows. */
  headerRows: [number, number];
  /** 1-based first and last data rows. */
  dataRows: [number, number];
  columns: ColumnReport[];
  /** The kind is the user's choice (the pane's, or --kind), not recognition's. */
  chosen?: boolean;
}

/** Like issues read as one line: one code and severity in one column, three or more times. */
export interface IssueGroup {
  code: string;
  severity: Severity;
  /** Column letters. */
  column: string;
  count: number;
  /** The cells of its issues, top down (each is also in `issues`). */
  cells: string[];
  /** How many of them carry a fix. */
  fixes: number;
}

/** A block that looks like a table header but that no kind fits, and why. */
export interface UnrecognisedBlock {
  /** 1-based first and last rows of the block. */
  rows: [number, number];
  /** The kind that came closest. */
  closest: Kind;
  /** The roles it found there. */
  found: Role[];
  /** What that kind still needs: for each, one column of any of these roles (`atLeast` of them, of distinct years, where given). */
  missing: { anyOf: Role[]; atLeast?: number }[];
}

export interface SheetReport {
  name: string;
  /** Kind of the sheet's first table, null when it holds none. */
  kind: Kind | null;
  /** 1-based first and last header rows of the first table. */
  headerRows?: [number, number];
  /** Columns of the first table. */
  columns: ColumnReport[];
  /** Every table of the sheet, top to bottom. */
  tables: TableReport[];
  issues: Issue[];
  /** Issues the user chose to leave ("Bỏ qua") whose cell still holds what it held then; not in `issues`. */
  ignored?: Issue[];
  /** Like issues gathered (each still listed in `issues`); empty when none repeat. */
  groups?: IssueGroup[];
  computed: Computed[];
  /** The computed columns (filled by compute). */
  computedColumns?: ComputedColumn[];
  /** Computed blocks that do not fit in the sheet (past column XFD), so were not written (filled by compute). */
  unplaced?: UnplacedBlock[];
  /** On a sheet with no recognised table: every header-like block and the kind that came closest (empty when there is none). */
  unrecognised?: UnrecognisedBlock[];
}

export interface WorkbookReport {
  file?: string;
  sheets: SheetReport[];
}

/** Which group, if any, each issue belongs to (a group lists its issues by cell, code and severity). */
export function groupFinder<G extends IssueGroup>(groups: readonly G[] | undefined): (issue: Issue) => G | undefined {
  const byKey = new Map<string, G>();
  for (const g of groups ?? []) for (const cell of g.cells) byKey.set(`${cell}|${g.code}|${g.severity}`, g);
  return (i) => byKey.get(`${i.cell}|${i.code}|${i.severity}`);
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}
