/**
 * Reading merged areas makes Excel for Windows forget the user's undo
 * history (office-js #5918), so the pane's check reads none: the engine
 * sees a header's spans from its layout. Every table of the real corpus,
 * and every sheet of the fixtures, reads the same with its merged cells
 * as without them (the same report, issue for issue).
 */
import { checkSheet } from '../../src/engine';
import type { Grid } from '../../src/engine/grid';
import { realTables } from '../fixtures/real';
import { realGrid } from '../fixtures/real/sheet';
import * as indicatorSheets from '../fixtures/indicator-sheets';
import * as otherSheets from '../fixtures/other-sheets';
import { gridOf } from '../helpers/grid';
import type { SheetInit } from '../../src/host/memory/types';

const withoutMerges = (g: Grid): Grid => ({ ...g, merges: [] });

describe.each(realTables().map((t) => [t.id, t] as const))('%s', (_id, t) => {
  const grid = realGrid(t);
  test('reads the same without its merged cells', () => {
    expect(checkSheet(withoutMerges(grid))).toEqual(checkSheet(grid));
  });
});

/** The fixture sheets that have merged cells. */
const fixtures = [...Object.entries(indicatorSheets), ...Object.entries(otherSheets)]
  .filter(([, f]) => typeof f === 'function' && f.length === 0)
  .map(([name, f]) => [name, (f as () => SheetInit)()] as const)
  .filter(([, s]) => (s.merges ?? []).length > 0);

test('the fixtures with merged cells are all compared', () => {
  expect(fixtures.map(([name]) => name).sort()).toEqual(['haTinhInvestment', 'haTinhTasks', 'tienGiang2018']);
});

test.each(fixtures)('fixture %s reads the same without its merged cells', (_name, sheet) => {
  const grid = gridOf(sheet.name, sheet.values, sheet.merges);
  expect(checkSheet(withoutMerges(grid))).toEqual(checkSheet(grid));
});

describe('a header whose spans are not merged', () => {
  const N = null;
  test('a label over columns reaches the sub-labels typed under it, to the last', () => {
    // "Kết quả thực hiện" over three years typed as text, pasted from a web page.
    const g = gridOf('Kết quả', [
      ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện', N, N],
      [N, N, '2021', '2022', '2023'],
      ['Số thuê bao Internet', 'thuê bao', 100, 120, 150],
    ]);
    const r = checkSheet(g);
    expect(r.headerRows).toEqual([1, 2]);
    expect(r.columns.filter((c) => c.role === 'actual').map((c) => [c.column, c.year])).toEqual([
      ['C', 2021],
      ['D', 2022],
      ['E', 2023],
    ]);
  });

  test('a second row of sub-labels that are no header words is the header, with the numbering row under it', () => {
    // Tây Ninh 2023 (test/fixtures/real/inv-tayninh-…): "Cộng", "KH đầu năm" under "Kế hoạch năm 2023".
    const g = gridOf('Giải ngân', [
      ['STT', 'Dự án', 'Kế hoạch năm 2023', N, N, 'Giải ngân', N, N],
      [N, N, 'Cộng', 'KH đầu năm', 'KH bổ sung', 'Cộng', 'KH đầu năm', 'KH bổ sung'],
      ['1', '2', '3=4+5', '4', '5', '6=7+8', '7', '8'],
      ['1', 'Dự án A', 500, 500, 0, 100, 100, 0],
    ]);
    expect(checkSheet(g).headerRows).toEqual([1, 2]);
  });

  test('a data row with its name blank is not taken for a header row', () => {
    const g = gridOf('Biểu', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      [N, 'Tổng doanh thu', 'tỷ đồng', 100, 104],
      [N, 'Số thuê bao', 'thuê bao', 2000, 2100],
    ]);
    const r = checkSheet(g);
    expect(r.headerRows).toEqual([1, 1]);
    expect(r.tables[0].dataRows).toEqual([2, 3]);
  });
});
