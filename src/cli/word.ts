/**
 * chitieu word FILE.xlsx [--sheet NAME] [--table N] [-o OUT.docx] [--json]
 *
 * A recognised table (indicators, targets, a time series, investment) as a
 * Word document in the Decree 30 layout (engine/word, export/table-docx):
 * the first such table of the sheet named, else of the first sheet holding
 * one; with the computed columns the add-in wrote beside it, and the
 * planner's decisions (saved in the workbook, or given as --kind, --role,
 * --header) as the check reads them. The workbook is only read. Exit 0
 * once written; 2 for bad usage, an unreadable file or no such table.
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { recognize } from '../engine';
import { docxNameOf, tableDocs, type TableDoc } from '../engine/word';
import { tableDocx } from '../export/table-docx';
import { xlsxWorkbook } from '../host/xlsx/port';
import type { WebExtensionParts } from '../host/xlsx/settings';
import { engineOptions, sameFile, savedDecisions, t, unknownSheets, UsageError, withSaved, writeSafely, type Io, type Options } from './main';

export async function wordCommand(wb: ExcelJS.Workbook, opts: Options, io: Io, web: WebExtensionParts | null = null): Promise<number> {
  const lang = opts.lang;
  const book = xlsxWorkbook(wb, web);
  const names = await book.sheetNames();
  if (opts.sheet && !names.includes(opts.sheet)) throw new UsageError(t(lang, 'noSheet', { sheet: opts.sheet }));
  unknownSheets(opts, names, lang);
  const decided = withSaved(opts, await savedDecisions(book, names));
  let found: { sheet: string; docs: { index: number; doc: TableDoc }[] } | null = null;
  for (const name of opts.sheet ? [opts.sheet] : names) {
    const grid = await book.readSheet(name);
    const docs = tableDocs(grid, recognize(grid, engineOptions(decided, name)));
    if (docs.length) {
      found = { sheet: name, docs };
      break;
    }
  }
  if (!found) throw new UsageError(t(lang, 'noWordTable', { where: opts.sheet ? `“${opts.sheet}”` : opts.file }));
  const n = opts.table ?? 1;
  const chosen = found.docs[n - 1];
  if (!chosen) throw new UsageError(t(lang, 'badTable', { value: n, sheet: found.sheet, n: found.docs.length }));
  const doc = chosen.doc;
  const shown = opts.out ?? path.join(path.dirname(opts.file), docxNameOf(found.sheet, n - 1));
  const out = path.resolve(shown);
  if (sameFile(opts.file, out)) throw new UsageError(t(lang, 'sameFile'));
  const bytes = await tableDocx(doc);
  await writeSafely(out, async (tmp) => fs.writeFileSync(tmp, bytes), shown, lang);
  const summary = {
    file: opts.file,
    sheet: found.sheet,
    table: n,
    kind: doc.kind,
    docx: shown,
    page: doc.landscape ? 'landscape' : 'portrait',
    columns: doc.columns.length,
    rows: doc.body.length,
    computed: doc.computed,
  };
  if (opts.json) io.stdout(JSON.stringify(summary, null, 2) + '\n');
  else
    io.stdout(
      t(lang, 'wordDone', {
        table: n,
        sheet: found.sheet,
        rows: doc.body.length,
        columns: doc.columns.length,
        computed: doc.computed.length ? t(lang, 'wordComputed', { n: doc.computed.length }) : '',
        page: t(lang, doc.landscape ? 'landscape' : 'portrait'),
        file: shown,
      }) + '\n'
    );
  return 0;
}
