/**
 * `chitieu check` on a generated workbook, in-process (src/cli/main.ts's
 * run with a silent output), against merely reading the same file with
 * ExcelJS. Median of `runs` after a warm-up of each, alternating.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run, type Io } from '../../src/cli/main';
import { checkSheet } from '../../src/engine';
import type { Grid } from '../../src/engine/grid';
import { wordReport, type WordedReport } from '../../src/i18n/report';
import { gridsFromXlsx } from '../../src/host/xlsx/read-grids';
import { MERGES, sheetValues, SHEET_NAME, type SheetShape } from './sheet';
import { collect, median, progress, round, timeAsync, timeSync } from './timing';

/** The workbooks `chitieu check` is timed on: the bench sheet, the same with every figure typed as text, the same with two stray cells far away (XFD30, A200000). */
export type CliShape = SheetShape | 'sparse';

export interface CliResult {
  rows: number;
  shape: CliShape;
  /** Peak resident memory of a process that only reads the file, and of one that checks it (KB). */
  peakReadKb: number;
  peakCheckKb: number;
  fileBytes: number;
  readMs: number;
  checkMs: number;
  ratio: number;
  /** Median of each run's check / read (the two run back to back). */
  pairedRatio: number;
  exitCode: number;
  outputBytes: number;
  /** Where check's time goes, one run each: ExcelJS's read (the baseline, for scale), check's own read of the file to grids, the engine, the JSON. */
  parts: { excelJsReadMs: number; ownReadMs: number; checkSheetMs: number; jsonMs: number };
}

async function writeWorkbook(file: string, rows: number, shape: CliShape): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  for (const row of sheetValues(rows, shape === 'text' ? 'text' : 'plain')) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  for (const m of MERGES) ws.mergeCells(m);
  if (shape === 'sparse') {
    ws.getCell('XFD30').value = 'ghi chú: số liệu sơ bộ';
    ws.getCell('A200000').value = 1;
  }
  await wb.xlsx.writeFile(file);
}

/** Peak resident memory (KB) of a child process doing `mode` on the file (peak.ts). */
function peakKb(mode: 'read' | 'check', file: string): number {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'peak.js'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return Number(out.trim());
}

/** The steps of `chitieu check`, one run each. */
async function breakdown(file: string): Promise<CliResult['parts']> {
  const excelJs = await timeAsync(() => new ExcelJS.Workbook().xlsx.readFile(file));
  const own = timeSync(() => gridsFromXlsx(fs.readFileSync(file)));
  const grids: Grid[] = own.result;
  const reports: WordedReport[] = [];
  const check = timeSync(() => grids.forEach((g) => reports.push(wordReport(checkSheet(g), 'vi'))));
  const json = timeSync(() => JSON.stringify({ file, sheets: reports }, null, 2));
  return { excelJsReadMs: round(excelJs.ms), ownReadMs: round(own.ms), checkSheetMs: round(check.ms), jsonMs: round(json.ms) };
}

export async function benchCli(rows: number, runs = 3, shape: CliShape = 'plain'): Promise<CliResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  const file = path.join(dir, `bench-${rows}-${shape}.xlsx`);
  try {
    progress(`cli: writing ${rows} rows (${shape}) to ${file}`);
    await writeWorkbook(file, rows, shape);
    collect();
    let outputBytes = 0;
    let exitCode = -1;
    const silent: Io = {
      stdout: (s) => {
        outputBytes += Buffer.byteLength(s);
      },
      stderr: (s) => {
        outputBytes += Buffer.byteLength(s);
      },
    };
    const read = () => new ExcelJS.Workbook().xlsx.readFile(file);
    const check = async () => {
      outputBytes = 0;
      exitCode = await run(['check', file, '--json'], silent);
    };
    progress('cli: warm-up');
    await read();
    collect();
    await check();
    const reads: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < runs; i++) {
      collect();
      reads.push((await timeAsync(read)).ms);
      collect();
      checks.push((await timeAsync(check)).ms);
      progress(`cli (${shape}): run ${i + 1}/${runs}: check ${Math.round(checks[i])} ms, ExcelJS read ${Math.round(reads[i])} ms`);
    }
    collect();
    const parts = await breakdown(file);
    progress(`cli (${shape}): peak memory`);
    const peakReadKb = peakKb('read', file);
    const peakCheckKb = peakKb('check', file);
    const readMs = median(reads);
    const checkMs = median(checks);
    return {
      rows,
      shape,
      peakReadKb,
      peakCheckKb,
      fileBytes: fs.statSync(file).size,
      readMs: round(readMs),
      checkMs: round(checkMs),
      ratio: round(checkMs / readMs, 2),
      pairedRatio: round(median(checks.map((c, i) => c / reads[i])), 2),
      exitCode,
      outputBytes,
      parts,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
