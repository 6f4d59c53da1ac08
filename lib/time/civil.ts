// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), exact for
// every year 0000–9999 that iCalendar can write (RFC 5545 §3.3.4: four-digit years).
// `Date.UTC` is not used because it reads years 0–99 as 1900–1999.
import { DAY } from './units';

/** Day number of a calendar date (`month` 1–12). After H. Hinnant's `days_from_civil`. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** The calendar date of a day number. */
export function civilDate(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

export function yearLength(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Wall-clock "naive" ms (the convention of wall-clock.ts) of a day number and a time of day in seconds. */
export function wallMs(days: number, secondOfDay = 0): number {
  return days * DAY + secondOfDay * 1000;
}

/** The day number of a wall-clock ms. */
export function dayOfWall(local: number): number {
  return Math.floor(local / DAY);
}

/** Wall-clock ms of a date and time, validated: null for 30 February, hour 25 and the like. */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month))) return null;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60)) return null;
  // A leap second (60) is read as the last second of its minute (RFC 5545 §3.3.12 allows 60).
  return wallMs(dayNumber(year, month, day), hour * 3600 + minute * 60 + Math.min(second, 59));
}

/** First and one-past-last wall-clock ms iCalendar can write (years 0000–9999). */
export const FIRST_WALL = wallMs(dayNumber(0, 1, 1));
export const END_WALL = wallMs(dayNumber(10_000, 1, 1));
