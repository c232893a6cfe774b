/**
 * Queued operations in batches, one context.sync() a batch: the loop the
 * host uses wherever one sync would not do (marking thousands of cells,
 * restoring a snapshot's formats, reading a large snapshot before its
 * write, the batches of a large write). Each batch keeps its estimated
 * bytes under a limit, so no request (or response, for reads) goes over
 * the payload budget.
 */

import type { XlContext } from '../excel-api';

/** One operation: what it queues on the context, and its estimated bytes. */
export interface BatchOp {
  bytes: number;
  queue: () => void;
}

/** What is done around each batch besides queueing it. */
export interface BatchHooks {
  /** Queued before each batch (suspending calculation until its sync). */
  before?: () => void;
  /** Run after each batch's sync (reading what it loaded). */
  after?: () => void;
}

/**
 * Cut operations into batches, in order, whose bytes stay within `limit`:
 * an operation that would take a batch over starts the next one (one
 * larger than `limit` goes alone).
 */
export function batchesOf(ops: readonly BatchOp[], limit: number): BatchOp[][] {
  const batches: BatchOp[][] = [];
  let batch: BatchOp[] = [];
  let used = 0;
  for (const op of ops) {
    if (batch.length && used + op.bytes > limit) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(op);
    used += op.bytes;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * Queue operations, syncing whenever the next would take the batch over
 * `limit`. Returns the number of syncs (none when there is nothing to
 * queue).
 */
export async function inBatches(context: Pick<XlContext, 'sync'>, ops: readonly BatchOp[], limit: number, hooks: BatchHooks = {}): Promise<number> {
  return syncBatches(
    context,
    batchesOf(ops, limit).map((batch) => () => batch.forEach((op) => op.queue())),
    hooks
  );
}

/**
 * Queue each batch and sync it: one sync a batch, `before` queued ahead of
 * it and `after` run once it is back. Returns the number of syncs.
 */
export async function syncBatches(context: Pick<XlContext, 'sync'>, batches: readonly (() => void)[], hooks: BatchHooks = {}): Promise<number> {
  let syncs = 0;
  for (const queue of batches) {
    hooks.before?.();
    queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch under the payload budget
    await context.sync();
    syncs++;
    hooks.after?.();
  }
  return syncs;
}
