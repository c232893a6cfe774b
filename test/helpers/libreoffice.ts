import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The LibreOffice binary, or null when it is not installed (CI installs it: see .ci/run). */
export function soffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (fs.existsSync(p)) return p;
  return null;
}

/**
 * Whether this LibreOffice can open and write a spreadsheet (it has Calc):
 * a tiny sheet converted first, as a machine may have Writer alone.
 */
export function canConvertSheets(bin: string): boolean {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-lo-probe-'));
  try {
    fs.writeFileSync(path.join(work, 'probe.csv'), 'a,1\n');
    execFileSync(
      bin,
      [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', work, path.join(work, 'probe.csv')],
      {
        stdio: 'pipe',
        timeout: 120000,
      }
    );
    return fs.existsSync(path.join(work, 'probe.xlsx'));
  } catch {
    return false;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Open an .xlsx in LibreOffice with "always recalculate on load" and export
 * every sheet as CSV: what LibreOffice computes from the formulas, not the
 * results cached in the file. Returns sheet name → rows of cells.
 */
export function recalculatedSheets(bin: string, file: string): Map<string, string[][]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-lo-'));
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  const out = path.join(work, 'out');
  // Filter options: comma, quote, UTF-8, …, and the last token -1: every sheet to its own file.
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120000 }
  );
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const f of fs.readdirSync(out)) {
    const name = f.slice(base.length + 1, -'.csv'.length);
    sheets.set(name, parseCsv(fs.readFileSync(path.join(out, f), 'utf8')));
  }
  fs.rmSync(work, { recursive: true, force: true });
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
