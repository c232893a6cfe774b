/** The chart a table calls for (engine/chart.ts), on real tables of the corpus: what is drawn from which cells, and what is not drawn. */
import { recognize } from '../../src/engine';
import { chartPlan } from '../../src/engine/chart';
import { areaA1 } from '../../src/engine/grid';
import { realTables } from '../fixtures/real';
import { realGrid } from '../fixtures/real/sheet';

function planOf(id: string) {
  const t = realTables().find((x) => x.id === id)!;
  const grid = realGrid(t);
  return chartPlan(grid, recognize(grid)[0]);
}

test('a yearbook series with its years down the rows, or years that are not side by side: nothing to draw', () => {
  expect(planOf('ts-nghean-thue-bao-2020')).toEqual({ reason: 'nothing-to-draw' });
});

test('an investment table or a task list has no chart', () => {
  expect(planOf('inv-mpi-giai-ngan-2023')).toBeNull();
  expect(planOf('task-daknong-stttt-chat-luong-di-dong')).toBeNull();
});

test('Đà Nẵng 2016–2020: lines for the two indicators over B3:F3, their parts left out', () => {
  const plan = planOf('ts-danang-di-dong-internet-2020');
  if (!plan || !('spec' in plan)) throw new Error('no chart planned');
  const { spec } = plan;
  expect(areaA1(spec.categories)).toBe('B3:F3');
  expect(spec.series.map((s) => [s.name, areaA1(s.values)])).toEqual([
    ['Tỷ lệ người sử dụng điện thoại đi động', 'B4:F4'],
    ['Tỷ lệ người sử dụng Internet', 'B8:F8'],
  ]);
});
