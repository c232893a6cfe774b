/** Cutting prose into sentences and lists, and reading its figures, on tricky inputs. */
import { layout, proseFigures } from '../../../src/engine/prose';

const figures = (text: string) => proseFigures(text).flatMap((s) => s.figures.map((f) => [f.raw, f.value, f.unit, f.approx ?? '']));

describe('sentences and lists', () => {
  test('sentences keep their place in the text; abbreviations and numbered headings do not end one', () => {
    const text = 'Năm 2018 đạt 804 tỷ. 6 tháng đầu năm đạt 55% kế hoạch. TP. Hà Tĩnh có 1 điểm, v.v. và nhiều nơi khác.';
    const spans = layout(text).sentences.map((s) => text.slice(s.span[0], s.span[1]));
    expect(spans).toEqual(['Năm 2018 đạt 804 tỷ.', '6 tháng đầu năm đạt 55% kế hoạch.', 'TP. Hà Tĩnh có 1 điểm, v.v. và nhiều nơi khác.']);
    expect(layout('1. Công tác quy hoạch: Đã tham mưu.').sentences).toHaveLength(1);
  });

  test('a heading ending in ":" and the bullets under it are one list; nested lines stay with their item', () => {
    const text = ['- Tổng số dự án: 10 dự án trong đó:', '', '+ Nguồn A: 04 dự án.', '• trong đó 1 dự án mới', '+ Nguồn B: 06 dự án', '- Tiến độ:'].join('\n');
    const [list] = layout(text).lists;
    expect(text.slice(list.heading[0], list.heading[1])).toBe('- Tổng số dự án: 10 dự án trong đó:');
    expect(list.items.map((s) => text.slice(s[0], s[1]))).toEqual(['+ Nguồn A: 04 dự án.\n• trong đó 1 dự án mới', '+ Nguồn B: 06 dự án']);
    const lettered = layout('Kết quả như sau:\na) 3 xã;\nb) 4 xã.').lists[0];
    expect(lettered.items).toHaveLength(2);
  });

  test('a line of tab-separated cells is a row', () => {
    const text = '6\tMật độ đạt 7,27 TB/100 dân\tĐạt 3,4 TB/100 dân\t50%';
    const { rows } = layout(text);
    expect(rows).toHaveLength(1);
    expect(rows[0].cells.map((c) => text.slice(c[0], c[1]))).toEqual(['6', 'Mật độ đạt 7,27 TB/100 dân', 'Đạt 3,4 TB/100 dân', '50%']);
  });
});

describe('figures', () => {
  test('Vietnamese numerals with their units', () => {
    expect(figures('đạt 1.869.673 thuê bao, bằng 110,8% so với năm 2011; 04 dự án; 3,4 TB/100 dân; 116,25 máy/100dân; 2.03km/điểm')).toEqual([
      ['1.869.673', 1869673, 'thue bao', ''],
      ['110,8', 110.8, '%', ''],
      ['04', 4, 'du an', ''],
      ['3,4', 3.4, 'thue bao/100 dan', ''],
      ['116,25', 116.25, 'may/100 dan', ''],
      ['2.03', 2.03, 'km/diem', ''],
    ]);
  });

  test('years, dates, document numbers, technologies and labels are no figures', () => {
    const text =
      'Năm 2019, theo Kế hoạch số 123/KH-UBND ngày 30/6/2024 và Nghị định 43/2011/NĐ-CP, Nghị quyết 05-NQ/TU, mạng 4G, 3D, IPv6, DVC mức độ 3, xếp thứ 10, cơn bão số 10, Quyết định 07, tháng 4/2018, giai đoạn 2016-2020, lễ 30/4, 24/24h.';
    expect(figures(text)).toEqual([]);
  });

  test('ranges, bounds and durations', () => {
    expect(figures('từ 1-1,5%; 5.400 - 5.700 tờ/số; trên 15.000 hộp thư; khoảng 200 - 300 tổ chức; 03 năm; gần 30 tỷ đồng')).toEqual([
      ['1', 1, '%', 'range'],
      ['5.400', 5400, 'to/so', 'range'],
      ['15.000', 15000, 'hop thu', 'over'],
      ['200', 200, 'to chuc', 'range'],
      ['03', 3, '', ''],
      ['30', 30, 'ty dong', 'about'],
    ]);
  });

  test('a fraction is one figure, a rank too; "tổng số 46 người" is a figure', () => {
    const got = proseFigures('đạt tỉ lệ 20385/79542 ~ 25,6%; 215/230 xã; tổng số 46 người').flatMap((s) => s.figures);
    expect(got.map((f) => [f.value, f.of ?? null, f.unit])).toEqual([
      [20385, 79542, ''],
      [25.6, null, '%'],
      [215, 230, 'xa'],
      [46, null, 'nguoi'],
    ]);
  });

  test('a unit keeps the words a figure is counted in, not the ones after ("cơ sở" is a unit, "có" ends one)', () => {
    expect(figures('44 cơ sở in có 43 cơ sở nhỏ; 537 DVC mức độ 3 và 11 DVC mức độ 4')).toEqual([
      ['44', 44, 'co so in', ''],
      ['43', 43, 'co so nho', ''],
      ['537', 537, 'dvc muc do 3', ''],
      ['11', 11, 'dvc muc do 4', ''],
    ]);
  });

  test('offsets point into the original text, decomposed diacritics too', () => {
    const text = 'Đa\u0323t 1.234 thuê bao';
    const [f] = proseFigures(text)[0].figures;
    expect(text.slice(f.span[0], f.span[1])).toBe('1.234');
  });
});
