import { computeSheet } from '../helpers/worded';
import type { WriteChange } from '../../src/engine/changes';
import { areaA1, cellAt, parseA1 } from '../../src/engine/grid';
import { haTinh2024, haTinhNoDiacritics, tienGiang2018 } from '../fixtures/indicator-sheets';
import { applyToGrid } from '../helpers/apply';
import { gridFromInit } from '../helpers/grid';

const at = (g: ReturnType<typeof gridFromInit>, a: string) => {
  const { top, left } = parseA1(a);
  return cellAt(g, top, left);
};

describe('computed columns of the indicator plan sheet', () => {
  const grid = gridFromInit(tienGiang2018());
  const { report, changes } = computeSheet(grid);
  const cell = (a: string) => report.computed.find((c) => c.cell === a);
  const after = applyToGrid(grid, changes);

  test('go right of the table under a two-level header in the sheet style', () => {
    // Ratios ("bằng …%") and growths ("tăng …%") under different headers.
    expect(at(after, 'L4')).toBe('So sánh, bằng (%)');
    expect(at(after, 'M4')).toBe('Tăng (+), giảm (−) (%)');
    expect(at(after, 'L5')).toBe('ƯTH 2018 so với KH 2018');
    expect(at(after, 'M5')).toBe('ƯTH 2018 so với TH 2017');
    expect(at(after, 'N5')).toBe('KH 2019 so với ƯTH 2018');
    expect(after.merges.map(areaA1)).toContain('M4:N4');
    // The numbering row goes on: 12=6/5 (completion), 13=6/4-1 (growth).
    expect([at(after, 'L6'), at(after, 'M6'), at(after, 'N6')]).toEqual(['12=6/5', '13=6/4-1', '14=7/6-1']);
    const write = changes.find((c): c is WriteChange => c.type === 'write' && c.left === 11)!;
    const formats = write.numberFormat as string[][];
    expect(formats[formats.length - 1]).toEqual(['0.0', '0.0', '0.0']);
  });

  test('completion, growth and plan growth as live formulas with their values', () => {
    expect(cell('L8')).toEqual({ cell: 'L8', row: 8, metric: 'completion', label: 'ƯTH 2018 so với KH 2018', value: 125, formula: '=IFERROR(F8/E8*100,"")' });
    expect(cell('M9')).toMatchObject({ metric: 'growth', value: 20, formula: '=IFERROR((F9/D9-1)*100,"")' });
    expect(cell('N13')!.formula).toBe('=IFERROR((G13/F13-1)*100,"")');
    expect(cell('N13')!.value).toBeCloseTo((117000 / 115644 - 1) * 100, 9);
  });

  test('lower is better: completion is plan ÷ value', () => {
    // Bán kính phục vụ 2,15 km/điểm against a plan of 2,16: better than planned.
    expect(cell('L11')).toMatchObject({ formula: '=IFERROR(E11/F11*100,"")' });
    expect(cell('L11')!.value).toBeCloseTo((2.16 / 2.15) * 100, 9);
    expect(cell('L11')!.value!).toBeGreaterThan(100);
    // Growth keeps its arithmetic meaning.
    expect(cell('M11')!.formula).toBe('=IFERROR((F11/D11-1)*100,"")');
  });

  test('ranks typed as "7/63": completion as a value, no growth of a rank position', () => {
    expect(cell('L18')).toMatchObject({ formula: null });
    expect(cell('L18')!.value).toBeCloseTo((8 / 7) * 100, 9);
    expect(cell('M18')).toBeUndefined();
  });

  test('section rows and the numbering row get nothing', () => {
    expect(cell('L7')).toBeUndefined();
    expect(cell('L17')).toBeUndefined();
    expect(at(after, 'L7')).toBeNull();
  });

  test('running compute again updates the same columns: no second set', () => {
    const second = computeSheet(after);
    const again = applyToGrid(after, second.changes);
    expect(second.report.computed).toEqual(report.computed);
    expect(again.values).toEqual(after.values);
    expect(again.owned).toHaveLength(1);
    expect(again.merges.map(areaA1).filter((m) => m.startsWith('M4'))).toHaveLength(1);
    // Nothing written beyond the first set.
    expect(again.values[7].slice(14).every((v) => v === null)).toBe(true);
  });

  test('an input edited after the first run is taken up by the second', () => {
    const edited = applyToGrid(after, []);
    edited.values[7][5] = 1944; // ƯTH 2018 now equals the plan
    const second = computeSheet(edited);
    expect(second.report.computed.find((c) => c.cell === 'L8')!.value).toBe(100);
  });
});

describe('computed columns never overwrite a user cell', () => {
  test('a remark typed right of the table pushes the block further right', () => {
    const sheet = tienGiang2018();
    sheet.values[7].push('xem lại số liệu'); // L8
    const grid = gridFromInit(sheet);
    const { report, changes } = computeSheet(grid);
    expect(report.computed.find((c) => c.metric === 'completion')!.cell).toBe('M8');
    const after = applyToGrid(grid, changes);
    expect(at(after, 'L8')).toBe('xem lại số liệu');
  });

  test('the sheet cells the block does not own are never in a write', () => {
    const grid = gridFromInit(tienGiang2018());
    const { changes } = computeSheet(grid);
    for (const ch of changes) {
      if (ch.type !== 'write') continue;
      ch.cells.forEach((row, i) =>
        row.forEach((_, j) => {
          expect(cellAt(grid, ch.top + i, ch.left + j)).toBeNull();
        })
      );
    }
  });
});

describe('inputs that are not plain numbers', () => {
  test('numbers typed as text: the value is written and the report says so', () => {
    const grid = gridFromInit(haTinh2024());
    const { report } = computeSheet(grid);
    // BTS stations: ƯTH "3.250" / KH "3.200".
    const k6 = report.computed.find((c) => c.row === 6 && c.metric === 'completion')!;
    expect(k6.cell).toBe('K6');
    expect(k6.formula).toBeNull();
    expect(k6.value).toBeCloseTo((3250 / 3200) * 100, 9);
    const note = report.issues.find((i) => i.code === 'value-not-formula' && i.cell === k6.cell);
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('F6');
  });

  test('a zero plan gives an empty result, never an infinity', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values[1][4] = 0; // KH 2018 = 0
    const { report } = computeSheet(gridFromInit(sheet));
    const c = report.computed.find((x) => x.row === 2 && x.metric === 'completion')!;
    expect(c.value).toBeNull();
    expect(c.formula).toBe('=IFERROR(F2/E2*100,"")');
  });

  test('an empty or "x" input leaves the cell empty', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values[1][5] = 'x';
    sheet.values[2][5] = null;
    const { report } = computeSheet(gridFromInit(sheet));
    expect(report.computed.filter((x) => x.row === 2 || x.row === 3).map((x) => x.metric)).not.toContain('completion');
  });

  test('one header row: labels carry the unit "(%)"', () => {
    const grid = gridFromInit(haTinhNoDiacritics());
    const { changes } = computeSheet(grid);
    const after = applyToGrid(grid, changes);
    expect(at(after, 'I1')).toBe('ƯTH 2018 so với KH 2018 (%)');
  });
});
