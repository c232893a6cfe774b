import type { CellValue } from '../../src/engine/grid';
import type { createMemoryExcel } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

/**
 * The Tiền Giang sheet with `n` indicator rows (the real rows repeated),
 * widened to 12 columns by a source column after the notes (L, "Nguồn số
 * liệu") unless `sourceColumn` is false.
 */
export function longSheet(n: number, { sourceColumn = true } = {}): SheetInit {
  const s = tienGiang2018();
  const head = sourceColumn ? s.values.slice(0, 7).map((row, i) => [...row, i === 3 ? 'Nguồn số liệu' : i === 5 ? 12 : null]) : s.values.slice(0, 7);
  const body = s.values.slice(7, 16);
  const sources = ['Sở TT&TT', 'Cục Thống kê', 'Bưu điện tỉnh'];
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const r = sourceColumn ? [...body[i % body.length], sources[i % sources.length]] : [...body[i % body.length]];
    r[0] = i + 1;
    rows.push(r);
  }
  return { ...s, values: [...head, ...rows] };
}

/** Header rows of longSheet above its indicator rows. */
export const HEAD_ROWS = 7;

/** One cell's value and formula, read through the API (A1 address). */
export async function cellsAt(excel: ReturnType<typeof createMemoryExcel>, sheet: string, addresses: string[]) {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const ranges = addresses.map((a) => ws.getRange(a).load('values,formulas,numberFormat'));
    await ctx.sync();
    return ranges.map((r) => ({ value: r.values[0][0], formula: r.formulas[0][0], numberFormat: r.numberFormat[0][0] }));
  });
}
