/** Like issues of one column read as one line; the report still lists each. */
import { checkSheet } from '../helpers/worded';
import { gridOf } from '../helpers/grid';

const sheet = () =>
  gridOf('Biểu 1', [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
    [1, 'Số thuê bao di động', 'nghìn thuê bao', '1.150', 1200],
    [2, 'Số thuê bao cố định', 'nghìn thuê bao', '85', 80],
    [3, 'Số trạm BTS', 'trạm', '1.204', '1.250'],
    [4, 'Số điểm phục vụ bưu chính', 'điểm', '310', 312],
    [5, 'Số doanh nghiệp viễn thông', 'doanh nghiệp', '12', '12'],
  ]);

test('five numbers typed as text in one column are one group, with every issue kept', () => {
  const r = checkSheet(sheet());
  const d = r.issues.filter((i) => i.code === 'number-as-text' && i.cell.startsWith('D'));
  expect(d.map((i) => i.cell)).toEqual(['D2', 'D3', 'D4', 'D5', 'D6']);
  expect(r.groups).toEqual([
    {
      code: 'number-as-text',
      severity: 'info',
      column: 'D',
      count: 5,
      cells: ['D2', 'D3', 'D4', 'D5', 'D6'],
      fixes: 5,
      message: 'Cột D: 5 số gõ dạng chữ (D2–D6)',
    },
  ]);
  // Column E has two such cells: too few to gather.
  expect(r.issues.filter((i) => i.code === 'number-as-text' && i.cell.startsWith('E')).map((i) => i.cell)).toEqual(['E4', 'E6']);
});

test('the group speaks the report language', () => {
  expect(checkSheet(sheet(), 'en').groups![0].message).toBe('Column D: 5 numbers typed as text (D2–D6)');
});

test('nothing repeats, nothing gathered', () => {
  const g = sheet();
  for (let r = 1; r <= 5; r++) g.values[r][3] = Number(String(g.values[r][3]).replace('.', ''));
  expect(checkSheet(g).groups).toEqual([]);
});
