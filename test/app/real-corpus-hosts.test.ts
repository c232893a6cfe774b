/**
 * The real-table corpus through the two ways a planner reaches the engine:
 * the pane (the in-memory Excel, read the way the Office.js adapter reads
 * a sheet) and the command line (an .xlsx written with the values, merged
 * areas and number formats, read back by ExcelJS). Each must read every
 * table as the engine reads the table's own grid: same tables, same issues
 * at the same cells, so nothing the hosts do loses what a real table says.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createExcelActions } from '../../src/app/actions';
import { run } from '../../src/cli/main';
import { checkSheet } from '../../src/engine';
import type { SheetReport, WorkbookReport } from '../../src/engine/report';
import { wordIssue } from '../../src/i18n/report';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { realTables } from '../fixtures/real';
import { realGrid, sheetInit } from '../fixtures/real/sheet';
import { writeXlsx } from '../helpers/xlsx';

const tables = realTables();
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-real-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a planner sees of a report: the tables found and each issue at its cell. */
function seen(r: SheetReport) {
  return {
    tables: r.tables.map((t) => ({ kind: t.kind, headerRows: t.headerRows, dataRows: t.dataRows, roles: t.columns.map((c) => `${c.column}:${c.role}`) })),
    issues: r.issues.map((i) => `${i.cell} ${i.severity} ${i.code}: ${wordIssue(i, 'vi').message}`),
  };
}

describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, t) => {
  const expected = () => seen(checkSheet(realGrid(t)));

  test('the pane reads it as the engine does', async () => {
    const excel = createMemoryExcel({ sheets: [sheetInit(t)] });
    const { report } = await createExcelActions(excel, { isSetSupported: () => true }).check();
    expect(seen(report)).toEqual(expected());
  });

  test('the command line reads the .xlsx as the engine does', async () => {
    const file = path.join(dir, `${t.id}.xlsx`);
    await writeXlsx(file, [sheetInit(t)]);
    let out = '';
    const code = await run(['check', file, '--json'], { stdout: (s) => (out += s), stderr: () => undefined });
    const report = JSON.parse(out) as WorkbookReport;
    expect(report.sheets).toHaveLength(1);
    expect(seen(report.sheets[0])).toEqual(expected());
    // Exit 1 exactly when there is an error.
    expect(code).toBe(report.sheets[0].issues.some((i) => i.severity === 'error') ? 1 : 0);
  });
});
