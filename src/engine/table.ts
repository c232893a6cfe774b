/**
 * A recognised table: its header block, its columns with their roles, and
 * its rows typed as sections, items, parts or totals. Every sheet kind
 * produces one; rules and compute read it.
 */
import type { HeaderBlock } from './header';
import type { NumberStyle, Reading } from './numbers';
import type { PeriodLabel } from './periods';
import type { Kind, RatioSpec, Role } from './report';

export interface Column {
  /** Absolute 0-based column. */
  col: number;
  role: Role;
  year?: number;
  period?: string;
  /** Header labels joined with " / ". */
  header: string;
  ratio?: RatioSpec;
  /** Text of the numbering row for this column ("6", "8=6/5"). */
  numbering?: string;
  /** Inside an area the add-in wrote (its computed block). */
  owned?: boolean;
  /** The role comes from the user's correction, not from recognition. */
  corrected?: boolean;
  /** A part of another column of the same row (breakdown.ts): that column. */
  partOf?: number;
  /** The breakdown it belongs to ("phân theo giới tính"); '' for the only one. */
  partGroup?: string;
  /** A partial breakdown ("Trong đó"): the parts may fall short of the total. */
  partial?: boolean;
  /** For a comparison column: what its typed figures are, judged from them. */
  holds?: 'ratio' | 'growth';
}

/** What a kind says about one column from its header labels. */
export type ColumnClass = Omit<Column, 'col' | 'header' | 'numbering' | 'owned' | 'corrected' | 'partOf' | 'partGroup' | 'partial' | 'holds'>;

/**
 * - section: a group heading (I, II / A, B, or an upper-case name); in an
 *   investment table it may carry its projects' sums;
 * - item: an indicator, project, task or target;
 * - part: a breakdown of the item above (`-`, `+`, `a`, "Trong đó …");
 * - label: "Trong đó:" alone, announcing parts;
 * - total: TỔNG SỐ / Tổng cộng;
 * - blank.
 */
export type RowType = 'section' | 'item' | 'part' | 'label' | 'total' | 'blank';

export interface RowModel {
  row: number;
  type: RowType;
  stt: string;
  /** Text of the kind's name column (indicator, project, target, task). */
  name: string;
  unit: string;
  /** Name and unit folded (no diacritics, lower case), for matching words. */
  folded: { name: string; unit: string };
  /** For parts: the row they break down. */
  parent?: number;
  /** For parts: announced by "Trong đó" (a partial breakdown). */
  partial?: boolean;
  /** For parts: which breakdown of the parent (the row of its "Phân theo …" label), when it has several. */
  group?: number;
  /** Section level: 1 for A, B; 2 for I, II; undefined otherwise. */
  level?: number;
  /** Smaller is better (service radius, people per point, ranks). */
  lowerIsBetter: boolean;
  /** Values are ranks "7/63". */
  rank: boolean;
  /** The planner's word on the row's target: a floor, a ceiling or exact, whatever its words say. */
  bound?: 'floor' | 'ceiling' | 'exact';
  /** The indicator is itself a rate of change ("Tốc độ tăng GRDP"): it may be negative, is never summed, gets no growth. */
  rate: boolean;
  /**
   * With years down the rows: the row's year or period, and what its figures
   * are when they derive from the values ("Chỉ số phát triển (năm trước =
   * 100)": index; "Cơ cấu (%)": share; "Tốc độ tăng (%)": growth).
   */
  time?: PeriodLabel;
  block?: 'index' | 'share' | 'growth';
}

export interface Table {
  kind: Kind;
  /** The kind is the user's choice, not recognition's. */
  chosen?: boolean;
  /** Title rows above the header (joined), if any. */
  title?: string;
  header: HeaderBlock;
  columns: Column[];
  rows: RowModel[];
  dataTop: number;
  dataBottom: number;
  /** Rightmost column of the sheet's own table (owned columns excluded). */
  right: number;
  /** Number style of each numeric column. */
  styles: Map<number, NumberStyle>;
  /** Years of the plan period named by the title or header ("2021-2025"). */
  period?: { from: number; to: number };
  /** Years down the rows and measures across (a yearbook layout); absent for the usual layout. */
  orientation?: 'down';
  /** The unit the title or a unit row states for the whole table ("ĐVT: Chiếc", "Người - Person"), folded. */
  unit?: string;
  /** A cell read in its column's number style (text readings are kept: rules read a cell several times). */
  read(row: number, col: number): Reading;
}

/** What makes a kind: its header words, how it reads a column, how it scores. */
export interface Need {
  anyOf: readonly Role[];
  atLeast?: number;
}

export interface KindSpec {
  kind: Kind;
  isHeaderWord(folded: string): boolean;
  /** Classify a column from its header labels, top to bottom. */
  classify(labels: string[]): ColumnClass | undefined;
  /** Complete the columns found (e.g. take a blank-headed column as the names); `blankHeaded` lists the header's columns without a label. */
  complete?(columns: Column[], blankHeaded: number[]): void;
  /** How well the columns fit this kind; 0 when they don't. */
  score(columns: Column[]): number;
  /**
   * What `score` asks for, as data for explaining a miss: each need is met
   * by a column of one of its roles (by `atLeast` columns of distinct years
   * where given). Used only to say which kind came closest and what it lacks.
   */
  needs: readonly Need[];
  /** The role of the column naming each row. */
  nameRole: Role;
  /** The column naming the rows when there is no `nameRole` column (a target sentence). */
  fallbackNameRole?: Role;
  /** Roles whose cells hold numbers. */
  numericRoles: readonly Role[];
  /** Finish the table after rows are built (e.g. ratios from the numbering row). */
  finish?(table: Table): void;
}

export function columnOf(t: Table, role: Role): Column | undefined {
  return t.columns.find((c) => c.role === role && !c.owned);
}

export function columnsOf(t: Table, ...roles: Role[]): Column[] {
  return t.columns.filter((c) => roles.includes(c.role) && !c.owned);
}

/** The row model of a sheet row of the table's data (rows are one per data row, top down). */
export function rowAt(table: Pick<Table, 'rows' | 'dataTop'>, row: number): RowModel | undefined {
  const model = table.rows[row - table.dataTop];
  return model !== undefined && model.row === row ? model : table.rows.find((r) => r.row === row);
}
