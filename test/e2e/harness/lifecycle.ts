import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Inside the project: a killed browser leaves folders in TMPDIR. */
export const TMP = resolve('.tmp');

interface Closable {
  close(): Promise<void>;
}

/** Browsers and servers started and not closed yet: `closeAll` ends them after each test. */
const running = new Set<Closable>();
const profiles = new Set<string>();

export function track<T extends Closable>(thing: T): T {
  running.add(thing);
  return thing;
}

export function untrack(thing: Closable): void {
  running.delete(thing);
}

/** A fresh profile folder, removed by `closeAll`. */
export function freshProfile(): string {
  mkdirSync(TMP, { recursive: true });
  process.env.TMPDIR = TMP;
  const dir = mkdtempSync(join(TMP, 'profile-'));
  profiles.add(dir);
  return dir;
}

/** Marks a profile given by a test for removal by `closeAll`. */
export function keepProfile(dir: string): void {
  profiles.add(dir);
}

/**
 * Closes every browser and server the test started and removes their profiles. For
 * `afterEach`/`afterAll`. Rethrows what a close reported (Firefox's console errors).
 */
export async function closeAll(): Promise<void> {
  const outcomes = await Promise.allSettled([...running].map((r) => r.close()));
  for (const dir of profiles) removeProfile(dir);
  profiles.clear();
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
