/**
 * The engine on a generated indicator sheet, against a bare loop that only
 * reads each cell as a number (the engine's own readCell) and sums them.
 * What is timed is computeSheet, what the pane's Compute runs (it
 * recognises, checks and plans the computed columns). Median of `runs`
 * after a warm-up of each; baseline and engine runs alternate so that
 * both see the same machine state.
 */
import { checkSheet, computeSheet, recognize, RULES } from '../../src/engine';
import { planCompute } from '../../src/engine/compute';
import type { Grid } from '../../src/engine/grid';
import { readCell } from '../../src/engine/numbers';
import { num } from '../../src/engine/messages';
import { wordReport } from '../../src/i18n/report';
import { COLS, sheetGrid, type SheetShape } from './sheet';
import { PerformanceObserver } from 'perf_hooks';
import { collect, median, progress, round, timeSync } from './timing';

/** What a user waits for: the engine's compute and its report worded (as before the words moved to the edges, so the figure compares). */
function computed(grid: Grid) {
  const { report, changes } = computeSheet(grid);
  return { report: wordReport(report, 'vi'), changes };
}

export interface EngineResult {
  rows: number;
  cols: number;
  shape: SheetShape;
  /** computeSheet, median. */
  ms: number;
  /** The bare read loop, median. */
  baselineMs: number;
  ratio: number;
  /** Median of the ratios of each run's engine and baseline times (the two run back to back: steadier on a busy machine). */
  pairedRatio: number;
  /** The same ratio on this process's CPU time rather than wall time (medians). */
  cpuRatio: number;
  /** Garbage collection during computeSheet (median). */
  gcMs: number;
  /** Where the time goes (one run each, after the warm-up). */
  breakdown: Record<string, number>;
  issues: number;
  changes: number;
}

/** Every cell read as a number by the engine's reader; the sum keeps the loop from being optimised away. */
export function baseline(grid: Grid): number {
  let sum = 0;
  const values = grid.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const x = readCell(row[c]);
      if (x.kind === 'number') sum += x.value;
    }
  }
  return sum;
}

/** Time spent in garbage collection while `f` runs (from the gc performance entries). */
async function withGc<T>(f: () => T): Promise<{ result: T; gcMs: number }> {
  let gcMs = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  const result = f();
  // The entries are delivered asynchronously, a while later.
  await new Promise((resolve) => setTimeout(resolve, 100));
  obs.disconnect();
  return { result, gcMs };
}

/** Where computeSheet's time goes, one run of each step. */
function breakdown(grid: Grid): Record<string, number> {
  const out: Record<string, number> = {};
  const rec = timeSync(() => recognize(grid));
  out.recognize = rec.ms;
  const tables = rec.result;
  for (const rule of RULES) {
    const name = `rule ${rule.codes[0] ?? '?'}`;
    out[name] = 0;
    for (const table of tables) {
      const ctx = { grid, table, show: num };
      out[name] += timeSync(() => rule.run(ctx)).ms;
    }
  }
  out.planCompute = 0;
  tables.forEach((table, i) => {
    out.planCompute += timeSync(() => planCompute(grid, table, i, {})).ms;
  });
  collect();
  const whole = timeSync(() => computed(grid)).ms;
  const parts = Object.values(out).reduce((a, b) => a + b, 0);
  out['rest (notes, sort, wording)'] = Math.max(0, whole - parts);
  out['computeSheet (this run)'] = whole;
  collect();
  out.checkSheet = timeSync(() => wordReport(checkSheet(grid), 'vi')).ms;
  for (const k of Object.keys(out)) out[k] = round(out[k]);
  return out;
}

export async function benchEngine(rows: number, runs = 3, shape: SheetShape = 'plain'): Promise<EngineResult> {
  progress(`engine: generating ${rows} rows × ${COLS} columns (${shape})`);
  const grid = sheetGrid(rows, shape);
  progress('engine: warm-up');
  baseline(grid);
  let last = computed(grid);
  const issues = last.report.issues.length;
  const changes = last.changes.length;
  last = undefined as never;
  const base: number[] = [];
  const eng: number[] = [];
  const baseCpu: number[] = [];
  const engCpu: number[] = [];
  const gc: number[] = [];
  const cpu = <T>(f: () => T, into: number[]) => {
    const c0 = process.cpuUsage();
    const r = f();
    const c = process.cpuUsage(c0);
    into.push((c.user + c.system) / 1000);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    collect();
    base.push(cpu(() => timeSync(() => baseline(grid)).ms, baseCpu));
    collect();
    const run = await withGc(() => cpu(() => timeSync(() => computed(grid)).ms, engCpu));
    eng.push(run.result);
    gc.push(run.gcMs);
    progress(`engine: run ${i + 1}/${runs}: computeSheet ${Math.round(eng[i])} ms (GC ${Math.round(gc[i])} ms), baseline ${Math.round(base[i])} ms`);
  }
  collect();
  const parts = breakdown(grid);
  const ms = median(eng);
  const baselineMs = median(base);
  return {
    rows,
    cols: COLS,
    shape,
    ms: round(ms),
    baselineMs: round(baselineMs),
    ratio: round(ms / baselineMs, 2),
    pairedRatio: round(median(eng.map((e, i) => e / base[i])), 2),
    cpuRatio: round(median(engCpu) / median(baseCpu), 2),
    gcMs: round(median(gc)),
    breakdown: parts,
    issues,
    changes,
  };
}
