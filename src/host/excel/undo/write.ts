/**
 * Writing with a snapshot: the write (the adapter's syncChanges) with the
 * reads of its SnapshotPlan queued before it, and what is left to undo
 * when it stops part way (PartialWriteError).
 */
import type { ExcelRunner } from '../runner';
import type { XlWorksheet } from '../../excel-api';
import type { Change } from '../../../engine/changes';
import { syncChanges, type ApplyOptions } from '../adapter';
import type { SnapshotPlan } from './plan';
import type { UndoSnapshot } from './snapshot';

// ---------------------------------------------------------------- writing with a snapshot

/** A write that failed after its first sync: part of it is in the sheet, and this snapshot takes it back. */
export class PartialWriteError extends Error {
  constructor(
    readonly snapshot: UndoSnapshot,
    readonly cause: unknown
  ) {
    super('The write stopped part way');
    this.name = 'PartialWriteError';
  }
}

export interface WriteWithSnapshot {
  /** The sheet: its id or name (or, with `create`, the name to add). */
  sheet: string;
  /** Add the sheet first. */
  create?: boolean;
  changes: Change[];
  apply: ApplyOptions;
  plan: SnapshotPlan;
  /** Queued with the last write sync (activate the sheet, select a cell). */
  last?: (ws: XlWorksheet) => void;
}

/**
 * Write changes (adapter's syncChanges) with the snapshot that takes them
 * back: its reads go before the writes in the first sync, or in syncs of
 * their own before it for a large one. A failure after the first sync
 * throws PartialWriteError carrying the snapshot.
 */
export async function writeWithSnapshot(api: ExcelRunner, w: WriteWithSnapshot): Promise<{ syncs: number; skipped: Change['type'][]; snapshot: UndoSnapshot }> {
  return api.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = w.create ? sheets.add(w.sheet) : sheets.getItem(w.sheet);
    ws.load('id,name');
    const pre = await w.plan.preload(context, ws);
    w.plan.queueInline(context, ws);
    // Count the write's syncs that came back: after one, part of it is in
    // the sheet. syncChanges uses only the context's workbook and sync.
    let written = 0;
    const counted = {
      workbook: context.workbook,
      sync: async <T>(passThrough?: T): Promise<T> => {
        const r = await context.sync(passThrough);
        written++;
        return r;
      },
    };
    let result: { syncs: number; skipped: Change['type'][] };
    try {
      result = await syncChanges(counted, ws, w.changes, w.apply, w.last ? () => w.last!(ws) : undefined);
    } catch (e) {
      const sheet = written > 0 ? sheetOf(ws) : null;
      const snap = sheet ? w.plan.finish(sheet) : null;
      if (snap) throw new PartialWriteError(snap, e);
      throw e;
    }
    const snapshot = w.plan.finish(sheetOf(ws)!)!;
    return { syncs: pre + result.syncs, skipped: result.skipped, snapshot };
  });
}

function sheetOf(ws: XlWorksheet): { id: string; name: string } | null {
  try {
    return { id: String(ws.id), name: String(ws.name) };
  } catch {
    return null;
  }
}
