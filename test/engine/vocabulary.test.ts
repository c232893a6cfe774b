/**
 * The vocabularies as data: every entry decides its own example, and the
 * words around the entries read as a planner means them.
 */
import { fold } from '../../src/engine/text';
import { DIRECTION_VOCABULARY, directionOf } from '../../src/engine/vocabulary/direction';
import { EVALUATION_WORDS, claimMismatch, evaluationClaim } from '../../src/engine/vocabulary/evaluation';
import { isRateName } from '../../src/engine/vocabulary/rates';

describe('direction of an indicator, entry by entry', () => {
  test.each(DIRECTION_VOCABULARY.map((e) => [e.example, e.direction, e.why] as const))('"%s" is %s-is-better (%s)', (example, direction) => {
    expect(directionOf(fold(example)).direction).toBe(direction);
    // Its own entry decides it, not one above it.
    expect(directionOf(fold(example)).entry?.example).toBe(example);
  });

  test.each([
    ['Tỷ lệ hộ nghèo', 'lower'],
    ['Giảm tỷ lệ hộ nghèo', 'higher'],
    ['Tỷ lệ hộ nghèo giảm', 'higher'],
    ['Tỷ lệ hộ nghèo giảm (%)', 'higher'],
    ['Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều', 'higher'],
    ['Giảm tỷ lệ hộ nghèo xuống còn dưới 3%', 'lower'],
    ['Tỷ lệ thất nghiệp ở khu vực thành thị', 'lower'],
    ['Tốc độ tăng chỉ số giá tiêu dùng bình quân (CPI)', 'lower'],
    ['Số vụ tai nạn giao thông', 'lower'],
    ['Tỷ suất chết trẻ em dưới 1 tuổi', 'lower'],
    ['Thời gian giải quyết thủ tục hành chính', 'lower'],
    ['Số dân phục vụ bình quân trên 01 điểm phục vụ', 'lower'],
    ['Xếp hạng chỉ số ICT-Index', 'lower'],
    ['Tỷ lệ dân số tham gia bảo hiểm y tế', 'higher'],
    ['Tổng số thuê bao điện thoại', 'higher'],
    ['Mật độ thuê bao Internet', 'higher'],
  ] as const)('"%s" is %s-is-better', (name, direction) => {
    expect(directionOf(fold(name)).direction).toBe(direction);
  });

  test('the unit alone can tell', () => {
    expect(directionOf('ban kinh binh quan', 'km/diem').direction).toBe('lower');
    expect(directionOf('so dan binh quan', 'nguoi/diem').direction).toBe('lower');
    expect(directionOf('doanh thu', 'ty dong').direction).toBe('higher');
  });
});

describe('indicators that are rates of change', () => {
  test.each([
    ['Tốc độ tăng tổng sản phẩm trong nước (GDP)', '%', true],
    ['Tăng trưởng kinh tế (GRDP)', '%', true],
    ['Tốc độ tăng trưởng GRDP bình quân', '%', true],
    ['Chỉ số phát triển (năm trước = 100)', '%', true],
    ['GRDP tăng bình quân hằng năm', '%', true],
    ['Số thuê bao tăng', 'thuê bao', false],
    ['Tổng số thuê bao điện thoại', 'thuê bao', false],
    ['Tỷ lệ dân số tham gia bảo hiểm y tế', '%', false],
  ] as const)('"%s" (%s): %s', (name, unit, rate) => {
    expect(isRateName(fold(name), fold(unit))).toBe(rate);
  });
});

describe('evaluation words', () => {
  test.each(EVALUATION_WORDS.map((w) => [w.example, w.claims] as const))('"%s" claims %s', (example, claims) => {
    expect(evaluationClaim(fold(example))).toBe(claims);
  });

  test.each([
    ['Đạt', 'met'],
    ['Hoàn thành', 'met'],
    ['Vượt', 'exceeded'],
    ['Hoàn thành vượt', 'exceeded'],
    ['Vượt kế hoạch', 'exceeded'],
    ['Không đạt', 'not-met'],
    ['Chưa đạt', 'not-met'],
    ['Chưa hoàn thành', 'not-met'],
    ['Cơ bản đạt', undefined],
    ['Đạt một phần', undefined],
    ['Theo kế hoạch', undefined],
  ] as const)('"%s" → %s', (text, claims) => {
    expect(evaluationClaim(fold(text))).toBe(claims);
  });

  test('a claim against a verdict', () => {
    expect(claimMismatch('met', 'not-met')).toBe('error');
    expect(claimMismatch('exceeded', 'not-met')).toBe('error');
    expect(claimMismatch('not-met', 'met')).toBe('error');
    expect(claimMismatch('not-met', 'exceeded')).toBe('error');
    expect(claimMismatch('exceeded', 'met')).toBe('warning');
    expect(claimMismatch('met', 'exceeded')).toBeNull();
    expect(claimMismatch('met', 'met')).toBeNull();
    expect(claimMismatch('not-met', 'not-met')).toBeNull();
  });
});
