import type { SessionView } from '../ui-model/session-view';
import { findEventDialog, readPageEvent } from './dialog';
import { matchSession, type MatchOptions } from './match';

/** Where the strip belongs: the open event dialog, the event it shows and its session. */
export interface StripTarget {
  dialog: Element;
  eventId: string;
  session: SessionView;
}

/**
 * The strip's target now, or null for no strip (no dialog, quick-create, not a session).
 *
 * `previous` keeps the strip steady while Google re-renders the popup's inner section: for a
 * moment the details are gone or half-written, and the same dialog showing the same event
 * keeps its session (with its fresh state from `sessions`) instead of flickering.
 */
export function stripTarget(
  root: ParentNode,
  sessions: SessionView[],
  options: MatchOptions,
  previous: StripTarget | null,
): StripTarget | null {
  const dialog = findEventDialog(root);
  if (!dialog) return null;
  const page = readPageEvent(dialog);
  const sameDialog = previous !== null && previous.dialog === dialog;
  const kept = sameDialog ? sessions.find((s) => s.appointment.key === previous.session.appointment.key) : undefined;
  if (!page) return kept && previous ? { ...previous, session: kept } : null;
  const session = matchSession(page, sessions, options);
  if (session) return { dialog, eventId: page.id.eventId, session };
  if (kept && previous?.eventId === page.id.eventId) return { ...previous, session: kept };
  return null;
}
