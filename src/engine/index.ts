/**
 * The engine's public face: a Grid in, a report and a list of changes out.
 * Pure TypeScript: no Office, no DOM, no Node.
 */
import type { Change } from './changes';
import { ComputeOptions, metricsFor, planCompute } from './compute';
import { Grid, GridStray, a1, cellAt, colIndex, colLetter, parseA1 } from './grid';
import { explainUnrecognised, recognizeTables } from './recognize';
import { groupIssues } from './groups';
import type { ColumnReport, Issue, Kind, Metric, RoleOverrides, SheetReport, TableReport, UnrecognisedBlock } from './report';
import { capitalRule } from './rules/investment';
import { completionRule } from './rules/completion';
import { datesRule } from './rules/dates';
import { breakdownsRule } from './rules/breakdowns';
import { entriesRule } from './rules/entries';
import { innerRatioRule } from './rules/inner';
import { changesRule } from './rules/changes';
import { evaluationRule } from './rules/evaluation';
import { missingRule } from './rules/missing';
import { numberingRule } from './rules/numbering';
import { rangesRule } from './rules/ranges';
import { ratiosRule } from './rules/ratios';
import { sumsRule } from './rules/sums';
import type { Finding, Rule, RuleContext } from './rules/types';
import type { Table } from './table';
import { cellText } from './text';
import { num } from './messages';

const NOT_COMPUTED = {
  'no-comparable-figure': 'not-computed-figure',
  'text-input': 'not-computed-text',
  'unreadable-dates': 'not-computed-dates',
  'rate-not-positive': 'not-computed-rate',
} as const;

export const RULES: readonly Rule[] = [
  entriesRule,
  missingRule,
  ratiosRule,
  completionRule,
  rangesRule,
  sumsRule,
  breakdownsRule,
  capitalRule,
  datesRule,
  numberingRule,
  evaluationRule,
  innerRatioRule,
  changesRule,
];

export type { Change } from './changes';
export type { Grid } from './grid';
export type * from './report';

export interface EngineOptions extends ComputeOptions {
  /** The user's corrections of column roles for this sheet. */
  roles?: RoleOverrides;
  /** The user's choice of kind for every table of this sheet (a header block no kind fits is read as this one). */
  kind?: Kind;
  /** The user's choice of direction by 1-based sheet row: which way the indicator of that row is better. */
  directions?: Record<number, 'lower' | 'higher'>;
  /** The user's word on where the (first) table's header is: 1-based first and last rows. */
  headerRows?: [number, number];
  /** The user's word on a row's target, by 1-based sheet row: a floor, a ceiling or exact, whatever its words say. */
  bounds?: Record<number, 'floor' | 'ceiling' | 'exact'>;
  /** Issues the user chose to leave, with what their cell held then: while it holds the same, they are set apart. */
  ignored?: readonly IgnoredIssue[];
}

export interface IgnoredIssue {
  cell: string;
  code: string;
  /** The cell's content when ignored, as `cellContent` gives it. */
  content: string;
}

/** A cell's content as an ignore remembers it: its value as text ("" when empty). */
export function cellContent(grid: Grid, cell: string): string {
  const a = parseA1(cell);
  const v = cellAt(grid, a.top, a.left);
  return v === null || v === undefined ? '' : String(v);
}

/** Set apart the issues the user ignored whose cell still holds what it held; a changed cell brings its issue back. */
function setApart(report: SheetReport, grid: Grid, ignored: readonly IgnoredIssue[] | undefined): void {
  if (!ignored?.length) return;
  const keys = new Set(ignored.filter((i) => cellContent(grid, i.cell) === i.content).map((i) => `${i.cell}|${i.code}`));
  if (!keys.size) return;
  const kept: Issue[] = [];
  const apart: Issue[] = [];
  for (const i of report.issues) (keys.has(`${i.cell}|${i.code}`) ? apart : kept).push(i);
  report.issues = kept;
  if (apart.length) report.ignored = apart;
}

/** Recognise the sheet's tables, top to bottom (none: no standard sheet). */
export function recognize(grid: Grid, opts: EngineOptions = {}): Table[] {
  const tables = recognizeTables(grid, opts.roles, opts.kind, opts.headerRows);
  if (opts.kind) for (const t of tables) t.chosen = true;
  const directions = opts.directions;
  if (directions) {
    for (const t of tables) for (const r of t.rows) if (directions[r.row + 1]) r.lowerIsBetter = directions[r.row + 1] === 'lower';
  }
  const bounds = opts.bounds;
  if (bounds) {
    for (const t of tables) for (const r of t.rows) if (bounds[r.row + 1]) r.bound = bounds[r.row + 1];
  }
  return tables;
}

function columnsOf(t: Table): ColumnReport[] {
  return t.columns.map((c) => {
    const out: ColumnReport = { column: colLetter(c.col), role: c.role, header: c.header };
    if (c.year !== undefined) out.year = c.year;
    if (c.period) out.period = c.period;
    if (c.ratio) out.ratio = c.ratio;
    if (c.role === 'ratio') out.holds = c.holds ?? (c.ratio?.growth ? 'growth' : 'ratio');
    if (c.partOf !== undefined) out.partOf = colLetter(c.partOf);
    if (c.corrected) out.corrected = true;
    return out;
  });
}

function tableReport(t: Table): TableReport {
  const out: TableReport = {
    kind: t.kind,
    headerRows: [t.header.top + 1, t.header.bottom + 1],
    dataRows: [t.dataTop + 1, t.dataBottom + 1],
    columns: columnsOf(t),
  };
  if (t.title) out.title = t.title;
  if (t.chosen) out.chosen = true;
  return out;
}

function toIssue(f: Finding): Issue {
  const issue: Issue = { cell: a1(f.row, f.col), code: f.code, severity: f.severity, template: f.message, params: f.params };
  if (f.fix !== undefined) issue.fix = { cell: issue.cell, value: f.fix };
  return issue;
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}

function context(grid: Grid, table: Table): RuleContext {
  return { grid, table, show: num };
}

function baseReport(grid: Grid, tables: Table[], opts: EngineOptions): SheetReport {
  const reports = tables.map(tableReport);
  const first = reports[0];
  if (!first) return { name: grid.name, kind: null, columns: [], tables: [], issues: [], computed: [], unrecognised: unrecognised(grid, opts) };
  return { name: grid.name, kind: first.kind, headerRows: first.headerRows, columns: first.columns, tables: reports, issues: [], computed: [] };
}

/** Why a sheet with no recognised table is not one: its header-like blocks and the closest kinds. */
function unrecognised(grid: Grid, opts: EngineOptions): UnrecognisedBlock[] {
  return explainUnrecognised(grid, opts.roles).map((u) => ({
    rows: [u.top + 1, u.bottom + 1] as [number, number],
    closest: u.closest,
    found: u.found,
    missing: u.missing.map((n) => (n.atLeast ? { anyOf: [...n.anyOf], atLeast: n.atLeast } : { anyOf: [...n.anyOf] })),
  }));
}

function findings(grid: Grid, tables: Table[]): Finding[] {
  const out = tables.flatMap((t) => {
    const ctx = context(grid, t);
    return RULES.flatMap((r) => r.run(ctx));
  });
  // Lone cells far from the tables, which the host did not read into the grid: said once each.
  if (tables.length) for (const s of grid.strays ?? []) out.push(strayFinding(s));
  return out;
}

function strayFinding(s: GridStray): Finding {
  const text = cellText(s.value);
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return { row: s.row, col: s.col, code: 'far-cell', message: 'far-cell', severity: 'info', params: { cell: a1(s.row, s.col), text: shown } };
}

/** Recognise the sheet and check its entries. */
export function checkSheet(grid: Grid, opts: EngineOptions = {}): SheetReport {
  const tables = recognize(grid, opts);
  const report = baseReport(grid, tables, opts);
  report.issues = findings(grid, tables).sort(byPosition).map(toIssue);
  setApart(report, grid, opts.ignored);
  report.groups = groupIssues(report.issues);
  return report;
}

/** The empty cells of a table's own "So sánh (%)" columns that compute would fill (metric 'ratio' of an indicator plan). */
export interface OwnRatioFill {
  /** The columns written, "H", "I". */
  columns: string[];
  /** Cells that get a formula. */
  cells: number;
}

/** The metrics each table of the sheet allows, for the pane's picker; `fill`: what filling its own comparison columns would write. */
export function availableMetrics(
  grid: Grid,
  opts: EngineOptions = {}
): { table: number; kind: Table['kind']; metrics: { metric: Metric; label: string }[]; fill?: OwnRatioFill }[] {
  return recognize(grid, opts).map((t, i) => {
    const out: { table: number; kind: Table['kind']; metrics: { metric: Metric; label: string }[]; fill?: OwnRatioFill } = {
      table: i,
      kind: t.kind,
      metrics: metricsFor(grid, t, opts).map((m) => ({ metric: m.metric, label: m.label })),
    };
    if (t.kind === 'indicator-plan') {
      const columns = new Set<string>();
      let cells = 0;
      for (const c of planCompute(grid, t, i, { ...opts, metrics: ['ratio'] }).changes) {
        if (c.type !== 'write') continue;
        for (const row of c.cells) for (const w of row) if (w.formula) cells++;
        columns.add(colLetter(c.left));
      }
      if (cells > 0) out.fill = { columns: [...columns].sort((a, b) => colIndex(a) - colIndex(b)), cells };
    }
    return out;
  });
}

/** The text of an input cell that reads "a/b" (a rank "7/63", a count "3/5"), else null. */
function abText(grid: Grid, table: Table, input: string): string | null {
  const a = parseA1(input);
  const r = table.read(a.top, a.left);
  return r.kind === 'number' && r.fromText && r.shape === 'fraction' ? cellText(cellAt(grid, a.top, a.left)) : null;
}

/** Recognise, check, and plan the computed columns of every table. */
export function computeSheet(grid: Grid, opts: EngineOptions = {}): { report: SheetReport; changes: Change[] } {
  const tables = recognize(grid, opts);
  const report = baseReport(grid, tables, opts);
  const all = findings(grid, tables);
  const changes: Change[] = [];
  tables.forEach((table, index) => {
    const plan = planCompute(grid, table, index, opts);
    for (const n of plan.notes) {
      // An input typed "7/63" (a rank) or "3/5" is text by nature, not a number to fix: said so.
      const ab = n.input ? abText(grid, table, n.input) : null;
      if (n.why === 'text-input' && ab) {
        all.push({ row: n.row, col: n.col, code: 'not-computed', message: 'not-computed-fraction', severity: 'info', params: { input: n.input!, text: ab } });
      } else if (n.why) {
        all.push({ row: n.row, col: n.col, code: 'not-computed', message: NOT_COMPUTED[n.why], severity: 'info', params: { input: n.input ?? '' } });
      } else if (n.bound) {
        const bound = cellText(cellAt(grid, parseA1(n.bound).top, parseA1(n.bound).left));
        all.push({
          row: n.row,
          col: n.col,
          code: 'value-not-formula',
          message: 'value-bound',
          severity: 'info',
          params: { value: n.value === null ? '—' : num(Math.round(n.value * 10) / 10), input: n.bound, bound },
        });
      } else if (n.input) {
        all.push({
          row: n.row,
          col: n.col,
          code: 'value-not-formula',
          message: ab ? 'value-fraction' : 'value-not-formula',
          severity: 'info',
          params: ab
            ? { value: n.value === null ? '—' : num(Math.round(n.value * 10) / 10), input: n.input, text: ab }
            : { value: n.value === null ? '—' : num(Math.round(n.value * 10) / 10), input: n.input },
        });
      }
    }
    // Loops, not push(...): a sheet of 100,000 rows is more arguments than a call takes.
    for (const c of plan.computed) report.computed.push(c);
    (report.computedColumns ??= []).push(...plan.columns);
    if (plan.unplaced) {
      const u = plan.unplaced;
      (report.unplaced ??= []).push({
        range: `${a1(u.top, u.left)}:${colLetter(u.right)}${u.bottom + 1}`,
        from: colLetter(u.left),
        width: u.right - u.left + 1,
        rows: [u.top + 1, u.bottom + 1],
      });
    }
    for (const c of plan.changes) changes.push(c);
  });
  report.issues = all.sort(byPosition).map(toIssue);
  setApart(report, grid, opts.ignored);
  report.groups = groupIssues(report.issues);
  return { report, changes };
}
