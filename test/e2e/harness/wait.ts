import { pause } from '../../../scripts/lib/wait';

export { pause, waitFor, withTimeout } from '../../../scripts/lib/wait';

/**
 * Polls `fn` for `ms` and throws as soon as its value fails `ok`: for what must NOT happen
 * (a second notification), where no event says that it is over.
 */
export async function holds<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (!ok(value)) throw new Error(`Changed to: ${JSON.stringify(value)}`);
    if (Date.now() >= until) return value;
    await pause(100);
  }
}
