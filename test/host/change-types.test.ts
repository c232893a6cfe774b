/**
 * The change types of the appendix (column widths, page set-up, fills,
 * fonts) on both hosts: the Office.js adapter over the in-memory Excel,
 * and the ExcelJS host, each in its own units. Also the parts of the
 * in-memory Excel they need: PageLayout, column widths, adding sheets,
 * dates shown through their number formats.
 */
import ExcelJS from 'exceljs';
import type { Change } from '../../src/engine/changes';
import { appendixChanges, buildAppendix } from '../../src/engine/appendix';
import { applyChanges, columnWidthPoints } from '../../src/host/excel/adapter';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { displayText } from '../../src/host/memory/model';
import { applyToWorksheet, fileColumnWidth } from '../../src/host/xlsx';
import { rejection } from '../helpers/rejection';

const S = 'Phụ lục';

function book(): MemoryExcelControl {
  return createMemoryExcel({
    sheets: [
      { name: S, values: [['a', 'b', 'c']] },
      { name: 'Khác', values: [] },
    ],
  });
}

const CHANGES: Change[] = [
  { type: 'columnWidth', col: 0, width: 5 },
  { type: 'columnWidth', col: 1, width: 55 },
  { type: 'columnWidth', col: 2, width: 8.43 },
  { type: 'pageSetup', orientation: 'landscape', paper: 'A4', fitToOnePageWide: true, printTitleRows: [4, 4] },
  { type: 'style', area: { top: 0, left: 1, bottom: 1, right: 2 }, fill: '#8EA9C1', fontName: 'Times New Roman', fontSize: 13 },
];

describe('columnWidthPoints: characters to points as Excel converts them', () => {
  test.each([
    [8.43, 48], // Excel's default column: 64 px
    [5, 30],
    [55, 292.5],
    [13, 72],
    [28, 150.75],
    [0.5, 4.5], // under one character: 12 px a character
    [0, 0],
  ])('%p characters → %p pt', (chars, points) => {
    expect(columnWidthPoints(chars)).toBe(points);
  });
});

describe('the Office.js adapter: new change types in the one sync', () => {
  test('column widths in points, page layout, fill and font', async () => {
    const xl = book();
    xl.resetCounters();
    const r = await applyChanges(xl, S, CHANGES);
    expect(r).toEqual({ syncs: 1 });
    expect(xl.syncCount).toBe(1);
    const snap = xl.snapshot(S);
    expect(snap.columnWidths).toEqual([30, 292.5, 48]);
    expect(snap.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1, fitToPagesTall: 0, printTitleRows: '5:5' });
    expect(snap.cells[0][1]).toMatchObject({ fill: '#8EA9C1', fontName: 'Times New Roman', fontSize: 13 });
    expect(snap.cells[1][2]).toMatchObject({ fill: '#8EA9C1', fontName: 'Times New Roman', fontSize: 13 });
    expect(snap.cells[0][0].fill).toBeUndefined();
    // One range operation per width; the page set-up as Excel's recorder writes it.
    const ops = xl.lastSyncOps.join('\n');
    expect(ops.match(/format\.columnWidth=/g)).toHaveLength(3);
    expect(ops).toContain('pageLayout.orientation=');
    expect(ops).toContain('pageLayout.paperSize=');
    expect(ops).toContain('pageLayout.zoom=');
    expect(ops).toContain('pageLayout.setPrintTitleRows("$5:$5")');
  });

  test('without ExcelApi 1.9 the page set-up is skipped and reported, the rest applied', async () => {
    const xl = book();
    const r = await applyChanges(xl, S, CHANGES, { pageLayout: false });
    expect(r).toEqual({ syncs: 1, skipped: ['pageSetup'] });
    expect(xl.lastSyncOps.some((o) => o.includes('pageLayout'))).toBe(false);
    expect(xl.snapshot(S).pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'Letter', scale: 100 });
    expect(xl.snapshot(S).columnWidths).toEqual([30, 292.5, 48]);
  });

  test('an unknown change type is an error, not silently ignored', async () => {
    const xl = book();
    const bogus = { type: 'freezePanes', rows: 5 } as unknown as Change;
    await expect(applyChanges(xl, S, [bogus])).rejects.toThrow(/Unknown change type: freezePanes/);
    expect(xl.syncCount).toBe(0);
  });

  test('a protected sheet refuses widths and page set-up', async () => {
    const xl = book();
    xl.protect(S);
    const e = await rejection(applyChanges(xl, S, [CHANGES[3]]));
    expect(e.name).toBe('UserFacingError');
    expect(xl.snapshot(S).pageLayout?.orientation).toBe('Portrait');
  });
});

describe('the in-memory Excel: PageLayout, widths, sheets, dates', () => {
  test('PageLayout reads back what was set; title rows must be whole rows', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem(S).pageLayout;
      const none = layout.getPrintTitleRowsOrNullObject();
      layout.load('orientation,paperSize,zoom');
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(layout.orientation).toBe('Portrait');
      expect(layout.paperSize).toBe('Letter');
      expect(layout.zoom).toMatchObject({ scale: 100 });

      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows('$5:$5');
      const rows = layout.getPrintTitleRowsOrNullObject();
      rows.load('address');
      layout.load('orientation,paperSize,zoom');
      await ctx.sync();
      expect(layout.orientation).toBe('Landscape');
      expect(layout.paperSize).toBe('A4');
      expect(layout.zoom).toMatchObject({ horizontalFitToPages: 1, verticalFitToPages: 0, scale: null });
      expect(rows.isNullObject).toBe(false);
      expect(rows.address).toBe("'Phụ lục'!5:5");

      layout.zoom = { scale: 80 };
      layout.load('zoom');
      await ctx.sync();
      expect(layout.zoom).toMatchObject({ scale: 80, horizontalFitToPages: null, verticalFitToPages: null });
    });
    for (const bad of [() => ({ rows: 'A5:F5' }), () => ({ orientation: 'Sideways' }), () => ({ paperSize: 'A0' }), () => ({ zoom: { scale: 5 } })]) {
      const e = await rejection(
        xl.run(async (ctx) => {
          const layout = ctx.workbook.worksheets.getItem(S).pageLayout;
          const b: Record<string, unknown> = bad();
          if (b.rows) layout.setPrintTitleRows(b.rows);
          // Invalid on purpose: the types would not allow them.
          if (b.orientation) layout.orientation = b.orientation as any;
          if (b.paperSize) layout.paperSize = b.paperSize as any;
          if (b.zoom) layout.zoom = b.zoom;
          await ctx.sync();
        })
      );
      expect(e.code).toBe('InvalidArgument');
    }
  });

  test('format.columnWidth is per column, in points; a range of mixed widths reads null', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(S);
      ws.getRange('B7').format.columnWidth = 100;
      const b = ws.getRange('B:B').format;
      const ab = ws.getRange('A1:B1').format;
      b.load('columnWidth');
      ab.load('columnWidth');
      await ctx.sync();
      expect(b.columnWidth).toBe(100);
      expect(ab.columnWidth).toBeNull();
    });
    expect(xl.snapshot(S).columnWidths).toEqual([48, 100, 48]);
  });

  test('worksheets.add refuses a name taken in another case; items/name lists the sheets', async () => {
    const xl = book();
    const e = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.add('PHỤ LỤC');
        await ctx.sync();
      })
    );
    expect(e.code).toBe('ItemAlreadyExists');
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.add('Phụ lục 2');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      expect(sheets.items.map((s: { name: string }) => s.name)).toEqual([S, 'Khác', 'Phụ lục 2']);
    });
  });

  test('dates are shown through their number formats as Excel shows them', () => {
    expect(displayText(44197, '"Tháng "m/yyyy')).toBe('Tháng 1/2021');
    expect(displayText(44287, '"Quý II/"yyyy')).toBe('Quý II/2021');
    expect(displayText(44742, 'd/m/yyyy')).toBe('30/6/2022');
    expect(displayText(44742, 'dd/mm/yyyy')).toBe('30/06/2022');
    expect(displayText(44197, '"Năm "yyyy')).toBe('Năm 2021');
    expect(displayText(44197.5, 'd/m/yyyy h:mm')).toBe('1/1/2021 12:00');
    expect(displayText(44197, 'mmm d, yyyy')).toBe('Jan 1, 2021');
    expect(displayText(1, 'd/m/yyyy')).toBe('1/1/1900');
    expect(displayText(61, 'd/m/yyyy')).toBe('1/3/1900');
    // Numbers keep their number formats.
    expect(displayText(1944.5, '#,##0.0')).toBe('1,944.5');
    expect(displayText(0.25, '0%')).toBe('25%');
  });
});

describe("the ExcelJS host: the same changes in the file's units", () => {
  test('fileColumnWidth: the width an .xlsx stores for characters shown in Excel', () => {
    expect(fileColumnWidth(8.43)).toBe(9.140625);
    expect(fileColumnWidth(5)).toBe(5.7109375);
    expect(fileColumnWidth(55)).toBeCloseTo(55.71, 2);
  });

  test('widths in characters, page set-up (A4 = 9, fit to one page wide, title row), solid fill, font', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(S);
    ws.getCell('A1').value = 'a';
    applyToWorksheet(wb, ws, CHANGES);
    expect(ws.getColumn(1).width).toBe(5.7109375);
    expect(ws.getColumn(3).width).toBe(9.140625);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
    expect(ws.getCell('B1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF8EA9C1' } });
    expect(ws.getCell('C2').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.getCell('A1').fill).toBeUndefined();

    // Through a file and back.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const ws2 = again.getWorksheet(S)!;
    expect(ws2.getColumn(2).width).toBeCloseTo(55.71, 2);
    expect(ws2.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws2.pageSetup.printTitlesRow).toBe('5:5');
    expect(ws2.getCell('B1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF8EA9C1' } });
  });

  test('the whole appendix applies, and an unknown change type throws', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(S);
    const model = buildAppendix([{ task: 'Nhiệm vụ A', start: 'Quý II/2021', end: 'Tháng 12/2021', owner: 'Sở X' }], {
      timeline: true,
      period: { from: 2021, to: 2021 },
    });
    applyToWorksheet(wb, ws, appendixChanges(model, { top: 0, left: 0 }));
    expect(ws.getCell('C6').value).toBe(44287);
    expect(ws.getCell('C6').numFmt).toBe('"Quý II/"yyyy');
    // The timeline's quarters II-IV of 2021 are filled.
    expect(ws.getCell('H6').fill).toMatchObject({ fgColor: { argb: 'FF8EA9C1' } });
    expect(ws.getCell('J6').fill).toMatchObject({ fgColor: { argb: 'FF8EA9C1' } });
    expect(ws.getCell('G6').fill).toBeUndefined();
    expect(() => applyToWorksheet(wb, ws, [{ type: 'freezePanes' } as unknown as Change])).toThrow(/Unknown change type/);
  });
});
