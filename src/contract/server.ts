/**
 * What the contract page sends to Microsoft's test server
 * (office-addin-test-server, `npm run test:excel`): the results and the
 * Excel they came from. office-addin-test-helpers' sendTestResults puts
 * the JSON in the request's query string, and a Node server refuses a
 * request whose head passes 16 KB: the details are shortened until the
 * encoded JSON fits in MAX_QUERY_CHARS (names and statuses never are).
 */
import type { ContractResult } from './types';

/** The port of office-addin-test-server (its default). */
export const TEST_SERVER_PORT = 4201;

/** Most characters of the encoded JSON in the query string, well under Node's 16 KB request head. */
export const MAX_QUERY_CHARS = 12_000;

export interface ContractReport {
  suite: 'chitieu-contract';
  /** Office.context.diagnostics and the display language, as the page saw them ("unknown" where not). */
  excel: { host: string; platform: string; version: string; language: string };
  results: ContractResult[];
}

function encodedLength(report: ContractReport): number {
  return encodeURIComponent(JSON.stringify(report)).length;
}

/** The report, its details cut (with "…") as much as needed to fit in `max` encoded characters. */
export function fitForServer(report: ContractReport, max = MAX_QUERY_CHARS): ContractReport {
  if (encodedLength(report) <= max) return report;
  for (const keep of [400, 200, 100, 40, 0]) {
    const cut: ContractReport = {
      ...report,
      results: report.results.map((r) => (r.detail.length > keep ? { ...r, detail: keep ? `${r.detail.slice(0, keep)}…` : '' } : r)),
    };
    if (encodedLength(cut) <= max || keep === 0) return cut;
  }
  return report;
}
