/** `chitieu report FILE.xlsx`: the report's sentences from its indicator sheets. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { haTinhTasks } from '../fixtures/other-sheets';
import { cli } from '../helpers/cli';
import { writeXlsx } from '../helpers/xlsx';

let dir: string;
let both: string;
let tasks: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-report-'));
  both = path.join(dir, 'bao-cao.xlsx');
  tasks = path.join(dir, 'nhiem-vu.xlsx');
  await writeXlsx(both, [haTinhTasks(), tienGiang2018()]);
  await writeXlsx(tasks, [haTinhTasks()]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('prints the sentences of the indicator sheet, under its name, and nothing of the task list', async () => {
  const { code, out, err } = await cli(['report', both]);
  expect(err).toBe('');
  expect(code).toBe(0);
  const lines = out.trim().split('\n');
  expect(lines[0]).toBe('Biểu số 1');
  // Tiền Giang: 9 indicators (the two revenue parts inside the first sentence).
  expect(lines.slice(2)).toHaveLength(9);
  // 115.644 / 114.000 = 101,4 %; 115.644 / 112.000 − 1 = +3,3 %.
  expect(lines).toContain('Tổng số thuê bao điện thoại năm 2018 ước đạt 115.644 thuê bao, đạt 101,4% kế hoạch năm, tăng 3,3% so với năm 2017.');
});

test('--json gives each sentence with the cell of its indicator; --lang en words it in English', async () => {
  const { code, out } = await cli(['report', both, '--json', '--lang', 'en', '--sheet', 'Biểu số 1']);
  expect(code).toBe(0);
  const report = JSON.parse(out) as { sheets: { name: string; sentences: { cell: string; text: string }[] }[] };
  expect(report.sheets.map((s) => s.name)).toEqual(['Biểu số 1']);
  expect(report.sheets[0].sentences[0].cell).toBe('B8');
  expect(report.sheets[0].sentences[0].text).toMatch(/^Tổng doanh thu \(2018\) estimated at 2,430 tỷ đồng, 125% of the annual plan/);
});

test('a workbook without an indicator sheet: exit 3 and why; an unknown sheet: exit 2', async () => {
  const none = await cli(['report', tasks]);
  expect(none.code).toBe(3);
  expect(none.out).toBe('');
  expect(none.err).toMatch(/^chitieu: nhiem-vu\.xlsx: không có biểu chỉ tiêu/);
  const missing = await cli(['report', both, '--sheet', 'Biểu 9']);
  expect(missing.code).toBe(2);
  expect(missing.err).toBe('chitieu: không có trang “Biểu 9”\n');
});
