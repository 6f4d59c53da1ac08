import { DAY } from './units';

/** 2023-01-01, a Sunday: day `i` after it is weekday `i` (0 = Sunday, as `Date.getDay`). */
const A_SUNDAY = Date.UTC(2023, 0, 1, 12);

/** The names of the weekdays in `locale`, Sunday first (ECMA-402 `weekday`: "short" Mon, "long" Monday). */
export function weekdayNames(locale: string, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(A_SUNDAY + i * DAY));
}
