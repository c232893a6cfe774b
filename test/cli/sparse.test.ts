/**
 * Sheets as real workbooks carry them: an ordinary Biểu số 1 plus stray
 * cells far away (a note typed at XFD30, a value left at row 200,000). The
 * file is a few kilobytes; read as one rectangle it would be 3.3 billion
 * cells. The command line reads the table, says where the strays are, and
 * refuses a sheet whose content really spans too much, with its reason.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { defaultMaxXmlBytes, run } from '../../src/cli/main';
import { gridFromWorksheet } from '../../src/host/xlsx';
import { HEAP_PER_XML_BYTE, sheetXmlSize } from '../../src/host/xlsx/size';
import type { WordedWorkbookReport } from '../../src/i18n/report';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { cli } from '../helpers/cli';
import { readXlsx, writeXlsx } from '../helpers/xlsx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-sparse-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The review sheet, and cells put at the given places (1-based row, column) with the given values. */
async function sheetWith(name: string, extra: [number, number, string | number][]): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(file, [tienGiang2018()]);
  const wb = await readXlsx(file);
  const ws = wb.getWorksheet('Biểu số 1')!;
  for (const [r, c, v] of extra) ws.getCell(r, c).value = v;
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a sheet with stray cells far from its table', () => {
  test('is a small file, read as its table: the strays are set apart', async () => {
    const file = await sheetWith('strays.xlsx', [
      [30, 16384, 'ghi chú: số liệu sơ bộ'],
      [200_000, 1, 1],
    ]);
    expect(fs.statSync(file).size).toBeLessThan(20_000);
    const grid = gridFromWorksheet((await readXlsx(file)).getWorksheet('Biểu số 1')!);
    // The table's rows and columns (A1:K20), not 200,000 × 16,384.
    expect(grid.values.length).toBe(tienGiang2018().values.length);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(11);
    expect(grid.strays).toEqual([
      { row: 29, col: 16383, value: 'ghi chú: số liệu sơ bộ' },
      { row: 199_999, col: 0, value: 1 },
    ]);
  });

  test('check says the same of the table as without the strays, and a note at each stray', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    await writeXlsx(plain, [tienGiang2018()]);
    const file = await sheetWith('strays-check.xlsx', [
      [30, 16384, 'ghi chú: số liệu sơ bộ'],
      [200_000, 1, 1],
    ]);
    const a = await cli(['check', plain, '--json', '--lang', 'en']);
    const b = await cli(['check', file, '--json', '--lang', 'en']);
    expect(b.code).toBe(a.code);
    const issues = (r: string) => (JSON.parse(r) as WordedWorkbookReport).sheets[0].issues;
    const far = issues(b.out).filter((i) => i.code === 'far-cell');
    expect(issues(b.out).filter((i) => i.code !== 'far-cell')).toEqual(issues(a.out));
    expect(far.map((i) => [i.cell, i.severity])).toEqual([
      ['XFD30', 'info'],
      ['A200000', 'info'],
    ]);
    expect(far[0].message).toBe(
      'The cell XFD30 (“ghi chú: số liệu sơ bộ”) lies far from the tables, so it is not read with the sheet; if it belongs to a table, move it next to the table.'
    );
  });

  test('compute writes the table’s columns and keeps the strays in the copy', async () => {
    const file = await sheetWith('strays-compute.xlsx', [[30, 16384, 'ghi chú']]);
    const out = path.join(dir, 'strays-out.xlsx');
    const r = await cli(['compute', file, '-o', out]);
    expect(r.code).toBe(0);
    const ws = (await readXlsx(out)).getWorksheet('Biểu số 1')!;
    expect(ws.getCell('XFD30').value).toBe('ghi chú');
    // The first computed column (L) holds formulas on the data rows.
    expect(ws.getCell('L8').formula).toBeTruthy();
  });
});

describe('a sheet whose content spans too much', () => {
  test('is refused before it is built, with exit 2 and what was found', async () => {
    // Two small tables at opposite corners: A1:XFB1048576 is 1,048,576 rows × 16,382 columns = 17,177,772,032 cells.
    const file = await sheetWith('corners.xlsx', [
      [1_048_575, 16_380, 'a'],
      [1_048_575, 16_381, 'b'],
      [1_048_575, 16_382, 'c'],
      [1_048_576, 16_380, 1],
      [1_048_576, 16_381, 2],
      [1_048_576, 16_382, 3],
    ]);
    const vi = await cli(['check', file]);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain('Trang tính “Biểu số 1” quá lớn để kiểm tra: nội dung trải trên vùng A1:XFB1048576 (17.177.772.032 ô');
    const en = await cli(['check', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('above the limit of 20,000,000 cells');
    expect(en.out).toBe('');
  });
});

describe('a workbook too large for the machine', () => {
  test('is refused before it is read: exit 2, its size, what its sheets unpack to, and the limit', async () => {
    // The review sheet and 20,000 rows of figures below it: about 1.4 MB of sheet XML, packed to a few hundred KB.
    const file = path.join(dir, 'large.xlsx');
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, `Chỉ tiêu ${i + 1}`, 'Người', 1000 + i, 1100 + i, 1050 + i, 1200 + i]);
    await writeXlsx(file, [{ ...tienGiang2018(), values: [...tienGiang2018().values, ...rows] }]);
    const size = sheetXmlSize(fs.readFileSync(file))!;
    expect(size.total).toBeGreaterThan(1_000_000);
    let err = '';
    const code = await run(['check', file, '--lang', 'en'], { stdout: () => undefined, stderr: (s) => (err += s) }, { maxXmlBytes: 1_000_000 });
    expect(code).toBe(2);
    expect(err).toMatch(
      /^chitieu: The file “large\.xlsx” is too large to check on this machine: [\d.]+ MB, its sheets unpack to [\d.]+ MB \(the largest, xl\/worksheets\/sheet1\.xml: [\d.]+ MB\), above the limit of 1 MB/
    );
    expect(err).toContain('Nothing was read.');
    // Within the limit the machine gives, the same file is checked.
    const plain = await run(['check', file, '--json'], { stdout: () => undefined, stderr: () => undefined });
    expect(plain).not.toBe(2);
  });

  test('the default limit follows the memory the reader has', () => {
    expect(defaultMaxXmlBytes()).toBe(Math.floor(v8.getHeapStatistics().heap_size_limit / HEAP_PER_XML_BYTE));
    // On any machine that runs the tests, it leaves room for a sheet of 100,000 rows (about 35 MB of XML).
    expect(defaultMaxXmlBytes()).toBeGreaterThan(35_000_000);
  });
});
