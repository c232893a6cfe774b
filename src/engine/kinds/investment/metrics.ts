/**
 * Public investment: disbursement rate = giải ngân ÷ kế hoạch vốn năm × 100,
 * allocation = (lũy kế + kế hoạch năm) ÷ tổng mức đầu tư × 100.
 */
import { a1 } from '../../grid';
import { columnOf, type Column } from '../../table';
import { flat, fold } from '../../text';
import { divide, numberIn, round } from '../../compute/cells';
import type { MetricColumn, MetricProvider } from '../../compute/types';

export const investmentMetrics: MetricProvider = (ctx) => {
  const t = ctx.table;
  const total = columnOf(t, 'total-investment');
  const allocated = columnOf(t, 'allocated');
  const plan = columnOf(t, 'year-plan');
  const disbursed = columnOf(t, 'disbursed');
  const out: MetricColumn[] = [];
  if (disbursed && plan) {
    out.push({
      metric: 'disbursement',
      label: 'Tỷ lệ giải ngân so với kế hoạch năm',
      group: 'ratio',
      format: '0.0',
      operands: [disbursed, plan],
      cell: (row) => divide(ctx, row, disbursed, plan, 'ratio'),
    });
    // The parts too, source by source ("Giải ngân / KH đầu năm" against "Kế hoạch năm / KH đầu năm").
    const last = (c: Column) => fold(c.header.split(' / ').pop() ?? '');
    for (const d of t.columns.filter((c) => c.role === 'disbursed' && c.partOf === disbursed.col && !c.owned)) {
      const p = t.columns.find((c) => c.role === 'year-plan' && c.partOf === plan.col && !c.owned && last(c) === last(d));
      if (!p) continue;
      const name = d.header.split(' / ').pop();
      out.push({
        metric: 'disbursement',
        label: `Tỷ lệ giải ngân so với kế hoạch năm: ${name}`,
        group: 'ratio',
        format: '0.0',
        operands: [d, p],
        cell: (row) => divide(ctx, row, d, p, 'ratio'),
      });
    }
  }
  if (allocated && plan && total) {
    out.push({
      metric: 'allocation',
      label: 'Vốn đã bố trí (lũy kế + kế hoạch năm) so với tổng mức đầu tư',
      group: 'ratio',
      format: '0.0',
      inputs: [allocated, plan, total],
      cell: (row) => {
        const tot = numberIn(ctx, row.row, total);
        const p = numberIn(ctx, row.row, plan);
        if (!tot || !p) return null;
        // A new project has nothing allocated yet: an empty cell counts as 0.
        const al = numberIn(ctx, row.row, allocated) ?? { value: 0, real: true, fraction: false };
        const value = tot.value === 0 ? null : round(((al.value + p.value) / tot.value) * 100);
        const [ra, rp, rt] = [a1(row.row, allocated.col), a1(row.row, plan.col), a1(row.row, total.col)];
        if (!tot.real || !p.real || !al.real) return { value, formula: null, textInput: !tot.real ? rt : !p.real ? rp : ra };
        return { value, formula: flat(`=IFERROR((${ra}+${rp})/${rt}*100,"")`) };
      },
    });
  }
  return out;
};
