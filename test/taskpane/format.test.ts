import {
  dayMonthYear,
  formatGeneral,
  formatMetricValue,
  formatNumber,
  formatPercentValue,
  isIsoDate,
  isoDate,
  parseDayMonthYear,
} from '../../src/taskpane/format';
import { formatCellValue, parseNumberFormat } from '../../src/workbench/numfmt';
import { columnLetters, parseCell, parseRange } from '../../src/workbench/a1';
import { metricTagKeys, metricUnit, stringKeys, t } from '../../src/taskpane/i18n';
import { METRICS } from '../../src/engine/report';

describe('number style', () => {
  test('one decimal, vi and en', () => {
    expect(formatPercentValue(102.2222, 'vi')).toBe('102,2');
    expect(formatPercentValue(102.2222, 'en')).toBe('102.2');
    expect(formatPercentValue(125, 'vi')).toBe('125,0');
    expect(formatPercentValue(1234.56, 'vi')).toBe('1.234,6');
    expect(formatPercentValue(1234.56, 'en')).toBe('1,234.6');
    expect(formatPercentValue(-0.04, 'vi')).toBe('0,0');
    expect(formatPercentValue(-5.25, 'vi')).toBe('-5,3');
    expect(formatNumber(1.005, 'en', { decimals: 2 })).toBe('1.01');
  });

  test('computed values by metric', () => {
    expect(formatMetricValue(102.2222, 'completion', 'vi')).toBe('102,2');
    expect(formatMetricValue(102.2222, 'growth', 'en')).toBe('102.2');
    expect(formatMetricValue(2, 'rank-change', 'vi')).toBe('+2');
    expect(formatMetricValue(-1, 'rank-change', 'en')).toBe('-1');
    expect(formatMetricValue(0, 'rank-change', 'vi')).toBe('0');
    expect(formatMetricValue(18, 'duration', 'vi')).toBe('18');
    expect(formatMetricValue(1234, 'duration', 'vi')).toBe('1.234');
  });

  test('dates for the date input', () => {
    expect(isoDate(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(isIsoDate('2025-06-30')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate('30/06/2025')).toBe(false);
    // The compute panel's date: day/month/year both ways, as the column's label writes it.
    expect(dayMonthYear('2025-06-30')).toBe('30/6/2025');
    expect(dayMonthYear('2025-01-05')).toBe('5/1/2025');
    expect(parseDayMonthYear('30/6/2025')).toBe('2025-06-30');
    expect(parseDayMonthYear(' 05/01/2025 ')).toBe('2025-01-05');
    expect(parseDayMonthYear('5.1.2025')).toBe('2025-01-05');
    expect(parseDayMonthYear('31/6/2025')).toBeNull();
    expect(parseDayMonthYear('6/30/2025')).toBeNull();
    expect(parseDayMonthYear('2025-06-30')).toBeNull();
  });

  test('general', () => {
    expect(formatGeneral(2.17, 'vi')).toBe('2,17');
    expect(formatGeneral(10236, 'vi')).toBe('10236');
    expect(formatGeneral(1 / 3, 'vi')).toBe('0,333333333');
    expect(formatGeneral(6.65, 'en')).toBe('6.65');
  });
});

describe('cell number formats (workbench)', () => {
  test('formats', () => {
    expect(formatCellValue(102.2222, '0.0')).toBe('102,2');
    expect(formatCellValue(115644, '#,##0')).toBe('115.644');
    expect(formatCellValue(115644.5, '#,##0.00')).toBe('115.644,50');
    expect(formatCellValue(0.123, '0.0%')).toBe('12,3%');
    expect(formatCellValue(2.17, 'General')).toBe('2,17');
    expect(formatCellValue('10.7', '@')).toBe('10.7');
    expect(formatCellValue('', '0.0')).toBe('');
    expect(formatCellValue(true, 'General')).toBe('TRUE');
    expect(formatCellValue(-3, '#,##0;[Red]-#,##0')).toBe('-3');
    expect(parseNumberFormat('"Tỷ đồng" 0.0')).toMatchObject({ kind: 'number', decimals: 1 });
  });

  test('dates the appendix writes show as Excel shows them, not as serial numbers', () => {
    // 44013 is 1 July 2020.
    expect(formatCellValue(44013, 'd/m/yyyy')).toBe('1/7/2020');
    expect(formatCellValue(44013, 'dd/mm/yyyy')).toBe('01/07/2020');
    expect(formatCellValue(44013, '"Tháng "m/yyyy')).toBe('Tháng 7/2020');
    expect(formatCellValue(44013, '"Quý 3/"yyyy')).toBe('Quý 3/2020');
    expect(formatCellValue(44013, '"Năm "yyyy')).toBe('Năm 2020');
    // Letters d, m, y inside quotes do not make a number format a date.
    expect(parseNumberFormat('0.0" ngày"').kind).toBe('number');
    expect(parseNumberFormat('"Tháng "m/yyyy').kind).toBe('date');
  });

  test('addresses', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(26)).toBe('AA');
    expect(parseCell('$H$8')).toEqual({ row: 7, col: 7 });
    expect(parseRange("'Biểu số 1'!H8:J20")).toEqual({ top: 7, left: 7, bottom: 19, right: 9 });
  });
});

describe('ui strings', () => {
  test('every key has both languages and placeholders are filled', () => {
    for (const k of stringKeys()) {
      expect(t('vi', k).length).toBeGreaterThan(0);
      expect(t('en', k).length).toBeGreaterThan(0);
    }
    // a tag for every metric, ratios and growths told apart
    for (const m of METRICS) expect(t('vi', metricTagKeys(m).tag).length).toBeGreaterThan(0);
    expect(['completion', 'ratio', 'disbursement', 'allocation', 'elapsed'].map((m) => metricUnit(m as never))).toEqual(Array(5).fill('ratio'));
    expect(['growth', 'plan-growth', 'cagr'].map((m) => metricUnit(m as never))).toEqual(Array(3).fill('growth'));
    expect(t('vi', metricTagKeys('completion').tag)).toBe('bằng %');
    expect(t('vi', metricTagKeys('cagr').tag)).toBe('tăng %');
    expect(t('en', metricTagKeys('rank-change').tag)).toBe('places');
    expect(t('en', metricTagKeys('duration').tag)).toBe('months');
    expect(t('vi', 'computedSummary', { n: 3, formulas: 2, values: 1 })).toBe('Đã tính 3 ô: 2 công thức, 1 giá trị.');
  });
});
