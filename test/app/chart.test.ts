/** @jest-environment node */
/**
 * "Chèn biểu đồ" (issue 17 §3) on the in-memory Excel: an indicator sheet's
 * completion per indicator as bars once Tính toán has computed it, a time
 * series' lines per indicator, beside the table, titled in the pane's
 * language; one step of the undo list that deletes the chart again.
 */
import { createExcelActions } from '../../src/app/actions';
import { isUserFacingError } from '../../src/host/errors';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { realTables } from '../fixtures/real';
import { sheetInit } from '../fixtures/real/sheet';

const all = () => true;
const TG = 'Biểu số 1';

test('an indicator sheet before Tính toán: nothing drawn, and why', async () => {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  // The sheet's own "So sánh (%)" column of ƯTH/KH holds one figure (H8) in its eleven indicator rows: too few to draw; Tính toán fills it.
  const err = await actions.insertChart(0, 'vi').catch((e: unknown) => e);
  expect(isUserFacingError(err) && err.code).toBe('chart-compute-first');
  expect(excel.snapshot(TG).charts).toBeUndefined();
  expect(actions.undoList()).toEqual([]);
});

test('after Tính toán: bars of completion per indicator, from the computed column, beside the computed block; Hoàn tác deletes them', async () => {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  await actions.compute({});
  const cells = excel.snapshot(TG);
  const r = await actions.insertChart(0, 'vi');
  // The table A4:K19 (header rows 4–6, data 7–19) and the computed block L4:N19: the chart from P4, 8 columns, 17 rows (13 data rows + 4).
  expect(r).toEqual({ sheet: TG, name: 'Chart 1', address: 'P4:W20', syncs: 2 });
  const [chart] = excel.snapshot(TG).charts!;
  expect(chart).toEqual({
    name: 'Chart 1',
    type: 'BarClustered',
    title: 'Mức hoàn thành kế hoạch năm 2018 (%)',
    // Column L: "ƯTH 2018 so với KH 2018", computed (lower is better followed); the names in B.
    series: [{ name: 'ƯTH 2018 so với KH 2018', values: "'Biểu số 1'!L7:L19", xValues: "'Biểu số 1'!B7:B19" }],
    position: 'P4:W20',
    valueAxis: { title: '%', majorUnit: 100, minimum: 0 },
    categoryAxis: { title: '', reversePlotOrder: true },
    legend: { visible: false, position: 'Right' },
  });
  // The cells are as they were: a chart is no write to them.
  expect({ ...excel.snapshot(TG), charts: undefined }).toEqual({ ...cells, charts: undefined });
  expect(actions.undoList().map((e) => [e.kind, e.labels.vi])).toEqual([
    ['compute', expect.any(String)],
    ['chart', 'Chèn biểu đồ “Mức hoàn thành kế hoạch năm 2018 (%)” (P4:W20)'],
  ]);
  await actions.undo();
  expect(excel.snapshot(TG).charts).toBeUndefined();
  expect(actions.undoList().map((e) => e.kind)).toEqual(['compute']);
});

test('a time series with its years across (Đà Nẵng 2016–2020): a line per indicator over the years, named, in English', async () => {
  const t = realTables().find((x) => x.id === 'ts-danang-di-dong-internet-2020')!;
  const excel = createMemoryExcel({ sheets: [sheetInit(t)] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  await actions.insertChart(0, 'en');
  const [chart] = excel.snapshot(t.sheet.name).charts!;
  // Rows 4 and 8 are the two indicators (their urban and rural parts are not drawn); the years in B3:F3.
  expect(chart.type).toBe('Line');
  expect(chart.title).toBe('Tỷ lệ người sử dụng điện thoại di động và Internet');
  expect(chart.series).toEqual([
    { name: 'Tỷ lệ người sử dụng điện thoại đi động', values: "'Di động - Internet'!B4:F4", xValues: "'Di động - Internet'!B3:F3" },
    { name: 'Tỷ lệ người sử dụng Internet', values: "'Di động - Internet'!B8:F8", xValues: "'Di động - Internet'!B3:F3" },
  ]);
  expect(chart.legend).toEqual({ visible: true, position: 'Bottom' });
  // Beside the table (A3:F11): from H3.
  expect(chart.position).toBe('H3:O18');
});
