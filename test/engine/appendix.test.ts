import { appendixChanges, appendixHtml, appendixText, buildAppendix, tasksFromTable } from '../../src/engine/appendix';
import type { WriteChange } from '../../src/engine/changes';
import { recognize } from '../../src/engine';
import { seedTasks, SEED_TITLE } from '../fixtures/tasks';
import { haTinhTasks } from '../fixtures/other-sheets';
import { gridFromInit } from '../helpers/grid';

describe('the appendix model', () => {
  const m = buildAppendix(seedTasks(), { title: SEED_TITLE });

  test('title in upper case, the italic line, the six columns, TT 1..18', () => {
    expect(m.title).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KT-XH CỦA NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG GIAI ĐOẠN 2021-2025');
    expect(m.subtitle).toMatch(/^\(Kèm theo Kế hoạch số/);
    expect(m.header).toEqual(['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú']);
    expect(m.rows.map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(m.period).toEqual({ from: 2021, to: 2025 });
  });

  test('dates become real dates shown as planners write them', () => {
    const start = (i: number) => m.rows[i].start;
    expect(start(0)).toMatchObject({ kind: 'date', text: 'Tháng 1/2021', format: '"Tháng "m/yyyy', serial: 44197 });
    expect(start(4)).toMatchObject({ kind: 'date', text: 'Tháng 5/2021' }); // "05/2021"
    expect(start(10)).toMatchObject({ kind: 'date', text: 'Tháng 1/2021' }); // "Tháng 01/2021"
    expect(start(11)).toMatchObject({ kind: 'date', text: 'Quý II/2021', format: '"Quý II/"yyyy', serial: 44287 });
    expect(m.rows[11].end).toMatchObject({ kind: 'date', text: '30/6/2022', format: 'd/m/yyyy' });
    expect(start(16)).toMatchObject({ kind: 'date', text: '30/6/2021' }); // a real Excel date
    expect(m.invalid).toEqual([]);
  });

  test('text that reads as no date is kept as typed and reported', () => {
    const tasks = seedTasks();
    tasks[2].end = 'sắp tới';
    tasks[3].start = 'Tháng 13/2021';
    const bad = buildAppendix(tasks);
    expect(bad.rows[2].end).toEqual({ kind: 'text', text: 'sắp tới' });
    expect(bad.invalid.map((i) => [i.row, i.field, i.text])).toEqual([
      [2, 'end', 'sắp tới'],
      [3, 'start', 'Tháng 13/2021'],
    ]);
  });

  test('ordered by start date, ties kept in the given order', () => {
    const byStart = buildAppendix(seedTasks(), { order: 'start' });
    expect(byStart.rows.slice(0, 3).map((r) => r.task)).toEqual([seedTasks()[1].task, seedTasks()[5].task, seedTasks()[6].task]);
    expect(byStart.rows.map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
  });

  test('grouped by owning unit: a row per unit, tasks still numbered 1..n', () => {
    const g = buildAppendix(seedTasks(), { groupByOwner: true });
    const groups = g.rows.filter((r) => r.type === 'group');
    expect(groups.map((r) => [r.number, r.task])).toEqual([
      ['I', 'Sở Thông tin và Truyền thông'],
      ['II', 'Các sở, ban, ngành, đoàn thể trên địa bàn'],
      ['III', 'Văn phòng Đoàn ĐBQH, HĐND, UBND tỉnh'],
      ['IV', 'TP Hà Tĩnh, Thị xã Hồng Lĩnh, Thị xã Kỳ Anh'],
      ['V', 'Các Doanh nghiệp viễn thông trên địa bàn'],
    ]);
    expect(g.rows.filter((r) => r.type === 'task').map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
  });

  test('a quarter timeline across the plan period', () => {
    const t = buildAppendix(seedTasks(), { title: SEED_TITLE, timeline: true });
    expect(t.quarters).toHaveLength(20);
    expect(t.quarters[0]).toBe('I/2021');
    expect(t.rows[0].quarters).toEqual([0, 19]); // 1/2021 – 12/2025
    expect(t.rows[1].quarters).toEqual([0, 3]); // 7/2020 (before the period) – 12/2021
    expect(t.rows[11].quarters).toEqual([1, 5]); // Quý II/2021 – 30/6/2022
  });
});

describe('the appendix in a sheet', () => {
  const m = buildAppendix(seedTasks(), { title: SEED_TITLE });
  const changes = appendixChanges(m, { top: 0, left: 0 });
  const write = changes.find((c): c is WriteChange => c.type === 'write')!;

  test('title block, header and rows where a planner expects them', () => {
    expect(write.cells[0][0].value).toBe('PHỤ LỤC');
    expect(write.cells[1][0].value).toBe(m.title);
    expect(write.cells[4].map((c) => c.value)).toEqual(m.header);
    expect(write.cells[5][0].value).toBe(1);
    expect(write.cells[22][0].value).toBe(18);
    expect(write.cells[5][2].value).toBe(44197);
    expect((write.numberFormat as string[][])[5][2]).toBe('"Tháng "m/yyyy');
  });

  test('Times New Roman 13, bold centred header, borders, widths, landscape page with the header row repeated', () => {
    const styles = changes.filter((c) => c.type === 'style');
    expect(styles).toContainEqual(
      expect.objectContaining({ fontName: 'Times New Roman', fontSize: 13, wrap: true, area: { top: 0, left: 0, bottom: 22, right: 5 } })
    );
    expect(styles).toContainEqual(
      expect.objectContaining({ area: { top: 4, left: 0, bottom: 4, right: 5 }, bold: true, horizontal: 'Center', borders: { thin: true } })
    );
    expect(styles).toContainEqual(expect.objectContaining({ area: { top: 5, left: 0, bottom: 22, right: 5 }, borders: { thin: true } }));
    expect(
      changes
        .filter((c) => c.type === 'merge')
        .slice(0, 4)
        .map((c) => (c.type === 'merge' ? c.area.right : -1))
    ).toEqual([5, 5, 5, 5]);
    const widths = changes.flatMap((c) => (c.type === 'columnWidth' ? [c.width] : []));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(130);
    expect(changes).toContainEqual({ type: 'pageSetup', orientation: 'landscape', paper: 'A4', fitToOnePageWide: true, printTitleRows: [4, 4] });
    expect(changes).toContainEqual({ type: 'mark', name: 'chitieu_phuluc', area: { top: 0, left: 0, bottom: 22, right: 5 } });
  });

  test('inserting again clears the previous area first', () => {
    const again = appendixChanges(buildAppendix(seedTasks().slice(0, 5)), { top: 0, left: 0, previous: { top: 0, left: 0, bottom: 22, right: 5 } });
    expect(again.slice(0, 2)).toEqual([
      { type: 'unmerge', area: { top: 0, left: 0, bottom: 22, right: 5 } },
      { type: 'clear', area: { top: 0, left: 0, bottom: 22, right: 5 } },
    ]);
  });
});

describe('the appendix for Word', () => {
  test('HTML with borders, Times New Roman, a bold header, widths and the centred title', () => {
    const html = appendixHtml(buildAppendix(seedTasks(), { title: SEED_TITLE }));
    expect(html).toMatch(/<table[^>]*border-collapse:collapse/);
    expect(html).toContain("font-family:'Times New Roman'");
    expect((html.match(/<th /g) ?? []).length).toBe(6);
    expect(html).toMatch(/<th style="[^"]*font-weight:bold;text-align:center">TT<\/th>/);
    expect((html.match(/<col /g) ?? []).length).toBe(6);
    expect((html.match(/<tr>/g) ?? []).length).toBe(19);
    expect(html).toMatch(/<p style="margin:0;text-align:center;[^"]*font-weight:bold">PHỤ LỤC<\/p>/);
    expect(html).toContain('Tháng 12/2025');
    expect(html).toMatch(/border:1px solid #000/);
  });

  test('cell text is escaped, never markup', () => {
    const tasks = seedTasks();
    tasks[0].task = '<img src=x onerror=alert(1)>';
    const html = appendixHtml(buildAppendix(tasks));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('plain text: tab-separated rows', () => {
    const text = appendixText(buildAppendix(seedTasks()));
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('PHỤ LỤC');
    expect(lines[5]).toBe(['1', seedTasks()[0].task, 'Tháng 1/2021', 'Tháng 12/2025', 'Sở Thông tin và Truyền thông', ''].join('\t'));
    expect(lines).toHaveLength(5 + 18);
  });
});

describe('tasks read from a task-list sheet', () => {
  test('every task row, as typed, with where it came from', () => {
    const grid = gridFromInit(haTinhTasks());
    const [table] = recognize(grid);
    const tasks = tasksFromTable(grid, table);
    expect(tasks).toHaveLength(10);
    expect(tasks[0]).toMatchObject({ start: 'Tháng 1/2021', end: 'Tháng 12/2025', owner: 'Sở Thông tin và Truyền thông', source: 'Nhiệm vụ!B4' });
    expect(tasks[5].owner).toBe('');
  });
});

describe('an appendix the add-in wrote', () => {
  test('is still a task list to check and to build from, though its area is named', () => {
    const m = buildAppendix(seedTasks(), { title: SEED_TITLE });
    const write = appendixChanges(m, { top: 0, left: 0 }).find((c): c is WriteChange => c.type === 'write')!;
    const grid = {
      name: 'Phụ lục',
      origin: { row: 0, col: 0 },
      values: write.cells.map((r) => r.map((c) => c.value)),
      merges: [],
      owned: [{ name: 'chitieu_phuluc', area: { top: 0, left: 0, bottom: 22, right: 5 } }],
    };
    const [table] = recognize(grid);
    expect(table.kind).toBe('task-list');
    expect(tasksFromTable(grid, table)).toHaveLength(18);
  });

  test('rows are as tall as their wrapped text, the long title included', () => {
    const m = buildAppendix(seedTasks(), { title: SEED_TITLE });
    const heights = new Map(appendixChanges(m, { top: 0, left: 0 }).flatMap((c) => (c.type === 'rowHeight' ? [[c.row, c.height] as const] : [])));
    expect(heights.get(0)).toBe(20);
    expect(heights.get(1)!).toBeGreaterThan(20); // the title wraps over two lines
    expect(heights.get(4)!).toBeGreaterThan(20); // "Thời gian bắt đầu" in 13 characters
    // 17 pt a line: the LGSP task takes two lines in its column, the first task three.
    expect(heights.get(6)).toBe(37);
    expect(heights.get(5)).toBe(54);
    expect(heights.size).toBe(4 + 18);
  });
});
