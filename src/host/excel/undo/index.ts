/**
 * Undo for what the add-in writes (the pane's "Hoàn tác").
 *
 * Before a write, the add-in takes a snapshot of everything the write is
 * about to change; undo puts that snapshot back. What a snapshot holds:
 *
 * - contents and number formats of every cell written or cleared (taken
 *   from the sheet just read where possible, else read);
 * - font, fill, borders and alignment of every cell the write formats,
 *   unmerges or clears, and the borders of the cells around them (a border
 *   between two cells belongs to both);
 * - merged areas there, column widths and row heights it sets, the
 *   defined names it adds or replaces, the sheet's page set-up, and
 *   whether it added the sheet (undo then deletes it);
 * - what it wrote (all of it, or a sample of a large write), so that undo
 *   can tell whether the cells were changed since.
 *
 * Costs. A cell outside the sheet's used range counting formatted cells
 * (known from the read) holds nothing and needs no reading: undo clears
 * it. Everything else is read with Excel's batching in mind: the reads
 * are queued before the writes in the write's first sync, so Excel
 * answers them as the sheet was before the write and the snapshot costs
 * no round trip; only a snapshot larger than INLINE_BYTES is read in syncs
 * of its own before the write. A large area of cells is read as one
 * format when its cells share one (RangeFormat, null where they differ),
 * cell by cell (Range.getCellProperties, ExcelApi 1.9) otherwise.
 *
 * Restoring takes one sync to check (the sheet, its protection, and that
 * the written cells still hold what was written), then as many as the
 * payload limits need: first the cells are unmerged and cleared and their
 * contents and number formats written back (through the adapter's
 * syncChanges, so large restores are split and compacted like any write),
 * then merges, formats, borders, widths, heights, names and page set-up.
 *
 * The parts: snapshot.ts (what a snapshot holds), areas.ts (its geometry),
 * formats.ts (formats as read and as set back), checks.ts (the written
 * cells compared at undo), plan.ts (SnapshotPlan: what to read, and in how
 * many syncs), write.ts (writeWithSnapshot) and restore.ts (restoreSnapshot).
 * This file offers what the rest of the add-in uses.
 */
export { changedAreas, partition } from './areas';
export { INLINE_BYTES, SnapshotPlan, type SnapshotFeatures, type SnapshotInput } from './plan';
export { restoreSnapshot, SheetGoneError, type RestoreOptions, type RestoreOutcome } from './restore';
export {
  cellSnapshot,
  cellsSnapshot,
  sameEntry,
  writtenEntry,
  type BorderSnap,
  type CellEntry,
  type CellFormatSnap,
  type CheckBlock,
  type ContentBlock,
  type EdgeBlock,
  type FormatBlock,
  type PageLayoutSnap,
  type Side,
  type UndoSnapshot,
  type UniformFormatSnap,
} from './snapshot';
export { PartialWriteError, writeWithSnapshot, type WriteWithSnapshot } from './write';
