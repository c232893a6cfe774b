/**
 * npm run bench [-- --json] [--quick] [--runs N] [--only=engine,syncs,cli,bundle,render]
 *
 * Generates the workbooks, runs the engine and the pane's actions against
 * the in-memory Excel (which counts syncs and request bytes), builds and
 * measures the task pane's bundle and its first render in headless
 * Chromium, times `chitieu check` against reading the file with ExcelJS,
 * and prints a table of figures against their targets. With --json the
 * last line of stdout is one JSON object with the figures. Ratios and
 * counts are what to compare; absolute times are for context. Always exits
 * 0 (it is a report); a missed target is a FAIL line.
 *
 * --quick: small sizes, for trying the bench itself (the figures are not
 * the targets' sizes). --runs N: N measured runs of each timing instead of
 * 3 (steadier on a busy machine). --only: some sections (render needs bundle).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchEngine, type EngineResult } from './engine';
import { buildBundle, type BundleResult } from './bundle';
import { benchCli, type CliResult } from './cli';
import { benchRender, type RenderResult } from './render';
import { benchSyncs, type SyncsResult } from './syncs';
import { progress } from './timing';

const SECTIONS = ['engine', 'syncs', 'cli', 'bundle', 'render'] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  json: boolean;
  quick: boolean;
  /** Measured runs of each timing (median kept); 3 unless --runs N. */
  runs: number;
  only: Set<Section>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, quick: false, runs: 3, only: new Set(SECTIONS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--quick') args.quick = true;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const v = Number(a.includes('=') ? a.slice(7) : argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error('--runs takes a whole number of runs, 1 or more');
      args.runs = v;
    } else if (a === '--only' || a.startsWith('--only=')) {
      const v = a.includes('=') ? a.slice(7) : (argv[++i] ?? '');
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = list.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length || !list.length) throw new Error(`--only takes ${SECTIONS.join(',')}; got ${v}`);
      args.only = new Set(list as Section[]);
      if (args.only.has('render')) args.only.add('bundle');
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('npm run bench [-- --json] [--quick] [--runs N] [--only=engine,syncs,cli,bundle,render]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** The project root: the folder of the package.json named chitieu above this file. */
function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'chitieu') return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

// ------------------------------------------------------------------ targets

const MiB = 1024 * 1024;
const TARGET = {
  /** Issue 14: the engine at most 3× a bare read loop, on the bench sheet and on the text-typed one. */
  engineRatio: 3,
  /** Below the read chunk size: one sync to read. */
  checkSmall: 1,
  /** One to read, at most three to apply. */
  computeSmall: 4,
  large: 12,
  /** InsertAppendixResult: at most 3 syncs whatever the number of tasks. */
  appendix: 3,
  requestBytes: 4 * MiB,
  /** 300 KB, taken as 300,000 bytes. */
  taskpaneGzip: 300_000,
  /** Issue 14: `chitieu check` at most 1.3× a bare ExcelJS read, on each of the three workbooks. */
  cliRatio: 1.3,
  /** Issue 14: the peak memory of `check` at most 2× that of the bare read. */
  peakRatio: 2,
};

interface Line {
  figure: string;
  value: string;
  target: string;
  /** null: context only. */
  pass: boolean | null;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function bytesText(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  return bytes >= MiB ? `${(bytes / MiB).toFixed(2)} MiB (${bytes} B)` : `${(bytes / 1024).toFixed(1)} KiB (${bytes} B)`;
}

function ms(x: number | null): string {
  return x === null ? 'n/a' : `${Math.round(x)} ms`;
}

function table(lines: Line[]): string {
  const head = ['figure', 'value', 'target', 'result'];
  const rows = lines.map((l) => [l.figure, l.value, l.target, l.pass === null ? '' : l.pass ? 'PASS' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

interface Results {
  engine?: EngineResult;
  engineText?: EngineResult;
  cliText?: CliResult;
  cliSparse?: CliResult;
  syncs?: SyncsResult;
  cli?: CliResult;
  bundle?: BundleResult;
  render?: RenderResult;
  errors: Partial<Record<Section, string>>;
}

function lines(r: Results, sizes: Sizes): Line[] {
  const out: Line[] = [];
  const err = (s: Section) => r.errors[s] && out.push({ figure: `${s}: error`, value: r.errors[s]!, target: 'runs', pass: false });
  if (r.engineText) {
    const e = r.engineText;
    out.push({
      figure: `engine: computeSheet / read loop, figures typed as text (${e.rows} × ${e.cols})`,
      value: `${e.ratio}× (${ms(e.ms)} vs ${ms(e.baselineMs)})`,
      target: `≤ ${TARGET.engineRatio}×`,
      pass: e.ratio <= TARGET.engineRatio,
    });
    out.push({ figure: '  same, run by run / issues found', value: `${e.pairedRatio}× / ${e.issues}`, target: '(context)', pass: null });
  }
  if (r.engine) {
    const e = r.engine;
    out.push({
      figure: `engine: computeSheet / read loop (${e.rows} × ${e.cols})`,
      value: `${e.ratio}× (${ms(e.ms)} vs ${ms(e.baselineMs)})`,
      target: `≤ ${TARGET.engineRatio}×`,
      pass: e.ratio <= TARGET.engineRatio,
    });
    out.push({ figure: '  same, run by run / on CPU time', value: `${e.pairedRatio}× / ${e.cpuRatio}×`, target: '(context)', pass: null });
    out.push({
      figure: '  garbage collection in computeSheet',
      value: `${ms(e.gcMs)} (${Math.round((100 * e.gcMs) / e.ms)}%)`,
      target: '(context)',
      pass: null,
    });
    out.push({ figure: '  issues found / changes planned', value: `${e.issues} / ${e.changes}`, target: '(context)', pass: null });
    for (const [k, v] of Object.entries(e.breakdown))
      out.push({ figure: `  engine part: ${k}`, value: `${ms(v)} (${(v / e.baselineMs).toFixed(2)}× read loop)`, target: '', pass: null });
  }
  err('engine');
  if (r.syncs) {
    const s = r.syncs;
    const syncLine = (what: string, key: string, n: number, target: number, f: SyncsResult['check'][string]) =>
      out.push({
        figure: `syncs: ${what} ${key}`,
        value: `${f.syncs}${f.reported !== f.syncs && f.reported >= 0 ? ` (action says ${f.reported})` : ''}, request ≤ ${bytesText(f.maxRequestBytes)}, ${ms(f.ms)}${f.error ? `, ERROR ${f.error}` : ''}`,
        target: `≤ ${target}${target === 1 ? '' : ''}`,
        pass: !f.error && n <= target,
      });
    for (const [rows, f] of Object.entries(s.check))
      syncLine('check, rows', rows, f.syncs, Number(rows) >= sizes.sheet[1] ? TARGET.large : TARGET.checkSmall, f);
    for (const [rows, f] of Object.entries(s.compute))
      syncLine('compute, rows', rows, f.syncs, Number(rows) >= sizes.sheet[1] ? TARGET.large : TARGET.computeSmall, f);
    for (const [n, f] of Object.entries(s.appendix)) syncLine('insertAppendix, tasks', n, f.syncs, TARGET.appendix, f);
    out.push({
      figure: 'largest request of one sync',
      value: bytesText(s.maxRequestBytes),
      target: `≤ ${bytesText(TARGET.requestBytes)}`,
      pass: s.maxRequestBytes <= TARGET.requestBytes,
    });
    out.push({ figure: 'largest response of one sync', value: bytesText(s.maxResponseBytes), target: '(context)', pass: null });
  }
  err('syncs');
  if (r.bundle) {
    const b = r.bundle;
    const tp = b.entries.taskpane;
    if (tp) {
      out.push({
        figure: 'taskpane first-screen JS (gzip -9)',
        value: `${kb(tp.gzipBytes)} (${tp.files.length} files, ${kb(tp.rawBytes)} minified)`,
        target: `< ${kb(TARGET.taskpaneGzip)}`,
        pass: tp.gzipBytes < TARGET.taskpaneGzip,
      });
      out.push({ figure: '  taskpane JS loaded on demand (gzip)', value: kb(tp.asyncGzipBytes), target: '(context)', pass: null });
    }
    out.push({
      figure: 'taskpane initial chunks hold',
      value: b.taskpaneLeaks.length ? b.taskpaneLeaks.join(', ') : 'no ExcelJS, CLI, workbench or memory Excel',
      target: 'none of those',
      pass: b.taskpaneLeaks.length === 0,
    });
    const wb = b.entries.workbench;
    if (wb)
      out.push({
        figure: 'workbench first-screen JS (gzip -9)',
        value: `${kb(wb.gzipBytes)} (+ ${kb(wb.asyncGzipBytes)} on demand)`,
        target: '(context)',
        pass: null,
      });
    out.push({ figure: 'webpack production build', value: `${ms(b.buildMs)}, ${b.warnings} warning(s)`, target: '(context)', pass: null });
  }
  err('bundle');
  if (r.render) {
    const rr = r.render;
    if (rr.error) out.push({ figure: 'first render', value: rr.error, target: 'measured', pass: false });
    else {
      const page = (label: string, p: RenderResult['taskpane']) => {
        out.push({
          figure: `${label}: ${p.marker} visible`,
          value: p.error ? `ERROR ${p.error}` : `${ms(p.visibleMs)} (runs ${p.runs.map(Math.round).join(', ')})`,
          target: 'measured',
          pass: p.error ? false : p.visibleMs !== null,
        });
        out.push({ figure: `${label}: first contentful paint`, value: ms(p.fcpMs), target: '(context)', pass: null });
      };
      page('taskpane (office.js blocked)', rr.taskpane);
      page('workbench', rr.workbench);
    }
  }
  err('render');
  const SHAPE_WORDS = { plain: '', text: ', figures typed as text', sparse: ', two stray cells (XFD30, A200000)' } as const;
  for (const c of [r.cli, r.cliText, r.cliSparse]) {
    if (!c) continue;
    out.push({
      figure: `chitieu check / ExcelJS read (${c.rows} rows${SHAPE_WORDS[c.shape]})`,
      value: `${c.ratio}× (${ms(c.checkMs)} vs ${ms(c.readMs)}, ${kb(c.fileBytes)} file)`,
      target: `≤ ${TARGET.cliRatio}×`,
      pass: c.ratio <= TARGET.cliRatio,
    });
    out.push({ figure: '  same, run by run', value: `${c.pairedRatio}×`, target: '(context)', pass: null });
    const peak = Math.round((c.peakCheckKb / c.peakReadKb) * 100) / 100;
    out.push({
      figure: '  peak memory: check / read',
      value: `${peak}× (${Math.round(c.peakCheckKb / 1024)} MB vs ${Math.round(c.peakReadKb / 1024)} MB)`,
      target: `≤ ${TARGET.peakRatio}×`,
      pass: peak <= TARGET.peakRatio,
    });
    for (const [k, v] of Object.entries(c.parts))
      out.push({
        figure: `  check part: ${k.replace(/Ms$/, '')}`,
        value: `${ms(v)} (${(v / c.parts.excelJsReadMs).toFixed(2)}× ExcelJS read)`,
        target: '',
        pass: null,
      });
  }
  err('cli');
  return out;
}

function jsonOf(r: Results, lines: Line[]): unknown {
  const counts = (group: Record<string, { syncs: number }> | undefined) =>
    group ? Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v.syncs])) : {};
  const errors: Record<string, string> = {};
  for (const g of ['check', 'compute', 'appendix'] as const) {
    for (const [k, v] of Object.entries(r.syncs?.[g] ?? {})) if (v.error) errors[`${g} ${k}`] = v.error;
  }
  const tp = r.bundle?.entries.taskpane;
  return {
    engine: r.engine
      ? {
          rows: r.engine.rows,
          cols: r.engine.cols,
          ms: r.engine.ms,
          baselineMs: r.engine.baselineMs,
          ratio: r.engine.ratio,
          pairedRatio: r.engine.pairedRatio,
          cpuRatio: r.engine.cpuRatio,
          gcMs: r.engine.gcMs,
          breakdown: r.engine.breakdown,
        }
      : null,
    syncs: {
      check: counts(r.syncs?.check),
      compute: counts(r.syncs?.compute),
      appendix: counts(r.syncs?.appendix),
      ...(Object.keys(errors).length ? { errors } : {}),
    },
    maxRequestBytes: r.syncs ? r.syncs.maxRequestBytes : null,
    maxResponseBytes: r.syncs ? r.syncs.maxResponseBytes : null,
    bundle: {
      taskpaneGzipBytes: tp ? tp.gzipBytes : null,
      firstRenderMs: r.render?.workbench.visibleMs ?? null,
      taskpaneAsyncGzipBytes: tp ? tp.asyncGzipBytes : null,
      workbenchGzipBytes: r.bundle?.entries.workbench?.gzipBytes ?? null,
      taskpaneLeaks: r.bundle?.taskpaneLeaks ?? null,
      taskpaneVisibleMs: r.render?.taskpane.visibleMs ?? null,
      taskpaneFcpMs: r.render?.taskpane.fcpMs ?? null,
      workbenchFcpMs: r.render?.workbench.fcpMs ?? null,
    },
    cli: r.cli ? { rows: r.cli.rows, ms: r.cli.checkMs, readMs: r.cli.readMs, ratio: r.cli.ratio, pairedRatio: r.cli.pairedRatio, parts: r.cli.parts } : null,
    engineText: r.engineText ? { ratio: r.engineText.ratio, ms: r.engineText.ms, baselineMs: r.engineText.baselineMs } : null,
    cliShapes: Object.fromEntries(
      [r.cli, r.cliText, r.cliSparse]
        .filter((c): c is CliResult => !!c)
        .map((c) => [c.shape, { ratio: c.ratio, peakCheckKb: c.peakCheckKb, peakReadKb: c.peakReadKb }])
    ),
    failed: lines.filter((l) => l.pass === false).map((l) => l.figure.trim()),
  };
}

interface Sizes {
  engine: number;
  sheet: [number, number];
  appendix: [number, number];
  cli: number;
  runs: number;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes: Sizes = args.quick
    ? { engine: 5_000, sheet: [100, 5_000], appendix: [100, 1_000], cli: 2_000, runs: args.runs }
    : { engine: 100_000, sheet: [100, 100_000], appendix: [100, 1_000], cli: 50_000, runs: args.runs };
  const root = projectRoot();
  const r: Results = { errors: {} };
  const attempt = async (s: Section, f: () => Promise<void>) => {
    if (!args.only.has(s)) return;
    try {
      await f();
    } catch (e) {
      r.errors[s] = e instanceof Error ? e.message.split('\n')[0].slice(0, 300) : String(e);
      progress(`${s} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };
  await attempt('engine', async () => {
    r.engine = await benchEngine(sizes.engine, sizes.runs);
    r.engineText = await benchEngine(sizes.engine, sizes.runs, 'text');
  });
  await attempt('syncs', async () => {
    r.syncs = await benchSyncs({ sheet: sizes.sheet, appendix: sizes.appendix });
  });
  await attempt('cli', async () => {
    r.cli = await benchCli(sizes.cli, sizes.runs);
    r.cliText = await benchCli(sizes.cli, sizes.runs, 'text');
    r.cliSparse = await benchCli(sizes.cli, sizes.runs, 'sparse');
  });
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-dist-'));
  try {
    await attempt('bundle', async () => {
      r.bundle = await buildBundle(root, outDir);
    });
    if (r.bundle) {
      await attempt('render', async () => {
        r.render = await benchRender(outDir, sizes.runs);
      });
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const all = lines(r, sizes);
  const out: string[] = [];
  out.push(`chitieu bench${args.quick ? ' (--quick: small sizes)' : ''} — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
  out.push('Ratios and counts are the figures; absolute times are for context.');
  out.push('');
  out.push(table(all));
  const failed = all.filter((l) => l.pass === false);
  out.push('');
  if (failed.length) for (const f of failed) out.push(`FAIL ${f.figure.trim()}: ${f.value} (target ${f.target})`);
  else out.push('All targets met.');
  if (args.json) out.push(JSON.stringify(jsonOf(r, all)));
  // Exit once written: webpack's or the browser's handles must not keep the process alive.
  process.stdout.write(out.join('\n') + '\n', () => process.exit(0));
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
