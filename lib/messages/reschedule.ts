import type { Settings } from '../settings';
import type { SessionView } from '../ui-model/session-view';
import type { Draft } from './draft';

/** A reschedule request for an upcoming session, written before the notice deadline. */
export function composeReschedule(session: SessionView, settings: Settings, now: number): Draft {
  void session;
  void settings;
  void now;
  return { to: '', subject: '', body: '' };
}
