/**
 * The contract suite: the Office.js behaviours the add-in relies on
 * (cases.ts), run in order on one Excel through the same `run(batch,
 * options)` the add-in uses. The runner adds a scratch sheet
 * ("chitieu-contract") first, clears it before each case, and deletes it
 * at the end, also when a case failed. Deleting a sheet cannot be undone:
 * Excel forgets its own Ctrl+Z history then, so whoever starts the suite
 * by hand is warned first (contract.html, the pane's "Chẩn đoán").
 *
 * Browser-safe: no Node, no jest (assert.ts has the suite's checks).
 */
import type { ExcelRunner } from '../host/excel/runner';
import { CaseOutcome, ContractFailure, describeError } from './assert';
import { CASES } from './cases';
import type { CaseContext, ContractCase, ContractHost, ContractResult, RunContractOptions } from './types';

export type { ContractCase, ContractHost, ContractResult, ContractStatus, RunContractOptions } from './types';
export { CASES, UNDO_MANUAL, WEB_PAYLOAD_LIMIT } from './cases';
export { resultLine, resultsText, summarize, summaryLine, type ContractSummary } from './report';

/** The one sheet the suite writes to. */
export const SCRATCH_SHEET = 'chitieu-contract';

/** The cases a run takes: all but the opt-in ones, plus those `include` names; or only those `only` names. */
export function selectCases(opts: Pick<RunContractOptions, 'only' | 'include'> = {}): { cases: ContractCase[]; unknown: string[] } {
  const known = new Set(CASES.map((c) => c.name));
  const asked = [...(opts.only ?? []), ...(opts.include ?? [])];
  const unknown = asked.filter((n, i) => !known.has(n) && asked.indexOf(n) === i);
  const cases = opts.only ? CASES.filter((c) => opts.only!.includes(c.name)) : CASES.filter((c) => !c.optIn || (opts.include ?? []).includes(c.name));
  return { cases, unknown };
}

/** The scratch sheet, added (or a leftover of an interrupted run taken over). */
async function addScratch(api: ExcelRunner): Promise<void> {
  await api.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(SCRATCH_SHEET);
    await context.sync();
    if (old.isNullObject) sheets.add(SCRATCH_SHEET);
    await context.sync();
  });
}

async function clearScratch(api: ExcelRunner): Promise<void> {
  await api.run(async (context) => {
    context.workbook.worksheets.getItem(SCRATCH_SHEET).getRange().clear();
    await context.sync();
  });
}

async function removeScratch(api: ExcelRunner): Promise<void> {
  await api.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(SCRATCH_SHEET);
    await context.sync();
    if (ws.isNullObject) return;
    ws.delete();
    await context.sync();
  });
}

/** Run one case: its result, whatever it threw. */
async function runCase(c: ContractCase, api: ExcelRunner, host: ContractHost, now: () => number): Promise<ContractResult> {
  const notes: string[] = [];
  const ctx: CaseContext = {
    api,
    sheet: SCRATCH_SHEET,
    host,
    hasApi: (version) => {
      if (!host.isSetSupported) return true;
      try {
        return host.isSetSupported('ExcelApi', version) === true;
      } catch {
        return false;
      }
    },
    note: (text) => void notes.push(text),
  };
  const start = now();
  const done = (status: ContractResult['status'], detail: string): ContractResult => ({
    name: c.name,
    status,
    detail,
    ms: Math.max(0, Math.round(now() - start)),
  });
  try {
    await clearScratch(api);
    await c.run(ctx);
    return done('pass', notes.join('; ') || 'as expected');
  } catch (e) {
    if (e instanceof CaseOutcome) return done(e.status, e.reason);
    if (e instanceof ContractFailure) return done('fail', e.message);
    return done('fail', `Excel threw ${describeError(e)}`);
  }
}

/**
 * Run the suite on `api`: the scratch sheet is added, each case run in
 * order (a failed one does not stop the others), and the sheet deleted.
 * A name in `only` or `include` that no case has is a failed result, so a
 * typo does not pass for a skipped case; so is a scratch sheet that could
 * not be added (then no case runs) or removed.
 */
export async function runContract(api: ExcelRunner, opts: RunContractOptions = {}): Promise<ContractResult[]> {
  const host: ContractHost = opts.host ?? { kind: 'excel' };
  const now = opts.now ?? (() => Date.now());
  const results: ContractResult[] = [];
  const push = (r: ContractResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  const { cases, unknown } = selectCases(opts);
  for (const name of unknown) push({ name, status: 'fail', detail: `no case is named "${name}"`, ms: 0 });
  const setup = now();
  try {
    await addScratch(api);
  } catch (e) {
    push({
      name: 'scratch-sheet',
      status: 'fail',
      detail: `could not add the scratch sheet "${SCRATCH_SHEET}": ${describeError(e)}`,
      ms: Math.round(now() - setup),
    });
    return results;
  }
  try {
    for (const c of cases) push(await runCase(c, api, host, now));
  } finally {
    const end = now();
    try {
      await removeScratch(api);
    } catch (e) {
      push({
        name: 'scratch-sheet',
        status: 'fail',
        detail: `could not delete the scratch sheet "${SCRATCH_SHEET}": ${describeError(e)}`,
        ms: Math.round(now() - end),
      });
    }
  }
  return results;
}
