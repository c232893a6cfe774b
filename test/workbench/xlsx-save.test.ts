/**
 * Saving the workbench's workbook as an .xlsx (src/workbench/xlsx-save.ts):
 * the in-memory Excel's workbook written with ExcelJS and read back, by
 * ExcelJS itself and by the workbench's own opening; what the add-in wrote
 * (computed columns, the appendix) is in the file as Excel would have it.
 */
import ExcelJS from 'exceljs';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import type { WorkbookInit } from '../../src/host/memory/types';
import { sampleWorkbook, SAMPLE_SHEET } from '../../src/workbench/sample';
import { columnWidthPoints, openWorkbookBytes } from '../../src/workbench/xlsx-open';
import { excelJSFromInit, fileColumnWidth, savedFileName, workbookFileBytes } from '../../src/workbench/xlsx-save';
import { seedTasks } from '../fixtures/tasks';

const all = () => true;

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** A planner's sheet: a merged title, a header with formats and borders, figures, ratio formulas, one Excel-only formula. */
function planWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1');
  ws.getCell('A1').value = 'RÀ SOÁT CHỈ TIÊU 2024';
  ws.mergeCells('A1:E1');
  ws.getRow(2).values = ['STT', 'Chỉ tiêu', 'KH 2024', 'ƯTH 2024', 'So sánh (%)'];
  ws.getRow(3).values = [1, 'Doanh thu', 1944, 2430];
  ws.getRow(4).values = [2, 'Thuê bao', 114000, 115644];
  ws.getCell('E3').value = { formula: 'D3/C3*100', result: 125 };
  ws.getCell('E4').value = { formula: 'D4/C4*100', result: (115644 / 114000) * 100 };
  ws.getCell('F3').value = { formula: 'VLOOKUP(B3,B3:D4,3,FALSE)', result: 2430 };
  ws.getCell('E3').numFmt = '0.0';
  ws.getCell('E4').numFmt = '0.0';
  ws.getCell('C4').numFmt = '#,##0';
  ws.getColumn(2).width = 30;
  ws.getRow(2).height = 30;
  for (const a of ['A2', 'B2', 'C2', 'D2', 'E2']) {
    const c = ws.getCell(a);
    c.font = { name: 'Times New Roman', size: 13, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = { top: { style: 'thin' }, bottom: { style: 'double' }, left: { style: 'thin' }, right: { style: 'dashed' } };
  }
  ws.getCell('B4').font = { italic: true, color: { argb: 'FFC00000' } };
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.pageSetup.orientation = 'landscape';
  ws.pageSetup.paperSize = 9;
  wb.addWorksheet('Ghi chú').getCell('B2').value = 'Nguồn: Sở TT&TT';
  wb.definedNames.add("'Biểu 1'!$B$3:$B$4", 'Chi_tieu');
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the saved file’s name', () => {
  test('the opened file’s name with "-chitieu" before the extension; the sample’s "chitieu-mau.xlsx"', () => {
    expect(savedFileName('Biểu 1 - 2024.xlsx')).toBe('Biểu 1 - 2024-chitieu.xlsx');
    expect(savedFileName('bao-cao.XLSM')).toBe('bao-cao-chitieu.xlsx');
    expect(savedFileName('khong-duoi')).toBe('khong-duoi-chitieu.xlsx');
    // A file saved here and opened again is not renamed a second time.
    expect(savedFileName('bao-cao-chitieu.xlsx')).toBe('bao-cao-chitieu.xlsx');
    expect(savedFileName(null)).toBe('chitieu-mau.xlsx');
  });
});

describe('open → in-memory Excel → save → open again', () => {
  test('values, formulas, number formats, merges, widths, heights, formats, names and print set-up come back the same', async () => {
    const first = await openWorkbookBytes('Biểu 1.xlsx', await bytesOf(planWorkbook()), ExcelJS);
    const mx = createMemoryExcel(first.init);
    const saved = await workbookFileBytes(mx.toInit(), ExcelJS);
    const again = await openWorkbookBytes('Biểu 1-chitieu.xlsx', saved, ExcelJS);
    const withoutStyles = (init: WorkbookInit) => init.sheets.map(({ styles: _styles, ...rest }) => rest);
    expect(withoutStyles(again.init)).toEqual(withoutStyles(first.init));
    // Formats come back; a border shared by two cells (D2's bottom, D3's top) is now saved on both, as Excel saves it.
    first.init.sheets.forEach((sheet, i) => {
      for (const [address, style] of Object.entries(sheet.styles ?? {})) expect(again.init.sheets[i].styles?.[address]).toMatchObject(style);
    });
    expect(again.init.sheets[0].styles?.D3).toEqual({ fill: '#FFFF00', borders: { top: { style: 'Double', weight: 'Thick', color: '#000000' } } });
    // The workbench shows the same workbook.
    const mx2 = createMemoryExcel(again.init);
    for (const name of mx.sheetNames()) expect(mx2.snapshot(name)).toEqual(mx.snapshot(name));
    expect(again.init.names).toEqual({ Chi_tieu: "='Biểu 1'!$B$3:$B$4" });
    expect(again.init.active).toBe('Biểu 1');
    expect(again.savedResults).toBe(1);
    // Spelled out, what the planner would look at in Excel:
    const s = again.init.sheets[0];
    expect(s.values[3]).toEqual([2, 'Thuê bao', 114000, 115644, (115644 / 114000) * 100]);
    expect(s.formulas).toEqual({ E3: '=D3/C3*100', E4: '=D4/C4*100', F3: '=VLOOKUP(B3,B3:D4,3,FALSE)' });
    expect(s.values[2][5]).toBe(2430);
    expect(s.formats?.[3][2]).toBe('#,##0');
    expect(s.merges).toEqual(['A1:E1']);
    expect(s.columnWidths?.[1]).toBe(157.5);
    expect(s.styles?.B2?.borders?.bottom).toEqual({ style: 'Double', weight: 'Thick', color: '#000000' });
    expect(s.styles?.B2?.borders?.right).toEqual({ style: 'Dash', weight: 'Thin', color: '#000000' });
    expect(s.styles?.B4).toEqual({ italic: true, fontColor: '#C00000' });
    expect(again.init.sheets[1].values[1][1]).toBe('Nguồn: Sở TT&TT');
  });

  test('an edit in the workbench is in the saved file, with the formulas’ new results', async () => {
    const first = await openWorkbookBytes('b.xlsx', await bytesOf(planWorkbook()), ExcelJS);
    const mx = createMemoryExcel(first.init);
    mx.userEdit('Biểu 1', 'D3', '2916');
    const wb = await reread(await workbookFileBytes(mx.toInit(), ExcelJS));
    const ws = wb.getWorksheet('Biểu 1')!;
    expect(ws.getCell('D3').value).toBe(2916);
    // 2916 / 1944 × 100 = 150
    expect(ws.getCell('E3').value).toEqual({ formula: 'D3/C3*100', result: 150 });
    expect(ws.getCell('E3').numFmt).toBe('0.0');
  });

  test('an error result is saved as an error value; text that reads as one stays text', async () => {
    const init: WorkbookInit = { sheets: [{ name: 'S', values: [[0, '#N/A']], formulas: { C1: '=1/A1' } }] };
    const wb = await reread(await workbookFileBytes(createMemoryExcel(init).toInit(), ExcelJS));
    const ws = wb.getWorksheet('S')!;
    expect(ws.getCell('C1').value).toEqual({ formula: '1/A1', result: { error: '#DIV/0!' } });
    expect(ws.getCell('B1').value).toBe('#N/A');
  });

  test('column widths survive the trip to the file and back, pixel for pixel', () => {
    for (let px = 1; px <= 1200; px++) {
      const points = px * 0.75;
      expect(columnWidthPoints(fileColumnWidth(points))).toBe(points);
    }
    // Excel's default column: 48 pt is stored as 9.140625 characters.
    expect(fileColumnWidth(48)).toBe(9.140625);
  });
});

describe('what the add-in wrote is in the saved file', () => {
  test('the computed columns: live formulas with their results, the bold header, its merges and the block’s defined name', async () => {
    const mx = createMemoryExcel(sampleWorkbook);
    const { report } = await createExcelActions(mx, { isSetSupported: all }).compute();
    expect(report.computed.length).toBeGreaterThan(0);
    const snap = mx.snapshot(SAMPLE_SHEET);
    const wb = await reread(await workbookFileBytes(mx.toInit(), ExcelJS));
    const ws = wb.getWorksheet(SAMPLE_SHEET)!;
    let formulas = 0;
    for (const c of report.computed) {
      const cell = ws.getCell(c.cell);
      const shown = snap.cells[Number(cell.row) - 1][Number(cell.col) - 1];
      if (c.formula) {
        formulas++;
        expect(cell.formula).toBe(c.formula.replace(/^=/, ''));
        // ExcelJS reads a saved 0 or empty text back as no result at all (the file has <v>0</v>).
        const result = (cell.value as ExcelJS.CellFormulaValue).result;
        if (result === undefined) expect([0, '']).toContain(shown.value);
        else expect(result).toEqual(shown.value);
      } else if (c.value !== null) expect(cell.value).toBeCloseTo(c.value, 9);
      expect(cell.numFmt).toBe('0.0');
    }
    expect(formulas).toBeGreaterThan(0);
    const headers = snap.cells.flatMap((row, r) => row.map((cell, c) => ({ cell, r, c }))).filter((x) => x.cell.value === 'So sánh, bằng (%)');
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(ws.getCell(h.r + 1, h.c + 1).font?.bold).toBe(true);
    const merges = (ws.model as { merges: string[] }).merges;
    for (const m of snap.merges) expect(merges).toContain(m);
    const names = wb.definedNames.model.map((n) => n.name);
    expect(names.some((n) => n.startsWith('chitieu_'))).toBe(true);
  });

  test('opened again and computed again, the same columns are rewritten, not a second set', async () => {
    const mx = createMemoryExcel(sampleWorkbook);
    await createExcelActions(mx, { isSetSupported: all }).compute();
    const cols = mx.snapshot(SAMPLE_SHEET).colCount;
    const reopened = await openWorkbookBytes('chitieu-mau.xlsx', await workbookFileBytes(mx.toInit(), ExcelJS), ExcelJS);
    const mx2 = createMemoryExcel(reopened.init);
    expect(mx2.snapshot(SAMPLE_SHEET).colCount).toBe(cols);
    await createExcelActions(mx2, { isSetSupported: all }).compute();
    expect(mx2.snapshot(SAMPLE_SHEET).colCount).toBe(cols);
    expect(mx2.snapshot(SAMPLE_SHEET).cells).toEqual(mx.snapshot(SAMPLE_SHEET).cells);
  });

  test('the appendix sheet: borders, wrapped bold header, Times New Roman, widths, landscape A4 one page wide with its header repeated', async () => {
    const mx = createMemoryExcel(sampleWorkbook);
    mx.activate('Nhiệm vụ');
    const r = await createExcelActions(mx, { isSetSupported: all }).insertAppendix(seedTasks().slice(0, 4));
    const shown = mx.snapshot(r.sheet);
    const wb = await reread(await workbookFileBytes(mx.toInit(), ExcelJS));
    const ws = wb.getWorksheet(r.sheet)!;
    // The header row is the one whose first cell reads "TT".
    const headerRow = shown.cells.findIndex((row) => row[0]?.value === 'TT') + 1;
    expect(headerRow).toBeGreaterThan(0);
    const tt = ws.getCell(headerRow, 1);
    expect(tt.font).toMatchObject({ bold: true, name: 'Times New Roman', size: 13 });
    expect(tt.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(tt.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell(headerRow + 1, 2).value).toBe(shown.cells[headerRow][1].value);
    for (let c = 0; c < shown.colCount; c++) expect(columnWidthPoints(ws.getColumn(c + 1).width ?? 0)).toBeCloseTo(shown.columnWidths![c], 0);
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    });
  });

  test('the active sheet is the one open in the workbench', async () => {
    const mx = createMemoryExcel(sampleWorkbook);
    mx.activate('Đầu tư công');
    const wb = excelJSFromInit(mx.toInit(), ExcelJS);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu số 1', 'Đầu tư công', 'Nhiệm vụ', 'Danh bạ']);
    expect(wb.views[0].activeTab).toBe(1);
  });
});
