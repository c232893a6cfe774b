import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { sheetInit as benchSheet } from '../../scripts/bench/sheet';
import { cellsAt, HEAD_ROWS, longSheet } from '../helpers/long-sheet';

// The largest sheets: their own script, `npm run test:slow` (run by .ci/run).

const all = () => true;
const MiB = 1024 * 1024;

describe('the pane actions against the in-memory Excel, on the largest sheets', () => {
  test('100,000 rows × 12 columns: at most 12 syncs to compute, no request or response over 4 MiB, the right formulas', async () => {
    const n = 100_000;
    const excel = createMemoryExcel({ sheets: [longSheet(n)] });
    // As Excel on the web refuses payloads over its limit, so does this one over 4 MiB.
    excel.limitRequestBytes(4 * MiB);
    const actions = createExcelActions(excel, { isSetSupported: all });

    const check = await actions.check();
    expect(check.syncs).toBe(excel.syncCount);
    expect(check.syncs).toBeLessThanOrEqual(7);
    expect(check.report.kind).toBe('indicator-plan');

    excel.resetCounters();
    const compute = await actions.compute();
    expect(compute.syncs).toBe(excel.syncCount);
    expect(compute.syncs).toBeLessThanOrEqual(12);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(4 * MiB);
    expect(excel.syncLog.every((s) => s.requestBytes <= 4 * MiB && s.responseBytes <= 4 * MiB)).toBe(true);

    // Every indicator row got its formulas; a few checked in the workbook.
    const computed = compute.report.computed;
    expect(computed.length).toBeGreaterThanOrEqual(3 * n);
    const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]);
    const lastRow = HEAD_ROWS + n;
    const picks = computed.filter((c) => c.formula && [HEAD_ROWS + 1, HEAD_ROWS + 2, 50_003, 77_777, lastRow - 1, lastRow].includes(rowOf(c.cell)));
    expect(new Set(picks.map((c) => rowOf(c.cell))).size).toBe(6);
    const got = await cellsAt(
      excel,
      'Biểu số 1',
      picks.map((c) => c.cell)
    );
    picks.forEach((c, i) => {
      expect(got[i].formula).toBe(c.formula);
      if (c.value === null) expect(got[i].value).toBe('');
      else expect(got[i].value as number).toBeCloseTo(c.value, 9);
      expect(got[i].numberFormat).toBe('0.0');
    });
  }, 600000);

  test("the bench's 100,000-row sheet (ranks, text figures, typed ratios between the formulas): compute in at most 12 syncs", async () => {
    // The sheet `npm run bench` measures: its counts are pinned here, as counts do not vary.
    const excel = createMemoryExcel({ sheets: [benchSheet(100_000)] });
    excel.limitRequestBytes(4 * MiB);
    const actions = createExcelActions(excel, { isSetSupported: all });
    const compute = await actions.compute();
    expect(compute.syncs).toBe(excel.syncCount);
    expect(compute.syncs).toBeLessThanOrEqual(12);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
    expect(compute.report.computed.length).toBeGreaterThan(600_000);
  }, 600000);
});
