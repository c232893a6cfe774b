/** Each prose check on small texts: what it raises (worked by hand) and where it stays silent. */
import { checkProse } from '../../../src/engine/prose';
import { render } from '../../../src/i18n/messages';

const issues = (text: string) =>
  checkProse(text).issues.map((i) => ({ code: i.code, said: text.slice(i.range[0], i.range[1]), figures: i.figures, expected: i.expected }));
const words = (text: string, lang: 'vi' | 'en' = 'vi') => checkProse(text).issues.map((i) => render(i.template, i.params, lang));

describe('a total and its breakdown', () => {
  test('"gồm" in parentheses: 1.084 + 1.108 + 690 = 2.882, not 2.883', () => {
    expect(issues('Đã xây dựng được 2.883 trạm (gồm: 1.084 trạm BTS 2G, 1.108 trạm BTS 3G và 690 trạm BTS 4G).')).toEqual([
      { code: 'prose-sum-mismatch', said: '2.883 trạm (gồm: 1.084 trạm BTS 2G, 1.108 trạm BTS 3G và 690', figures: [2883, 1084, 1108, 690], expected: 2882 },
    ]);
  });

  test('"Trong đó" opening the next sentence: 5.000 + 3.600 = 8.600 against 8.500', () => {
    const text =
      'Năm 2019, Sở đề xuất 03 dự án, với tổng kinh phí là 8.500 triệu đồng. Trong đó, ngân sách tỉnh 5.000 triệu đồng, ngân sách Trung ương 3.600 triệu đồng.';
    expect(words(text)).toEqual(['Tổng 8.500 triệu đồng, nhưng các phần (5.000 + 3.600) cộng lại 8.600.']);
    expect(words(text, 'en')).toEqual(['The total is 8.500 triệu đồng, but its parts (5.000 + 3.600) add up to 8.600.']);
  });

  test('"trong đó" without "tổng": parts below the total may be some of them (silent); above it they are a slip', () => {
    expect(issues('Toàn tỉnh có 838 trạm, trong đó 650 trạm dùng chung và 100 trạm 5G.')).toEqual([]);
    expect(issues('Toàn tỉnh có 838 trạm, trong đó 650 trạm dùng chung và 300 trạm 5G.')).toEqual([
      { code: 'prose-sum-mismatch', said: '838 trạm, trong đó 650 trạm dùng chung và 300', figures: [838, 650, 300], expected: 950 },
    ]);
  });

  test('a total of money allows its parts’ rounding: 10,5 against 3,3 + 7,3 = 10,6 is within two half-tenths', () => {
    expect(issues('Tổng vốn 10,5 tỷ đồng, trong đó ngân sách tỉnh 3,3 tỷ đồng, ngân sách Trung ương 7,3 tỷ đồng.')).toEqual([]);
  });

  test('silent when unsure: one part, parts of another unit, approximate figures, two totals of the unit, two breakdowns', () => {
    for (const text of [
      'Năm 2024 có 10 dự án, trong đó có 3 dự án khởi công mới.',
      'Xử phạt 03 trường hợp với tổng số tiền 12,5 triệu đồng. Trong đó, 01 cá nhân, 01 cá nhân và 02 tổ chức.',
      'Có khoảng 200 tổ chức, trong đó 150 tổ chức và 80 tổ chức.',
      'Có 1746 DVC mức độ 3 và 32 DVC mức độ 4. Trong đó, cấp tỉnh có 537 DVC mức độ 3; 11 DVC mức độ 4.',
      'Tổng số CCVC-LĐ của Sở là 46 người (trong biên chế là 38 người; hợp đồng là 08 người; Khối văn phòng Sở là 31 người, đơn vị sự nghiệp là 15 người).',
      'Tổng 6 phòng gồm: Văn phòng Sở (9 người); phòng CNTT (3 người).',
      'Tổng doanh thu đạt 1.600 tỷ đồng; nộp ngân sách 56 tỷ đồng.',
    ]) {
      expect([text, issues(text)]).toEqual([text, []]);
    }
  });

  test('a list under its heading: the bullets’ figures of the unit add up to the heading’s total', () => {
    const list = (a: string) =>
      ['- Tổng số dự án được triển khai: 03 dự án trong đó:', '', '+ Nguồn NTM: 02 dự án.', '', `+ Nguồn dự phòng: ${a} dự án`].join('\n');
    expect(issues(list('01'))).toEqual([]);
    // 02 + 02 = 4, one more than 03.
    expect(issues(list('02'))).toMatchObject([{ code: 'prose-sum-mismatch', figures: [3, 2, 2], expected: 4 }]);
    // A "tổng" heading makes the list whole: 02 + 00 = 2, one short of 03.
    expect(issues(list('00'))).toMatchObject([{ code: 'prose-sum-mismatch', figures: [3, 2, 0], expected: 2 }]);
  });
});

describe('a percentage against its figures', () => {
  test('the fraction beside it: 3,4/7,27 = 46,8%, not 50%; 20385/79542 ~ 25,6% is right', () => {
    expect(issues('Mật độ Internet đạt 3,4/7,27 TB/100 dân, bằng 50%.')).toEqual([
      { code: 'prose-ratio-mismatch', said: '3,4/7,27 TB/100 dân, bằng 50%', figures: [3.4, 7.27, 50], expected: 46.767538 },
    ]);
    expect(issues('Phát sinh 20385 hồ sơ, đạt tỉ lệ 20385/79542 ~ 25,6%.')).toEqual([]);
  });

  test('"bằng P% so với năm Y" against the figure the text gives for Y: 1.284/1.100 = 116,7%, not 110,8%', () => {
    const text = 'Năm 2011 đạt 1.100 tỷ đồng, nộp ngân sách 30 tỷ đồng; năm 2012 đạt 1.284 tỷ đồng (bằng 110,8% so với năm 2011).';
    expect(issues(text)).toMatchObject([{ code: 'prose-ratio-mismatch', figures: [1284, 1100, 110.8], expected: 116.727273 }]);
    expect(words(text)).toEqual(['“bằng 110,8%”: 1.284 so với 1.100 là 116,73%.']);
    // "hơn 1.100": the base is at least 1.100, so any ratio up to 116,7% fits (the seed's own sentence).
    expect(issues(text.replace('đạt 1.100', 'đạt hơn 1.100'))).toEqual([]);
  });

  test('"tăng P%" with its base in the sentence: 2.952 against 1.600 is a rise of 84,5%', () => {
    expect(issues('Số trạm BTS đạt 2.952 trạm, tăng 84,5% so với năm 2015 (1.600 trạm).')).toEqual([]);
    expect(issues('Số trạm BTS đạt 2.952 trạm, tăng 80% so với năm 2015 (1.600 trạm).')).toMatchObject([
      // 2.952 / 1.600 = 184,5% → a rise of 84,5%.
      { code: 'prose-ratio-mismatch', figures: [2952, 1600, 80], expected: 84.5 },
    ]);
  });

  test('"bằng" written with the growth, "tăng" written with the ratio', () => {
    // 1.108 / 1.000 = 110,8%: "bằng 10,8%" is the rise, "tăng 110,8%" the ratio.
    expect(issues('Doanh thu đạt 1.108 tỷ đồng, bằng 10,8% so với năm 2017 (1.000 tỷ đồng).')).toMatchObject([
      { code: 'prose-change-mismatch', figures: [1108, 1000, 10.8], expected: 110.8 },
    ]);
    expect(issues('Doanh thu đạt 1.108 tỷ đồng, tăng 110,8% so với năm 2017 (1.000 tỷ đồng).')).toMatchObject([
      { code: 'prose-change-mismatch', figures: [1108, 1000, 110.8], expected: 10.8 },
    ]);
  });

  test('"tăng" with a value that fell, "giảm" with one that rose', () => {
    // 950 / 1.000 = 95%: a fall of 5%.
    const text = 'Số thuê bao đạt 950 thuê bao, tăng 5% so với năm 2017 (1.000 thuê bao).';
    expect(issues(text)).toMatchObject([{ code: 'prose-change-mismatch', figures: [950, 1000, 5], expected: -5 }]);
    expect(words(text, 'en')).toEqual(['“tăng 5%”: from 1.000 to 950 is a fall of 5%, the other way from what the sentence says.']);
    expect(issues('Số thuê bao đạt 1.050 thuê bao, giảm 5% so với năm 2017 (1.000 thuê bao).')).toMatchObject([{ code: 'prose-change-mismatch', expected: 5 }]);
  });

  test('an amount of change: 15.000 − 6.247 = 8.753', () => {
    expect(issues('Cấp mới 15.000 hộp thư, tăng 8.753 hộp thư so với năm 2016 (6.247 hộp thư).')).toEqual([]);
    expect(issues('Cấp mới 15.000 hộp thư, tăng 8.000 hộp thư so với năm 2016 (6.247 hộp thư).')).toMatchObject([
      { code: 'prose-change-mismatch', figures: [15000, 6247, 8000], expected: 8753 },
    ]);
  });

  test('a row "chỉ tiêu | kết quả | P%": 3,4/7,27 is 46,8%; a target exceeded may read 100%; shares and several figures are not judged', () => {
    expect(issues('6\tMật độ thuê bao Internet đạt 7,27 TB/100 dân\tĐạt 3,4 TB/100 dân\t50%')).toMatchObject([
      { code: 'prose-ratio-mismatch', figures: [7.27, 3.4, 50], expected: 46.767538 },
    ]);
    expect(issues('5\tMật độ điện thoại đạt 113,8 máy/100 dân\tĐạt 116,25 máy/100 dân\t100%')).toEqual([]);
    expect(issues('6\t100% các cơ quan có Trang thông tin\t100% các cơ quan đã có Trang\t80%')).toEqual([]);
  });

  test('silent without a base in the text, or with a base of another unit', () => {
    for (const text of [
      'Tổng số thuê bao đạt 1.869.673 thuê bao, bằng 97,5%.',
      'Doanh thu đạt 804 tỷ tăng 21,8% so với cùng kỳ 2017, đạt 55% kế hoạch năm 2018.',
      'Thuê bao Internet ước đạt 51.725 thuê bao, bằng 104,3 % so với cùng kỳ năm trước.',
      'Doanh thu đạt 80 tỷ đồng, tăng 10% so với năm 2017 (120 thuê bao).',
    ]) {
      expect([text, issues(text)]).toEqual([text, []]);
    }
  });
});

describe('"bằng x%" beside "tăng y%"', () => {
  test('y must be x − 100', () => {
    expect(issues('Doanh thu đạt 1.284 tỷ đồng, bằng 110,8%, tăng 10,8% so với năm 2011.')).toEqual([]);
    // bằng 110,8% is a rise of 10,8%, not 11,8%.
    expect(issues('Doanh thu đạt 1.284 tỷ đồng, bằng 110,8%, tăng 11,8% so với năm 2011.')).toMatchObject([
      { code: 'prose-change-mismatch', figures: [110.8, 11.8], expected: 10.8 },
    ]);
    // bằng 95% is a fall of 5%: "tăng 5%" goes the other way.
    expect(words('Số thuê bao bằng 95%, tăng 5% so với cùng kỳ.')).toEqual(['“bằng 95%, tăng 5%”: bằng 95% là giảm 5%.']);
  });
});

test('prose with nothing to check raises nothing', () => {
  expect(checkProse('Sở đã tham mưu nhiều văn bản quan trọng về chuyển đổi số.').issues).toEqual([]);
  expect(checkProse('').issues).toEqual([]);
});
