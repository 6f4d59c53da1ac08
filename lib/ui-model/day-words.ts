import { calendarDay, formatDayOfMonth, formatTime, formatWeekday } from '../format/date-time';

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
  const day = days === 0 ? 'Today' : 'Tomorrow';
  return `${inSentence ? day.toLowerCase() : day}, ${time}`;
}

/**
 * How a button names its session, so that each has its own accessible name: "today's
 * session", "tomorrow's session", "Thursday's session" within the week, else "the session on
 * 14 December".
 */
export function sessionName(t: number, now: number, locale: string, timeZone: string): string {
  const days = daysBetween(now, t, timeZone);
  if (days === 0) return "today's session";
  if (days === 1) return "tomorrow's session";
  if (days === -1) return "yesterday's session";
  if (days > 1 && days < 7) return `${formatWeekday(t, timeZone, locale)}'s session`;
  return `the session on ${formatDayOfMonth(t, timeZone, locale)}`;
}
