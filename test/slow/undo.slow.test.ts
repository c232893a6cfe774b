import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { longSheet } from '../helpers/long-sheet';

const all = () => true;

/** The whole workbook as a test compares it: every sheet's snapshot, the sheet names and the defined names. */
function workbook(xl: MemoryExcelControl) {
  return { sheets: xl.sheetNames(), snapshots: xl.sheetNames().map((n) => xl.snapshot(n)), names: xl.definedNames() };
}

describe('undo on a large sheet', () => {
  test('a large recompute (7,000 rows) is read as shared formats and undone exactly, in few syncs', async () => {
    const xl = createMemoryExcel({ sheets: [longSheet(7000, { sourceColumn: false })] });
    const actions = createExcelActions(xl, { isSetSupported: all });
    await actions.compute();
    const once = workbook(xl);
    xl.resetCounters();
    const again = await actions.compute();
    expect(again.syncs).toBe(xl.syncCount);
    expect(again.syncs).toBeLessThanOrEqual(4);
    xl.resetCounters();
    await actions.undo();
    expect(xl.syncCount).toBeLessThanOrEqual(8);
    expect(workbook(xl)).toEqual(once);
  }, 120000);
});
