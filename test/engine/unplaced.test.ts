/**
 * A computed block that would go past Excel's last column (XFD) is not
 * written, and the engine says so in the report (report.unplaced), so the
 * hosts need not work out the placement again.
 */
import { computeSheet } from '../helpers/worded';
import type { CellValue } from '../../src/engine/grid';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { gridFromInit } from '../helpers/grid';

/** The Tiền Giang sheet (table A4:K19, three computed columns) moved right by `shift` columns. */
function shifted(shift: number) {
  const s = tienGiang2018();
  const pad = new Array<CellValue>(shift).fill(null);
  return gridFromInit({ name: s.name, values: s.values.map((row) => [...pad, ...row]) });
}

describe('a computed block past column XFD', () => {
  test('is reported with its range, first column, width and rows, and nothing is written for it', () => {
    // Column K moves to 16,372 + 10 = 16,382 (XFC): the block would be XFD, XFE, XFF.
    const { report, changes } = computeSheet(shifted(16372), 'vi');
    expect(report.unplaced).toEqual([{ range: 'XFD4:XFF19', from: 'XFD', width: 3, rows: [4, 19] }]);
    expect(changes.filter((c) => c.type === 'write' && c.left + (c.cells[0]?.length ?? 0) - 1 > 16383)).toEqual([]);
    expect(changes.filter((c) => c.type === 'mark')).toEqual([]);
  });

  test('a block that just fits is written, and nothing is reported', () => {
    // Column K at 16,370 + 10 = 16,380 (XFA): the block is XFB:XFD, after the
    // sheet's own three "So sánh" columns it fills (H:J moved to XEX:XEZ).
    const { report, changes } = computeSheet(shifted(16370), 'vi');
    expect(report.unplaced).toBeUndefined();
    expect(report.computedColumns?.map((c) => c.column)).toEqual(['XEX', 'XEY', 'XEZ', 'XFB', 'XFC', 'XFD']);
    expect(changes.some((c) => c.type === 'mark')).toBe(true);
  });
});
