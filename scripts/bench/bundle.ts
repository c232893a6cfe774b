/**
 * The production browser bundles, built with the project's own
 * webpack.config.js through webpack's Node API into a temporary folder
 * (dist/ is left alone): the gzip size (level 9) of the JavaScript each
 * page loads before its first screen, that is the initial chunks of its
 * entrypoint (chunks loaded on demand are counted apart), and which
 * Node-only or workbench-only modules the task pane's initial chunks hold.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { progress, round, timeAsync } from './timing';

export interface EntryFigure {
  /** Initial JS files of the entrypoint. */
  files: string[];
  gzipBytes: number;
  rawBytes: number;
  /** JS loaded on demand from it (import()), for context. */
  asyncGzipBytes: number;
}

export interface BundleResult {
  outDir: string;
  buildMs: number;
  entries: Record<string, EntryFigure>;
  /** Modules in the task pane's initial chunks that belong to the workbench, the CLI, the memory Excel or ExcelJS. */
  taskpaneLeaks: string[];
  warnings: number;
}

const LEAKS: Array<[RegExp, string]> = [
  [/[\\/]node_modules[\\/]exceljs[\\/]/, 'exceljs'],
  [/[\\/]node_modules[\\/]docx[\\/]/, 'docx'],
  [/[\\/]src[\\/]cli[\\/]/, 'src/cli'],
  [/[\\/]src[\\/]workbench[\\/]/, 'src/workbench'],
  [/[\\/]src[\\/]host[\\/]memory[\\/]/, 'src/host/memory'],
  [/[\\/]src[\\/]host[\\/]xlsx[\\/]/, 'src/host/xlsx'],
  [/[\\/]src[\\/]export[\\/]/, 'src/export'],
];

function gzipSize(file: string): { gzip: number; raw: number } {
  const buf = fs.readFileSync(file);
  return { gzip: zlib.gzipSync(buf, { level: 9 }).length, raw: buf.length };
}

/** The resources (file paths) of a module, those inside a concatenated one too. */
function resourcesOf(m: any): string[] {
  if (Array.isArray(m.modules)) return m.modules.flatMap(resourcesOf);
  return typeof m.resource === 'string' ? [m.resource] : [];
}

export async function buildBundle(root: string, outDir: string): Promise<BundleResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(require.resolve('webpack', { paths: [root] }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  progress(`bundle: webpack --mode production into ${outDir}`);
  const { ms, result: stats } = await timeAsync(
    () =>
      new Promise<any>((resolve, reject) => {
        webpack(config, (err: Error | null, s: any) => {
          if (err) reject(err);
          else if (s.hasErrors()) reject(new Error(s.toString({ all: false, errors: true })));
          else resolve(s);
        });
      })
  );
  const compilation = stats.compilation;
  const entries: Record<string, EntryFigure> = {};
  let taskpaneLeaks: string[] = [];
  for (const [name, entrypoint] of compilation.entrypoints as Map<string, any>) {
    const initial: any[] = entrypoint.chunks;
    const files = new Set<string>();
    for (const chunk of initial) for (const f of chunk.files) if (f.endsWith('.js')) files.add(f);
    const asyncFiles = new Set<string>();
    for (const chunk of initial) for (const a of chunk.getAllAsyncChunks()) for (const f of a.files) if (f.endsWith('.js') && !files.has(f)) asyncFiles.add(f);
    let gzip = 0;
    let raw = 0;
    for (const f of files) {
      const s = gzipSize(path.join(outDir, f));
      gzip += s.gzip;
      raw += s.raw;
    }
    let asyncGzip = 0;
    for (const f of asyncFiles) asyncGzip += gzipSize(path.join(outDir, f)).gzip;
    entries[name] = { files: Array.from(files).sort(), gzipBytes: gzip, rawBytes: raw, asyncGzipBytes: asyncGzip };
    if (name === 'taskpane') {
      const found = new Set<string>();
      for (const chunk of initial) {
        for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const r of resourcesOf(m)) {
            const hit = LEAKS.find(([re]) => re.test(r));
            if (hit) found.add(hit[1]);
          }
        }
      }
      taskpaneLeaks = Array.from(found).sort();
    }
  }
  const warnings = compilation.warnings.length;
  await new Promise<void>((resolve) => stats.compilation.compiler.close(() => resolve()));
  return { outDir, buildMs: round(ms), entries, taskpaneLeaks, warnings };
}
