/**
 * The ExcelJS host's grid: values, number formats and formulas as the
 * engine reads them, with formats and formulas kept only where there are some.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, formatAt, formulaAt, parseA1 } from '../../src/engine/grid';
import { checkSheet } from '../../src/engine';
import { gridFromWorksheet } from '../../src/host/xlsx';

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-grid-'));
  try {
    const file = path.join(dir, 'g.xlsx');
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('Biểu số 1'));
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    return back.worksheets[0];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const at = (a: string) => parseA1(a);

describe('a worksheet read from .xlsx as a grid', () => {
  test('formats and formulas where the file has them, General and none elsewhere', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('A1').value = 'Tỷ lệ';
      s.getCell('B1').value = 0.875;
      s.getCell('B1').numFmt = '0.0%';
      s.getCell('C1').value = { formula: 'B1*2', result: 1.75 } as ExcelJS.CellFormulaValue;
      for (let r = 2; r <= 200; r++) s.getCell(r, 2).value = r;
      s.getCell('D150').value = 'cuối';
    });
    const g = gridFromWorksheet(ws);
    const { top: r1, left: b } = at('B1');
    expect(formatAt(g, r1, b)).toBe('0.0%');
    expect(formulaAt(g, r1, at('C1').left)).toBe('=B1*2');
    expect(cellAt(g, r1, at('C1').left)).toBe(1.75);
    // Plain cells: General, no formula; every values row is full width.
    expect(formatAt(g, at('B150').top, b)).toBe('General');
    expect(formulaAt(g, at('B150').top, b)).toBeNull();
    expect(cellAt(g, at('D150').top, at('D150').left)).toBe('cuối');
    expect(g.values).toHaveLength(200);
    expect(g.values.every((row) => row.length === 4 && row.every((v) => v !== undefined))).toBe(true);
    // Only the first row has a format or formula: the others hold none.
    expect(g.formats!.filter(Boolean)).toHaveLength(1);
    expect(g.formulas!.filter(Boolean)).toHaveLength(1);
  });

  test('a percent format still reads as percent for the checks', async () => {
    const ws = await roundTrip((s) => {
      s.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024']);
      s.addRow([1, 'Tỷ lệ hồ sơ trực tuyến', '%', 0.9, 0.95]);
      s.getCell('D2').numFmt = '0%';
      s.getCell('E2').numFmt = '0%';
    });
    const g = gridFromWorksheet(ws);
    expect(formatAt(g, 1, 3)).toBe('0%');
    // No crash and a recognised sheet: the sparse formats are read like full ones.
    expect(checkSheet(g).kind).toBe('indicator-plan');
  });
});
