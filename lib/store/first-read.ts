import { browser } from 'wxt/browser';

/** Everything in `storage.local`, as stored. */
export type Raw = Record<string, unknown>;

/** Calls `onChange` with each change of the local area (key → new value, `undefined`: removed). */
export function watchRaw(onChange: (changes: Raw) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const next: Raw = {};
    for (const [key, change] of Object.entries(changes)) next[key] = change.newValue;
    onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A read of the whole local area begun early, and the changes heard since it began. */
export interface FirstRead {
  raw: Promise<Raw>;
  /** Changes in the order they came; more are added until `stop()`. */
  changes: Raw[];
  stop(): void;
}

const GLOBAL = '__sessionKeeperFirstRead';
type Holder = Record<typeof GLOBAL, FirstRead | undefined>;

/**
 * Begins a page's one storage read. Run by `entrypoints/first-read.ts`, a plain script that
 * each extension page loads before its modules: the read then runs while the browser fetches
 * and compiles the page's code instead of after it. The listener is added before the read, so
 * no change made after the read's snapshot can be missed.
 */
export function beginFirstRead(): void {
  const changes: Raw[] = [];
  const stop = watchRaw((change) => changes.push(change));
  (globalThis as unknown as Holder)[GLOBAL] = { raw: browser.storage.local.get(null), changes, stop };
}

/** The read the page began, once (the next caller reads for itself); null when none was begun. */
export function takeFirstRead(): FirstRead | null {
  const holder = globalThis as unknown as Holder;
  const first = holder[GLOBAL] ?? null;
  holder[GLOBAL] = undefined;
  return first;
}
