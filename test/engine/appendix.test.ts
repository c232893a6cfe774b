import { appendixChanges, appendixHtml, appendixText, buildAppendix, tasksFromTable } from '../../src/engine/appendix';
import type { WriteChange } from '../../src/engine/changes';
import { recognize } from '../../src/engine';
import { seedTasks, SEED_TITLE } from '../fixtures/tasks';
import { haTinhTasks } from '../fixtures/other-sheets';
import { gridFromInit } from '../helpers/grid';
import { dateAsShown, periodShown } from '../../src/engine/periods';

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
    expect(html).toMatch(/<th [^>]*><p style="margin:0;text-align:center;[^"]*font-weight:bold">TT<\/p><\/th>/);
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

describe('real dates read as the periods their formats show', () => {
  // 1/6/2022 = 44713, 15/8/2022 = 44788, 1/1/2022 = 44562, 20/5/2022 = 44701 (1/5 = 44682, + 19).
  test.each([
    ['mm/yyyy', 44713, 'Tháng 6/2022'],
    ['m/yyyy', 44788, 'Tháng 8/2022'],
    ['mmm yyyy', 44788, 'Tháng 8/2022'],
    ['[$-42A]mmmm yyyy', 44713, 'Tháng 6/2022'],
    ['"Tháng "mm/yyyy', 44788, 'Tháng 8/2022'],
    ['"Tháng "m" năm "yyyy', 44713, 'Tháng 6/2022'],
    ['"Quý II/"yyyy', 44713, 'Quý II/2022'],
    ['"Quý "\\I\\I\\I"/"yyyy', 44788, 'Quý III/2022'],
    ['"Quý 3/"yyyy', 44788, 'Quý III/2022'],
    ['"6 tháng đầu năm "yyyy', 44701, '6 tháng đầu năm 2022'],
    ['yyyy', 44562, 'Năm 2022'],
    ['"Năm "yyyy', 44701, 'Năm 2022'],
  ])('%s: %d is %s', (format, serial, text) => {
    expect(dateAsShown(serial, format)).toBe(text);
    expect(periodShown(serial, format)).not.toBeNull();
  });

  test.each([
    ['d/m/yyyy', 44713],
    ['dd/mm/yyyy', 44742],
    ['dd-mmm-yy', 44713],
    ['mm/yyyy h:mm', 44713],
    ['General', 44713],
    ['0.0', 44713],
    ['@', 44713],
    ['mmmm', 44713],
  ])('%s: %d stays the number it is (a day, or no date format)', (format, serial) => {
    expect(periodShown(serial, format)).toBeNull();
    expect(dateAsShown(serial, format)).toBe(serial);
  });

  test('a month is the whole month; text and empty cells pass through', () => {
    // June 2022: 1/6 (day 19144 since 1970) to 30/6.
    expect(periodShown(44788 - 75, 'mm/yyyy')).toEqual({ kind: 'span', first: 19144, last: 19173, precision: 'month' });
    expect(dateAsShown('Thường xuyên', 'mm/yyyy')).toBe('Thường xuyên');
    expect(dateAsShown(null, 'mm/yyyy')).toBeNull();
  });

  test('a list cell formatted as a month goes into the appendix as that month, its sheet cell the first day formatted in words', () => {
    const grid = {
      ...gridFromInit(haTinhTasks()),
      formats: [] as string[][],
    };
    grid.values[3][2] = 44788; // 15/8/2022 in place of "Tháng 1/2021"
    grid.formats[3] = ['General', 'General', 'mm/yyyy'];
    const [table] = recognize(grid);
    const tasks = tasksFromTable(grid, table);
    expect(tasks[0].start).toBe('Tháng 8/2022');
    const m = buildAppendix(tasks);
    expect(m.rows[0].start).toMatchObject({ kind: 'date', text: 'Tháng 8/2022', serial: 44774, format: '"Tháng "m/yyyy' });
  });
});

describe('ongoing schedules on the timeline', () => {
  const period = 'Kế hoạch giai đoạn 2021-2025';
  const one = (start: string | null, end: string | null) =>
    buildAppendix([{ task: 'Việc', start, end, owner: 'Sở' }], { title: period, timeline: true }).rows[0];

  test('"Thường xuyên" alone, or both ends ongoing: the whole period (20 quarters, 0–19)', () => {
    expect(one('Thường xuyên', null)).toMatchObject({ quarters: [0, 19], ongoing: true });
    expect(one('Hằng năm', 'Thường xuyên')).toMatchObject({ quarters: [0, 19], ongoing: true });
    expect(one('Định kỳ hằng quý', null).quarters).toEqual([0, 19]);
  });

  test('as the start: from the period start to the end given; as the end: from the start given to the period end', () => {
    // Counted from I/2021 = 0: Quý III/2022 is (2022 − 2021)·4 + 2 = 6; Tháng 5/2023 is (2023 − 2021)·4 + 1 = 9.
    expect(one('Thường xuyên', 'Quý III/2022').quarters).toEqual([0, 6]);
    expect(one('Tháng 5/2023', 'Thường xuyên').quarters).toEqual([9, 19]);
    // Before the period: it still starts with the period.
    expect(one('Tháng 7/2020', 'Liên tục').quarters).toEqual([0, 19]);
  });

  test('a schedule that names no time ("Theo kế hoạch", "Sau khi …") is not shaded, nor is a task without a timeline', () => {
    expect(one('Theo kế hoạch', null).quarters).toBeUndefined();
    expect(one('Sau khi có quyết định', 'Tháng 12/2025').quarters).toBeUndefined();
    expect(one('Theo kế hoạch', null).ongoing).toBeUndefined();
    const noTimeline = buildAppendix([{ task: 'Việc', start: 'Thường xuyên', end: null, owner: 'Sở' }], { title: period }).rows[0];
    expect(noTimeline.quarters).toBeUndefined();
    expect(noTimeline.ongoing).toBe(true);
  });

  test("the sheet fills the ongoing row's quarters with the timeline colour, as it does a dated span", () => {
    const m = buildAppendix(
      [
        { task: 'Có thời hạn', start: 'Quý I/2021', end: 'Quý IV/2021', owner: 'Sở' },
        { task: 'Thường xuyên', start: 'Thường xuyên', end: null, owner: 'Sở' },
      ],
      { title: period, timeline: true }
    );
    const fills = appendixChanges(m, { top: 0, left: 0 }).filter((c) => c.type === 'style' && c.fill);
    // Rows 6 and 7 (0-based 5, 6); quarters from column G (6): 4 of them, then all 20 (G to Z).
    expect(fills).toEqual([
      expect.objectContaining({ area: { top: 5, left: 6, bottom: 5, right: 9 }, fill: '#8EA9C1' }),
      expect.objectContaining({ area: { top: 6, left: 6, bottom: 6, right: 25 }, fill: '#8EA9C1' }),
    ]);
  });
});
