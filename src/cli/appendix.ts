/**
 * chitieu appendix FILE.xlsx -o OUT.xlsx [--docx OUT.docx] [--title "…"] [--sheet NAME]
 *
 * Reads the key tasks of a task-list sheet, writes a copy of the workbook
 * with the appendix sheet ("Phụ lục"; an earlier appendix is replaced), and
 * the Word document when asked. Tasks whose dates cannot be read are placed
 * as typed and reported on stderr, with exit code 1.
 */
import * as path from 'path';
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import { recognize } from '../engine';
import { APPENDIX_NAME, appendixArea, appendixChanges, appendixTitleOf, buildAppendix, tasksFromTable } from '../engine/appendix';
import { areaA1, parseA1, splitSheetAddress, type Area } from '../engine/grid';
import { appendixDocx } from '../export/docx';
import { applyToWorksheet, gridFromWorksheet } from '../host/xlsx';
import { sameFile, t, UsageError, writeSafely, writeWorkbook, type Io, type Options } from './main';
import type { WebExtensionParts } from '../host/xlsx/settings';

const SHEET_NAME = 'Phụ lục';

/** The sheet and area of an appendix written before, from its defined name. */
function previousAppendix(wb: ExcelJS.Workbook): { sheet: string; area: Area } | null {
  const found = wb.definedNames.model.find((n) => n.name === APPENDIX_NAME);
  const ref = found?.ranges[0];
  if (!ref) return null;
  const { sheet, address } = splitSheetAddress(ref);
  if (!sheet || !wb.getWorksheet(sheet)) return null;
  try {
    return { sheet, area: parseA1(address) };
  } catch {
    return null;
  }
}

/** "Phụ lục", or "Phụ lục 2", "Phụ lục 3"… when taken (names compare case-insensitively, as in Excel). */
export function freeSheetName(taken: string[], base = SHEET_NAME): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase('vi')));
  if (!lower.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} ${i}`.toLocaleLowerCase('vi'))) return `${base} ${i}`;
}

export async function appendixCommand(wb: ExcelJS.Workbook, opts: Options, io: Io, web: WebExtensionParts | null = null): Promise<number> {
  const lang = opts.lang;
  const out = path.resolve(opts.out!);
  if (sameFile(opts.file, out) || (opts.docx && (sameFile(opts.file, opts.docx) || path.resolve(opts.docx) === out))) throw new UsageError(t(lang, 'sameFile'));
  const previous = previousAppendix(wb);

  // The task list: the sheet named, else the first sheet holding one (not the appendix itself).
  let source: { ws: ExcelJS.Worksheet; tasks: ReturnType<typeof tasksFromTable>; title?: string } | null = null;
  const sheets = opts.sheet ? [wb.getWorksheet(opts.sheet)] : wb.worksheets.filter((w) => w.name !== previous?.sheet);
  if (opts.sheet && !sheets[0]) throw new UsageError(t(lang, 'noSheet', { sheet: opts.sheet }));
  for (const ws of sheets) {
    if (!ws) continue;
    const grid = gridFromWorksheet(ws, wb);
    const table = recognize(grid).find((x) => x.kind === 'task-list');
    if (table) {
      source = { ws, tasks: tasksFromTable(grid, table), title: table.title };
      break;
    }
  }
  if (!source) throw new UsageError(t(lang, 'noTaskList', { where: opts.sheet ? `“${opts.sheet}”` : opts.file }));

  // A title typed above the task list ("PHỤ LỤC — MỘT SỐ NHIỆM VỤ …") is taken without its "PHỤ LỤC".
  const typedTitle = appendixTitleOf(source.title);
  const model = buildAppendix(source.tasks, {
    title: opts.title ?? typedTitle,
    subtitle: opts.subtitle,
    order: opts.order ?? 'given',
    groupByOwner: opts.group,
    timeline: opts.timeline,
  });

  const target = previous ? wb.getWorksheet(previous.sheet)! : wb.addWorksheet(freeSheetName(wb.worksheets.map((w) => w.name)));
  const at = previous ? { top: previous.area.top, left: previous.area.left, previous: previous.area } : { top: 0, left: 0 };
  applyToWorksheet(wb, target, appendixChanges(model, at));
  await writeSafely(out, (tmp) => writeWorkbook(wb, tmp, web), opts.out!, lang);
  if (opts.docx) {
    const bytes = await appendixDocx(model);
    const docxPath = path.resolve(opts.docx);
    await writeSafely(docxPath, async (tmp) => fs.writeFileSync(tmp, bytes), opts.docx, lang);
  }

  const address = areaA1(appendixArea(model, at));
  const invalid = model.invalid.map((i) => ({ ...i, source: i.source ?? `${target.name}!${i.row + 6}` }));
  if (opts.json) {
    io.stdout(
      JSON.stringify(
        { file: opts.out, sheet: target.name, address, tasks: model.rows.filter((r) => r.type === 'task').length, docx: opts.docx ?? null, invalid },
        null,
        2
      ) + '\n'
    );
  } else {
    io.stdout(t(lang, 'appendixDone', { count: model.rows.filter((r) => r.type === 'task').length, sheet: target.name, address, file: opts.out! }) + '\n');
    if (opts.docx) io.stdout(t(lang, 'docxDone', { file: opts.docx }) + '\n');
  }
  for (const i of invalid) io.stderr(`chitieu: ${t(lang, 'invalidTask', { source: i.source, text: i.text })}\n`);
  return invalid.length ? 1 : 0;
}
