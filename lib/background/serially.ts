import { withLock } from '../store/lock';

/**
 * A trigger that runs `task` one run at a time (a trigger during a run queues one more), so
 * overlapping storage changes and alarms never interleave; a failed run is reported and the
 * next one still happens. The queue is the store's lock (lib/store/lock.ts), named `label`.
 */
export function serially(label: string, task: () => Promise<void>): () => void {
  return () => void withLock(`run:${label}`, task).catch((error: unknown) => console.warn(`${label}:`, error));
}

/**
 * Resolves once every run of `label` queued so far has finished (tests: after a sign that the
 * run they care about was queued, this awaits its end instead of a fixed sleep).
 */
export function settled(label: string): Promise<void> {
  return withLock(`run:${label}`, async () => {});
}
