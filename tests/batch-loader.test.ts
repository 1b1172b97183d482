/**
 * The loaders' batching (src/shared/batch-loader.ts): loads made while the same promise jobs run
 * become one batch, a key is loaded once per request, and a failed batch is tried again.
 */
import { describe, expect, it } from 'vitest';
import { BatchLoader } from '../src/shared/batch-loader.js';

describe('BatchLoader', () => {
  it('gathers the loads of one tick, and of the promise jobs they start, into one batch', async () => {
    const batches: number[][] = [];
    const loader = new BatchLoader<number, string>((keys) => {
      batches.push([...keys]);
      return keys.map((key) => `row ${key}`);
    });
    const chained = Promise.resolve().then(() => loader.load(3));
    const values = await Promise.all([loader.load(1), loader.load(2), chained]);
    expect(values).toEqual(['row 1', 'row 2', 'row 3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('loads a key once, answering later loads from its cache until clearAll', async () => {
    let calls = 0;
    const loader = new BatchLoader<number, { id: number }>((keys) => keys.map((id) => ({ id, call: ++calls })));
    const first = await loader.load(7);
    expect(await loader.load(7)).toBe(first);
    expect((await loader.loadMany([7, 8])).map((row) => (row as { id: number }).id)).toEqual([7, 8]);
    expect(calls).toBe(2);
    loader.clearAll();
    expect(await loader.load(7)).not.toBe(first);
  });

  it('rejects every load of a failed batch, and loads its keys again next time', async () => {
    let fail = true;
    const loader = new BatchLoader<number, number>((keys) => {
      if (fail) throw new Error('budget spent');
      return keys.map((key) => key * 10);
    });
    const results = await Promise.allSettled([loader.load(1), loader.load(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await loader.loadMany([1])).toEqual([new Error('budget spent')]);
    fail = false;
    expect(await loader.loadMany([1, 2])).toEqual([10, 20]);
  });
});
