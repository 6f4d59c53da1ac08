import { t } from '../i18n/ui';
import { HOUR } from '../time/units';
import { coarseCountdown, formatDeadline, shortCountdown } from '../ui-model/countdown';
import type { SessionView } from '../ui-model/session-view';

/** Chips get a marker when free cancellation ends within this time. */
export const MARKER_WINDOW_MS = 48 * HOUR;

export interface DeadlineMarker {
  /** What the chip shows: '5h'. */
  text: string;
  /** What it means, for the tooltip and screen readers. */
  label: string;
}

/** The marker for a session at `now`, or null when its free cancellation is not ending soon. */
export function deadlineMarker(
  session: SessionView,
  now: number,
  locale: string,
  timeZone: string,
): DeadlineMarker | null {
  const { state, deadline } = session.info;
  const left = deadline - now;
  if (state !== 'upcoming' || left <= 0 || left > MARKER_WINDOW_MS) return null;
  return {
    text: shortCountdown(left),
    label: t('strip_markerLabel', {
      duration: coarseCountdown(left),
      when: formatDeadline(deadline, locale, timeZone),
    }),
  };
}
