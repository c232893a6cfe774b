/** The appendix of key tasks: model, sheet changes, clipboard HTML and text, and tasks read from a task list. */
import { cellAt, formatAt, Grid, a1 } from '../grid';
import type { Table } from '../table';
import { columnOf } from '../table';
import { dateAsShown, splitPeriod } from '../periods';
import { cellText } from '../text';
import type { AppendixTask } from './model';

export * from './model';
export * from './sheet';
export * from './html';

/**
 * The appendix's title from the title typed above a task list ("PHỤ LỤC —
 * MỘT SỐ NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2021-2025 — (Kèm theo …)"): without
 * its "PHỤ LỤC" and what follows a dash; it names the plan period too.
 * Undefined when the table has no title.
 */
export function appendixTitleOf(tableTitle: string | undefined): string | undefined {
  const title = tableTitle
    ?.replace(/^\s*ph[uụ] l[uụ]c\s*[—–-]?\s*/i, '')
    .split(' — ')[0]
    .trim();
  return title || undefined;
}

/** The tasks of a recognised task-list table, as typed. */
export function tasksFromTable(grid: Grid, table: Table): AppendixTask[] {
  const task = columnOf(table, 'task');
  if (!task) return [];
  const start = columnOf(table, 'start');
  const end = columnOf(table, 'end');
  // One column for the whole time ("Thời gian thực hiện: 2024-2025"): split into its start and end.
  const single = start && end ? undefined : columnOf(table, 'period');
  const owner = columnOf(table, 'owner');
  const note = columnOf(table, 'note');
  const out: AppendixTask[] = [];
  // A real date whose format shows a month, a quarter or a year ("mm/yyyy", "Tháng "m/yyyy) is
  // that period, not its first day: taken as its words, so the appendix keeps the precision.
  const date = (row: number, col: number) => dateAsShown(cellAt(grid, row, col), formatAt(grid, row, col));
  for (const r of table.rows) {
    if (r.type !== 'item' && r.type !== 'part') continue;
    const text = cellText(cellAt(grid, r.row, task.col));
    if (!text) continue;
    const split = single ? splitPeriod(date(r.row, single.col)) : undefined;
    out.push({
      task: text,
      start: split ? split.start : start ? date(r.row, start.col) : null,
      end: split ? split.end : end ? date(r.row, end.col) : null,
      owner: owner ? cellText(cellAt(grid, r.row, owner.col)) : '',
      note: note ? cellText(cellAt(grid, r.row, note.col)) : '',
      source: `${grid.name}!${a1(r.row, task.col)}`,
      cells: single
        ? { start: `${grid.name}!${a1(r.row, single.col)}`, end: `${grid.name}!${a1(r.row, single.col)}` }
        : { start: start && `${grid.name}!${a1(r.row, start.col)}`, end: end && `${grid.name}!${a1(r.row, end.col)}` },
    });
  }
  return out;
}
