/**
 * Runs `task` while holding the lock `name`, shared by every extension page and the
 * background (Web Locks are per origin, and all of them are the extension's origin), so that
 * a read-modify-write from the popup and one from the side panel never interleave.
 * Content scripts run in the web page's origin: they never write, they ask the background.
 * Where Web Locks are missing (Node in unit tests) the lock is held within this context only.
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`session-keeper:${name}`, task) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}

const queues = new Map<string, Promise<void>>();
