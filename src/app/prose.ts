/**
 * The figures of the checked sheet's tables, for the pane's prose check
 * against them ("Kiểm tra đoạn văn" with "Đối chiếu với bảng"): recognised
 * again from the check's read with the sheet's saved decisions, as the
 * check recognised them, so no new read of the workbook.
 */
import { recognize } from '../engine';
import { tableFacts, type TableFact } from '../engine/prose';
import type { SheetRead } from '../host/excel/adapter';
import { decidedOptions } from './actions';

export function factsOfRead(read: SheetRead): TableFact[] {
  return recognize(read.grid, decidedOptions(read)).flatMap((t) => tableFacts(read.grid, t));
}
