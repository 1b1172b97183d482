/**
 * An idle server gives memory back (src/http/idle-memory.ts): once per idle spell, never while a
 * request is in flight, and the compacting collection really returns the old generation's pages.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage, releaseWhenIdle } from '../src/http/idle-memory.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('memory given back when idle', () => {
  it('releases once after an idle spell, not while a request runs, and again after the next request', async () => {
    let releases = 0;
    const idle = releaseWhenIdle(() => (releases += 1), 40);
    try {
      await sleep(80);
      expect(releases).toBe(1);
      await sleep(80);
      expect(releases).toBe(1); // one release per idle spell

      idle.begin();
      await sleep(100);
      expect(releases).toBe(1); // a request in flight is not idleness, however long it takes
      idle.end();
      await sleep(20);
      expect(releases).toBe(1); // counted from the end of the request
      await sleep(60);
      expect(releases).toBe(2);
    } finally {
      idle.stop();
    }
  });

  it('never releases after stop', async () => {
    let releases = 0;
    const idle = releaseWhenIdle(() => (releases += 1), 20);
    idle.stop();
    await sleep(60);
    expect(releases).toBe(0);
  });

  it('compacts the old generation: pages kept for a few live objects are given back', () => {
    const oldSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!.space_size;
    // Long-lived objects, then most of them dropped: every page keeps a few live ones.
    let all: { n: number; text: string }[] | undefined = Array.from({ length: 600_000 }, (_, n) => ({ n, text: `row ${n}` }));
    collectGarbage(); // promoted to the old generation
    const kept = all.filter((_, i) => i % 50 === 0);
    all = undefined;
    const before = oldSpace();
    collectGarbage();
    expect(kept).toHaveLength(12_000);
    expect(oldSpace()).toBeLessThan(before - 20 * 1024 * 1024);
  });
});
