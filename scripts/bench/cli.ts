/**
 * `chitieu check` on a generated workbook, in-process (src/cli/main.ts's
 * run with a silent output), against merely reading the same file with
 * ExcelJS. Median of `runs` after a warm-up of each, alternating.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run, type Io } from '../../src/cli/main';
import { checkSheet } from '../../src/engine';
import type { Grid } from '../../src/engine/grid';
import { wordReport, type WordedReport } from '../../src/i18n/report';
import { gridFromWorksheet } from '../../src/host/xlsx';
import { MERGES, sheetValues, SHEET_NAME } from './sheet';
import { collect, median, progress, round, timeAsync, timeSync } from './timing';

export interface CliResult {
  rows: number;
  fileBytes: number;
  readMs: number;
  checkMs: number;
  ratio: number;
  /** Median of each run's check / read (the two run back to back). */
  pairedRatio: number;
  exitCode: number;
  outputBytes: number;
  /** Where check's time goes, one run each: the read, the workbook to grids, the engine, the JSON. */
  parts: { readMs: number; gridMs: number; checkSheetMs: number; jsonMs: number };
}

async function writeWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  for (const row of sheetValues(rows)) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  for (const m of MERGES) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

/** The steps of `chitieu check`, one run each. */
async function breakdown(file: string): Promise<CliResult['parts']> {
  const wb = new ExcelJS.Workbook();
  const read = await timeAsync(() => wb.xlsx.readFile(file));
  const grids: Grid[] = [];
  const grid = timeSync(() => wb.eachSheet((ws) => grids.push(gridFromWorksheet(ws, wb))));
  const reports: WordedReport[] = [];
  const check = timeSync(() => grids.forEach((g) => reports.push(wordReport(checkSheet(g), 'vi'))));
  const json = timeSync(() => JSON.stringify({ file, sheets: reports }, null, 2));
  return { readMs: round(read.ms), gridMs: round(grid.ms), checkSheetMs: round(check.ms), jsonMs: round(json.ms) };
}

export async function benchCli(rows: number, runs = 3): Promise<CliResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  const file = path.join(dir, `bench-${rows}.xlsx`);
  try {
    progress(`cli: writing ${rows} rows to ${file}`);
    await writeWorkbook(file, rows);
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
      progress(`cli: run ${i + 1}/${runs}: check ${Math.round(checks[i])} ms, ExcelJS read ${Math.round(reads[i])} ms`);
    }
    collect();
    const parts = await breakdown(file);
    const readMs = median(reads);
    const checkMs = median(checks);
    return {
      rows,
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
