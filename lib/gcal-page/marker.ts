import { t } from '../i18n/ui';
import { HOUR } from '../time/units';
import { coarseCountdown, shortCountdown } from '../format/countdown';
import { formatDeadline } from '../format/date-time';
import { requestQuiets } from '../gmail/tracking';
import type { SessionView } from '../model/session-view';
import type { MarkerPlan } from './lookup';

/** Chips get a marker when free cancellation ends within this time. */
export const MARKER_WINDOW_MS = 48 * HOUR;

export interface DeadlineMarker {
  /** What the chip shows: '5h'. */
  text: string;
  /** What it means, for the tooltip and screen readers. */
  label: string;
}

/**
 * When and what a session's marker shows, or null when it never will (it is past `upcoming`:
 * a state that time alone does not bring back), or while a request to cancel or move it is out
 * (the strip says so). Made in the background, once per data change.
 */
export function markerPlan(session: SessionView, locale: string, timeZone: string): MarkerPlan | null {
  const { state, deadline, checkInOpens } = session.info;
  if (state !== 'upcoming' || requestQuiets(session.request)) return null;
  return { deadline, until: Math.min(deadline, checkInOpens), at: formatDeadline(deadline, timeZone, locale) };
}

/** The marker at `now`, or null when free cancellation is not ending soon. No `Intl` here: it runs in the page. */
export function markerAt(plan: MarkerPlan | null, now: number): DeadlineMarker | null {
  if (!plan) return null;
  const left = plan.deadline - now;
  if (now >= plan.until || left <= 0 || left > MARKER_WINDOW_MS) return null;
  return {
    text: shortCountdown(left),
    label: t('strip_markerLabel', { duration: coarseCountdown(left), when: plan.at }),
  };
}
