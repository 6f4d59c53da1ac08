// Instants written for people, in a zone and a locale: every formatter takes
// `(at, timeZone, locale)`, the locale last and optional (the interface's by default), so
// that messages can be written in the therapist's language and the interface in the client's.
import { DAY } from '../time/units';
import { uiLocale } from '../i18n/ui';
import { dateFormat } from './intl';

/** 'Tue 15:00' ('Tue 3:00 PM' in en-US). */
export function formatDeadline(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** A full date and time: 'Tue 1 Dec, 15:00' ('Tue, Dec 1, 3:00 PM' in en-US). */
export function formatDateTime(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

/** "Tuesday 3 March" (en-GB) or "Tuesday, March 3" (en-US). */
export function formatDay(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(at);
}

/** "15:00" (en-GB) or "3:00 PM" (en-US). */
export function formatTime(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** "Thursday". */
export function formatWeekday(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { weekday: 'long', timeZone }).format(at);
}

/** "14 December" ("December 14" in en-US). */
export function formatDayOfMonth(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', timeZone }).format(at);
}

/** "1 Dec 2026, 15:00": a date and time with no weekday, medium date style. */
export function formatDateAndTime(at: number, timeZone: string, locale: string = uiLocale()): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** The calendar date of `at` in `timeZone`, as 'YYYY-MM-DD' (the en-CA form), for comparing days. */
export function calendarDate(at: number, timeZone: string): string {
  const key = `${timeZone}|${at}`;
  let date = dates.get(key);
  if (date === undefined) {
    date = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    if (dates.size >= 1000) dates.clear();
    dates.set(key, date);
  }
  return date;
}

// Recent answers: a page asks the day of `now` and of each session's start several times per
// card ("today", "tomorrow", the session's name), each a call into `Intl`.
const dates = new Map<string, string>();

/** Whole days from 1970-01-01 to the calendar date of `at` in `timeZone`: days compare by subtraction. */
export function calendarDay(at: number, timeZone: string): number {
  return Date.parse(`${calendarDate(at, timeZone)}T00:00:00Z`) / DAY;
}

/**
 * A moment near `now`, as short as is unambiguous: "15:04" on the same day, "Wed 15:04" within
 * a week either side, "Wed 9 Dec, 15:04" beyond (24-hour or AM/PM as the locale writes it).
 */
export function formatNearMoment(at: number, now: number, timeZone: string, locale: string = uiLocale()): string {
  const options: Intl.DateTimeFormatOptions =
    calendarDate(at, timeZone) === calendarDate(now, timeZone)
      ? {}
      : Math.abs(at - now) < 6 * DAY
        ? { weekday: 'short' }
        : { weekday: 'short', day: 'numeric', month: 'short' };
  return dateFormat(locale, { ...options, hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}
