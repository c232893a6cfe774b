import ExcelJS from 'exceljs';
import type { SheetInit } from '../../src/host/memory/types';

/** Write sheets (values from A1, merges, number formats other than General) into an .xlsx file, as a planner's workbook. */
export async function writeXlsx(file: string, sheets: SheetInit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
        const format = s.formats?.[r]?.[c];
        if (format && format !== 'General') ws.getCell(r + 1, c + 1).numFmt = format;
      })
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
