/**
 * The sheet's own "So sánh (%)" columns filled from the pane, as
 * `chitieu compute` fills them: offered first when they have empty cells,
 * each empty cell gets the ratio its header defines as a live formula,
 * typed cells are left alone, and undo empties them again.
 *
 * Tiền Giang 2018 (test/fixtures/indicator-sheets): H = ƯTH 2018 / KH 2018
 * (F/E), I = ƯTH 2018 / TH 2017 (F/D), J = KH 2019 / ƯTH 2018 (G/F). Worked
 * out by hand: J8 (H8 and I8 are typed), rows 9–16 and 19 in all three
 * (the ranks of row 18 are text, "9/63", so get no formula): 1 + 8 × 3 + 3 = 28.
 */
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

const TG = 'Biểu số 1';

function setup() {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  return { excel, actions: createExcelActions(excel, { isSetSupported: () => true }) };
}

const cell = (excel: ReturnType<typeof setup>['excel'], a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  return excel.snapshot(TG).cells[Number(m[2]) - 1]?.[col];
};

test('the preview offers the fill first, with its columns and the number of empty cells', async () => {
  const { actions } = setup();
  const { options } = await actions.previewCompute();
  expect(options[0]).toEqual({ metric: 'ratio', label: 'H, I, J', table: 0, kind: 'indicator-plan', fill: { columns: ['H', 'I', 'J'], cells: 28 } });
  expect(options.slice(1).map((o) => o.metric)).toEqual(['completion', 'growth', 'plan-growth']);
});

test('chosen, it writes each empty cell the ratio of its header as a formula and leaves typed cells alone; undo empties them', async () => {
  const { excel, actions } = setup();
  const r = await actions.compute({ metrics: ['ratio'] });
  expect(r.report.computed).toHaveLength(28);
  expect(cell(excel, 'H9')).toMatchObject({ formula: '=IFERROR(F9/E9*100,"")', numberFormat: '0.0' });
  expect(cell(excel, 'I11')).toMatchObject({ formula: '=IFERROR(F11/D11*100,"")' });
  expect(cell(excel, 'J8')).toMatchObject({ formula: '=IFERROR(G8/F8*100,"")' });
  // 180 / 160 × 100 = 112.5
  expect(cell(excel, 'H9')?.value).toBeCloseTo(112.5, 9);
  // Typed by the planner: kept.
  expect(cell(excel, 'H8')).toMatchObject({ value: 125 });
  expect(cell(excel, 'H8')?.formula).toBeUndefined();
  // No new columns were asked for.
  expect(cell(excel, 'L9')?.value ?? '').toBe('');
  await actions.undo();
  expect(cell(excel, 'H9')?.value ?? '').toBe('');
  expect(cell(excel, 'H9')?.formula).toBeUndefined();
});

test('left out of the choice, the sheet’s own columns stay as they are', async () => {
  const { excel, actions } = setup();
  await actions.compute({ metrics: ['completion'] });
  expect(cell(excel, 'H9')?.value ?? '').toBe('');
  expect(cell(excel, 'L9')).toMatchObject({ formula: '=IFERROR(F9/E9*100,"")' });
});

test('a sheet whose own columns are full offers no fill', async () => {
  const { actions } = setup();
  await actions.compute({ metrics: ['ratio'] });
  const { options } = await actions.previewCompute();
  expect(options.map((o) => o.metric)).toEqual(['completion', 'growth', 'plan-growth']);
});
