/**
 * The check's own .xlsx reader (host/xlsx/read-grids.ts) against the grids
 * ExcelJS's read gives (gridFromWorksheet): every fixture, every table of
 * the real corpus, a workbook chitieu computed (formulas, its defined
 * names), the kinds of cell a workbook holds (dates in both date systems,
 * rich text, booleans, errors, shared formulas, strays far away), and
 * packages written by hand the way other programs write them (no cell
 * addresses, inline strings, prefixed tags, phonetic runs, escapes).
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { otherProgram } from '../helpers/xlsx-package';
import type { Grid } from '../../src/engine/grid';
import { areaA1, formatAt, formulaAt } from '../../src/engine/grid';
import { computeSheet } from '../../src/engine';
import { applyToWorksheet, gridFromWorksheet } from '../../src/host/xlsx';
import { gridsFromXlsx } from '../../src/host/xlsx/read-grids';
import { isUserFacingError } from '../../src/host/errors';
import type { SheetInit } from '../../src/host/memory/types';
import * as indicators from '../fixtures/indicator-sheets';
import * as others from '../fixtures/other-sheets';
import { realTables } from '../fixtures/real';
import { sheetInit } from '../fixtures/real/sheet';

/** A grid with its sparse parts laid out, to compare two readers' grids. */
function plain(g: Grid) {
  const cells = (f: (r: number, c: number) => unknown) => g.values.map((row, r) => row.map((_, c) => f(r, c)));
  return {
    name: g.name,
    origin: g.origin,
    values: g.values,
    formats: cells((r, c) => formatAt(g, r, c)),
    formulas: cells((r, c) => formulaAt(g, r, c)),
    merges: g.merges.map(areaA1).sort(),
    owned: (g.owned ?? []).map((o) => `${o.name} ${areaA1(o.area)}`).sort(),
    strays: g.strays ?? [],
  };
}

async function viaExcelJs(data: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => gridFromWorksheet(ws, wb));
}

/**
 * The grids of both readers, the same but for one difference on purpose: a
 * formula whose saved result is 0 reads as 0 (ExcelJS drops that result and
 * the cell reads empty, though Excel shows 0 in it).
 */
async function expectSame(data: Uint8Array): Promise<Grid[]> {
  const ours = gridsFromXlsx(data);
  const theirs = await viaExcelJs(data);
  let zeros = 0;
  theirs.forEach((g, i) =>
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null && ours[i]?.values[r]?.[c] === 0 && formulaAt(g, r, c)) {
          row[c] = 0;
          zeros++;
        }
      })
    )
  );
  expect(ours.map(plain)).toEqual(theirs.map(plain));
  lastZeroResults = zeros;
  return ours;
}

/** How many formulas of the last comparison had a saved result of 0 (ExcelJS read them empty). */
let lastZeroResults = 0;

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, s: SheetInit): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
      const format = s.formats?.[r]?.[c];
      if (format && format !== 'General') ws.getCell(r + 1, c + 1).numFmt = format;
    })
  );
  for (const m of s.merges ?? []) ws.mergeCells(m);
  return ws;
}

const FIXTURES: Array<() => SheetInit> = [...Object.values(indicators), ...Object.values(others)].filter((f): f is () => SheetInit => typeof f === 'function');

test('every fixture sheet reads as ExcelJS reads it', async () => {
  const wb = new ExcelJS.Workbook();
  const seen = new Set<string>();
  for (const f of FIXTURES) {
    const s = f();
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    addSheet(wb, s);
  }
  const grids = await expectSame(await bytes(wb));
  expect(grids.length).toBe(seen.size);
  expect(grids.length).toBeGreaterThan(8);
});

test('every table of the real corpus reads as ExcelJS reads it', async () => {
  const tables = realTables();
  for (const t of tables) {
    const wb = new ExcelJS.Workbook();
    addSheet(wb, sheetInit(t));
    const [g] = await expectSame(await bytes(wb));
    expect(g.name).toBe(t.sheet.name);
  }
  expect(tables.length).toBeGreaterThanOrEqual(32);
});

test('a workbook chitieu computed: its formulas, formats, merges and defined names', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(wb, indicators.tienGiang2018());
  const { changes } = computeSheet(gridFromWorksheet(ws, wb));
  applyToWorksheet(wb, ws, changes);
  const [g] = await expectSame(await bytes(wb));
  expect(g.owned?.length).toBe(1);
  // Tiền Giang's M8 and N9: growths of 0 (F8 = D8, G9 = F9), live formulas showing 0.
  expect(lastZeroResults).toBe(2);
  expect(g.formulas?.flat().filter(Boolean).length).toBeGreaterThan(20);
});

test('dates, rich text, booleans, errors, formulas and their results, shared formulas, a stray far away', async () => {
  for (const date1904 of [false, true]) {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('Các loại ô');
    ws.getCell('A1').value = 'Hạn';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    ws.getCell('C1').value = new Date(Date.UTC(2024, 5, 30, 14, 30));
    ws.getCell('C1').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('A2').value = { richText: [{ text: 'Tổng ', font: { bold: true } }, { text: 'doanh thu' }] };
    ws.getCell('B2').value = true;
    ws.getCell('C2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('A3').value = 10;
    ws.getCell('B3').value = { formula: 'A3*2', result: 20, shareType: 'shared', ref: 'B3:B5' } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = 11;
    ws.getCell('B4').value = { sharedFormula: 'B3', result: 22 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A5').value = 12;
    ws.getCell('B5').value = { sharedFormula: 'B3', result: 24 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C3').value = { formula: 'IF(A3>5,"lớn","nhỏ")', result: 'lớn' } as ExcelJS.CellFormulaValue;
    ws.getCell('C4').value = { formula: 'A4/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('C5').value = { formula: 'A5>0', result: true } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { formula: 'A3+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('D4').value = 1.5;
    ws.getCell('D4').numFmt = '0.0';
    ws.getCell('D5').numFmt = '#,##0';
    ws.getCell('E3').value = { text: 'Cổng', hyperlink: 'https://example.vn' };
    ws.getCell('A6').value = '';
    ws.getCell('B6').value = 0.5;
    ws.getCell('B6').numFmt = '0%';
    ws.getCell('C6').value = 45000;
    ws.getCell('C6').numFmt = '#,##0';
    ws.getCell('D6').value = 45000;
    ws.getCell('D6').numFmt = 'mm-dd-yy';
    ws.getCell('XFD30').value = 'ghi chú: số liệu sơ bộ';
    const [g] = await expectSame(await bytes(wb));
    expect(g.strays?.map((s) => s.value)).toEqual(['ghi chú: số liệu sơ bộ']);
    // 30/6/2024 is day 45473 counted from 30/12/1899, in either system.
    expect(g.values[0][1]).toBe(45473);
    expect(formulaAt(g, 4, 1)).toBe('=A5*2');
  }
});

test('a package as other programs write it: inline strings, phonetic runs, escapes, a value inside a merged area', async () => {
  const [g] = await expectSame(otherProgram(''));
  expect(g.name).toBe('Biểu 1 & 2');
  expect(g.values[0]).toEqual(['Chỉ tiêu', 'Doanh thu', 'Năm 2024', null, null]);
  expect(g.values[1]).toEqual(['  Thuê bao\r ', 1234.5, 1500, null, 'a&b']);
  expect(formatAt(g, 1, 1)).toBe('#,##0.0');
  expect(formatAt(g, 1, 2)).toBe('#,##0');
  expect(g.owned).toEqual([{ name: 'chitieu_x', area: { top: 0, left: 4, bottom: 2, right: 4 } }]);
  // B4 lies in the merged area A4:B4: Excel keeps only A4's value.
  expect(g.values[3]).toEqual([1, null, null, null, null]);
});

test('tags with a namespace prefix (x:c), and rows and cells without addresses, which ExcelJS cannot read, read as the plain package', async () => {
  const plainPackage = gridsFromXlsx(otherProgram('')).map(plain);
  for (const other of [otherProgram('x:'), otherProgram('', false), otherProgram('x:', false)]) {
    await expect(viaExcelJs(other)).rejects.toThrow();
    expect(gridsFromXlsx(other).map(plain)).toEqual(plainPackage);
  }
});

test('a sheet too large is refused as with ExcelJS, and a package that is no workbook throws', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rộng');
  for (let r = 1; r <= 1300; r++) for (const c of [1, 9000, 16384]) ws.getCell(r, c).value = r;
  const data = await bytes(wb);
  let ours: unknown;
  try {
    gridsFromXlsx(data);
  } catch (e) {
    ours = e;
  }
  let theirs: unknown;
  try {
    await viaExcelJs(data);
  } catch (e) {
    theirs = e;
  }
  expect(isUserFacingError(ours) && isUserFacingError(theirs)).toBe(true);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  expect(() => gridsFromXlsx(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toThrow();
});
