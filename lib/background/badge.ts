import { uiLocale } from '../i18n/ui';
import { browser, type Browser } from 'wxt/browser';
import { ownSessionFeed, type SessionFeed } from '../sessions';
import { sessionValue } from '../store/session-area';
import { nullable, object, str } from '../store/validate';
import { userTimeZone } from '../time/user-zone';
import { badgeFor, type Badge } from '../ui-model/badge';
import { serially } from './serially';
import { toolbar } from './toolbar';

const ALARM = 'badge';

/**
 * What the toolbar shows now. Kept in session storage: it outlives a service-worker stop
 * (so an unchanged badge is not rewritten) but not a browser restart (when the badge is blank).
 */
const shownItem = sessionValue<Pick<Badge, 'text' | 'color' | 'title'> | null>(
  'badgeShown',
  nullable(object({ text: str, color: str, title: str })),
  null,
);

/** The next moment the badge (or a session's state) changes, for the alarm. */
export function nextWake(badge: Badge, stateChanges: (number | null)[], now: number): number | null {
  const times = [badge.next, ...stateChanges].filter((t): t is number => t !== null && t > now);
  return times.length ? Math.min(...times) : null;
}

/**
 * Keeps the toolbar badge right: recomputed when stored data changes and at the next moment
 * something visible changes (an alarm, never polling); written only when it differs.
 */
export function initBadge(feed: SessionFeed = ownSessionFeed): () => void {
  const update = serially('Badge', () => refresh(feed));
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === ALARM) update();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const unwatch = feed.watch(update);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatch();
  };
}

async function refresh(feed: SessionFeed): Promise<void> {
  const now = Date.now();
  const sessions = await feed.sessions(now);
  const badge = badgeFor(sessions, now, uiLocale(), userTimeZone());
  const shown = await shownItem.get();
  if (!shown || shown.text !== badge.text) await toolbar().setBadgeText({ text: badge.text });
  if (!shown || shown.color !== badge.color) await toolbar().setBadgeBackgroundColor({ color: badge.color });
  if (!shown || shown.title !== badge.title) await toolbar().setTitle({ title: badge.title });
  await shownItem.set({ text: badge.text, color: badge.color, title: badge.title });
  const wake = nextWake(
    badge,
    sessions.map((s) => s.info.next),
    now,
  );
  if (wake === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when: wake });
}
