/**
 * The sentences of a report written from its indicator sheet: Tiền Giang
 * 2018 (seed 002), every figure worked out by hand below.
 */
import { recognize } from '../../src/engine';
import { statementsOf } from '../../src/engine/statements';
import { sentence } from '../../src/i18n/statements';
import { checkProse } from '../../src/engine/prose';
import { gridOf } from '../helpers/grid';
import { realTables } from '../fixtures/real';
import { realGrid } from '../fixtures/real/sheet';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { haTinhInvestment } from '../fixtures/other-sheets';

function sentences(lang: 'vi' | 'en' = 'vi'): string[] {
  const s = tienGiang2018();
  const grid = gridOf(s.name, s.values, s.merges);
  const [table] = recognize(grid);
  return statementsOf(grid, table).map((s) => sentence(s, lang));
}

test('one sentence per indicator, its parts after "trong đó", in the reports\' words and number style', () => {
  expect(sentences()).toEqual([
    // 2430 / 1944 = 1,25 → 125 %; 2430 / 2430 (TH 2017) → no change.
    // Parts: 180 / 160 = 112,5 %, 180 / 150 = 1,2 → +20 %; 2250 / 1784 = 1,2612 → 126,1 %, 2250 / 2280 − 1 = −1,32 % → giảm 1,3 %.
    'Tổng doanh thu năm 2018 ước đạt 2.430 tỷ đồng, đạt 125% kế hoạch năm, không đổi so với năm 2017; trong đó: doanh thu khối bưu chính ước đạt 180 tỷ đồng, đạt 112,5% kế hoạch năm, tăng 20% so với năm 2017; doanh thu khối viễn thông ước đạt 2.250 tỷ đồng, đạt 126,1% kế hoạch năm, giảm 1,3% so với năm 2017.',
    // Lower is better: 2,15 under the plan's 2,16 meets it; 2,15 / 2,17 − 1 = −0,92 %.
    'Bán kính phục vụ bình quân năm 2018 ước đạt 2,15 km/điểm, đạt kế hoạch năm (2,16 km/điểm), giảm 0,9% so với năm 2017.',
    // 10.236 under 10.250 meets it; 10.236 / 10.300 − 1 = −0,62 %.
    'Số dân phục vụ bình quân năm 2018 ước đạt 10.236 người/điểm, đạt kế hoạch năm (10.250 người/điểm), giảm 0,6% so với năm 2017.',
    // 115.644 / 114.000 = 1,0144 → 101,4 %; 115.644 / 112.000 = 1,0325 → +3,3 %.
    'Tổng số thuê bao điện thoại năm 2018 ước đạt 115.644 thuê bao, đạt 101,4% kế hoạch năm, tăng 3,3% so với năm 2017.',
    // 6,65 / 6,6 = 1,0076 → 100,8 %; 6,65 / 6,5 = 1,0231 → +2,3 %.
    'Mật độ điện thoại năm 2018 ước đạt 6,65 TB/100 dân, đạt 100,8% kế hoạch năm, tăng 2,3% so với năm 2017.',
    // 188.732 / 185.000 = 1,0202 → 102 %; 188.732 / 180.500 = 1,0456 → +4,6 %.
    'Tổng số thuê bao Internet năm 2018 ước đạt 188.732 thuê bao, đạt 102% kế hoạch năm, tăng 4,6% so với năm 2017.',
    // 11 / 10,7 = 1,028 → 102,8 %; 11 / 10,4 = 1,0577 → +5,8 %.
    'Mật độ thuê bao Internet năm 2018 ước đạt 11 TB/100 dân, đạt 102,8% kế hoạch năm, tăng 5,8% so với năm 2017.',
    'Chỉ số ICT-Index năm 2018 xếp thứ 7/63.',
    // 49 / 45 = 1,0889 → 108,9 %; a rate in %: 49 − 40 = 9 points (not "+22,5 %").
    'Tỷ lệ dịch vụ công trực tuyến mức độ 3 năm 2018 ước đạt 49%, đạt 108,9% kế hoạch năm, tăng 9 điểm phần trăm so với năm 2017.',
  ]);
});

test('in English, the same figures in English number style', () => {
  const [first] = sentences('en');
  expect(first).toBe(
    'Tổng doanh thu (2018) estimated at 2,430 tỷ đồng, 125% of the annual plan, unchanged on 2017; of which: doanh thu khối bưu chính estimated at 180 tỷ đồng, 112.5% of the annual plan, up 20% on 2017; doanh thu khối viễn thông estimated at 2,250 tỷ đồng, 126.1% of the annual plan, down 1.3% on 2017.'
  );
});

test('a target that is a bound is said met or not, with its unit; lower is better counts', () => {
  const N = null;
  const grid = gridOf('Biểu 1', [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
    [1, 'Tỷ lệ thất nghiệp', '%', 3.3, 'Dưới 4', 3.1],
    [2, 'Tỷ lệ hồ sơ trực tuyến', '%', 80, 'Trên 90', 85],
    [3, 'Số doanh nghiệp công nghệ số', 'Doanh nghiệp', 200, 'Trên 250', 260],
    [4, 'Ghi chú chung', N, N, N, N],
  ]);
  const [table] = recognize(grid);
  expect(statementsOf(grid, table).map((s) => sentence(s, 'vi'))).toEqual([
    // 3,1 is under the ceiling 4: met; 3,1 − 3,3 = −0,2 points.
    'Tỷ lệ thất nghiệp năm 2024 ước đạt 3,1%, đạt chỉ tiêu dưới 4%, giảm 0,2 điểm phần trăm so với năm 2023.',
    // 85 is under the floor 90: not met; 85 − 80 = 5 points.
    'Tỷ lệ hồ sơ trực tuyến năm 2024 ước đạt 85%, chưa đạt chỉ tiêu trên 90%, tăng 5 điểm phần trăm so với năm 2023.',
    // 260 over the floor 250: met; 260 / 200 = 1,3 → +30 %.
    'Số doanh nghiệp công nghệ số năm 2024 ước đạt 260 doanh nghiệp, đạt chỉ tiêu trên 250 doanh nghiệp, tăng 30% so với năm 2023.',
  ]);
});

test('the sentences written from a sheet pass the prose check: the revenue and its parts add up (180 + 2.250 = 2.430)', () => {
  const text = sentences().join('\n');
  const report = checkProse(text);
  expect(report.issues).toEqual([]);
  // The check did judge the breakdown; had a part been taken from another row, it would not add up.
  expect(report.checked.map((c) => c.check)).toEqual(['sum']);
  expect(checkProse(text.replace('2.250 tỷ đồng', '2.260 tỷ đồng')).issues.map((i) => i.code)).toEqual(['prose-sum-mismatch']);
});

test('a time series with its years across (Đà Nẵng 2016–2020, a real table): the preliminary year said "ước đạt", rates changed by points', () => {
  const t = realTables().find((x) => x.id === 'ts-danang-di-dong-internet-2020')!;
  const grid = realGrid(t);
  const [table] = recognize(grid);
  const said = statementsOf(grid, table).map((s) => sentence(s, 'vi'));
  // Sơ bộ 2020 against 2019, in % (ĐVT: %): 85,14 − 83,78 = 1,36 → 1,4 points; its urban and rural parts
  // 86,21 − 84,84 = 1,37 → 1,4 and 77,84 − 76,61 = 1,23 → 1,2; Internet 83,71 − 79,46 = 4,25 → 4,3 (half up),
  // urban 87,32 − 83,19 = 4,13 → 4,1, rural 59,03 − 54,12 = 4,91 → 4,9.
  expect(said).toEqual([
    'Tỷ lệ người sử dụng điện thoại đi động năm 2020 ước đạt 85,14%, tăng 1,4 điểm phần trăm so với năm 2019; trong đó: thành thị ước đạt 86,21%, tăng 1,4 điểm phần trăm so với năm 2019; nông thôn ước đạt 77,84%, tăng 1,2 điểm phần trăm so với năm 2019.',
    'Tỷ lệ người sử dụng Internet năm 2020 ước đạt 83,71%, tăng 4,3 điểm phần trăm so với năm 2019; trong đó: thành thị ước đạt 87,32%, tăng 4,1 điểm phần trăm so với năm 2019; nông thôn ước đạt 59,03%, tăng 4,9 điểm phần trăm so với năm 2019.',
  ]);
});

test('an investment table: a sentence per project, its year’s capital plan, what was disbursed and the share (Hà Tĩnh 2019, seed 000)', () => {
  const s = haTinhInvestment();
  const grid = gridOf(s.name, s.values, s.merges);
  const [table] = recognize(grid);
  // 900 / 1.200 = 75 %; 600 / 1.100 = 54,55 % → 54,5; 1.000 / 1.500 = 66,67 % → 66,7; 1.600 / 2.500 = 64 %. Groups (A, B) and TỔNG SỐ are no projects.
  expect(statementsOf(grid, table).map((x) => sentence(x, 'vi'))).toEqual([
    'Truyền thanh cơ sở xã Kỳ Tân: kế hoạch vốn năm 2019 1.200 triệu đồng, đã giải ngân 900 triệu đồng, đạt 75% kế hoạch.',
    'Truyền thanh cơ sở xã Sơn Kim 1: kế hoạch vốn năm 2019 1.100 triệu đồng, đã giải ngân 600 triệu đồng, đạt 54,5% kế hoạch.',
    'Nâng cấp Cổng thông tin điện tử tỉnh: kế hoạch vốn năm 2019 1.500 triệu đồng, đã giải ngân 1.000 triệu đồng, đạt 66,7% kế hoạch.',
    'Trung tâm dữ liệu tỉnh: kế hoạch vốn năm 2019 2.500 triệu đồng, đã giải ngân 1.600 triệu đồng, đạt 64% kế hoạch.',
  ]);
});

test('a real disbursement table where nothing is disbursed yet (Tây Ninh, 10/3/2023): "chưa giải ngân", the group headings left out', () => {
  const t = realTables().find((x) => x.id === 'inv-tayninh-stc-giai-ngan-2023')!;
  const grid = realGrid(t);
  const said = statementsOf(grid, recognize(grid)[0]).map((x) => sentence(x, 'vi'));
  expect(said).toContain('Tưới tiêu khu vực phía Tây sông Vàm Cỏ Đông: kế hoạch vốn năm 2023 500 triệu đồng, chưa giải ngân.');
  expect(said).toContain('Cải tạo, sửa chữa trụ sở làm việc của Sở Tài nguyên và Môi trường: kế hoạch vốn năm 2023 4.200 triệu đồng, chưa giải ngân.');
  expect(said.some((x) => x.startsWith('Thực hiện dự án'))).toBe(false);
});

test('a change that rounds to nothing is said "không đổi", not "tăng 0%"', () => {
  const grid = gridOf('Biểu 1', [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
    // 10.003 / 10.000 − 1 = +0,03 % → 0,0.
    [1, 'Tổng số thuê bao điện thoại', 'Thuê bao', 10000, 10000, 10003],
    // 45,02 − 45 = 0,02 points → 0,0.
    [2, 'Tỷ lệ dịch vụ công trực tuyến', '%', 45, 45, 45.02],
  ]);
  const said = statementsOf(grid, recognize(grid)[0]).map((x) => sentence(x, 'vi'));
  expect(said).toEqual([
    'Tổng số thuê bao điện thoại năm 2024 ước đạt 10.003 thuê bao, đạt 100% kế hoạch năm, không đổi so với năm 2023.',
    'Tỷ lệ dịch vụ công trực tuyến năm 2024 ước đạt 45,02%, đạt 100% kế hoạch năm, không đổi so với năm 2023.',
  ]);
});
