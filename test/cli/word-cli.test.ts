/**
 * chitieu word: a recognised table of an .xlsx as a .docx, with the
 * computed columns compute wrote beside it; the input is only read.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { cli } from '../helpers/cli';
import { writeXlsx } from '../helpers/xlsx';
import { sheetInit } from '../fixtures/real/sheet';
import { table as tthue2019 } from '../fixtures/real/ind-tthue-chi-tieu-2019';
import { table as tayninh } from '../fixtures/real/inv-tayninh-stc-giai-ngan-2023';
import { haTinhTasks } from '../fixtures/other-sheets';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-word-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

/** The texts of a .docx's table cells, row by row. */
function cellTexts(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
    [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
  );
}

describe('chitieu word', () => {
  test('after compute: the table with its computed columns, in landscape, named after the sheet; the workbook untouched', async () => {
    const input = path.join(dir, 'hue.xlsx');
    const computed = path.join(dir, 'hue-tinh.xlsx');
    await writeXlsx(input, [sheetInit(tthue2019)]);
    expect((await cli(['compute', input, '-o', computed, '--metrics', 'completion,growth'])).code).toBe(0);
    const before = fs.readFileSync(computed);
    const { code, out, err } = await cli(['word', computed]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const docx = path.join(dir, 'Chi-tieu-2019.docx');
    expect(out).toBe(`Đã ghi bảng 1 của trang “Chỉ tiêu 2019” (22 dòng, 8 cột, kể cả 2 cột đã tính), A4 khổ ngang, ra ${docx}\n`);
    expect(fs.readFileSync(computed).equals(before)).toBe(true);
    const xml = await documentXml(docx);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    const rows = cellTexts(xml);
    expect(rows[0]).toEqual([
      'Stt',
      'Chỉ tiêu chủ yếu',
      'TH năm 2018',
      'KH năm 2019',
      'Ước TH năm 2019',
      'Ghi chú',
      'ƯTH 2019 so với KH 2019 (%)',
      'ƯTH 2019 so với TH 2018 (%)',
    ]);
    // Sheet row 10 (the header is row 3, data from row 4): 1.839 | 1.915 | 2.007 in "#,##0.0";
    // 2.007 / 1.915 × 100 = 104,80; (2.007 / 1.839 − 1) × 100 = 9,14.
    expect(rows[10 - 3]).toEqual(['2', 'Tổng sản phẩm trong tỉnh bình quân đầu người (USD)', '1.839,0', '1.915,0', '2.007,0', 'Đạt', '104,8', '9,1']);
  });

  test('--sheet, --table, -o and --json; a two-row header spans in the .docx', async () => {
    const input = path.join(dir, 'two.xlsx');
    const out = path.join(dir, 'giai-ngan.docx');
    await writeXlsx(input, [sheetInit(tthue2019), sheetInit(tayninh)]);
    const { code, out: stdout } = await cli(['word', input, '--sheet', 'Giải ngân 10-3-2023', '--table', '1', '-o', out, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: input,
      sheet: 'Giải ngân 10-3-2023',
      table: 1,
      kind: 'investment',
      docx: out,
      page: 'landscape',
      columns: 10,
      rows: 7,
      computed: [],
    });
    const xml = await documentXml(out);
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(cellTexts(xml)[3]).toEqual(['1', 'Sở Nông nghiệp và PTNT Tây Ninh', '500', '500', '0', '0', '0', '0', '0,00', '0,00']);
  });

  test('no such sheet, no table for Word, no such table: one line on stderr, exit 2, nothing written', async () => {
    const input = path.join(dir, 'tasks.xlsx');
    await writeXlsx(input, [haTinhTasks()]);
    const none = await cli(['word', input, '-o', path.join(dir, 'none.docx')]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(`chitieu: không thấy bảng chỉ tiêu, mục tiêu, dãy số liệu hay đầu tư nào để ghi ra Word trong ${input}\n`);
    expect(fs.existsSync(path.join(dir, 'none.docx'))).toBe(false);
    const sheet = await cli(['word', input, '--sheet', 'Không có']);
    expect(sheet.code).toBe(2);
    expect(sheet.err).toBe('chitieu: không có trang “Không có”\n');
    const hue = path.join(dir, 'hue-only.xlsx');
    await writeXlsx(hue, [sheetInit(tthue2019)]);
    const table = await cli(['word', hue, '--table', '2', '--lang', 'en']);
    expect(table.code).toBe(2);
    expect(table.err).toBe('chitieu: --table 2: sheet “Chỉ tiêu 2019” holds 1 table(s) that can go to Word\n');
  });
});
