import { DAY } from '../time/units';

/**
 * A moment near `now`, as short as is unambiguous: "15:04" on the same day, "Wed 15:04" within
 * a week either side, "Wed 9 Dec, 15:04" beyond. In the user's zone and locale (24-hour or
 * AM/PM as the locale writes it).
 */
export function formatNearMoment(at: number, now: number, timeZone: string, locale?: string): string {
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(t);
  const options: Intl.DateTimeFormatOptions =
    day(at) === day(now)
      ? {}
      : Math.abs(at - now) < 6 * DAY
        ? { weekday: 'short' }
        : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(locale, { ...options, hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}
