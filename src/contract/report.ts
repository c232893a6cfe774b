/**
 * The suite's results as counts and as plain text (the report the pages
 * show and copy for support; the Node script prints its own table).
 */
import type { ContractResult, ContractStatus } from './types';

export type ContractSummary = Record<ContractStatus, number>;

export function summarize(results: readonly ContractResult[]): ContractSummary {
  const out: ContractSummary = { pass: 0, fail: 0, skipped: 0, manual: 0 };
  for (const r of results) out[r.status]++;
  return out;
}

/** "12 passed, 0 failed, 1 skipped, 1 manual". */
export function summaryLine(results: readonly ContractResult[]): string {
  const s = summarize(results);
  return `${s.pass} passed, ${s.fail} failed, ${s.skipped} skipped, ${s.manual} manual`;
}

const LABEL: Record<ContractStatus, string> = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIP', manual: 'MANUAL' };

/** One line a result: "PASS   load-sync (12 ms): …". */
export function resultLine(r: ContractResult): string {
  return `${LABEL[r.status].padEnd(6)} ${r.name} (${r.ms} ms): ${r.detail}`;
}

/** The results as text: the header lines given, one line a result, and the counts. */
export function resultsText(results: readonly ContractResult[], header: readonly string[] = []): string {
  return [...header, ...results.map(resultLine), summaryLine(results)].join('\n');
}
