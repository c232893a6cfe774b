/**
 * A computed cell whose input is typed "7/63" (a rank) or "3/5" is written
 * as a value, and its note says why without telling the planner to "fix"
 * the input: such a cell is text by nature, not a number typed as text.
 */
import { gridOf } from '../helpers/grid';
import { computeSheet } from '../helpers/worded';

const SHEET = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Kế hoạch năm 2025'],
  ['1', 'Xếp hạng chỉ số PCI', 'Hạng', '7/63', '6/63', '5/63', '4/63'],
  ['2', 'Số trạm BTS', 'Trạm', '3.150', 3200, 3250, 3400],
  ['3', 'Doanh thu', 'Tỷ đồng', 100, 110, 120, 130],
];

describe('inputs typed a/b', () => {
  test('the note names the rank as it is typed, and asks for no fix; a number typed as text still does', () => {
    const { report } = computeSheet(gridOf('S', SHEET), 'vi');
    const notes = report.issues.filter((i) => i.code === 'value-not-formula');
    const rank = notes.filter((i) => i.cell.endsWith('2'));
    expect(rank.length).toBeGreaterThan(0);
    for (const n of rank) {
      expect(n.message).toMatch(/^Ghi giá trị .* vì ô [D-G]2 ghi “\d\/63” \(một thứ hạng hoặc một số dạng a\/b\), mà Excel không tính được từ chữ\.$/);
      expect(n.message).not.toMatch(/sửa ô/);
    }
    const typed = notes.filter((i) => i.cell.endsWith('3'));
    expect(typed.length).toBeGreaterThan(0);
    for (const n of typed) expect(n.message).toMatch(/ô D3 là số dạng chữ; sửa ô đó rồi tính lại/);
  });

  test('in English too', () => {
    const { report } = computeSheet(gridOf('S', SHEET), 'en');
    const rank = report.issues.find((i) => i.code === 'value-not-formula' && i.cell.endsWith('2'))!;
    expect(rank.message).toMatch(/because [D-G]2 holds “\d\/63” \(a rank or an a\/b figure\), which Excel cannot compute from as text\.$/);
  });
});
