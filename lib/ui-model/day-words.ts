import { calendarDay, formatDayOfMonth, formatTime, formatWeekday } from '../format/date-time';
import { t as tr } from '../i18n/ui';

/** Whole calendar days from `now`'s date to `t`'s date in `timeZone` (0: same day). */
export function daysBetween(now: number, t: number, timeZone: string): number {
  return calendarDay(t, timeZone) - calendarDay(now, timeZone);
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
  const time = formatTime(t, timeZone, locale);
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
  if (days > 1 && days < 7) return tr('common_sessionWeekday', { weekday: formatWeekday(t, timeZone, locale) });
  return tr('common_sessionOnDate', { date: formatDayOfMonth(t, timeZone, locale) });
}
