import type { SessionView } from '../ui-model/session-view';

/**
 * Missed-session recovery in the background (issue 5 item 2). Returns a function that
 * removes every listener.
 */
export function initMissed(deps: { sessions(now: number): Promise<SessionView[]> }): () => void {
  void deps;
  return () => {};
}
