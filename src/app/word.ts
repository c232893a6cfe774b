/**
 * A table of the sheet as read by a check, as a document for Word
 * (engine/word): recognised again from that read with the sheet's saved
 * decisions, as the check recognised it, so the pane's "Sao chép bảng cho
 * Word" needs no new read of the workbook (the clipboard must be written
 * while the click still counts as the planner's).
 */
import { recognize } from '../engine';
import { tableDocAt, type TableDoc } from '../engine/word';
import type { SheetRead } from '../host/excel/adapter';
import { decidedOptions } from './actions';

/** The document of the index-th table of the read (its index in the report's tables); null when it is not one that goes to Word. */
export function wordDocOf(read: SheetRead, index: number): TableDoc | null {
  return tableDocAt(read.grid, recognize(read.grid, decidedOptions(read)), index);
}
