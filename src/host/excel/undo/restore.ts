/**
 * Restoring a snapshot: one sync to check that the sheet is there, not
 * protected, and that the written cells still hold what was written
 * (UndoConflictError when not), then the cells' contents through the
 * adapter's syncChanges, then everything else in syncs under a byte budget.
 */
/* eslint-disable office-addins/load-object-before-read --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { ExcelRunner } from '../runner';
import type { XlContext, XlPageLayout } from '../../excel-api';
import { UndoConflictError, UserFacingError } from '../../errors';
import type { Change } from '../../../engine/changes';
import { a1, areaA1, type Area } from '../../../engine/grid';
import { PAYLOAD_BUDGET, syncChanges } from '../adapter';
import { inBatches, type BatchOp } from '../batch';
import { causeCode, sheetProtectedError } from '../errors';
import { boundingBox, matrix, rowChunks } from './areas';
import { FACING, setBorder, settable, setUniform } from './formats';
import { CHUNK_CELLS, entryWrite, sameEntry, type UndoSnapshot } from './snapshot';

/** Request bytes queued per sync when restoring formats (the cell contents go through syncChanges). */
const RESTORE_SYNC_BYTES = PAYLOAD_BUDGET - 256 * 1024;

// ---------------------------------------------------------------- restoring

export interface RestoreOptions {
  /** Overwrite cells changed since the write. */
  force?: boolean;
  /** The pane heard of the user's edits in the written cells (change events). */
  edited?: boolean;
  /** As for the write (ApplyOptions). */
  fill?: boolean;
  pageLayout?: boolean;
  /** Called once the restore starts writing (a failure after it leaves a half-restored sheet). */
  onWriting?: () => void;
}

export type RestoreOutcome =
  /** Put back. */
  | 'restored'
  /** The cells already held what was there before (Excel's own undo took it back): nothing written. */
  | 'already'
  /** The sheet the write added is gone already. */
  | 'gone';

/** The sheet is gone: nothing to put back (the entry can be dropped). */
export class SheetGoneError extends UserFacingError {
  readonly gone = true;
}

/** Runs of consecutive rows. */
function rowRuns(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Put a snapshot back: one sync to check, then the restore (see
 * index.ts). Throws SheetGoneError when the sheet is gone (nothing to do),
 * UserFacingError when it is protected, UndoConflictError when the written
 * cells were changed since (unless `force`); nothing is written then.
 */
export async function restoreSnapshot(api: ExcelRunner, snap: UndoSnapshot, opts: RestoreOptions = {}): Promise<{ syncs: number; outcome: RestoreOutcome }> {
  return api.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(snap.sheetId);
    ws.load('name');
    ws.protection.load('protected');
    const names = snap.names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.load('name');
      return item;
    });
    const checks = snap.checks.map((c) =>
      rowRuns(c.rows).map(([top, bottom]) => ({
        top,
        range: ws.getRangeByIndexes(top, c.area.left, bottom - top + 1, c.area.right - c.area.left + 1).load('formulas'),
      }))
    );
    const used = snap.created ? ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') : null;
    let syncs = 0;
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      if (causeCode(e) !== 'ItemNotFound') throw e;
      // The sheet is gone (a name alone cannot make ItemNotFound here: getItemOrNullObject).
      if (snap.created) {
        // The names the write added now refer to #REF!: put them back as they were.
        syncs += 1 + (await restoreNames(context, snap));
        return { syncs, outcome: 'gone' as const };
      }
      throw new SheetGoneError('sheet-gone', { sheet: snap.sheet });
    }
    const name: string = ws.name;
    if (ws.protection.protected) throw sheetProtectedError(name);

    // Do the written cells still hold what was written?
    const changed: string[] = [];
    let allBefore = true;
    let any = false;
    snap.checks.forEach((c, k) => {
      // The runs cover c.rows in order.
      let idx = 0;
      for (const { top, range } of checks[k]) {
        const got = range.formulas as unknown[][];
        got.forEach((row, i) => {
          const r = top + i;
          const at = idx++;
          row.forEach((v, j) => {
            const w = c.written[at][j];
            if (w === null) return;
            any = true;
            if (!sameEntry(v, c.before[at][j])) allBefore = false;
            if (!sameEntry(v, w) && changed.length < 1000) changed.push(a1(r, c.area.left + j));
          });
        });
      }
    });
    if (snap.created && used && !used.isNullObject) {
      const u: Area = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      if (
        !snap.areas.length ||
        !(
          u.top >= boundingBox(snap.areas).top &&
          u.left >= boundingBox(snap.areas).left &&
          u.bottom <= boundingBox(snap.areas).bottom &&
          u.right <= boundingBox(snap.areas).right
        )
      ) {
        changed.push(areaA1(u));
      }
    }
    if (!opts.force && changed.length && any && allBefore && !snap.created) return { syncs, outcome: 'already' as const };
    if ((changed.length || opts.edited) && !opts.force) {
      const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ', …' : '');
      const where = shown ? ` (${shown})` : '';
      throw new UndoConflictError(snap.created ? 'undo-conflict-created' : 'undo-conflict', { sheet: name, where }, changed.slice(0, 50));
    }

    opts.onWriting?.();
    const exists = names.map((n) => !n.isNullObject);
    const queueNames = () =>
      snap.names.forEach((n, k) => {
        const items = context.workbook.names;
        if (n.formula === null) {
          if (exists[k]) items.getItem(n.name).delete();
        } else if (exists[k]) items.getItem(n.name).formula = n.formula;
        else items.add(n.name, n.formula);
      });

    if (snap.created) {
      queueNames();
      ws.delete();
      await context.sync();
      return { syncs: syncs + 1, outcome: 'restored' as const };
    }

    // Contents: unmerge, clear, merge again, write back (split and
    // compacted like any write). Merging first keeps what hidden cells of
    // a merged area held (merging keeps only the top-left value).
    const changes: Change[] = [
      ...snap.unmerge.map((area): Change => ({ type: 'unmerge', area })),
      ...[...snap.blank, ...snap.cleared].map((area): Change => ({ type: 'clear', area })),
      ...snap.merges.map((area): Change => ({ type: 'merge', area })),
      ...snap.contents.map((b): Change => ({
        type: 'write',
        top: b.area.top,
        left: b.area.left,
        cells: b.entries.map((row) => row.map(entryWrite)),
        numberFormat: b.formats,
      })),
    ];
    if (changes.length) syncs += (await syncChanges(context, ws, changes, { fill: opts.fill, pageLayout: opts.pageLayout })).syncs;

    // Then everything else, in syncs that keep each request under the budget.
    const ops: BatchOp[] = [];
    const rangeOf = (a: Area) => ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
    // Borders round the cleared areas first: where a cell of the area has
    // the same border on that side, setting it then (below) keeps one border.
    for (const e of snap.edges) {
      if (e.cells) {
        const edgeCells = e.cells;
        if (!edgeCells.some((row) => row.some((b) => b))) continue;
        const data = matrix(e.area, (r, c) => {
          const b = edgeCells[r - e.area.top][c - e.area.left];
          return b ? { format: { borders: { [e.side]: b } } } : null;
        });
        ops.push({ bytes: requestBytes(data), queue: () => rangeOf(e.area).setCellProperties(data) });
      } else if (e.uniform) {
        const b = e.uniform;
        ops.push({ bytes: 200, queue: () => setBorder(rangeOf(e.area).format.borders.getItem(FACING[e.side]), b) });
      }
    }
    for (const f of snap.formats) {
      if (f.cells) {
        const cellsOf = f.cells;
        for (const chunk of rowChunks(f.area, CHUNK_CELLS)) {
          const data = matrix(chunk, (r, c) => settable(cellsOf[r - f.area.top][c - f.area.left]));
          ops.push({ bytes: requestBytes(data), queue: () => rangeOf(chunk).setCellProperties(data) });
        }
      } else if (f.uniform) {
        const u = f.uniform;
        ops.push({ bytes: 1500, queue: () => setUniform(rangeOf(f.area).format, u) });
      }
    }
    for (const w of snap.widths) ops.push({ bytes: 100, queue: () => (ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.points) });
    for (const h of snap.heights) ops.push({ bytes: 100, queue: () => (ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.points) });
    if (snap.names.length) ops.push({ bytes: 300 * snap.names.length, queue: queueNames });
    if (snap.pageLayout && opts.pageLayout !== false) {
      const p = snap.pageLayout;
      ops.push({
        bytes: 400,
        queue: () => {
          const layout = ws.pageLayout;
          layout.orientation = p.orientation as XlPageLayout['orientation'];
          layout.paperSize = p.paperSize as XlPageLayout['paperSize'];
          if (p.zoom && typeof p.zoom === 'object') layout.zoom = zoomInput(p.zoom as Record<string, unknown>);
          if (p.printTitleRows) layout.setPrintTitleRows(p.printTitleRows);
        },
      });
    }
    syncs += await inBatches(context, ops, RESTORE_SYNC_BYTES);
    return { syncs, outcome: 'restored' as const };
  });
}

/** UTF-8 bytes of a call's argument as JSON, and some for the call itself. */
function requestBytes(data: unknown): number {
  return new TextEncoder().encode(JSON.stringify(data)).length + 200;
}

/** Put the snapshot's defined names back on their own (two syncs; none when it has none). */
async function restoreNames(context: XlContext, snap: UndoSnapshot): Promise<number> {
  if (!snap.names.length) return 0;
  const items = snap.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load('name'));
  await context.sync();
  snap.names.forEach((n, k) => {
    const exists = !items[k].isNullObject;
    if (n.formula === null) {
      if (exists) context.workbook.names.getItem(n.name).delete();
    } else if (exists) context.workbook.names.getItem(n.name).formula = n.formula;
    else context.workbook.names.add(n.name, n.formula);
  });
  await context.sync();
  return 2;
}

/** PageLayout.zoom as it can be set back: a scale, or pages to fit to. */
function zoomInput(z: Record<string, unknown>): Record<string, unknown> {
  if (typeof z.scale === 'number') return { scale: z.scale };
  const out: Record<string, unknown> = {};
  if (typeof z.horizontalFitToPages === 'number') out.horizontalFitToPages = z.horizontalFitToPages;
  if (typeof z.verticalFitToPages === 'number') out.verticalFitToPages = z.verticalFitToPages;
  return out;
}
