/**
 * A trigger that runs `task` one run at a time (a trigger during a run queues one more), so
 * overlapping storage changes and alarms never interleave; a failed run is reported and the
 * next one still happens.
 */
export function serially(label: string, task: () => Promise<void>): () => void {
  let running: Promise<void> = Promise.resolve();
  return () => {
    running = running.then(task).catch((error: unknown) => console.warn(`${label}:`, error));
  };
}
