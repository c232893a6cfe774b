/** chitieu prose on .txt and .docx files: the slips found, exit codes like check's, JSON with ranges and figures. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { cli } from '../helpers/cli';
import type { WordedProseReport } from '../../src/cli/prose';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { writeXlsx } from '../helpers/xlsx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-prose-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Seed 004 (Bắc Giang 2013): 73.953 + 1.759.720 = 1.833.673, not 1.869.673.
const SUBSCRIBERS =
  'Tổng số thuê bao điện thoại đến nay ước đạt 1.869.673 thuê bao, bằng 97,5% (đạt mật độ 116,25 máy/100dân); trong đó, thuê bao cố định là 73.953 thuê bao, giảm so cùng kỳ năm 25,4%; thuê bao di động là 1.759.720 thuê bao, tăng 14,8% so với cùng kỳ năm trước.';
// Seed 002 (Tiền Giang 2018): 105 + 1.495 = 1.600.
const REVENUE =
  'Tổng doanh thu lũy kế đến tháng 9 năm 2018 ước đạt 1.600 tỷ đồng, đạt 82% so với kế hoạch cả năm 2018. Trong đó: doanh thu khối bưu chính: ước đạt 105 tỷ đồng; doanh thu khối viễn thông: ước đạt 1.495 tỷ đồng.';

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('a .txt with a slip: the issue at its sentence and characters, exit 1', async () => {
  const file = write('bao-cao.txt', `\uFEFF${REVENUE}\n${SUBSCRIBERS}\n`);
  const { code, out, err } = await cli(['prose', file]);
  expect(err).toBe('');
  expect(code).toBe(1);
  expect(out).toContain(`Tệp: ${file}`);
  expect(out).toMatch(/Đã đọc \d+ câu, kiểm tra 2 phép tính: 1 lỗi, 0 cảnh báo/);
  expect(out).toMatch(/câu 3 \[\d+–\d+\] \[lỗi\] +Tổng 1\.869\.673 thuê bao, nhưng các phần \(73\.953 \+ 1\.759\.720\) cộng lại 1\.833\.673\./);
});

test('--json: ranges into the text, figures as numbers, the message in the chosen language', async () => {
  const text = `${REVENUE}\n${SUBSCRIBERS}\n`;
  const file = write('bao-cao-json.txt', text);
  const { code, out } = await cli(['prose', file, '--json', '--lang', 'en']);
  expect(code).toBe(1);
  const r = JSON.parse(out) as WordedProseReport;
  expect(r.issues).toHaveLength(1);
  const [i] = r.issues;
  expect(i).toMatchObject({ code: 'prose-sum-mismatch', severity: 'error', figures: [1869673, 73953, 1759720], expected: 1833673 });
  expect(text.slice(i.range[0], i.range[1])).toMatch(/^1\.869\.673 thuê bao.*1\.759\.720$/s);
  expect(i.text).toBe(text.slice(i.range[0], i.range[1]));
  expect(i.message).toBe('The total is 1.869.673 thuê bao, but its parts (73.953 + 1.759.720) add up to 1.833.673.');
  expect(r.checked.map((c) => c.check)).toEqual(['sum', 'sum']);
});

test('a clean text: exit 0; a text with nothing to check says so', async () => {
  expect((await cli(['prose', write('sach.txt', REVENUE)])).code).toBe(0);
  const { code, out } = await cli(['prose', write('chu.txt', 'Sở đã tham mưu nhiều văn bản.')]);
  expect(code).toBe(0);
  expect(out).toContain('Không có câu nào nêu tổng và các phần');
});

test('a .docx built in code: read with mammoth, the slip found', async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('2. Về Bưu chính, Viễn thông')] }),
          new Paragraph({ children: [new TextRun(REVENUE)] }),
          new Paragraph({ children: [new TextRun('- Tổng số dự án được triển khai: 10 dự án trong đó:')] }),
          new Paragraph({ children: [new TextRun('+ Dự án sử dụng nguồn Chương trình Mục tiêu quốc gia xây dựng NTM: 04 dự án.')] }),
          new Paragraph({ children: [new TextRun('+ Dự án sử dụng nguồn Chương trình Mục tiêu quốc gia giảm nghèo: 01 dự án.')] }),
          new Paragraph({ children: [new TextRun('+ Dự án sử dụng nguồn Ngân sách TW (nguồn dự phòng): 01 dự án')] }),
          new Paragraph({ children: [new TextRun('+ Dự án sử dụng nguồn ngân sách tỉnh, địa phương: 05 dự án')] }),
        ],
      },
    ],
  });
  const file = path.join(dir, 'bao-cao.docx');
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  const { code, out } = await cli(['prose', file, '--json']);
  expect(code).toBe(1);
  const r = JSON.parse(out) as WordedProseReport;
  // Seed 000 (Hà Tĩnh 2018): 04 + 01 + 01 + 05 = 11 projects against 10.
  expect(r.issues.map((i) => [i.code, i.figures, i.expected, i.message])).toEqual([
    ['prose-sum-mismatch', [10, 4, 1, 1, 5], 11, 'Tổng 10 dự án, nhưng các phần (04 + 01 + 01 + 05) cộng lại 11.'],
  ]);
});

test('bad input: no file, another format, a broken .docx, a missing file argument: exit 2 and one line', async () => {
  const missing = await cli(['prose', path.join(dir, 'khong-co.txt')]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^chitieu: không thấy tệp .*khong-co\.txt\n$/);
  const pdf = await cli(['prose', write('bao-cao.pdf', '%PDF-1.4')]);
  expect(pdf.code).toBe(2);
  expect(pdf.err).toContain('không phải tệp .txt hoặc .docx');
  const broken = await cli(['prose', write('hong.docx', 'not a zip')]);
  expect(broken.code).toBe(2);
  expect(broken.err).toContain('không đọc được');
  expect((await cli(['prose'])).code).toBe(2);
});

test('--against a workbook: a figure that is not its table’s is found with the table’s cell; the sheet’s own sentences pass', async () => {
  const book = path.join(dir, 'bieu-1.xlsx');
  await writeXlsx(book, [tienGiang2018()]);
  // Biểu số 1 F13 (ƯTH 2018, subscribers) is 115.644; the text says 117.644.
  const wrong = write('sai.txt', 'Tổng số thuê bao điện thoại năm 2018 ước đạt 117.644 thuê bao, đạt 103,2% kế hoạch năm.\n');
  const found = await cli(['prose', wrong, '--against', book, '--json']);
  expect(found.code).toBe(1);
  const report = JSON.parse(found.out) as WordedProseReport;
  expect(report.issues.map((i) => [i.code, i.figures, i.params.cell])).toEqual([['prose-table-mismatch', [117644, 115644], 'Biểu số 1!F13']]);
  // Without --against, nothing in the text contradicts itself.
  expect((await cli(['prose', wrong])).code).toBe(0);
  // chitieu report's sentences of the same workbook, checked against it.
  const sentences = await cli(['report', book]);
  const own = write('cau.txt', sentences.out);
  const checked = await cli(['prose', own, '--against', book, '--json']);
  expect(checked.code).toBe(0);
  const ownReport = JSON.parse(checked.out) as WordedProseReport;
  expect(ownReport.issues).toEqual([]);
  expect(ownReport.checked.filter((c) => c.check === 'table').length).toBe(10);
  // An --against that is no workbook: exit 2, said.
  const bad = await cli(['prose', wrong, '--against', path.join(dir, 'khong-co.xlsx')]);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/^chitieu: /);
});
