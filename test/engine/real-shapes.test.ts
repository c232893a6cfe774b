/**
 * The shapes real tables take (issue 11, "what real tables look like"),
 * each on a small sheet built here, with the figures worked out by hand in
 * the comments. The real corpus (real-corpus.test.ts) proves the same on
 * published tables; these pin each behaviour on its own, so a change that
 * breaks one names it.
 */
import { checkSheet, computeSheet } from '../helpers/worded';
import { completion, judge, type Bound } from '../../src/engine/bounds';
import { periodLabel, splitPeriod } from '../../src/engine/periods';
import type { Computed } from '../../src/engine/report';
import type { WordedIssue as Issue, WordedReport as SheetReport } from '../../src/i18n/report';
import { gridOf } from '../helpers/grid';

const N = null;
const at = (issues: Issue[], cell: string) => issues.filter((i) => i.cell === cell);
const errors = (r: SheetReport) => r.issues.filter((i) => i.severity === 'error');
const roleOf = (r: SheetReport, letter: string) => r.columns.find((c) => c.column === letter)?.role;
const computedAt = (computed: Computed[], row: number, metric: string) => computed.filter((c) => c.row === row && c.metric === metric);

describe('statistical-yearbook time series', () => {
  // Blank top-left cell, years that skip (2015, 2018, 2019, 2020), a preliminary
  // newest column, bilingual names, two alternative breakdowns of one total.
  const yearbook = (rural2019 = 780) =>
    gridOf('Dân số', [
      ['Dân số trung bình phân theo giới tính và phân theo thành thị, nông thôn', N, N, N, N, N],
      ['Average population by sex and by residence', N, N, N, N, N],
      [N, N, N, N, N, 'ĐVT: Nghìn người - Unit: Thous. persons'],
      [N, 2015, 2018, 2019, 2020, 'Sơ bộ\nPrel. 2021'],
      ['TỔNG SỐ - TOTAL', 1000, 1100, 1150, 1200, 1260],
      ['Phân theo giới tính - By sex', N, N, N, N, N],
      ['Nam - Male', 490, 540, 560, 590, 620],
      ['Nữ - Female', 510, 560, 590, 610, 640],
      ['Phân theo thành thị, nông thôn - By residence', N, N, N, N, N],
      ['Thành thị - Urban', 300, 350, 370, 400, 430],
      ['Nông thôn - Rural', 700, 750, rural2019, 800, 830],
    ]);

  test('is read as a time series, the preliminary column as its year', () => {
    const r = checkSheet(yearbook());
    expect(r.kind).toBe('time-series');
    expect(r.headerRows).toEqual([4, 4]);
    expect(r.tables[0].dataRows).toEqual([5, 11]);
    expect(r.columns.map((c) => [c.column, c.role, c.year])).toEqual([
      ['A', 'name', undefined],
      ['B', 'value', 2015],
      ['C', 'value', 2018],
      ['D', 'value', 2019],
      ['E', 'value', 2020],
      ['F', 'value', 2021],
    ]);
    // Both breakdowns add up (490 + 510 = 300 + 700 = 1000 …): nothing to say.
    expect(errors(r)).toEqual([]);
  });

  test('each breakdown adds up on its own', () => {
    // 2019: 560 + 590 = 1150 (by sex, right); 370 + 790 = 1160 ≠ 1150 (by residence).
    const r = checkSheet(yearbook(790));
    expect(errors(r).map((i) => [i.cell, i.code])).toEqual([['D5', 'sum-mismatch']]);
    expect(errors(r)[0].message).toContain('1.160');
  });

  test('growth over a multi-year step is the average yearly rate, labelled so', () => {
    const { report } = computeSheet(yearbook());
    // 2015 → 2018: (1100 / 1000)^(1/3) − 1 = 3,228 %; 2020 → 2021: 1260 / 1200 − 1 = 5 %.
    const cagr = computedAt(report.computed, 5, 'cagr');
    const step = cagr.find((c) => c.label?.includes('2015–2018'))!;
    expect(step.value).toBeCloseTo(3.228, 2);
    expect(step.label).toMatch(/bình quân/i);
    // And over the whole run, 2015 → 2021: (1260 / 1000)^(1/6) − 1 = 3,927 %.
    expect(cagr.find((c) => c.label?.includes('2015–2021'))!.value).toBeCloseTo(3.927, 2);
    const growth = computedAt(report.computed, 5, 'growth').map((c) => c.value);
    expect(growth.some((v) => v !== null && Math.abs(v - 5) < 1e-9)).toBe(true);
  });
});

describe('years down the rows, measures across', () => {
  // Values 2018–2022, then an index block "Năm trước = 100" checked against them.
  const sheet = (total2022Index: number | string = 105.2) =>
    gridOf('Thuê bao', [
      ['Số thuê bao điện thoại', N, N, N],
      [N, 'Tổng số - Total', 'Cố định - Fixed', 'Di động - Mobile'],
      ['Thuê bao - Subscriber', N, N, N],
      [2018, 1000, 100, 900],
      [2019, 1100, 95, 1005],
      [2020, 1210, 90, 1120],
      [2021, 1331, 85, 1246],
      [2022, 1400, 80, 1320],
      ['Chỉ số phát triển (Năm trước = 100) - %', N, N, N],
      // 1100/1000 = 110,0; 95/100 = 95,0; 1005/900 = 111,7
      [2019, 110, 95, 111.7],
      // 1210/1100 = 110,0; 90/95 = 94,7; 1120/1005 = 111,4
      [2020, 110, 94.7, 111.4],
      // 1331/1210 = 110,0; 85/90 = 94,4; 1246/1120 = 111,25 → 111,3
      [2021, 110, 94.4, 111.3],
      // 1400/1331 = 105,2; 80/85 = 94,1; 1320/1246 = 105,9
      [2022, total2022Index, 94.1, 105.9],
    ]);

  test('the periods column names the rows and each measure is a column', () => {
    const r = checkSheet(sheet());
    expect(r.kind).toBe('time-series');
    expect(r.columns.map((c) => [c.column, c.role])).toEqual([
      ['A', 'time'],
      ['B', 'value'],
      ['C', 'value'],
      ['D', 'value'],
    ]);
    expect(errors(r)).toEqual([]);
  });

  test('an index that does not follow from the values is an error at its cell', () => {
    const r = checkSheet(sheet(105.8));
    expect(errors(r).map((i) => i.cell)).toEqual(['B13']);
    // 1400 / 1331 × 100 = 105,18.
    expect(errors(r)[0].message).toContain('105,18');
  });
});

describe('capital plans with fewer columns', () => {
  // STT | Danh mục dự án | Kế hoạch vốn năm 2024 | Ghi chú; groups by place and sector.
  const plan = (sector = 8000) =>
    gridOf('KH 2024', [
      ['KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024', N, N, N],
      ['Đơn vị: triệu đồng', N, N, N],
      ['STT', 'Danh mục dự án', 'Kế hoạch vốn năm 2024', 'Ghi chú'],
      [N, 'TỔNG SỐ', 15500, N],
      ['I', 'HUYỆN ĐỨC PHỔ', 7000, N],
      [1, 'Đường trung tâm xã Phổ An', 4000, N],
      [2, 'Trường tiểu học Phổ Văn', 3000, 'Chuyển tiếp'],
      ['II', 'Lĩnh vực y tế', sector, N],
      [1, 'Trạm y tế xã Phổ Châu', 5000, N],
      [2, 'Bệnh viện đa khoa khu vực', 3500, N],
    ]);

  test('is a capital plan with one money column', () => {
    const r = checkSheet(plan(8500));
    expect(r.kind).toBe('investment');
    expect([roleOf(r, 'A'), roleOf(r, 'B'), roleOf(r, 'C'), roleOf(r, 'D')]).toEqual(['stt', 'name', 'year-plan', 'note']);
    // 4000 + 3000 = 7000; 5000 + 3500 = 8500; 7000 + 8500 = 15500.
    expect(errors(r)).toEqual([]);
  });

  test('a group row that is not the sum of its projects', () => {
    // Lĩnh vực y tế: 5000 + 3500 = 8500, typed 8000.
    const r = checkSheet(plan());
    expect(errors(r).map((i) => [i.cell, i.code])).toEqual([['C8', 'sum-mismatch']]);
    expect(errors(r)[0].message).toContain('8.500');
  });
});

describe('task appendices with one time column', () => {
  const tasks = () =>
    gridOf('Phụ lục', [
      ['PHỤ LỤC: NHIỆM VỤ TRỌNG TÂM NĂM 2024', N, N, N, N, N],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
      [1, 'Xây dựng kế hoạch chuyển đổi số', 'Sở TT&TT', 'Các sở, ngành', '2024-2025', 'Kế hoạch'],
      [2, 'Rà soát hạ tầng mạng di động', 'Sở TT&TT', 'Doanh nghiệp viễn thông', 'Quý III/2024', 'Báo cáo'],
      [3, 'Tổ chức hội nghị chuyển đổi số', 'Sở TT&TT', N, 'Tháng 6/2024', 'Hội nghị'],
      [4, 'Cập nhật cơ sở dữ liệu', 'Sở TT&TT', N, 'Thường xuyên', N],
    ]);

  test('roles: task, owner, partner, the one time column, product', () => {
    const r = checkSheet(tasks());
    expect(r.kind).toBe('task-list');
    // "Thời gian hoàn thành" names the end; alone, it also holds whole spans ("2024-2025").
    expect(r.columns.map((c) => c.role)).toEqual(['stt', 'task', 'owner', 'partner', 'end', 'product']);
    expect(errors(r)).toEqual([]);
  });

  test('durations come from the one time column', () => {
    const { report } = computeSheet(tasks());
    const months = (row: number) => computedAt(report.computed, row, 'duration')[0]?.value;
    // 2024-2025: January 2024 to December 2025 = 24 months; a quarter = 3; a month = 1.
    expect(months(3)).toBe(24);
    expect(months(4)).toBe(3);
    expect(months(5)).toBe(1);
    // "Thường xuyên" has no span: nothing is made up.
    expect(months(6) ?? null).toBeNull();
  });
});

describe('targets that are bounds, evaluation words, direction from meaning', () => {
  const review = (evaluations: (string | null)[]) =>
    gridOf('Kết quả', [
      ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT', N, N, N, N, N],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu Nghị quyết', 'Kết quả thực hiện', 'Đánh giá'],
      [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 4', '3,2', evaluations[0]],
      [2, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 'Trên 90', '88', evaluations[1]],
      [3, 'Mức giảm tỷ lệ hộ nghèo', '%', '1-1,5', '1,2', evaluations[2]],
      [4, 'Số thuê bao Internet băng rộng cố định', 'thuê bao', '100.000', '100.000', evaluations[3]],
      [5, 'Tốc độ tăng trưởng kinh tế (GRDP)', '%', '7', '-1,5', evaluations[4]],
    ]);

  test('completion follows the bound and the direction', () => {
    const { report } = computeSheet(review(['Đạt', 'Không đạt', 'Đạt', 'Đạt', 'Không đạt']));
    expect(report.kind).toBe('target-result');
    const completion = (row: number) => computedAt(report.computed, row, 'completion')[0]?.value ?? null;
    // A ceiling kept: 4 / 3,2 × 100 = 125.
    expect(completion(3)).toBeCloseTo(125, 6);
    // A floor missed: 88 / 90 × 100 = 97,78.
    expect(completion(4)).toBeCloseTo(97.78, 2);
    // Inside a range, a reduction (more is better): 1,2 / 1 × 100 = 120.
    expect(completion(5)).toBeCloseTo(120, 6);
    expect(completion(6)).toBeCloseTo(100, 6);
    // A growth rate below zero: no ratio of rates, and an info says why.
    expect(completion(7)).toBeNull();
    expect(errors(report)).toEqual([]);
  });

  test('an evaluation word that the figures contradict', () => {
    // Trên 90 with 88 is not met: "Đạt" there is an error; a ceiling kept called "Không đạt" too.
    const r = checkSheet(review(['Không đạt', 'Đạt', 'Đạt', 'Đạt', 'Không đạt']));
    expect(errors(r).map((i) => [i.cell, i.code])).toEqual([
      ['F3', 'evaluation-mismatch'],
      ['F4', 'evaluation-mismatch'],
    ]);
  });

  test('"Vượt" on an exact target met to the unit is a warning, not an error', () => {
    const r = checkSheet(review(['Đạt', 'Không đạt', 'Đạt', 'Vượt', 'Không đạt']));
    expect(at(r.issues, 'F6').map((i) => [i.code, i.severity])).toEqual([['evaluation-mismatch', 'warning']]);
    expect(errors(r)).toEqual([]);
  });
});

describe('cells that are not one figure, and footnotes', () => {
  const sheet = () =>
    gridOf('Xuất nhập khẩu', [
      ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023', N, N, N, N],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2023', 'Ước thực hiện năm 2023'],
      [1, 'Kim ngạch xuất khẩu', 'triệu USD', '1.200', '1.250'],
      [2, 'Cán cân thương mại', 'triệu USD', 'Xuất siêu', 'Nhập siêu'],
      [3, 'Số xã đạt chuẩn nông thôn mới\n- Nâng cao\n- Kiểu mẫu', 'xã', '10\n3', '11\n2'],
      ['Ghi chú: (*) Số liệu ước tính đến 30/11/2023.', N, N, N, N],
      ['Nguồn: Cục Thống kê tỉnh.', N, N, N, N],
    ]);

  test('words and two figures in a cell give at most a note; footnote rows are not data', () => {
    const { report } = computeSheet(sheet());
    expect(report.kind).toBe('indicator-plan');
    expect(report.tables[0].dataRows).toEqual([3, 5]);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(at(report.issues, 'E4').map((i) => i.code)).toContain('not-one-figure');
    expect(at(report.issues, 'E5').map((i) => i.code)).toContain('not-one-figure');
    // The one row with figures is computed: 1250 / 1200 × 100 = 104,17.
    expect(computedAt(report.computed, 3, 'completion')[0].value).toBeCloseTo(104.17, 2);
  });
});

describe('comparison columns judged by what they hold', () => {
  const sheet = (typed: (number | string)[]) =>
    gridOf('So sánh', [
      ['Biểu số 1', N, N, N, N, N],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'TH 2022', 'ƯTH 2023', 'ƯTH 2023 so với TH 2022 (%)'],
      [1, 'Doanh thu dịch vụ viễn thông', 'tỷ đồng', 1000, 1086, typed[0]],
      [2, 'Số thuê bao di động', 'nghìn thuê bao', 800, 840, typed[1]],
      [3, 'Số trạm BTS', 'trạm', 500, 560, typed[2]],
    ]);

  test('a column of growths is read as growths, and checked as such', () => {
    // Growths: 1086/1000 − 1 = 8,6 %; 840/800 − 1 = 5 %; 560/500 − 1 = 12 %.
    const r = checkSheet(sheet([8.6, 5, 12]));
    expect(r.columns.find((c) => c.column === 'F')).toMatchObject({ role: 'ratio', holds: 'growth' });
    expect(errors(r)).toEqual([]);
    // 13 for a growth of 12: wrong as a growth.
    expect(errors(checkSheet(sheet([8.6, 5, 13]))).map((i) => i.cell)).toEqual(['F5']);
  });

  test('the same header holding ratios is read as ratios', () => {
    const r = checkSheet(sheet([108.6, 105, 112]));
    expect(r.columns.find((c) => c.column === 'F')).toMatchObject({ holds: 'ratio' });
    expect(errors(r)).toEqual([]);
  });

  test('a mix within one column is a warning', () => {
    const r = checkSheet(sheet([8.6, 105, 12]));
    expect(r.issues.filter((i) => i.severity === 'warning' && i.cell.startsWith('F')).length).toBeGreaterThan(0);
    expect(errors(r)).toEqual([]);
  });
});

describe('numbering', () => {
  const sheet = (stts: (string | number)[]) =>
    gridOf('Biểu 1', [
      ['Biểu số 1', N, N, N, N],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      ...stts.map((s, i) => [s, `Chỉ tiêu số ${i + 1}`, 'trạm', 100 + i, 101 + i]),
    ]);

  test.each([
    [[1, 3, 4], 'A4'],
    [['a', 'c'], 'A4'],
    [['1.1', '1.3'], 'A4'],
  ] as const)('%j: a gap is a warning at the number after it', (stts, cell) => {
    const r = checkSheet(sheet([...stts]));
    expect(at(r.issues, cell).map((i) => [i.code, i.severity])).toEqual([['numbering-gap', 'warning']]);
  });

  test('an unbroken numbering says nothing', () => {
    const r = checkSheet(sheet([1, 2, 3]));
    expect(r.issues.filter((i) => i.code === 'numbering-gap' || i.code === 'duplicate-number')).toEqual([]);
  });
});

describe('period labels and one time column split', () => {
  test.each([
    ['2021', { year: 2021 }],
    ['Sơ bộ 2021', { year: 2021, status: 'preliminary' }],
    ['Sơ bộ\nPrel. 2021', { year: 2021, status: 'preliminary' }],
    ['Ước tính 2022', { year: 2022, status: 'estimate' }],
    ['Ước TH 2023', { year: 2023, status: 'estimate' }],
    ['12/2008', { year: 2008, part: 'm12' }],
    ['6 tháng 2021', { year: 2021, part: '6t' }],
    ['Quý I/2021', { year: 2021, part: 'q1' }],
    ['Năm 2019*', { year: 2019 }],
  ] as const)('"%s"', (text, label) => {
    expect(periodLabel(text)).toEqual(label);
  });

  test.each(['Tổng số thuê bao (12019)', 'Chỉ tiêu 2021 của tỉnh', 'Quý V/2021', '13/2021'])('"%s" is no period', (text) => {
    expect(periodLabel(text)).toBeNull();
  });

  test.each([
    ['2024-2025', '2024', '2025'],
    ['Giai đoạn 2021 - 2025', '2021', '2025'],
    ['Quý III/2024', 'Quý III/2024', 'Quý III/2024'],
    ['Tháng 6/2024 - Tháng 12/2024', 'Tháng 6/2024', 'Tháng 12/2024'],
    ['Thường xuyên', 'Thường xuyên', null],
  ] as const)('"%s" → %s … %s', (text, start, end) => {
    expect(splitPeriod(text)).toEqual({ start, end });
  });
});

describe('bounds, as the README tells them', () => {
  const b = (kind: Bound['kind'], value: number, extra: Partial<Bound> = {}): Bound => ({ kind, value, ...extra });
  test.each([
    // target, result, direction → verdict, completion (worked by hand)
    ['floor ≥ 90, 95', b('floor', 90), 95, 'higher', 'exceeded', (95 / 90) * 100],
    ['floor ≥ 90, 90', b('floor', 90), 90, 'higher', 'met', 100],
    ['floor > 90 (strict), 90', b('floor', 90, { strict: true }), 90, 'higher', 'not-met', 100],
    ['ceiling ≤ 4, 3,2', b('ceiling', 4), 3.2, 'lower', 'exceeded', 125],
    ['ceiling < 4 (strict), 4', b('ceiling', 4, { strict: true }), 4, 'lower', 'not-met', 100],
    ['ceiling ≤ 4, 5', b('ceiling', 4), 5, 'lower', 'not-met', 80],
    ['range 1–1,5 higher, 1,2', b('range', 1, { low: 1, high: 1.5 }), 1.2, 'higher', 'met', 120],
    ['range 1–1,5 higher, 2', b('range', 1, { low: 1, high: 1.5 }), 2, 'higher', 'exceeded', 200],
    ['range 1–1,5 lower, 0,5', b('range', 1, { low: 1, high: 1.5 }), 0.5, 'lower', 'exceeded', 300],
    ['exact 4 lower, 3,2', b('exact', 4), 3.2, 'lower', 'exceeded', 125],
    ['exact 100 higher, 100', b('exact', 100), 100, 'higher', 'met', 100],
  ] as const)('%s', (_name, bound, result, dir, verdict, value) => {
    expect(judge(result, bound, dir)).toBe(verdict);
    expect(completion(result, bound, dir)).toBeCloseTo(value, 9);
  });

  test('a growth-rate indicator gets a completion only while both are above zero', () => {
    expect(completion(-1.5, b('exact', 7), 'higher', true)).toBeNull();
    expect(completion(3.5, b('exact', 7), 'higher', true)).toBeCloseTo(50, 9);
    expect(judge(-1.5, b('exact', 7), 'higher')).toBe('not-met');
  });
});

describe('rates of rates', () => {
  const sheet = () =>
    gridOf('Tăng trưởng', [
      ['Biểu số 1', N, N, N, N, N],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'TH 2022', 'KH 2023', 'ƯTH 2023'],
      [1, 'Tốc độ tăng trưởng kinh tế (GRDP)', '%', 6.5, 7, -1.5],
      ['-', 'Nông, lâm nghiệp và thủy sản', '%', 2.1, 3, -3],
      ['-', 'Công nghiệp và xây dựng', '%', 9.2, 10, 5],
      [2, 'Tổng số thuê bao điện thoại', 'thuê bao', 1000, 1100, 1050],
      ['-', 'Thuê bao cố định', 'thuê bao', 100, 100, 90],
      ['-', 'Thuê bao di động', 'thuê bao', 900, 1000, 960],
    ]);

  test('a negative growth rate is no slip, and its parts are not summed', () => {
    // −3 and 5 are not parts of −1,5; 90 + 960 = 1050 and 100 + 900 = 1000 add up.
    const r = checkSheet(sheet());
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // The same breakdown of subscribers off by one is still caught: 90 + 961 = 1051 ≠ 1050.
    const g = sheet();
    g.values[7][5] = 961;
    expect(errors(checkSheet(g)).map((i) => [i.cell, i.code])).toEqual([['F6', 'sum-mismatch']]);
  });

  test('no growth of a growth; its completion only while both are above zero', () => {
    const { report } = computeSheet(sheet());
    // Growth of subscribers: 1050 / 1000 − 1 = 5 %; none for the GRDP rows.
    const growth = (row: number) => computedAt(report.computed, row, 'growth').filter((c) => c.value !== null);
    expect(growth(3)).toEqual([]);
    expect(growth(4)).toEqual([]);
    expect(growth(6).map((c) => c.value)).toEqual([5]);
    // Completion: −1,5 against 7 stays empty (with a note); 5 against 10 is 50 %.
    const completion = (row: number) => computedAt(report.computed, row, 'completion')[0]?.value ?? null;
    expect(completion(3)).toBeNull();
    expect(completion(5)).toBeCloseTo(50, 9);
    expect(report.issues.some((i) => i.code === 'not-computed' && i.cell.endsWith('3'))).toBe(true);
  });
});

describe('date checks on one time column', () => {
  const tasks = (periods: string[]) =>
    gridOf('Nhiệm vụ', [
      ['KẾ HOẠCH THỰC HIỆN GIAI ĐOẠN 2021-2025', N, N, N],
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ...periods.map((p, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Sở TT&TT', p]),
    ]);

  test('spans, quarters, deadlines and schedules are all fine', () => {
    const r = checkSheet(tasks(['2021-2025', 'Quý III/2024', 'Trước 30/6/2024', 'Thường xuyên', 'Hằng năm']));
    expect(roleOf(r, 'D')).toBe('period');
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test('a month 13 or a span that ends before it starts is an invalid date; outside the plan period, a warning', () => {
    const r = checkSheet(tasks(['Tháng 13/2024', '2025-2023', '2027']));
    expect(at(r.issues, 'D3').map((i) => i.code)).toContain('invalid-date');
    expect(at(r.issues, 'D4').map((i) => [i.code, i.message])).toEqual([['invalid-date', '“2025-2023” có thứ tự năm không hợp lệ.']]);
    expect(at(r.issues, 'D5').map((i) => [i.code, i.severity])).toContainEqual(['outside-period', 'warning']);
  });
});

describe('a change stated with its end figure, in a year of results', () => {
  const sheet = (cell2000: string) =>
    gridOf('Kết quả', [
      ['Nội dung', 'Đơn vị tính', 'Chỉ tiêu đến năm 2000', 'Kết quả 1999', 'Kết quả 2000'],
      ['Biên chế khối quản lý nhà nước', 'người', 'Giảm 20%', '13 phòng, ban, 116 người', cell2000],
      ['Số thuê bao điện thoại', 'thuê bao', '1.200', '1.000', '1.150'],
    ]);

  test('a percentage that follows from the year before says nothing', () => {
    // (116 − 88) / 116 = 24,1379 % → "24,14%" is right to its two decimals.
    const r = checkSheet(sheet('dự kiến giảm 24,14% còn 88 người'));
    expect(r.kind).toBe('target-result');
    expect(errors(r)).toEqual([]);
  });

  test('one that does not is an error at its cell', () => {
    // 24,13 is 24,1379 cut instead of rounded.
    const r = checkSheet(sheet('dự kiến giảm 24,13% còn 88 người'));
    expect(errors(r).map((i) => [i.cell, i.code])).toEqual([['E2', 'ratio-mismatch']]);
    expect(errors(r)[0].message).toContain('24,14');
    expect(errors(r)[0].message).toContain('D2');
  });

  test('"tăng" for a fall is an error too', () => {
    // 116 → 88 fell: "tăng 24,14%" says the opposite.
    const r = checkSheet(sheet('tăng 24,14% lên 88 người'));
    expect(errors(r).map((i) => i.cell)).toEqual(['E2']);
    expect(errors(r)[0].message).toMatch(/ngược lại/);
  });
});
