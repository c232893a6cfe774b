/**
 * Targets against results: completion from the numbers inside the two
 * sentences ("đạt 113,8 máy/100 dân" / "Đạt 116,25 máy/100 dân" → 102,15);
 * lower-is-better targets reached are at or above 100. Values, since the
 * inputs are sentences; rows without a comparable number say why.
 */
import { cellAt } from '../grid';
import { expectedCompletion } from '../rules/completion';
import { columnOf } from '../table';
import { cellText } from '../text';
import { round } from './cells';
import type { MetricProvider } from './types';

export const targetResultMetrics: MetricProvider = (ctx) => {
  const target = columnOf(ctx.table, 'target');
  const result = columnOf(ctx.table, 'result');
  if (!target || !result) return [];
  return [
    {
      metric: 'completion',
      label: 'Tỷ lệ hoàn thành tính từ số liệu',
      group: 'ratio',
      format: '0.0',
      cell: (row) => {
        if (row.type !== 'item') return null;
        const e = expectedCompletion(cellText(cellAt(ctx.grid, row.row, target.col)), cellText(cellAt(ctx.grid, row.row, result.col)));
        return e ? { value: round(e.value), formula: null } : { value: null, formula: null, why: 'no-comparable-figure' };
      },
    },
  ];
};
