/**
 * The engine's check and compute with their reports worded in one language,
 * as the command line and the pane show them: what the tests of messages
 * read. (The engine itself returns codes and parameters; `src/i18n/report.ts`
 * words them.)
 */
import { checkSheet as check, computeSheet as compute, type EngineOptions } from '../../src/engine';
import type { Change, Grid } from '../../src/engine';
import type { Lang } from '../../src/i18n/lang';
import { wordReport, type WordedReport } from '../../src/i18n/report';

export function checkSheet(grid: Grid, lang: Lang = 'vi', opts: EngineOptions = {}): WordedReport {
  return wordReport(check(grid, opts), lang);
}

export function computeSheet(grid: Grid, lang: Lang = 'vi', opts: EngineOptions = {}): { report: WordedReport; changes: Change[] } {
  const { report, changes } = compute(grid, opts);
  return { report: wordReport(report, lang), changes };
}
