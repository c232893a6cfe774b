/**
 * Round trips and request sizes of the pane's actions, on the in-memory
 * Excel (which counts syncs and estimates each request's and response's
 * JSON size), through the same createExcelActions as inside Excel.
 */
import { createExcelActions } from '../../src/app/actions';
import type { AppendixTask } from '../../src/engine/appendix';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { sheetInit, SHEET_NAME } from './sheet';
import { collect, progress, round, timeAsync } from './timing';

export interface SyncFigure {
  /** syncs counted by the memory Excel. */
  syncs: number;
  /** What the action itself reported (result.syncs). */
  reported: number;
  maxRequestBytes: number;
  maxResponseBytes: number | null;
  ms: number;
  /** The action's error, when it failed. */
  error?: string;
}

export interface SyncsResult {
  check: Record<string, SyncFigure>;
  compute: Record<string, SyncFigure>;
  appendix: Record<string, SyncFigure>;
  maxRequestBytes: number;
  maxResponseBytes: number | null;
}

function responseBytes(xl: MemoryExcelControl): number | null {
  const v = (xl as unknown as { maxResponseBytes?: unknown }).maxResponseBytes;
  return typeof v === 'number' ? v : null;
}

function message(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const code = (e as { code?: unknown })?.code;
  return (typeof code === 'string' ? `${code} – ` : '') + s.split('\n')[0].slice(0, 200);
}

async function measure(xl: MemoryExcelControl, action: () => Promise<{ syncs: number }>): Promise<SyncFigure> {
  xl.resetCounters();
  let reported = -1;
  let error: string | undefined;
  const { ms } = await timeAsync(async () => {
    try {
      reported = (await action()).syncs;
    } catch (e) {
      error = message(e);
    }
  });
  const out: SyncFigure = { syncs: xl.syncCount, reported, maxRequestBytes: xl.maxRequestBytes, maxResponseBytes: responseBytes(xl), ms: round(ms) };
  if (error) out.error = error;
  return out;
}

/** Check, then compute, on a fresh workbook of `rows` data rows. */
async function sheetActions(rows: number): Promise<{ check: SyncFigure; compute: SyncFigure }> {
  progress(`syncs: check and compute on ${rows} rows`);
  const xl = createMemoryExcel({ sheets: [sheetInit(rows)], active: SHEET_NAME });
  const actions = createExcelActions(xl, { isSetSupported: () => true });
  const check = await measure(xl, () => actions.check());
  const compute = await measure(xl, () => actions.compute());
  return { check, compute };
}

export function appendixTasks(n: number): AppendixTask[] {
  const owners = ['Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh', 'Sở Kế hoạch và Đầu tư', 'UBND các huyện, thành phố'];
  return Array.from({ length: n }, (_, i) => ({
    task: `Triển khai nhiệm vụ chuyển đổi số trọng tâm số ${i + 1}`,
    start: 'Tháng 1/2021',
    end: 'Tháng 12/2025',
    owner: owners[i % owners.length],
    note: i % 7 === 0 ? 'Ưu tiên' : '',
  }));
}

async function appendix(n: number): Promise<SyncFigure> {
  progress(`syncs: insertAppendix of ${n} tasks`);
  const xl = createMemoryExcel({ sheets: [sheetInit(20)], active: SHEET_NAME });
  const actions = createExcelActions(xl, { isSetSupported: () => true });
  return measure(xl, () => actions.insertAppendix(appendixTasks(n)));
}

export async function benchSyncs(sizes: { sheet: number[]; appendix: number[] }): Promise<SyncsResult> {
  const out: SyncsResult = { check: {}, compute: {}, appendix: {}, maxRequestBytes: 0, maxResponseBytes: null };
  for (const rows of sizes.sheet) {
    const r = await sheetActions(rows);
    out.check[rows] = r.check;
    out.compute[rows] = r.compute;
    collect();
  }
  for (const n of sizes.appendix) {
    out.appendix[n] = await appendix(n);
    collect();
  }
  for (const group of [out.check, out.compute, out.appendix]) {
    for (const f of Object.values(group)) {
      out.maxRequestBytes = Math.max(out.maxRequestBytes, f.maxRequestBytes);
      if (f.maxResponseBytes !== null) out.maxResponseBytes = Math.max(out.maxResponseBytes ?? 0, f.maxResponseBytes);
    }
  }
  return out;
}
