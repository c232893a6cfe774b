/**
 * The planner decides over recognition on the command line: --kind for a
 * sheet no kind fits, --role for a column, --direction for an indicator.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from '../helpers/cli';
import type { WorkbookReport } from '../../src/engine/report';
import { writeXlsx } from '../helpers/xlsx';
import { addSavedSettings } from '../helpers/webext';
import { readWebExtensions } from '../../src/host/xlsx/settings';
import JSZip from 'jszip';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-decide-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const N = null;

/** Projects with a money column whose header names no kind's words ("Số tiền"). */
async function projects(): Promise<string> {
  const file = path.join(dir, 'du-an.xlsx');
  await writeXlsx(file, [
    {
      name: 'Dự án 2024',
      values: [
        ['DANH MỤC DỰ ÁN NĂM 2024', N, N, N],
        ['STT', 'Danh mục dự án', 'Địa điểm xây dựng', 'Số tiền'],
        [N, 'TỔNG SỐ', N, 900],
        [1, 'Đường trung tâm xã', 'Xã Phổ An', 500],
        [2, 'Trường tiểu học', 'Xã Phổ Văn', 300],
      ],
    },
  ]);
  return file;
}

/** An indicator the vocabulary reads higher-is-better, but the planner knows better. */
async function indicators(): Promise<string> {
  const file = path.join(dir, 'chi-tieu.xlsx');
  await writeXlsx(file, [
    {
      name: 'Biểu 1',
      values: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
        [1, 'Số thuê bao di động', 'thuê bao', 1000, 1100],
        [2, 'Chi phí tuân thủ thủ tục hành chính bình quân', 'triệu đồng', 10, 8],
      ],
    },
  ]);
  return file;
}

test('not recognised at first: exit 3; with --kind and --role, read and checked as the planner says', async () => {
  const file = await projects();
  expect((await cli(['check', file])).code).toBe(3);
  const { code, out } = await cli(['check', file, '--json', '--kind', 'Dự án 2024=investment', '--role', 'Dự án 2024!D=year-plan']);
  const report = JSON.parse(out) as WorkbookReport;
  const [sheet] = report.sheets;
  expect(sheet.kind).toBe('investment');
  expect(sheet.tables[0].chosen).toBe(true);
  expect(sheet.columns.find((c) => c.column === 'D')).toMatchObject({ role: 'year-plan', corrected: true });
  // Now checked: 500 + 300 = 800, not the 900 of TỔNG SỐ.
  expect(code).toBe(1);
  expect(sheet.issues.filter((i) => i.severity === 'error').map((i) => [i.cell, i.code])).toEqual([['D3', 'sum-mismatch']]);
  const text = await cli(['check', file, '--kind=Dự án 2024=investment', '--role=Dự án 2024!D=year-plan']);
  expect(text.out).toContain('Trang “Dự án 2024”: Kế hoạch đầu tư công (loại do người lập biểu chọn)');
});

test('--direction turns a row lower-is-better: its completion is plan ÷ result', async () => {
  const file = await indicators();
  const out = path.join(dir, 'chi-tieu-tinh.xlsx');
  const plain = JSON.parse((await cli(['compute', file, '-o', out, '--json', '--metrics', 'completion'])).out) as WorkbookReport;
  const completion = (r: WorkbookReport, row: number) => r.sheets[0].computed.find((c) => c.row === row && c.metric === 'completion')!.value;
  // A compliance cost is not in the vocabulary: read higher-is-better, 8 / 10 = 80 %.
  expect(completion(plain, 3)).toBeCloseTo(80, 9);
  const decided = JSON.parse(
    (await cli(['compute', file, '-o', out, '--json', '--metrics', 'completion', '--direction', 'Biểu 1!3=lower'])).out
  ) as WorkbookReport;
  // A lower cost is better: 10 / 8 = 125 %; the other row unchanged (1100 / 1000 = 110 %).
  expect(completion(decided, 3)).toBeCloseTo(125, 9);
  expect(completion(decided, 2)).toBeCloseTo(110, 9);
});

test("--bound makes a row's target a ceiling: kept when the result stays under it", async () => {
  const file = await indicators();
  const out = path.join(dir, 'chi-tieu-tran.xlsx');
  const decided = JSON.parse(
    (await cli(['compute', file, '-o', out, '--json', '--metrics', 'completion', '--bound', 'Biểu 1!3=ceiling'])).out
  ) as WorkbookReport;
  const row3 = decided.sheets[0].computed.find((c) => c.row === 3 && c.metric === 'completion')!;
  // A ceiling of 10 kept at 8: 10 / 8 × 100 = 125, written as a value (a formula cannot say "at most").
  expect(row3.value).toBeCloseTo(125, 9);
  expect(row3.formula).toBeNull();
  expect((await cli(['check', file, '--bound', 'Biểu 1!3=top'])).err).toMatch(/--bound "Biểu 1!3=top": viết TRANG!DÒNG=floor/);
});

test('--header names the header rows where recognition read only the first', async () => {
  const file = path.join(dir, 'ket-qua.xlsx');
  await writeXlsx(file, [
    {
      name: 'Kết quả',
      values: [
        ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện', N, N],
        [N, N, 2021, 2022, 2023],
        ['Số thuê bao Internet', 'thuê bao', 100, 120, 150],
      ],
    },
  ]);
  const years = async (...args: string[]) =>
    (JSON.parse((await cli(['check', file, '--json', ...args])).out) as WorkbookReport).sheets[0].columns.filter((c) => c.role === 'actual').map((c) => c.year);
  expect(await years()).toEqual([undefined]);
  expect(await years('--header', 'Kết quả=1-2')).toEqual([2021, 2022, 2023]);
  expect((await cli(['check', file, '--header', 'Kết quả=2-1'])).err).toMatch(/--header "Kết quả=2-1": viết TRANG=DÒNG-DÒNG/);
});

test('bad decisions are usage errors naming what to write', async () => {
  const file = await indicators();
  const bad = async (...args: string[]) => {
    const r = await cli(['check', file, ...args]);
    expect(r.code).toBe(2);
    return r.err;
  };
  expect(await bad('--kind', 'Biểu 1=bieu-so-1')).toMatch(/--kind "Biểu 1=bieu-so-1": viết TRANG=LOẠI, LOẠI là một trong: indicator-plan, target-result/);
  expect(await bad('--role', 'Biểu 1!G=tien')).toMatch(/--role "Biểu 1!G=tien": viết TRANG!CỘT=VAI/);
  expect(await bad('--direction', 'Biểu 1!3=down')).toMatch(/--direction "Biểu 1!3=down"/);
  expect(await bad('--direction', 'Biểu 2!3=lower')).toMatch(/không có trang “Biểu 2”/);
  expect(await bad('--kind')).toMatch(/--kind cần một giá trị/);
});

describe('decisions the pane saved in the workbook', () => {
  // The pane saves one record per sheet under chitieu.sheet.<worksheet id>, the value the
  // JSON text of the record; the id is of the session that saved it (another one here).
  const record = { sheet: 'Dự án 2024', kind: 'investment', roles: { D: 'year-plan' } };
  const saved = { 'chitieu.sheet.{00000000-0001-0000-0003-000000000000}': JSON.stringify(record) };

  test("are honoured by check, under the command line's own", async () => {
    const file = await projects();
    await addSavedSettings(file, saved);
    const { code, out } = await cli(['check', file, '--json']);
    const [sheet] = (JSON.parse(out) as WorkbookReport).sheets;
    expect(sheet.kind).toBe('investment');
    expect(sheet.tables[0].chosen).toBe(true);
    expect(sheet.columns.find((c) => c.column === 'D')).toMatchObject({ role: 'year-plan', corrected: true });
    expect(code).toBe(1);
    expect(sheet.issues.filter((i) => i.severity === 'error').map((i) => i.cell)).toEqual(['D3']);
    // A role given on the command line wins over the saved one.
    const over = JSON.parse((await cli(['check', file, '--json', '--role', 'Dự án 2024!D=ignore'])).out) as WorkbookReport;
    expect(over.sheets[0].columns.map((c) => c.column)).not.toContain('D');
  });

  test('are kept in the copies compute writes', async () => {
    const file = await projects();
    await addSavedSettings(file, saved);
    const out = path.join(dir, 'du-an-tinh.xlsx');
    expect((await cli(['compute', file, '-o', out])).code).toBe(0);
    const web = await readWebExtensions(fs.readFileSync(out));
    expect(web!.settings).toEqual([
      { key: 'Office.AutoShowTaskpaneWithDocument', value: true },
      { key: Object.keys(saved)[0], value: JSON.stringify(record) },
    ]);
    // The copy's package points at them as Excel's does, and still reads as a workbook.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(await zip.file('_rels/.rels')!.async('string')).toMatch(/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes.xml"/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/xl/webextensions/webextension1.xml"');
    const again = JSON.parse((await cli(['check', out, '--json'])).out) as WorkbookReport;
    expect(again.sheets[0].kind).toBe('investment');
  });
});
