import { formatNumber, judgeStyle, readCell, NumberReading, Reading } from '../../src/engine/numbers';

function num(r: Reading): NumberReading {
  if (r.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(r)}`);
  return r;
}

describe('reading numbers as planners type them', () => {
  test.each([
    ['25.652', 25652],
    ['1.869.673', 1869673],
    ['10,85', 10.85],
    ['7,8', 7.8],
    ['2.430', 2430],
    ['1.234,5', 1234.5],
    ['0,125', 0.125],
    ['115644', 115644],
    ['-3,5', -3.5],
  ])('Vietnamese style: %s → %d', (text, value) => {
    expect(num(readCell(text, 'vi')).value).toBe(value);
    expect(num(readCell(text, 'vi')).fromText).toBe(true);
  });

  test.each([
    ['25.652', 25.652],
    ['1,869,673', 1869673],
    ['2.9', 2.9],
    ['1,234.5', 1234.5],
  ])('US style column: %s → %d', (text, value) => {
    expect(num(readCell(text, 'us')).value).toBe(value);
  });

  test('separators say which style they belong to', () => {
    expect(num(readCell('10,85', 'vi')).evidence).toBe('vi');
    expect(num(readCell('2.9', 'vi')).evidence).toBe('us');
    expect(num(readCell('1.869.673', 'vi')).evidence).toBe('vi');
    expect(num(readCell('25.652', 'vi')).evidence).toBe('ambiguous');
    expect(num(readCell('25.652', 'vi')).otherValue).toBe(25.652);
    expect(num(readCell('4,907', 'vi')).otherValue).toBe(4907);
  });

  test('percent, fraction and rank forms', () => {
    const p = num(readCell('55%'));
    expect([p.value, p.shape]).toEqual([55, 'percent']);
    const f = num(readCell('216/216'));
    expect([f.value, f.denominator, f.shape]).toEqual([216, 216, 'fraction']);
    const rank = num(readCell('7/63'));
    expect([rank.value, rank.denominator]).toEqual([7, 63]);
  });

  test('qualifiers keep their number and say how it is qualified', () => {
    expect(num(readCell('khoảng 6'))).toMatchObject({ value: 6, qualifier: 'about' });
    expect(num(readCell('trên 90'))).toMatchObject({ value: 90, qualifier: 'over' });
    expect(num(readCell('hơn 1.100'))).toMatchObject({ value: 1100, qualifier: 'over' });
    expect(num(readCell('dưới 4'))).toMatchObject({ value: 4, qualifier: 'under' });
    expect(num(readCell('>2.300'))).toMatchObject({ value: 2300, qualifier: 'over' });
    expect(num(readCell('Khoang 195.000'))).toMatchObject({ value: 195000, qualifier: 'about' });
    expect(num(readCell('6,6-6,8'))).toMatchObject({ value: 6.7, low: 6.6, high: 6.8, qualifier: 'range' });
    expect(num(readCell('575 (tăng 15%)'))).toMatchObject({ value: 575, trailing: '(tang 15%)' });
  });

  test('"x" and "-" mean no value; words are text; Excel errors are errors', () => {
    expect(readCell('x').kind).toBe('none');
    expect(readCell('-').kind).toBe('none');
    expect(readCell(null).kind).toBe('empty');
    expect(readCell('  ').kind).toBe('empty');
    expect(readCell('đang cập nhật')).toEqual({ kind: 'text', text: 'đang cập nhật' });
    expect(readCell('#N/A')).toEqual({ kind: 'error', text: '#N/A' });
    expect(readCell('#DIV/0!').kind).toBe('error');
    expect(readCell('1.2.3').kind).toBe('text');
    expect(readCell('chưa có số liệu 2018').kind).toBe('text');
  });

  test('real numbers are not text; a % format reads in percent', () => {
    expect(num(readCell(2430))).toMatchObject({ value: 2430, fromText: false, evidence: 'none' });
    expect(num(readCell(0.55, 'vi', '0%'))).toMatchObject({ value: 55, shape: 'percent' });
  });

  test('a column style is judged from all its cells, not one odd cell', () => {
    expect(judgeStyle(['2,41', '3,15', '2.9', 1200])).toBe('vi');
    expect(judgeStyle(['2.41', '3.15', '1,234.5'])).toBe('us');
    expect(judgeStyle(['2.9', 5, 6])).toBe('vi');
    expect(judgeStyle(['2.9', 5], 'us')).toBe('us');
  });

  test('numbers are written back in the style asked for', () => {
    expect(formatNumber(1869673, 'vi')).toBe('1.869.673');
    expect(formatNumber(10.85, 'vi')).toBe('10,85');
    expect(formatNumber(1234.5, 'us')).toBe('1,234.5');
    expect(formatNumber(102.154, 'vi', 1)).toBe('102,2');
  });
});
