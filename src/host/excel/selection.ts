/**
 * The text of the cells the user selected, for the prose check ("Lấy từ
 * vùng chọn"): what each cell shows, a row a line, the cells of a row
 * separated by tabs (a table row, as the prose check reads one); only the
 * part of the selection inside the used range is read (a whole column
 * selected is not a million cells). One sync, read only.
 */
import { splitSheetAddress } from '../../engine/grid';
import type { ExcelRunner } from './runner';
import { guarded } from './errors';

/** Cells given back at most: the text of a larger selection is cut here (prose is not that long). */
export const MAX_SELECTION_CELLS = 20_000;

export async function readSelectionText(api: ExcelRunner): Promise<{ sheet: string; address: string; text: string } | null> {
  return guarded(() =>
    api.run(async (context) => {
      // The selection is on the active sheet.
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      const range = context.workbook.getSelectedRange().getIntersectionOrNullObject(ws.getUsedRange(true));
      range.load('text,address,rowCount,columnCount');
      await context.sync();
      if (range.isNullObject) return null;
      const sheet: string = ws.name;
      const rows = (range.text as string[][]).slice(0, Math.max(1, Math.floor(MAX_SELECTION_CELLS / Math.max(1, range.columnCount))));
      const lines = rows
        .map((r) =>
          r
            .map((c) => String(c).trim())
            .join('\t')
            .replace(/\t+$/, '')
        )
        .filter((l) => l.trim() !== '');
      if (!lines.length) return null;
      return { sheet, address: splitSheetAddress(range.address).address, text: lines.join('\n') };
    })
  );
}
