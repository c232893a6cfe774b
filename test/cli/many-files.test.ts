/**
 * `chitieu check a.xlsx b.xlsx folder/`: every workbook checked, one report
 * each, a summary line per file, one JSON report holding all, and the exit
 * code of the worst of them (unreadable, then errors, then nothing
 * recognised, then clean).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkedFiles, worstExit } from '../../src/cli/main';
import type { WordedWorkbookReport } from '../../src/i18n/report';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { cli } from '../helpers/cli';
import { writeXlsx } from '../helpers/xlsx';

let dir: string;
let folder: string;
let clean: string;
let withErrors: string;
let nothing: string;
let broken: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-many-'));
  folder = path.join(dir, 'bao-cao');
  fs.mkdirSync(path.join(folder, 'quy-3'), { recursive: true });
  clean = path.join(folder, 'a-tien-giang.xlsx');
  withErrors = path.join(folder, 'quy-3', 'b-ha-tinh.xlsx');
  nothing = path.join(dir, 'danh-ba.xlsx');
  broken = path.join(dir, 'hong.xlsx');
  await writeXlsx(clean, [tienGiang2018()]);
  await writeXlsx(withErrors, [haTinh2024()]);
  await writeXlsx(nothing, [contactList()]);
  fs.writeFileSync(broken, 'không phải tệp Excel');
  // Excel's lock file of an open workbook, and a note: not workbooks to check.
  fs.writeFileSync(path.join(folder, '~$a-tien-giang.xlsx'), 'lock');
  fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'ghi chú');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a folder gives its workbooks and those of its subfolders, in name order, without lock files', () => {
  expect(checkedFiles([folder], 'vi')).toEqual([clean, withErrors]);
  expect(checkedFiles([nothing, folder], 'vi')).toEqual([nothing, clean, withErrors]);
});

test('the worst exit code: unreadable, then errors, then nothing recognised, then clean', () => {
  expect(worstExit([0, 3])).toBe(3);
  expect(worstExit([3, 1, 0])).toBe(1);
  expect(worstExit([1, 2, 3])).toBe(2);
  expect(worstExit([0, 0])).toBe(0);
});

test('files and a folder: a report for each, a summary line per file, the worst exit code', async () => {
  const { code, out, err } = await cli(['check', nothing, folder]);
  expect(err).toBe('');
  expect(code).toBe(1);
  // Each file's own report, in order.
  const at = (s: string) => out.indexOf(s);
  expect(at(`Tệp: ${nothing}`)).toBeGreaterThanOrEqual(0);
  expect(at(`Tệp: ${clean}`)).toBeGreaterThan(at(`Tệp: ${nothing}`));
  expect(at(`Tệp: ${withErrors}`)).toBeGreaterThan(at(`Tệp: ${clean}`));
  expect(out).toContain('Trang “Biểu số 1”: Biểu rà soát chỉ tiêu kế hoạch');
  // Then one line per file.
  const summary = out.slice(at('Tổng kết 3 tệp:')).split('\n');
  expect(summary[1]).toBe(`  ${nothing}: 1 trang tính, không nhận ra bảng chuẩn nào`);
  expect(summary[2]).toMatch(new RegExp(`^  ${clean.replace(/[.\\/]/g, '\\$&')}: 1 trang tính \\(1 có bảng chuẩn\\): 0 lỗi, \\d+ cảnh báo, \\d+ lưu ý$`));
  expect(summary[3]).toMatch(/: 1 trang tính \(1 có bảng chuẩn\): [1-9]\d* lỗi/);
});

test('an unreadable file is reported in its place and the others are still checked; exit 2', async () => {
  const { code, out, err } = await cli(['check', broken, clean, '--lang', 'en']);
  expect(err).toBe('');
  expect(code).toBe(2);
  expect(out).toContain(`File: ${broken}\n  could not be read: `);
  expect(out).toContain(`File: ${clean}`);
  expect(out).toContain(`  ${clean}: 1 sheets (1 with a standard table): 0 errors`);
});

test('one JSON report holds every file, each with its exit code', async () => {
  const { code, out } = await cli(['check', clean, nothing, broken, withErrors, '--json']);
  expect(code).toBe(2);
  const json = JSON.parse(out) as { files: (WordedWorkbookReport & { exitCode: number; error?: string })[] };
  expect(json.files.map((f) => [f.file, f.exitCode])).toEqual([
    [clean, 0],
    [nothing, 3],
    [broken, 2],
    [withErrors, 1],
  ]);
  // The same words a single unreadable file gets on stderr.
  expect(json.files[2].error).toMatch(new RegExp(`^không đọc được ${broken.replace(/[.\\/]/g, '\\$&')} như một tệp Excel: `));
  expect(json.files[0].sheets[0].kind).toBe('indicator-plan');
});

test('one file keeps the report it always had; a folder without workbooks is a usage error', async () => {
  const one = JSON.parse((await cli(['check', clean, '--json'])).out) as WordedWorkbookReport;
  expect(one.file).toBe(clean);
  expect(one.sheets).toHaveLength(1);
  const empty = path.join(dir, 'trong');
  fs.mkdirSync(empty);
  const r = await cli(['check', empty]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`chitieu: thư mục ${empty} không có tệp .xlsx nào\n`);
});

test('compute still takes one file', async () => {
  const r = await cli(['compute', clean, withErrors, '-o', path.join(dir, 'ra.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('thừa tham số');
});
