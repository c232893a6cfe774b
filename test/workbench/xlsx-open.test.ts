/**
 * Opening an .xlsx in the workbench (src/workbench/xlsx-open.ts): workbooks
 * built in code with ExcelJS, written to bytes and read back as the
 * in-memory Excel's seed; what a planner would see in the grid and the
 * pane; and the files it refuses, with the reason the message gives.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { createMemoryExcel } from '../../src/host/memory/excel';
import {
  columnWidthPoints,
  fileKind,
  LIMITS,
  MAX_FILE_BYTES,
  openWorkbookBytes,
  openWorkbookFile,
  WorkbookFileError,
  workbookFromExcelJS,
  type OpenFailure,
} from '../../src/workbench/xlsx-open';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A planner's sheet: a title merged across, a header, figures, a ratio formula, formats and borders. */
function planWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1');
  ws.getCell('A1').value = 'RÀ SOÁT CHỈ TIÊU 2024';
  ws.mergeCells('A1:E1');
  ws.getRow(2).values = ['STT', 'Chỉ tiêu', 'KH 2024', 'ƯTH 2024', 'So sánh (%)'];
  ws.getRow(3).values = [1, 'Doanh thu', 1944, 2430];
  ws.getRow(4).values = [2, 'Thuê bao', 114000, 115644];
  ws.getCell('E3').value = { formula: 'D3/C3*100', result: 125 };
  ws.getCell('E4').value = { sharedFormula: 'E3', result: (115644 / 114000) * 100 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('E3').numFmt = '0.0';
  ws.getCell('E4').numFmt = '0.0';
  ws.getCell('C4').numFmt = '#,##0';
  ws.getColumn(2).width = 30;
  ws.getRow(2).height = 30;
  for (const a of ['A2', 'B2', 'C2', 'D2', 'E2']) {
    const c = ws.getCell(a);
    c.font = { name: 'Times New Roman', size: 13, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = { top: { style: 'thin' }, bottom: { style: 'medium', color: { argb: 'FF1F4E79' } }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
  ws.getCell('B4').font = { italic: true };
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  // An empty cell with a border only (a table's frame) is kept.
  ws.getCell('A5').border = { top: { style: 'thin' } };
  ws.pageSetup.orientation = 'landscape';
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.printTitlesRow = '2:2';
  return wb;
}

describe('an .xlsx as the in-memory Excel sees it', () => {
  test('values, formulas with their results, number formats, merges, widths, heights, formats, print set-up', async () => {
    const bytes = await bytesOf(planWorkbook());
    const opened = await openWorkbookBytes('Biểu 1.xlsx', bytes, ExcelJS);
    const [s] = opened.init.sheets;
    expect(opened.init.active).toBe('Biểu 1');
    expect(s.name).toBe('Biểu 1');
    expect(s.values[0][0]).toBe('RÀ SOÁT CHỈ TIÊU 2024');
    // ExcelJS repeats a merged area's value in its other cells; Excel, and the seed, keep it in the first only.
    expect(s.values[0][1]).toBeUndefined();
    expect(s.merges).toEqual(['A1:E1']);
    expect(s.values[2]).toEqual([1, 'Doanh thu', 1944, 2430, 125]);
    // The shared formula of E4 is E3's, moved a row down.
    expect(s.formulas).toEqual({ E3: '=D3/C3*100', E4: '=D4/C4*100' });
    expect(s.formats?.[2][4]).toBe('0.0');
    expect(s.formats?.[3][2]).toBe('#,##0');
    // 30 characters: (30×256 + 18)/256 × 7 = 210.49 → 210 px → 157.5 pt.
    expect(s.columnWidths?.[1]).toBe(157.5);
    expect(s.columnWidths?.[0]).toBeUndefined();
    expect(s.rowHeights?.[1]).toBe(30);
    expect(s.styles?.A2).toEqual({
      bold: true,
      fontName: 'Times New Roman',
      fontSize: 13,
      horizontal: 'Center',
      vertical: 'Center',
      wrap: true,
      borders: {
        top: { style: 'Continuous', weight: 'Thin', color: '#000000' },
        bottom: { style: 'Continuous', weight: 'Medium', color: '#1F4E79' },
        left: { style: 'Continuous', weight: 'Thin', color: '#000000' },
        right: { style: 'Continuous', weight: 'Thin', color: '#000000' },
      },
    });
    expect(s.styles?.B4).toEqual({ italic: true });
    expect(s.styles?.D3).toEqual({ fill: '#FFFF00' });
    expect(s.styles?.A5).toEqual({ borders: { top: { style: 'Continuous', weight: 'Thin', color: '#000000' } } });
    expect(s.styles?.B3).toBeUndefined();
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', scale: 100, printTitleRows: '2:2' });
    expect(opened.savedResults).toBe(0);
  });

  test('the in-memory Excel seeded with it computes the formulas and shows the formats', async () => {
    const opened = await openWorkbookBytes('b.xlsx', await bytesOf(planWorkbook()), ExcelJS);
    const mx = createMemoryExcel(opened.init);
    const snap = mx.snapshot('Biểu 1');
    expect(snap.cells[3][4].value).toBeCloseTo((115644 / 114000) * 100, 10);
    expect(snap.cells[3][4].formula).toBe('=D4/C4*100');
    expect(snap.cells[1][0]).toMatchObject({ value: 'STT', bold: true, horizontal: 'Center', wrap: true, fontName: 'Times New Roman', fontSize: 13 });
    expect(snap.cells[1][0].borders).toEqual({ top: true, bottom: true, left: true, right: true });
    expect(snap.cells[2][3].fill).toBe('#FFFF00');
    expect(snap.columnWidths?.slice(0, 3)).toEqual([48, 157.5, 48]);
    expect(snap.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '2:2' });
    // An edit of an input recomputes the ratio, as Excel would.
    mx.userEdit('Biểu 1', 'D3', '2916');
    expect(mx.snapshot('Biểu 1').cells[2][4].value).toBe(150);
  });

  test('text, booleans, dates, rich text, links and error values as Excel holds them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'Tháng 1/2021';
    ws.getCell('B1').value = true;
    ws.getCell('C1').value = new Date(Date.UTC(2021, 0, 1));
    ws.getCell('C1').numFmt = 'dd/mm/yyyy';
    ws.getCell('D1').value = { richText: [{ text: 'Sở ' }, { font: { bold: true }, text: 'TT&TT' }] };
    ws.getCell('E1').value = { text: 'Cổng', hyperlink: 'http://localhost/' };
    ws.getCell('F1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('G1').value = '10,7';
    const [s] = (await openWorkbookBytes('x.xlsx', await bytesOf(wb), ExcelJS)).init.sheets;
    // 1 January 2021 is day 44197 of Excel's calendar.
    expect(s.values[0]).toEqual(['Tháng 1/2021', true, 44197, 'Sở TT&TT', 'Cổng', '#N/A', '10,7']);
    expect(s.formats?.[0][2]).toBe('dd/mm/yyyy');
    const mx = createMemoryExcel((await openWorkbookBytes('x.xlsx', await bytesOf(wb), ExcelJS)).init);
    expect(mx.snapshot('S').cells[0][2].text).toBe('01/01/2021');
  });

  test('a formula the in-memory Excel cannot compute shows the result Excel saved, and is counted', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'mã';
    ws.getCell('B1').value = 7;
    ws.getCell('A2').value = { formula: 'VLOOKUP("mã",A1:B1,2,FALSE)', result: 7 };
    ws.getCell('A3').value = { formula: 'TODAY()', result: new Date(Date.UTC(2024, 5, 30)) };
    ws.getCell('A3').numFmt = 'd/m/yyyy';
    ws.getCell('A4').value = { formula: 'SUM(B1,1)', result: 8 };
    ws.getCell('A5').value = { formula: 'IFERROR(VLOOKUP("x",A1:B1,2,FALSE),"")', result: '' };
    const opened = await openWorkbookBytes('x.xlsx', await bytesOf(wb), ExcelJS);
    expect(opened.savedResults).toBe(3);
    const mx = createMemoryExcel(opened.init);
    const col = mx.snapshot('S').cells.map((row) => row[0]);
    expect(col[1]).toMatchObject({ value: 7, formula: '=VLOOKUP("mã",A1:B1,2,FALSE)' });
    // 30 June 2024 is day 45473.
    expect(col[2]).toMatchObject({ value: 45473, formula: '=TODAY()', text: '30/6/2024' });
    expect(col[3]).toMatchObject({ value: 8, formula: '=SUM(B1,1)' });
    expect(col[4]).toMatchObject({ value: '', formula: '=IFERROR(VLOOKUP("x",A1:B1,2,FALSE),"")' });
    // SUM is the in-memory Excel's own: it follows an edit; VLOOKUP keeps what Excel saved.
    mx.userEdit('S', 'B1', '9');
    const after = mx.snapshot('S').cells.map((row) => row[0].value);
    expect(after[3]).toBe(10);
    expect(after[1]).toBe(7);
  });

  test('defined names that refer to cells are kept; the add-in finds its computed blocks by them', async () => {
    const wb = planWorkbook();
    wb.definedNames.add("'Biểu 1'!$F$2:$G$4", 'chitieu_tinh_1');
    wb.definedNames.add("'Biểu 1'!$B$3", 'Doanh_thu');
    wb.definedNames.add("'Không có'!$A$1", 'lac_trang');
    const opened = await openWorkbookBytes('b.xlsx', await bytesOf(wb), ExcelJS);
    expect(opened.init.names).toEqual({ chitieu_tinh_1: "='Biểu 1'!$F$2:$G$4", Doanh_thu: "='Biểu 1'!$B$3" });
    const mx = createMemoryExcel(opened.init);
    expect(mx.definedNames()).toEqual({ chitieu_tinh_1: "'Biểu 1'!$F$2:$G$4", Doanh_thu: "'Biểu 1'!$B$3" });
  });

  test('every worksheet, in order; the active one as the file says', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Một').getCell('A1').value = 1;
    wb.addWorksheet('Hai').getCell('A1').value = 2;
    wb.addWorksheet('Trống');
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    const { init } = await openWorkbookBytes('x.xlsx', await bytesOf(wb), ExcelJS);
    expect(init.sheets.map((s) => s.name)).toEqual(['Một', 'Hai', 'Trống']);
    expect(init.sheets[2].values).toEqual([]);
    expect(init.active).toBe('Hai');
    expect(createMemoryExcel(init).activeSheet()).toBe('Hai');
  });

  test('column widths: the file’s characters as the points Excel draws', () => {
    // Excel's default 8.43 characters is stored as 9.140625 and drawn 64 px wide: 48 pt.
    expect(columnWidthPoints(9.140625)).toBe(48);
    // 13 characters (the appendix's TT column at 96 dpi) → 13.7109375 stored → 96 px → 72 pt.
    expect(columnWidthPoints(13.7109375)).toBe(72);
    expect(columnWidthPoints(0)).toBe(0);
  });
});

describe('files the workbench refuses, saying why', () => {
  const reason = async (p: Promise<unknown>): Promise<OpenFailure> => {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookFileError);
      expect((e as WorkbookFileError).file).toBe('t.xlsx');
      return (e as WorkbookFileError).reason;
    }
    throw new Error('opened');
  };
  const open = (bytes: Uint8Array) => openWorkbookBytes('t.xlsx', bytes, ExcelJS);
  const text = (s: string) => new TextEncoder().encode(s);

  test('not a zip (a CSV named .xlsx)', async () => {
    expect(await reason(open(text('STT;Chỉ tiêu\n1;Doanh thu\n')))).toBe('not-xlsx');
  });

  test('a zip that is no spreadsheet (a Word document)', async () => {
    expect(await reason(open(zipSync({ '[Content_Types].xml': text('<Types/>'), 'word/document.xml': text('<w:document/>') })))).toBe('not-xlsx');
  });

  /** The start of an OLE compound file, then stream names in UTF-16LE as its directory holds them. */
  const compound = (...streams: string[]) => {
    const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
    const names = streams.flatMap((s) => [...Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]), 0, 0]);
    return new Uint8Array([...head, ...names]);
  };

  test('an Excel 97–2003 .xls', async () => {
    const xls = compound('Root Entry', 'Workbook', '\u0005SummaryInformation');
    expect(fileKind(xls)).toBe('xls');
    expect(await reason(open(xls))).toBe('xls');
  });

  test('a password-protected workbook (Excel saves it as an encrypted compound file)', async () => {
    const encrypted = compound('Root Entry', 'EncryptionInfo', 'EncryptedPackage');
    expect(fileKind(encrypted)).toBe('encrypted');
    expect(await reason(open(encrypted))).toBe('encrypted');
  });

  test('a damaged file (an .xlsx cut short)', async () => {
    const bytes = await bytesOf(planWorkbook());
    expect(['unreadable', 'not-xlsx']).toContain(await reason(open(bytes.slice(0, Math.floor(bytes.length / 2)))));
  });

  test('an empty file', async () => {
    expect(await reason(open(new Uint8Array(0)))).toBe('empty');
  });

  test('a workbook without worksheets', async () => {
    expect(() => workbookFromExcelJS(new ExcelJS.Workbook(), 't.xlsx')).toThrow(WorkbookFileError);
    try {
      workbookFromExcelJS(new ExcelJS.Workbook(), 't.xlsx');
    } catch (e) {
      expect((e as WorkbookFileError).reason).toBe('no-sheets');
    }
  });

  test('a file above the size limit is refused before it is read', async () => {
    let read = false;
    const big = {
      name: 't.xlsx',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const err = await openWorkbookFile(big, async () => ExcelJS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as WorkbookFileError).reason).toBe('too-large');
    expect((err as WorkbookFileError).params).toEqual({ size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(read).toBe(false);
  });

  test('a small file whose sheets unpack to more than the limit (refused before ExcelJS reads it)', async () => {
    const bytes = await bytesOf(planWorkbook());
    const err = (await openWorkbookBytes('t.xlsx', bytes, ExcelJS, { ...LIMITS, xmlBytes: 1000 }).catch((e: unknown) => e)) as WorkbookFileError;
    expect(err.reason).toBe('too-large-xml');
    expect(err.params.limit).toBe(1000);
    expect(Number(err.params.size)).toBeGreaterThan(1000);
  });

  test('a workbook with more cells than the limit', async () => {
    const bytes = await bytesOf(planWorkbook());
    // The sheet holds 17 cells with a value, a formula or a format: A1 (the merged title; B1:E1 hold
    // nothing), five in each of rows 2, 3 and 4, and A5's border. 16 is too few.
    await expect(openWorkbookBytes('t.xlsx', bytes, ExcelJS, { ...LIMITS, cells: 17 })).resolves.toMatchObject({ cells: 17 });
    const err = (await openWorkbookBytes('t.xlsx', bytes, ExcelJS, { ...LIMITS, cells: 16 }).catch((e: unknown) => e)) as WorkbookFileError;
    expect(err.reason).toBe('too-many-cells');
  });
});
