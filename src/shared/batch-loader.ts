/**
 * A per-request batching and caching loader: DataLoader's contract as this code uses it (`load`,
 * `loadMany`, `clearAll`; keys gathered while the current promise jobs run, then one call of the
 * batch function), with less per key. A nested query makes some 15,000 loads, and DataLoader gives
 * each a promise, an executor closure, two resolving functions and a callback object, and each
 * cache hit another promise resolved after the next batch; here a load is one promise and one
 * closure, and a cache hit is the cached promise itself. The batch function is synchronous (every
 * batch here is one SQLite statement); when it throws, every load of the batch rejects with that
 * error and its keys leave the cache, so a later load tries again.
 */

/** Runs `fn` once the promise jobs queued now have run, as DataLoader schedules its batches. */
const resolved = Promise.resolve();
const afterPromiseJobs = (fn: () => void) => void resolved.then(() => process.nextTick(fn));

interface Batch<K, V> {
  keys: K[];
  values: Promise<V[]>;
}

export class BatchLoader<K, V> {
  private readonly cache = new Map<K, Promise<V>>();
  private batch: Batch<K, V> | undefined;

  constructor(private readonly loadBatch: (keys: readonly K[]) => V[]) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const batch = this.batch ?? this.startBatch();
    const index = batch.keys.push(key) - 1;
    const promise = batch.values.then((values) => values[index]!);
    this.cache.set(key, promise);
    return promise;
  }

  /** Each key's value, or the Error its load failed with (as DataLoader's loadMany). */
  loadMany(keys: readonly K[]): Promise<(V | Error)[]> {
    return Promise.all(keys.map((key) => this.load(key).catch((error: Error) => error)));
  }

  /** Forgets every value loaded so far (after a write in the same request). */
  clearAll(): void {
    this.cache.clear();
  }

  private startBatch(): Batch<K, V> {
    const keys: K[] = [];
    let settle!: { resolve: (values: V[]) => void; reject: (error: unknown) => void };
    const values = new Promise<V[]>((resolve, reject) => (settle = { resolve, reject }));
    const batch: Batch<K, V> = { keys, values };
    this.batch = batch;
    afterPromiseJobs(() => {
      this.batch = undefined;
      try {
        settle.resolve(this.loadBatch(keys));
      } catch (error) {
        for (const key of keys) this.cache.delete(key);
        settle.reject(error);
      }
    });
    return batch;
  }
}
