import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { cli } from '../helpers/cli';
import { haTinhTasks } from '../fixtures/other-sheets';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { readXlsx, writeXlsx } from '../helpers/xlsx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-appendix-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chitieu appendix', () => {
  test('writes a copy with the appendix sheet and the Word document; invalid dates placed as typed, reported, exit 1', async () => {
    const input = path.join(dir, 'plan.xlsx');
    const output = path.join(dir, 'plan-phuluc.xlsx');
    const docx = path.join(dir, 'phuluc.docx');
    await writeXlsx(input, [tienGiang2018(), haTinhTasks()]);
    const before = fs.readFileSync(input);
    const { code, out, err } = await cli(['appendix', input, '-o', output, '--docx', docx]);
    expect(code).toBe(1);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(out).toContain('Đã thêm phụ lục 10 nhiệm vụ vào trang “Phụ lục” (A1:F15)');
    // "Tháng 13/2021" (C10) and "sắp tới" (D12) are kept as typed and reported, one line each.
    expect(err.trim().split('\n')).toEqual([
      'chitieu: Nhiệm vụ!C10: “Tháng 13/2021” không đọc được là thời gian; giữ nguyên như đã gõ',
      'chitieu: Nhiệm vụ!D12: “sắp tới” không đọc được là thời gian; giữ nguyên như đã gõ',
    ]);

    const wb = await readXlsx(output);
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell('A1').value).toBe('PHỤ LỤC');
    expect(ws.getCell('A2').value).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KT-XH GIAI ĐOẠN 2021-2025');
    expect(ws.getCell('B5').value).toBe('Chương trình, đề án, chính sách, nhiệm vụ');
    expect(ws.getCell('A6').value).toBe(1);
    expect(ws.getCell('C6').value).toBeInstanceOf(Date);
    expect(ws.getCell('C6').numFmt).toBe('"Tháng "m/yyyy');
    expect(ws.getCell('C12').value).toBe('Tháng 13/2021');
    expect(ws.getCell('B6').font?.name).toBe('Times New Roman');
    expect(ws.getCell('B6').font?.size).toBe(13);
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.getCell('B6').border?.left?.style).toBe('thin');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');

    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Tháng 12/2025');
  });

  test('a date the list formats as a month ("mm/yyyy") or a quarter in words is that period in the sheet and the .docx, not its first day', async () => {
    const input = path.join(dir, 'dated.xlsx');
    const output = path.join(dir, 'dated-out.xlsx');
    const docx = path.join(dir, 'dated.docx');
    const G = 'General';
    // 1/6/2022 = 44713 (1/1/2022 = 44562, + 151 days); 1/4/2022 = 44652; 30/6/2022 = 44742.
    await writeXlsx(input, [
      {
        name: 'Nhiệm vụ',
        values: [
          ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'],
          [1, 'Số hoá hồ sơ lưu trữ', 44713, 44742, 'Sở Thông tin và Truyền thông', null],
          [2, 'Nâng cấp Cổng dịch vụ công', 44652, 44713, 'Văn phòng UBND tỉnh', null],
        ],
        formats: [
          [G, G, G, G, G, G],
          [G, G, 'mm/yyyy', 'd/m/yyyy', G, G],
          [G, G, '"Quý II/"yyyy', 'mm/yyyy', G, G],
        ],
      },
    ]);
    const { code } = await cli(['appendix', input, '-o', output, '--docx', docx]);
    expect(code).toBe(0);
    const ws = (await readXlsx(output)).getWorksheet('Phụ lục')!;
    expect([ws.getCell('C6').numFmt, ws.getCell('D6').numFmt, ws.getCell('C7').numFmt, ws.getCell('D7').numFmt]).toEqual([
      '"Tháng "m/yyyy',
      'd/m/yyyy',
      '"Quý II/"yyyy',
      '"Tháng "m/yyyy',
    ]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    const texts = Array.from(xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (m) => m[1]);
    const row = (task: string) => texts.slice(texts.indexOf(task) + 1, texts.indexOf(task) + 3);
    expect(row('Số hoá hồ sơ lưu trữ')).toEqual(['Tháng 6/2022', '30/6/2022']);
    expect(row('Nâng cấp Cổng dịch vụ công')).toEqual(['Quý II/2022', 'Tháng 6/2022']);
    expect(texts).not.toContain('1/6/2022');
  });

  test('running it on its own output replaces the appendix instead of adding a second one', async () => {
    const input = path.join(dir, 'again.xlsx');
    const once = path.join(dir, 'again-1.xlsx');
    const twice = path.join(dir, 'again-2.xlsx');
    await writeXlsx(input, [haTinhTasks()]);
    await cli(['appendix', input, '-o', once, '--title', 'Nhiệm vụ năm 2021']);
    const { out } = await cli(['appendix', once, '-o', twice, '--title', 'Nhiệm vụ trọng tâm giai đoạn 2021-2025', '--order-by-start']);
    expect(out).toContain('“Phụ lục”');
    const wb = await readXlsx(twice);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Phụ lục']);
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell('A2').value).toBe('NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2021-2025');
    // Ordered by start: "Tháng 7/2020" first.
    expect(ws.getCell('B6').value).toBe('Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP');
  });

  test('a sheet named "Phụ lục" of the planner\'s own is kept; the appendix goes to "Phụ lục 2"', async () => {
    const input = path.join(dir, 'taken.xlsx');
    const output = path.join(dir, 'taken-out.xlsx');
    await writeXlsx(input, [haTinhTasks(), { name: 'Phụ lục', values: [['Ghi chú riêng của người lập']] }]);
    await cli(['appendix', input, '-o', output, '--json']);
    const wb = await readXlsx(output);
    expect(wb.getWorksheet('Phụ lục')!.getCell('A1').value).toBe('Ghi chú riêng của người lập');
    expect(wb.getWorksheet('Phụ lục 2')!.getCell('A1').value).toBe('PHỤ LỤC');
  });

  test('no task list: exit 2 and one line', async () => {
    const input = path.join(dir, 'none.xlsx');
    await writeXlsx(input, [tienGiang2018()]);
    const { code, err } = await cli(['appendix', input, '-o', path.join(dir, 'none-out.xlsx')]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/không thấy bảng nhiệm vụ/);
    // A sheet named with --sheet is quoted as everywhere a planner reads: “…”.
    const named = await cli(['appendix', input, '--sheet', 'Biểu số 1', '-o', path.join(dir, 'none-out.xlsx')]);
    expect(named.code).toBe(2);
    expect(named.err).toContain('trong “Biểu số 1”');
  });
});
