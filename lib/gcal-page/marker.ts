import { plural, t } from '../i18n/ui';
import { DAY, HOUR } from '../time/units';
import { countdownUnit } from '../format/countdown';
import { formatDeadline } from '../format/date-time';
import { requestQuiets } from '../gmail/tracking';
import type { SessionView } from '../model/session-view';
import type { MarkerPlan, MarkerWords } from './lookup';

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
  const at = formatDeadline(deadline, timeZone, locale);
  return { deadline, until: Math.min(deadline, checkInOpens), at, words: markerWords(at) };
}

// A count the page puts in itself: digits only (a count under 60, the same in every locale here).
const N = '{n}';

/** The words of the marker, with `{n}` for its count; in the window a marker shows, days are one or two. */
function markerWords(at: string): MarkerWords {
  return {
    label: t('strip_markerLabel', { duration: '{duration}', when: at }),
    short: [
      t('background_badgeMinutes', { count: N }),
      t('background_badgeHours', { count: N }),
      t('background_badgeDays', { count: N }),
      t('background_badgeUnderMinute'),
    ],
    long: [
      t('common_durationMinutes', { minutes: N }),
      t('common_durationHours', { hours: N }),
      plural('background_coarseDays', 1),
      plural('background_coarseDays', 2),
      t('common_durationUnderMinute'),
    ],
  };
}

/**
 * The marker at `now`, or null when free cancellation is not ending soon. It runs in the page:
 * no `Intl` and no catalogue here (the first use of either costs a frame or more).
 */
export function markerAt(plan: MarkerPlan | null, now: number): DeadlineMarker | null {
  if (!plan) return null;
  const left = plan.deadline - now;
  if (now >= plan.until || left <= 0 || left > MARKER_WINDOW_MS) return null;
  const { short, long, label } = plan.words;
  const c = countdownUnit(left);
  const n = (words: string) => words.replace(N, String(c?.count ?? 0));
  const unit = c === null ? 3 : c.unit === DAY ? 2 : c.unit === HOUR ? 1 : 0;
  const duration = c === null ? long[4] : c.unit === DAY ? long[c.count > 1 ? 3 : 2] : n(long[unit]);
  return { text: n(short[unit]), label: label.replace('{duration}', duration) };
}
