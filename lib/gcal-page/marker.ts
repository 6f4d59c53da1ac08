import { HOUR } from '../time/units';
import { coarseCountdown, formatDeadline, shortCountdown } from '../ui-model/countdown';
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
 * The marker each grid chip should carry (null: none). `matches` remembers which session
 * (appointment key) each `data-eventid` is, between renders: the grid changes often, the
 * stored appointments seldom, so the caller passes a fresh map when they change.
 */
export function chipMarkers(
  chips: Iterable<Element>,
  sessions: SessionView[],
  now: number,
  options: MatchOptions & { displayLocale: string },
  matches: Map<string, string | null> = new Map(),
): Map<Element, DeadlineMarker | null> {
  const byKey = new Map(sessions.map((s) => [s.appointment.key, s]));
  const out = new Map<Element, DeadlineMarker | null>();
  for (const chip of chips) {
    const id = chip.getAttribute('data-eventid') ?? '';
    let key = matches.get(id);
    if (key === undefined) {
      const page = readPageEvent(chip);
      key = (page && matchSession(page, sessions, options)?.appointment.key) ?? null;
      matches.set(id, key);
    }
    const session = key === null ? undefined : byKey.get(key);
    out.set(chip, session ? deadlineMarker(session, now, options.displayLocale, options.timeZone) : null);
  }
  return out;
}
