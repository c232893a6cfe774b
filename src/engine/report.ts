/**
 * The report the engine gives for a sheet: what it recognised, the problems
 * it found at their cells, and the cells it computed. The CLI prints it as
 * JSON (see README, "JSON report"); the task pane shows it.
 */
export type Kind = 'indicator-plan';

export type Role = 'stt' | 'name' | 'unit' | 'actual' | 'plan' | 'estimate' | 'ratio' | 'note';

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
  /** Message in the report's language. */
  message: string;
  fix?: Fix;
}

export type Metric = 'completion' | 'growth' | 'plan-growth';

export interface Computed {
  cell: string;
  /** 1-based sheet row. */
  row: number;
  metric: Metric;
  /** The value the cell shows (null: left empty). */
  value: number | null;
  /** The live formula, or null where a value was written instead. */
  formula: string | null;
}

export interface SheetReport {
  name: string;
  kind: Kind | null;
  /** 1-based first and last header rows. */
  headerRows?: [number, number];
  columns: ColumnReport[];
  issues: Issue[];
  computed: Computed[];
}

export interface WorkbookReport {
  file?: string;
  sheets: SheetReport[];
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}
