/** The pieces compute is made of: metric columns, each computing its cells row by row. */
import type { Grid } from '../grid';
import type { Metric } from '../report';
import type { Column, RowModel, Table } from '../table';

export interface CellResult {
  /** The value the cell shows; null leaves it empty. */
  value: number | null;
  /** A live formula, or null where a value is written instead. */
  formula: string | null;
  /** A1 of an input typed as text, when the value could not be a formula. */
  textInput?: string;
  /** When a cell of the column holds another metric (a rank change in a growth column). */
  metric?: Metric;
  /** Number format for this cell, when it differs from the column's. */
  format?: string;
  /** Why the cell is left empty, when the user should know. */
  why?: 'no-comparable-figure' | 'unreadable-dates' | 'text-input' | 'rate-not-positive';
  /** A1 of a target that is a bound ("Dưới 4"): the value follows the bound, so it is no formula. */
  bound?: string;
}

export interface MetricColumn {
  metric: Metric;
  /** Sub-header label, e.g. "ƯTH 2018 so với KH 2018". */
  label: string;
  /** Ratios read "bằng …%", growths "tăng …%"; they go under different top headers. */
  group: 'ratio' | 'growth' | 'other';
  format: string;
  /** For the numbering row: the columns divided ("12=6/5"), and whether it is a growth ("-1"). */
  operands?: [Column, Column];
  /** The columns its cells are computed from, when they are not the operands (cagr: last and first year; duration: start and end). */
  inputs?: Column[];
  cell(row: RowModel): CellResult | null;
}

export interface ComputeOptions {
  /** Metrics to add; all the table allows when absent. */
  metrics?: readonly Metric[];
  /** The date for the share of a task's period elapsed (days since 1970-01-01, UTC). */
  asOf?: number;
}

export interface MetricContext {
  grid: Grid;
  table: Table;
  options: ComputeOptions;
}

/** Gives the metric columns a table of one kind allows. */
export type MetricProvider = (ctx: MetricContext) => MetricColumn[];

/** A computed cell the report explains: a value instead of a formula, or why it is empty. */
export interface ValueNote {
  row: number;
  col: number;
  cell: string;
  value: number | null;
  /** The input typed as text (value instead of formula). */
  input?: string;
  /** The target that is a bound (value instead of formula). */
  bound?: string;
  why?: CellResult['why'];
}
