import { checkSheet, computeSheet } from '../helpers/worded';
import { recognizeTables } from '../../src/engine/recognize';

const recognizeIndicatorPlan = (g: Parameters<typeof recognizeTables>[0]) => recognizeTables(g)[0];
import { budgetSheet, contactList, haTinh2024, haTinhNoDiacritics, tienGiang2018 } from '../fixtures/indicator-sheets';
import { gridFromInit, gridOf } from '../helpers/grid';

const roles = (name: () => Parameters<typeof gridFromInit>[0]) => checkSheet(gridFromInit(name())).columns.map((c) => [c.column, c.role, c.year ?? null]);

describe('recognising the indicator plan sheet', () => {
  test('merged two-row header with a numbering row, under title rows', () => {
    const report = checkSheet(gridFromInit(tienGiang2018()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    expect(roles(tienGiang2018)).toEqual([
      ['A', 'stt', null],
      ['B', 'name', null],
      ['C', 'unit', null],
      ['D', 'actual', 2017],
      ['E', 'plan', 2018],
      ['F', 'estimate', 2018],
      ['G', 'plan', 2019],
      ['H', 'ratio', null],
      ['I', 'ratio', null],
      ['J', 'ratio', null],
      ['K', 'note', null],
    ]);
    const ratioH = report.columns.find((c) => c.column === 'H')!;
    expect(ratioH.ratio).toEqual({ numerator: { role: 'estimate', year: 2018 }, denominator: { role: 'plan', year: 2018 } });
    const ratioJ = report.columns.find((c) => c.column === 'J')!;
    expect(ratioJ.ratio).toEqual({ numerator: { role: 'plan', year: 2019 }, denominator: { role: 'estimate', year: 2018 } });
  });

  test('one header row typed without diacritics, with TH/KH/UTH/DVT', () => {
    const report = checkSheet(gridFromInit(haTinhNoDiacritics()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([1, 1]);
    expect(roles(haTinhNoDiacritics)).toEqual([
      ['A', 'stt', null],
      ['B', 'name', null],
      ['C', 'unit', null],
      ['D', 'actual', 2017],
      ['E', 'plan', 2018],
      ['F', 'estimate', 2018],
      ['G', 'plan', 2019],
      ['H', 'note', null],
    ]);
  });

  test('header under three title rows, "Ước TH", a nine-month column, no merge information', () => {
    const report = checkSheet(gridFromInit(haTinh2024()));
    expect(report.kind).toBe('indicator-plan');
    expect(report.headerRows).toEqual([4, 5]);
    const d = report.columns.find((c) => c.column === 'D')!;
    expect(d).toMatchObject({ role: 'actual', year: 2024, period: '9 tháng' });
    expect(report.columns.find((c) => c.column === 'F')).toMatchObject({ role: 'estimate', year: 2024 });
    // "So sánh (%)" typed over H only still covers I.
    expect(report.columns.find((c) => c.column === 'I')).toMatchObject({
      role: 'ratio',
      header: 'So sánh (%) / KH 2025/ƯTH 2024',
      ratio: { numerator: { role: 'plan', year: 2025 }, denominator: { role: 'estimate', year: 2024 } },
    });
    expect(report.columns.find((c) => c.column === 'J')).toMatchObject({ role: 'note' });
  });

  test('the numbering row defines a ratio the header leaves unnamed', () => {
    const sheet = tienGiang2018();
    sheet.values[4][7] = null; // no "ƯTH 2018/KH 2018" sub-label: only "8=6/5" says it
    const h = checkSheet(gridFromInit(sheet)).columns.find((c) => c.column === 'H')!;
    expect(h.ratio).toEqual({ numerator: { role: 'estimate', year: 2018 }, denominator: { role: 'plan', year: 2018 } });
  });

  test('a contact list and a budget sheet are no standard sheet and get no issues', () => {
    for (const s of [contactList(), budgetSheet()]) {
      const report = checkSheet(gridFromInit(s));
      expect(report.kind).toBeNull();
      expect(report.issues).toEqual([]);
      expect(report.columns).toEqual([]);
    }
  });

  test('an empty sheet is no standard sheet', () => {
    expect(checkSheet({ name: 'Trống', origin: { row: 0, col: 0 }, values: [], merges: [] }).kind).toBeNull();
  });
});

describe('the row model', () => {
  test('sections, indicators and parts with their parents', () => {
    const t = recognizeIndicatorPlan(gridFromInit(tienGiang2018()))!;
    const byRow = (n: number) => t.rows.find((r) => r.row === n - 1)!;
    expect(byRow(7)).toMatchObject({ type: 'section', stt: 'I' });
    expect(byRow(8)).toMatchObject({ type: 'item', name: 'Tổng doanh thu' });
    expect(byRow(9)).toMatchObject({ type: 'part', parent: 7 });
    expect(byRow(10)).toMatchObject({ type: 'part', parent: 7 });
    expect(byRow(11)).toMatchObject({ type: 'item', lowerIsBetter: true });
    expect(byRow(12)).toMatchObject({ lowerIsBetter: true });
    expect(byRow(13)).toMatchObject({ lowerIsBetter: false });
    expect(byRow(17)).toMatchObject({ type: 'section', stt: 'II' });
    expect(byRow(18)).toMatchObject({ type: 'item', rank: true, lowerIsBetter: true });
    // The numbering row is not data.
    expect(t.dataTop).toBe(6);
  });

  test('"Trong đó" rows and "+" parts', () => {
    const sheet = haTinhNoDiacritics();
    sheet.values.splice(
      3,
      0,
      [null, 'Trong đó:', null, null, null, null, null, null],
      ['-', 'Di dong', 'may/100 dan', 80, 81, 82, 83, null],
      ['+', 'Tra truoc', 'may/100 dan', 60, 61, 62, 63, null]
    );
    const t = recognizeIndicatorPlan(gridFromInit(sheet))!;
    const rows = t.rows.map((r) => [r.row, r.type, r.parent ?? null]);
    expect(rows).toContainEqual([3, 'label', null]);
    expect(rows).toContainEqual([4, 'part', 2]);
    expect(rows).toContainEqual([5, 'part', 4]);
  });
});

describe('a sheet that is not recognised says why', () => {
  const N = null;
  const explain = (values: (string | number | null)[][], lang: 'vi' | 'en' = 'vi') => checkSheet(gridOf('Trang', values), lang).unrecognised;

  test('a capital plan without any money column: closest kind, what it has, what it lacks', () => {
    const u = explain([
      ['DANH MỤC DỰ ÁN', N, N, N],
      ['STT', 'Danh mục dự án', 'Địa điểm xây dựng', 'Ghi chú'],
      [1, 'Đường A', 'Xã B', N],
    ]);
    expect(u).toHaveLength(1);
    expect(u![0]).toMatchObject({ rows: [2, 2], closest: 'investment', found: ['stt', 'name', 'location', 'note'] });
    expect(u![0].missing).toEqual([{ anyOf: ['total-investment', 'year-plan', 'allocated', 'period-plan', 'disbursed'] }]);
    expect(u![0].message).toBe(
      'Dòng 2 trông như tiêu đề bảng nhưng chưa nhận ra là biểu nào. Gần nhất: Kế hoạch đầu tư công; có: “Số thứ tự”, “Tên chỉ tiêu, dự án”, “Địa điểm”, “Ghi chú”; thiếu: “Tổng mức đầu tư” hoặc “Kế hoạch vốn năm” hoặc “Lũy kế vốn đã bố trí” hoặc “Kế hoạch trung hạn” hoặc “Giải ngân”.'
    );
  });

  test('two years where a time series needs three', () => {
    const u = explain(
      [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2020', 'Năm 2021'],
        [1, 'Số thuê bao', 'thuê bao', 10, 12],
      ],
      'en'
    );
    expect(u![0]).toMatchObject({ rows: [1, 1], closest: 'time-series', missing: [{ anyOf: ['value'], atLeast: 3 }] });
    expect(u![0].message).toContain('missing: at least 3 “Value of a year” columns of different years');
  });

  test('tasks without a time or an owner', () => {
    const u = explain([
      ['STT', 'Nhiệm vụ', 'Ghi chú'],
      [1, 'Xây dựng kế hoạch', N],
    ]);
    expect(u![0]).toMatchObject({ closest: 'task-list', found: ['stt', 'task', 'note'], missing: [{ anyOf: ['start', 'end', 'period', 'owner'] }] });
  });

  test('a sheet with nothing like a header gives an empty list; a recognised one gives none', () => {
    expect(
      explain([
        ['Họ tên', 'Chức vụ', 'Điện thoại'],
        ['Nguyễn Văn A', 'Giám đốc', '0903'],
      ])
    ).toEqual([]);
    const r = checkSheet(
      gridOf('Biểu', [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
        [1, 'Số trạm BTS', 'trạm', 100, 104],
      ])
    );
    expect(r.kind).toBe('indicator-plan');
    expect(r.unrecognised).toBeUndefined();
  });
});

describe('the planner decides over recognition', () => {
  const N = null;
  const tasks = () =>
    gridOf('Việc', [
      ['STT', 'Nhiệm vụ', 'Ghi chú'],
      [1, 'Xây dựng kế hoạch', N],
      [2, 'Tổ chức hội nghị', N],
    ]);

  test('a kind chosen for a sheet reads its header block as that kind', () => {
    expect(checkSheet(gridOf('Việc', tasks().values)).kind).toBeNull();
    const r = checkSheet(tasks(), 'vi', { kind: 'task-list' });
    expect(r.kind).toBe('task-list');
    expect(r.tables[0]).toMatchObject({ chosen: true, headerRows: [1, 1], dataRows: [2, 3] });
    expect(r.unrecognised).toBeUndefined();
    expect(r.columns.map((c) => c.role)).toEqual(['stt', 'task', 'note']);
  });

  test('a direction chosen for a row decides its completion', () => {
    const g = gridOf('Biểu', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      [1, 'Tỷ lệ hộ nghèo', '%', 4, 3.2],
    ]);
    const completion = (opts = {}) => computeSheet(g, 'vi', opts).report.computed.find((c) => c.metric === 'completion')!.value!;
    // Poverty is lower-is-better: 4 / 3,2 = 125 %; the planner's "higher" gives 3,2 / 4 = 80 %.
    expect(completion()).toBeCloseTo(125, 9);
    expect(completion({ directions: { 2: 'higher' } })).toBeCloseTo(80, 9);
  });
});

describe('header rows named by the planner', () => {
  const N = null;
  // Pasted from a web page: "Kết quả thực hiện" over the three years, not merged, and the
  // years typed as numbers, so the row under it reads as data: the header as found is one row.
  const g = () =>
    gridOf('Kết quả', [
      ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện', N, N],
      [N, N, 2021, 2022, 2023],
      ['Số thuê bao Internet', 'thuê bao', 100, 120, 150],
    ]);

  test('are read as the header, across every column they label', () => {
    const plain = checkSheet(g());
    expect(plain.headerRows).toEqual([1, 1]);
    expect(plain.columns.filter((c) => c.role === 'actual').map((c) => [c.column, c.year])).toEqual([['C', undefined]]);
    const r = checkSheet(g(), 'vi', { headerRows: [1, 2] });
    expect(r.headerRows).toEqual([1, 2]);
    expect(r.columns.filter((c) => c.role === 'actual').map((c) => [c.column, c.year])).toEqual([
      ['C', 2021],
      ['D', 2022],
      ['E', 2023],
    ]);
  });

  test('rows with no label are no header: recognition goes on as before', () => {
    expect(checkSheet(g(), 'vi', { headerRows: [9, 9] }).columns).toEqual(checkSheet(g()).columns);
  });
});
