import { coarseCountdown, formatDeadline, HOUR, shortCountdown } from '../ui-model/countdown';
import type { SessionView } from '../ui-model/session-view';
import { readPageEvent } from './dialog';
import { matchSession, type MatchOptions } from './match';

/** Chips get a marker when free cancellation ends within this time (issue 6 item 4). */
export const MARKER_WINDOW_MS = 48 * HOUR;

export interface DeadlineMarker {
  /** What the chip shows: '5h'. */
  text: string;
  /** What it means, for the tooltip and screen readers. */
  label: string;
}

/** The marker for a session at `now`, or null when its free cancellation is not ending soon. */
export function deadlineMarker(session: SessionView, now: number, locale: string, timeZone: string): DeadlineMarker | null {
  const { state, deadline } = session.info;
  const left = deadline - now;
  if (state !== 'upcoming' || left <= 0 || left > MARKER_WINDOW_MS) return null;
  return {
    text: shortCountdown(left),
    label: `Free cancellation ends in ${coarseCountdown(left)} (${formatDeadline(deadline, locale, timeZone)})`,
  };
}

/**
 * The marker each grid chip should carry (null: none). `matches` remembers the session of each
 * `data-eventid` between renders: the grid changes often, the sessions seldom, so the caller
 * passes a fresh map whenever the sessions change.
 */
export function chipMarkers(
  chips: Iterable<Element>,
  sessions: SessionView[],
  now: number,
  options: MatchOptions & { displayLocale: string },
  matches: Map<string, SessionView | null> = new Map(),
): Map<Element, DeadlineMarker | null> {
  const out = new Map<Element, DeadlineMarker | null>();
  for (const chip of chips) {
    const id = chip.getAttribute('data-eventid') ?? '';
    let session = matches.get(id);
    if (session === undefined) {
      const page = readPageEvent(chip);
      session = page ? matchSession(page, sessions, options) : null;
      matches.set(id, session);
    }
    out.set(chip, session ? deadlineMarker(session, now, options.displayLocale, options.timeZone) : null);
  }
  return out;
}
