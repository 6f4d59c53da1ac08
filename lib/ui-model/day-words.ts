import { t as tr } from '../i18n/ui';
import { DAY } from '../time/units';

/** Whole calendar days from `now`'s date to `t`'s date in `timeZone` (0: same day). */
export function daysBetween(now: number, t: number, timeZone: string): number {
  const date = (at: number) => Date.parse(`${new Intl.DateTimeFormat('en-CA', { timeZone }).format(at)}T00:00:00Z`);
  return Math.round((date(t) - date(now)) / DAY);
}

/** 'Today, 15:00', 'Tomorrow, 3:00 PM' ('today, …' inside a sentence), else `fallback` (a full date). */
export function relativeDateTime(
  t: number,
  now: number,
  locale: string,
  timeZone: string,
  fallback: string,
  inSentence = false,
): string {
  const days = daysBetween(now, t, timeZone);
  if (days !== 0 && days !== 1) return fallback;
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(t);
  if (days === 0) return tr(inSentence ? 'common_todayInSentence' : 'common_today', { time });
  return tr(inSentence ? 'common_tomorrowInSentence' : 'common_tomorrow', { time });
}

/**
 * How a button names its session, so that each has its own accessible name: "today's
 * session", "tomorrow's session", "Thursday's session" within the week, else "the session on
 * 14 December".
 */
export function sessionName(t: number, now: number, locale: string, timeZone: string): string {
  const days = daysBetween(now, t, timeZone);
  if (days === 0) return tr('common_sessionToday');
  if (days === 1) return tr('common_sessionTomorrow');
  if (days === -1) return tr('common_sessionYesterday');
  if (days > 1 && days < 7)
    return tr('common_sessionWeekday', {
      weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(t),
    });
  return tr('common_sessionOnDate', {
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone }).format(t),
  });
}
