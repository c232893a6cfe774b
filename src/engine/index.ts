/**
 * The engine's public face: a Grid in, a report and a list of changes out.
 * Pure TypeScript: no Office, no DOM, no Node.
 */
import type { Change } from './changes';
import { planCompute } from './compute';
import { Grid, a1, colLetter } from './grid';
import { IndicatorTable, recognizeIndicatorPlan } from './kinds/indicator-plan';
import { formatNumber, NumberStyle } from './numbers';
import type { ColumnReport, Issue, RoleOverrides, SheetReport } from './report';
import { entriesRule } from './rules/entries';
import { ratiosRule } from './rules/ratios';
import type { Finding, Rule, RuleContext } from './rules/types';
import { unitsRule } from './rules/units';
import type { Lang } from '../i18n/lang';
import { render } from '../i18n/messages';

export const RULES: readonly Rule[] = [entriesRule, unitsRule, ratiosRule];

export type { Change } from './changes';
export type { Grid } from './grid';
export type * from './report';

/** Recognise the sheet's table (null: no standard sheet). */
export function recognize(grid: Grid): IndicatorTable | null {
  return recognizeIndicatorPlan(grid);
}

function columnsOf(t: IndicatorTable): ColumnReport[] {
  return t.columns.map((c) => {
    const out: ColumnReport = { column: colLetter(c.col), role: c.role, header: c.header };
    if (c.year !== undefined) out.year = c.year;
    if (c.period) out.period = c.period;
    if (c.ratio) out.ratio = c.ratio;
    return out;
  });
}

function toIssue(f: Finding, lang: Lang): Issue {
  const issue: Issue = { cell: a1(f.row, f.col), code: f.code, severity: f.severity, message: render(f.message, f.params, lang) };
  if (f.fix !== undefined) issue.fix = { cell: issue.cell, value: f.fix };
  return issue;
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}

function context(grid: Grid, table: IndicatorTable, lang: Lang): RuleContext {
  const defaultStyle: NumberStyle = lang === 'vi' ? 'vi' : 'us';
  return { grid, table, lang, show: (x, style) => formatNumber(x, style ?? defaultStyle) };
}

function baseReport(grid: Grid, table: IndicatorTable | null): SheetReport {
  if (!table) return { name: grid.name, kind: null, columns: [], tables: [], issues: [], computed: [] };
  const headerRows: [number, number] = [table.header.top + 1, table.header.bottom + 1];
  const columns = columnsOf(table);
  return {
    name: grid.name,
    kind: table.kind,
    headerRows,
    columns,
    tables: [{ kind: table.kind, headerRows, dataRows: [table.dataTop + 1, table.dataBottom + 1], columns }],
    issues: [],
    computed: [],
  };
}

function findings(grid: Grid, table: IndicatorTable, lang: Lang): Finding[] {
  const ctx = context(grid, table, lang);
  return RULES.flatMap((r) => r.run(ctx)).sort(byPosition);
}

export interface EngineOptions {
  /** The user's corrections of column roles for this sheet. */
  roles?: RoleOverrides;
}

/** Recognise the sheet and check its entries. */
export function checkSheet(grid: Grid, lang: Lang = 'vi', _opts: EngineOptions = {}): SheetReport {
  const table = recognize(grid);
  const report = baseReport(grid, table);
  if (table) report.issues = findings(grid, table, lang).map((f) => toIssue(f, lang));
  return report;
}

/** Recognise, check, and plan the computed columns. */
export function computeSheet(grid: Grid, lang: Lang = 'vi', _opts: EngineOptions = {}): { report: SheetReport; changes: Change[] } {
  const table = recognize(grid);
  const report = baseReport(grid, table);
  if (!table) return { report, changes: [] };
  const plan = planCompute(grid, table);
  const ctx = context(grid, table, lang);
  const notes: Finding[] = plan.valueNotes.map((n) => ({
    row: n.row,
    col: n.col,
    code: 'value-not-formula',
    message: 'value-not-formula',
    severity: 'info',
    params: { value: n.value === null ? '—' : ctx.show(Math.round(n.value * 10) / 10), input: n.input },
  }));
  report.issues = [...findings(grid, table, lang), ...notes].sort(byPosition).map((f) => toIssue(f, lang));
  report.computed = plan.computed;
  return { report, changes: plan.changes };
}
