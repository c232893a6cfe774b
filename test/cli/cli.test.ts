import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { cli } from '../helpers/cli';
import type { WordedWorkbookReport as WorkbookReport } from '../../src/i18n/report';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { readXlsx, writeXlsx } from '../helpers/xlsx';

const exec = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chitieu check', () => {
  test('a clean sheet: readable summary in Vietnamese, exit 0', async () => {
    const file = path.join(dir, 'tien-giang.xlsx');
    await writeXlsx(file, [tienGiang2018(), contactList()]);
    const { code, out, err } = await cli(['check', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Trang “Biểu số 1”: Biểu rà soát chỉ tiêu kế hoạch, tiêu đề dòng 4–5');
    expect(out).toContain('0 lỗi');
    expect(out).toContain('Trang “Danh bạ”: không nhận ra biểu chuẩn');
    // The contact list has nothing like a table header: said so, not left blank.
    expect(out).toContain('Không thấy dòng nào giống tiêu đề bảng');
  });

  test('like issues of one column are one line of the text output; the JSON keeps each and adds groups', async () => {
    const file = path.join(dir, 'text-typed.xlsx');
    const values: (string | number | null)[][] = [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024']];
    for (let i = 1; i <= 18; i++) values.push([i, `Chỉ tiêu số ${i}`, 'trạm', `1.${String(100 + i)}`, 1000 + i]);
    await writeXlsx(file, [{ name: 'Biểu', values }]);
    const { code, out } = await cli(['check', file]);
    expect(code).toBe(0);
    const lines = out.split('\n').filter((l) => l.includes('gõ dạng chữ'));
    expect(lines).toEqual([expect.stringMatching(/^ {2}D {6}\[lưu ý\] +Cột D: 18 số gõ dạng chữ \(D2–D19\)$/)]);
    const json = JSON.parse((await cli(['check', file, '--json'])).out) as WorkbookReport;
    expect(json.sheets[0].issues.filter((i) => i.code === 'number-as-text')).toHaveLength(18);
    expect(json.sheets[0].groups).toEqual([expect.objectContaining({ code: 'number-as-text', column: 'D', count: 18, fixes: 18 })]);
  });

  test('the text lists what matters first: errors, then warnings, then notes', async () => {
    const file = path.join(dir, 'ha-tinh-text.xlsx');
    await writeXlsx(file, [haTinh2024()]);
    const { code, out } = await cli(['check', file]);
    expect(code).toBe(1);
    const lines = out.split('\n');
    const first = (word: string) => lines.findIndex((l) => l.includes(word));
    // The notes of column D (rows 6…) come before H8's error on the sheet, after it in the list.
    expect(first('Cột D:')).toBeGreaterThan(lines.findIndex((l) => /^ {2}H8 /.test(l)));
    expect(first('[lỗi]')).toBeLessThan(first('[lưu ý]'));
    const lastError = lines.map((l) => l.includes('[lỗi]')).lastIndexOf(true);
    expect(lastError).toBeLessThan(first('[lưu ý]'));
  });

  test('nothing recognised: exit 3, said first, with the closest kind and what it lacks', async () => {
    const file = path.join(dir, 'du-an.xlsx');
    await writeXlsx(file, [
      {
        name: 'Dự án',
        values: [
          ['DANH MỤC DỰ ÁN KHỞI CÔNG MỚI', null, null, null],
          ['STT', 'Danh mục dự án', 'Địa điểm xây dựng', 'Ghi chú'],
          [1, 'Đường trung tâm xã', 'Xã Phổ An', null],
        ],
      },
      contactList(),
    ]);
    const { code, out } = await cli(['check', file]);
    expect(code).toBe(3);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^KHÔNG KIỂM TRA ĐƯỢC: không nhận ra bảng chuẩn nào/);
    expect(out).toContain('Dòng 2 trông như tiêu đề bảng nhưng chưa nhận ra là biểu nào. Gần nhất: Kế hoạch đầu tư công');
    expect(out).toMatch(/thiếu: “Tổng mức đầu tư” hoặc “Kế hoạch vốn năm”/);
    const json = await cli(['check', file, '--json', '--lang', 'en']);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.out) as WorkbookReport;
    const [projects, contacts] = report.sheets;
    expect(projects.kind).toBeNull();
    expect(projects.unrecognised).toEqual([
      {
        rows: [2, 2],
        closest: 'investment',
        found: ['stt', 'name', 'location', 'note'],
        missing: [{ anyOf: ['total-investment', 'year-plan', 'allocated', 'period-plan', 'disbursed'] }],
        message: expect.stringMatching(/^Row 2 looks like a table header, but no kind of sheet fits\. Closest: Public investment plan/),
      },
    ]);
    expect(contacts.unrecognised).toEqual([]);
  });

  test('errors found: exit 1, JSON report as documented, English messages', async () => {
    const file = path.join(dir, 'ha-tinh.xlsx');
    await writeXlsx(file, [haTinh2024(), contactList()]);
    const { code, out } = await cli(['check', file, '--json', '--lang', 'en']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as WorkbookReport;
    expect(report.file).toBe(file);
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['Chỉ tiêu 2025', 'indicator-plan'],
      ['Danh bạ', null],
    ]);
    const [sheet, other] = report.sheets;
    expect(sheet.headerRows).toEqual([4, 5]);
    expect(sheet.columns[3]).toEqual({ column: 'D', role: 'actual', year: 2024, period: '9 tháng', header: 'TH 9 tháng năm 2024' });
    const h8 = sheet.issues.find((i) => i.cell === 'H8' && i.code === 'ratio-mismatch')!;
    expect(h8.severity).toBe('error');
    expect(h8.message).toMatch(/^The typed percentage 120 differs/);
    expect(other.issues).toEqual([]);
  });

  test('bad usage and unreadable files: exit 2 with one line on stderr', async () => {
    const notXlsx = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notXlsx, 'this is not a workbook');
    for (const args of [
      [],
      ['check'],
      ['frobnicate', 'x.xlsx'],
      ['check', path.join(dir, 'missing.xlsx')],
      ['check', notXlsx],
      ['check', notXlsx, '--lang', 'fr'],
      ['compute', notXlsx],
    ]) {
      const { code, out, err } = await cli(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^chitieu: /);
      expect(err).not.toMatch(/\s+at\s/);
    }
  });
});

describe('chitieu compute', () => {
  test('writes a copy with formulas and cached results; the input is untouched', async () => {
    const file = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await writeXlsx(file, [tienGiang2018()]);
    const before = fs.readFileSync(file);
    const { code, out: stdout } = await cli(['compute', file, '-o', out, '--json']);
    expect(code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const report = JSON.parse(stdout) as WorkbookReport;
    const l8 = report.sheets[0].computed.find((c) => c.cell === 'L8')!;
    expect(l8).toEqual({ cell: 'L8', row: 8, metric: 'completion', label: 'ƯTH 2018 so với KH 2018', value: 125, formula: '=IFERROR(F8/E8*100,"")' });

    const wb = await readXlsx(out);
    const ws = wb.getWorksheet('Biểu số 1')!;
    expect(ws.getCell('L4').value).toBe('So sánh, bằng (%)');
    expect(ws.getCell('L5').value).toBe('ƯTH 2018 so với KH 2018');
    expect(ws.getCell('L8').value).toEqual({ formula: 'IFERROR(F8/E8*100,"")', result: 125 });
    expect(ws.getCell('L8').numFmt).toBe('0.0');
    expect(ws.getCell('L4').font?.bold).toBe(true);
    // The user's cells are as they were.
    expect(ws.getCell('F8').value).toBe(2430);
    expect(ws.getCell('K4').value).toBe('Ghi chú');
  });

  test('computing the output again updates the same columns', async () => {
    const file = path.join(dir, 'again-in.xlsx');
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    await writeXlsx(file, [tienGiang2018()]);
    await cli(['compute', file, '-o', once]);
    const { code } = await cli(['compute', once, '-o', twice]);
    expect(code).toBe(0);
    const a = (await readXlsx(once)).getWorksheet('Biểu số 1')!;
    const b = (await readXlsx(twice)).getWorksheet('Biểu số 1')!;
    expect(b.columnCount).toBe(a.columnCount);
    expect(b.getCell('O8').value).toBeNull();
    expect(b.getCell('L8').value).toEqual(a.getCell('L8').value);
  });

  test('refuses to write over its input', async () => {
    const file = path.join(dir, 'same.xlsx');
    await writeXlsx(file, [tienGiang2018()]);
    const before = fs.readFileSync(file);
    const { code, err } = await cli(['compute', file, '-o', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/tệp gốc/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('the installed command', () => {
  test('npx chitieu runs the built CLI with its exit codes', async () => {
    const file = path.join(dir, 'npx.xlsx');
    await writeXlsx(file, [haTinh2024()]);
    const result = await exec('npx', ['--no-install', 'chitieu', 'check', file], { cwd: root }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr })
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Trang “Chỉ tiêu 2025”');
  }, 30000);
});

describe('chitieu check on every kind', () => {
  test('a workbook with the five kinds: each sheet, each table, every slip at its cell', async () => {
    const { bacGiangMidTerm, haTinhInvestment, haTinhProjects, haTinhTasks, ictIndexSeries } = await import('../fixtures/other-sheets');
    const file = path.join(dir, 'all-kinds.xlsx');
    await writeXlsx(file, [tienGiang2018(), bacGiangMidTerm(), ictIndexSeries(), haTinhInvestment(), haTinhTasks(), haTinhProjects(), contactList()]);
    const json = await cli(['check', file, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as WorkbookReport;
    expect(report.sheets.map((s) => s.tables.map((t) => t.kind).join('+') || null)).toEqual([
      'indicator-plan',
      'target-result+target-result+target-result',
      'time-series',
      'investment',
      'task-list',
      'indicator-plan',
      null,
    ]);
    const issue = (sheet: number, cell: string) => report.sheets[sheet].issues.find((i) => i.cell === cell && i.severity === 'error');
    expect(issue(1, 'D11')?.code).toBe('ratio-mismatch');
    expect(issue(2, 'F4')?.code).toBe('out-of-range');
    expect(issue(3, 'J11')?.code).toBe('exceeds-total');
    expect(issue(4, 'D11')?.code).toBe('date-order');
    expect(issue(5, 'D2')?.code).toBe('sum-mismatch');

    const text = await cli(['check', file, '--lang', 'en']);
    expect(text.out).toContain('Sheet “Giữa kỳ”: 3 tables');
    expect(text.out).toContain('Table 2: Targets and results, header rows 7–7 — Kết quả thực hiện các chỉ tiêu chính về bưu chính, viễn thông đến năm 2015');
    expect(text.out).toMatch(/D11\s+\[error\]\s+The completion says 50%/);
  });
});

describe('chitieu compute options', () => {
  test('--metrics picks the columns, --as-of the date; every computed cell is listed with its metric and value', async () => {
    const { haTinhTasks } = await import('../fixtures/other-sheets');
    const file = path.join(dir, 'tasks.xlsx');
    await writeXlsx(file, [haTinhTasks()]);
    const { code, out } = await cli(['compute', file, '-o', path.join(dir, 'tasks-out.xlsx'), '--json', '--metrics', 'elapsed', '--as-of', '30/6/2023']);
    expect(code).toBe(0);
    const computed = (JSON.parse(out) as WorkbookReport).sheets[0].computed;
    expect(new Set(computed.map((c) => c.metric))).toEqual(new Set(['elapsed']));
    expect(computed.find((c) => c.row === 5)).toMatchObject({ metric: 'elapsed', value: 100, label: 'Đã qua đến 30/6/2023 (%)' });
  });

  test('bad --metrics or --as-of: exit 2 with one line', async () => {
    for (const args of [
      ['--metrics', 'speed'],
      ['--as-of', 'mai'],
    ]) {
      const { code, err } = await cli(['compute', 'x.xlsx', '-o', 'y.xlsx', ...args]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });
});
