/** Polls `fn` until it returns a value that passes `ok`, or throws after `timeout` ms. */
export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
    await pause(100);
    last = await fn();
  }
  return last;
}

/** Rejects with `what … within N s.` when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The poll interval of the helpers here and in the e2e harness; not a way to wait for something. */
export function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
