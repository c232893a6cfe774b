/**
 * What every engine result must be, whatever the sheet held: a well-formed
 * report (cells in A1, no template holes in messages) and changes inside
 * Excel's sheet. Shared by the property tests and the slow wide-sheet tests.
 */
import { recognize, type Change } from '../../src/engine';
import type { WordedReport as SheetReport } from '../../src/i18n/report';
import { MESSAGE_ISSUE } from '../../src/engine/messages';
import { render } from '../../src/i18n/messages';
import { checkSheet, computeSheet } from './worded';
import type { Area, Grid } from '../../src/engine/grid';

/** Excel's sheet: 1,048,576 rows × 16,384 columns (A…XFD). */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
/**
 * A grid that takes longer than this is a hang for a planner waiting on the
 * pane (the grids here take milliseconds; the bound leaves room for a busy
 * machine). A sheet 16,384 columns wide takes about a second.
 */
export const QUICK_MS = 2000;
export const WIDE_MS = 10000;

export const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];
/** Header words of every kind, so that random grids are sometimes recognised. */
export const HEADER_WORDS = [
  'STT',
  'TT',
  'Chỉ tiêu',
  'Nội dung chỉ tiêu',
  'Đơn vị tính',
  'ĐVT',
  'DVT',
  'Ghi chú',
  'Ghi chu',
  'Thực hiện năm 2017',
  'TH 2017',
  'TH 9 tháng năm 2024',
  'Kế hoạch năm 2018',
  'KH 2019',
  'KH năm 2025',
  'Ước thực hiện năm 2018',
  'Ước TH năm 2024',
  'UTH 2018',
  'So sánh (%)',
  'ƯTH 2018/KH 2018',
  'ƯTH 2018/TH 2017',
  'KH 2019/ƯTH 2018',
  'Kế hoạch giai đoạn 2016-2020',
  'Nội dung chỉ tiêu đến năm 2015',
  'Kết quả hiện tại (6/2013)',
  'Tỷ lệ hoàn thành chỉ tiêu (%)',
  'Năm',
  'Năm 2013',
  'Năm 2014',
  'Năm 2015',
  'ICT-Index',
  'Danh mục dự án',
  'Địa điểm XD',
  'Thời gian KC-HT',
  'Quyết định đầu tư',
  'Tổng mức đầu tư',
  'Tổng số',
  'Trong đó: NSTW',
  'NS tỉnh',
  'Lũy kế vốn đã bố trí đến hết năm 2018',
  'Kế hoạch năm 2019',
  'Giải ngân đến 30/9/2019',
  'Chương trình, đề án, chính sách, nhiệm vụ',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Đơn vị chủ trì',
];
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
/** Text a user must never see: a template hole or a number gone wrong. */
const GARBAGE = /undefined|NaN|Infinity|\[object |\{[a-z]+\}/;

export function expectWellFormedReport(report: SheetReport, grid: Grid): void {
  expect(report.name).toBe(grid.name);
  expect(report.tables.length === 0).toBe(report.kind === null);
  for (const t of report.tables) {
    expect(t.headerRows[0]).toBeLessThanOrEqual(t.headerRows[1]);
    expect(t.dataRows[0]).toBeGreaterThan(t.headerRows[1]);
  }
  for (const i of report.issues) {
    expect(i.cell).toMatch(A1);
    expect(['error', 'warning', 'info']).toContain(i.severity);
    expect(typeof i.message).toBe('string');
    expect(i.message).not.toMatch(GARBAGE);
    // The message words the issue's own code, and the other language words it too, from the same parameters.
    expect(i.code).toBe(MESSAGE_ISSUE[i.template]);
    expect(render(i.template, i.params, 'en')).not.toMatch(GARBAGE);
  }
  for (const c of report.computed) {
    expect(c.cell).toMatch(A1);
    if (c.value !== null) expect(Number.isFinite(c.value)).toBe(true);
    if (c.formula) expect(c.formula.startsWith('=')).toBe(true);
  }
}

function expectInSheet(a: Area): void {
  expect(a.top).toBeGreaterThanOrEqual(0);
  expect(a.left).toBeGreaterThanOrEqual(0);
  expect(a.bottom).toBeGreaterThanOrEqual(a.top);
  expect(a.right).toBeGreaterThanOrEqual(a.left);
  expect(a.bottom).toBeLessThanOrEqual(MAX_ROW);
  expect(a.right).toBeLessThanOrEqual(MAX_COL);
}

export function expectWellFormedChanges(changes: Change[], { finite = true } = {}): void {
  for (const ch of changes) {
    if (ch.type === 'write') {
      const width = ch.cells[0]?.length ?? 0;
      expect(ch.cells.length).toBeGreaterThan(0);
      for (const row of ch.cells) expect(row).toHaveLength(width);
      expectInSheet({ top: ch.top, left: ch.left, bottom: ch.top + ch.cells.length - 1, right: ch.left + width - 1 });
      for (const row of ch.cells) {
        for (const cell of row) {
          if (finite && typeof cell.value === 'number') expect(Number.isFinite(cell.value)).toBe(true);
          if (cell.formula !== undefined && cell.formula !== null) expect(cell.formula.startsWith('=')).toBe(true);
        }
      }
      if (Array.isArray(ch.numberFormat)) {
        expect(ch.numberFormat).toHaveLength(ch.cells.length);
        for (const f of ch.numberFormat) expect(f).toHaveLength(width);
      }
    } else if ('area' in ch) {
      expectInSheet(ch.area);
    } else if (ch.type === 'columnWidth') {
      expect(ch.col).toBeLessThanOrEqual(MAX_COL);
    }
  }
}

/**
 * Recognise, check and compute a grid: nothing throws, everything
 * well-formed, quickly. `loose` (for values no host gives: NaN, infinities,
 * ±1e308) checks only that nothing throws and that changes stay in the sheet.
 */
export function runEngine(
  grid: Grid,
  { langs = ['vi', 'en'] as const, loose = false, ms = QUICK_MS }: { langs?: readonly ('vi' | 'en')[]; loose?: boolean; ms?: number } = {}
): number {
  const started = Date.now();
  const tables = recognize(grid);
  for (const t of tables) {
    expect(t.header.top).toBeLessThanOrEqual(t.header.bottom);
    expect(t.dataTop).toBeLessThanOrEqual(t.dataBottom + 1);
  }
  for (const lang of langs) {
    const checked = checkSheet(grid, lang);
    const { report, changes } = computeSheet(grid, lang, { asOf: 19000 });
    if (!loose) {
      expectWellFormedReport(checked, grid);
      expectWellFormedReport(report, grid);
    }
    expectWellFormedChanges(changes, { finite: !loose });
  }
  const took = Date.now() - started;
  if (process.env.SHOW_TIMES) process.stdout.write(`${grid.name} ${grid.values.length}×${grid.values[0]?.length ?? 0}: ${took} ms\n`);
  expect(took).toBeLessThan(ms);
  return tables.length;
}
