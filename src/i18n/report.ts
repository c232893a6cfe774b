/**
 * A report in words: the engine's report (codes and parameters) with each
 * issue, group and unrecognised block worded in one language. The edges
 * word a report when they show it, so switching the language words the same
 * report again, without checking the sheet again.
 */
import type { Issue, IssueGroup, SheetReport, UnrecognisedBlock, WorkbookReport } from '../engine/report';
import { explainUnrecognisedText } from './explain';
import { groupMessage } from './groups';
import type { Lang } from './lang';
import { render } from './messages';

export type WordedIssue = Issue & { message: string };
export type WordedGroup = IssueGroup & { message: string };
export type WordedBlock = UnrecognisedBlock & { message: string };

export interface WordedReport extends Omit<SheetReport, 'issues' | 'ignored' | 'groups' | 'unrecognised'> {
  issues: WordedIssue[];
  ignored?: WordedIssue[];
  groups?: WordedGroup[];
  unrecognised?: WordedBlock[];
}

export interface WordedWorkbookReport extends Omit<WorkbookReport, 'sheets'> {
  sheets: WordedReport[];
}

export function wordIssue(issue: Issue, lang: Lang): WordedIssue {
  // Built field by field: a sheet of 100,000 rows may have tens of thousands of issues.
  const out: WordedIssue = {
    cell: issue.cell,
    code: issue.code,
    severity: issue.severity,
    template: issue.template,
    params: issue.params,
    message: render(issue.template, issue.params, lang),
  };
  if (issue.fix) out.fix = issue.fix;
  return out;
}

/** "Cột D: 18 số gõ dạng chữ (D6–D26)". */
export function wordGroup(group: IssueGroup, lang: Lang): WordedGroup {
  return { ...group, message: groupMessage(group.code, group.column, group.count, group.cells[0], group.cells[group.cells.length - 1], lang) };
}

export function wordBlock(block: UnrecognisedBlock, lang: Lang): WordedBlock {
  return { ...block, message: explainUnrecognisedText(block, lang) };
}

export function wordReport(report: SheetReport, lang: Lang): WordedReport {
  const { issues, ignored, groups, unrecognised, ...rest } = report;
  const out: WordedReport = { ...rest, issues: issues.map((i) => wordIssue(i, lang)) };
  if (ignored) out.ignored = ignored.map((i) => wordIssue(i, lang));
  if (groups) out.groups = groups.map((g) => wordGroup(g, lang));
  if (unrecognised) out.unrecognised = unrecognised.map((b) => wordBlock(b, lang));
  return out;
}

export function wordWorkbook(report: WorkbookReport, lang: Lang): WordedWorkbookReport {
  return { ...report, sheets: report.sheets.map((s) => wordReport(s, lang)) };
}
