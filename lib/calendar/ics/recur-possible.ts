// A rule whose parts contradict each other (`BYMONTH=2;BYMONTHDAY=30`, `BYWEEKNO=1;BYMONTH=6`,
// `BYDAY=MO;BYSETPOS=6`) never occurs. Said at once, by name, instead of being searched for:
// ical.js walks such a rule up to the year 32,649 (minutes and gigabytes per sync).
import { dayNumber } from '../../time/civil';
import { matchingDays, type DayPlan, type DayRange } from './recur-days';
import type { RecurRule } from './recur-rule';

/** 28 years hold every kind of Gregorian year (each weekday of 1 January, leap or not). */
const FIRST_YEAR = 2000;
const YEARS = 28;

/** Whether the rule can select a day at all, tried over every kind of year; only for rules with parts that can clash. */
export function canOccur(plan: DayPlan, rule: RecurRule, timesPerDay: number): boolean {
  const dayParts = [plan.byMonth, plan.byMonthDay, plan.byYearDay, plan.byWeekNo, plan.byDay].filter(Boolean).length;
  if (dayParts < 2 && !rule.bySetPos) return true;
  const noop = (): void => {};
  for (const range of periods(plan)) {
    const days = matchingDays(plan, range, noop).length;
    if (days === 0) continue;
    if (!rule.bySetPos || !['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'].includes(rule.freq)) return true;
    // BYSETPOS picks among one period's candidates: a day's times for DAILY, the period's days × times otherwise.
    const size = (rule.freq === 'DAILY' ? 1 : days) * timesPerDay;
    if (rule.bySetPos.some((p) => Math.abs(p) <= size)) return true;
  }
  return false;
}

function* periods(plan: DayPlan): Generator<DayRange> {
  const first = dayNumber(FIRST_YEAR, 1, 1);
  const end = dayNumber(FIRST_YEAR + YEARS, 1, 1);
  if (plan.freq === 'YEARLY') {
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++)
      yield { first: dayNumber(y, 1, 1), length: dayNumber(y + 1, 1, 1) - dayNumber(y, 1, 1) };
  } else if (plan.freq === 'MONTHLY') {
    for (let m = 0; m < YEARS * 12; m++) {
      const y = FIRST_YEAR + Math.floor(m / 12);
      const start = dayNumber(y, (m % 12) + 1, 1);
      yield { first: start, length: dayNumber(y + (m % 12 === 11 ? 1 : 0), ((m + 1) % 12) + 1, 1) - start };
    }
  } else if (plan.freq === 'WEEKLY') {
    for (let d = first; d < end; d += 7) yield { first: d, length: 7 };
  } else {
    // Day by day (DAILY and finer): BYSETPOS then applies to one day's times, and a year at a time finds the days.
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++)
      yield { first: dayNumber(y, 1, 1), length: dayNumber(y + 1, 1, 1) - dayNumber(y, 1, 1) };
  }
}
