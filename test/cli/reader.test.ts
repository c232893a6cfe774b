/**
 * `chitieu check` reads a workbook with its own reader (host/xlsx/read-grids.ts)
 * and gives the report it gave when ExcelJS read the file; what that reader
 * does not know, ExcelJS reads; what ExcelJS cannot read at all (tags with a
 * namespace prefix, as some programs write them), the check now reads.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkSheet } from '../../src/engine';
import { gridFromWorksheet } from '../../src/host/xlsx';
import { wordReport, type WordedWorkbookReport } from '../../src/i18n/report';
import { haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { haTinhInvestment, haTinhTasks } from '../fixtures/other-sheets';
import { cli } from '../helpers/cli';
import { writeXlsx } from '../helpers/xlsx';
import { otherProgram } from '../helpers/xlsx-package';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-reader-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checked(file: string): Promise<{ code: number; report: WordedWorkbookReport; err: string }> {
  const { code, out, err } = await cli(['check', file, '--json']);
  return { code, report: code === 2 ? ({ file, sheets: [] } as WordedWorkbookReport) : (JSON.parse(out) as WordedWorkbookReport), err };
}

test('the report of a workbook is the one its ExcelJS grids give, sheet by sheet', async () => {
  const file = path.join(dir, 'bon-bieu.xlsx');
  await writeXlsx(file, [tienGiang2018(), haTinh2024(), haTinhInvestment(), haTinhTasks()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const expected = wb.worksheets.map((ws) => wordReport(checkSheet(gridFromWorksheet(ws, wb)), 'vi'));
  const { report } = await checked(file);
  expect(report.sheets).toEqual(expected);
  // Not four empty reports: the sheets are recognised and Hà Tĩnh 2024 has its slips.
  expect(report.sheets.every((s) => s.tables.length > 0)).toBe(true);
  expect(report.sheets.some((s) => s.issues.length > 0)).toBe(true);
});

test('a workbook written with prefixed tags (x:c), which ExcelJS cannot read, is checked', async () => {
  const file = path.join(dir, 'tien-to.xlsx');
  fs.writeFileSync(file, otherProgram('x:', false));
  const plain = path.join(dir, 'khong-tien-to.xlsx');
  fs.writeFileSync(plain, otherProgram(''));
  const a = await checked(file);
  const b = await checked(plain);
  expect(a.err).toBe('');
  expect(a.code).not.toBe(2);
  expect(a.report.sheets.map((s) => s.name)).toEqual(['Biểu 1 & 2']);
  expect(a.report.sheets).toEqual(b.report.sheets);
});

test('a package the own reader does not take (cells of a row out of order) is read by ExcelJS, with the same report', async () => {
  const swapped = path.join(dir, 'dao-thu-tu.xlsx');
  fs.writeFileSync(swapped, otherProgram('', true, true));
  const plain = path.join(dir, 'dung-thu-tu.xlsx');
  fs.writeFileSync(plain, otherProgram(''));
  const a = await checked(swapped);
  expect(a.code).not.toBe(2);
  expect(a.report.sheets).toEqual((await checked(plain)).report.sheets);
});
