/**
 * Memory given back when the server has nothing to do. Under load V8 grows its young generation
 * to its largest (32 MB) and keeps it, and SQLite keeps its page cache, so a server that has just
 * been busy sits idle at 30-40 MB more than it needs. After IDLE_RELEASE_MS without a request, once
 * per idle spell, the server asks SQLite to free its cache (`PRAGMA shrink_memory`) and V8 for a
 * full collection that compacts the old generation and shrinks the young one (V8 shrinks it only
 * once its allocation rate has been low for a few seconds, hence the wait). It costs 30-60 ms of
 * CPU when nobody is waiting for it, and the first request after it a little warm-up.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long the server must go without a request before it gives memory back. */
export const IDLE_RELEASE_MS = 10_000;

/** Tells the watcher when requests begin and end; `stop` before the server closes. */
export interface IdleWatch {
  begin(): void;
  end(): void;
  stop(): void;
}

/**
 * Calls `release` once the server has gone `afterMs` without a request in flight, then not again
 * until a request has come and gone. Two counters per request on the hot path; one timer at most.
 */
export function releaseWhenIdle(release: () => void, afterMs = IDLE_RELEASE_MS): IdleWatch {
  let inFlight = 0;
  let lastActivity = performance.now();
  let released = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = (delay: number) => {
    timer = setTimeout(check, delay);
    timer.unref(); // an idle server may still exit
  };
  const check = () => {
    timer = undefined;
    if (inFlight > 0 || released) return; // `end` arms the timer again
    const idleFor = performance.now() - lastActivity;
    if (idleFor < afterMs) return arm(afterMs - idleFor);
    released = true;
    release();
  };
  arm(afterMs);
  return {
    begin() {
      inFlight += 1;
      released = false;
    },
    end() {
      inFlight -= 1;
      lastActivity = performance.now();
      if (inFlight === 0 && timer === undefined) arm(afterMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      released = true;
    },
  };
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection that also compacts, through V8's `gc` (exposed here when node was not
 * started with --expose-gc). A plain full collection frees dead objects but leaves the old
 * generation's pages where they are, each kept for its few live objects (after a busy spell, 40 MB
 * of pages for 24 MB of objects); moving those objects together gives the emptied pages back.
 * V8 does so only when told, so the flag is on for this one collection (about 50 ms).
 */
export function collectGarbage(): void {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gc = exposed;
    else {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
  }
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
