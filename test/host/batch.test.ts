/** The one batching helper: operations cut into batches under a byte limit, one sync a batch. */
import { batchesOf, inBatches } from '../../src/host/excel/batch';

const op = (bytes: number, log: string[] = [], name = String(bytes)) => ({ bytes, queue: () => void log.push(name) });

describe('batchesOf', () => {
  test('keeps order and starts a batch when the next operation would go over the limit', () => {
    const sizes = batchesOf([op(4), op(4), op(3), op(5), op(1)], 10).map((b) => b.map((o) => o.bytes));
    expect(sizes).toEqual([
      [4, 4],
      [3, 5, 1],
    ]);
  });

  test('an operation larger than the limit goes alone; nothing gives no batch', () => {
    expect(batchesOf([op(2), op(50), op(2)], 10).map((b) => b.length)).toEqual([1, 1, 1]);
    expect(batchesOf([], 10)).toEqual([]);
  });
});

describe('inBatches', () => {
  test('one sync a batch, calculation hook before each, reads after each', async () => {
    const log: string[] = [];
    const context = { sync: async <T>(v?: T) => (log.push('sync'), v as T) };
    const syncs = await inBatches(context, [op(6, log, 'a'), op(6, log, 'b'), op(3, log, 'c')], 10, {
      before: () => log.push('before'),
      after: () => log.push('after'),
    });
    expect(syncs).toBe(2);
    expect(log).toEqual(['before', 'a', 'sync', 'after', 'before', 'b', 'c', 'sync', 'after']);
  });

  test('no operations, no sync', async () => {
    let syncs = 0;
    expect(await inBatches({ sync: async <T>(v?: T) => (syncs++, v as T) }, [], 10)).toBe(0);
    expect(syncs).toBe(0);
  });
});
