// The days of one period of a rule (RFC 5545 §3.3.10): a year, month, week or day, and the
// days inside it that the BYxxx parts select. Parts that the table of §3.3.10 calls "Expand"
// pick the candidates; those it calls "Limit" filter them; both come to the same tests on a
// day, so every part is one filter here and the candidates are only narrowed first where that
// is cheap (the months of BYMONTH, the days of BYMONTHDAY or BYYEARDAY). Days that do not
// exist (30 February) are never candidates: "invalid dates MUST be ignored and MUST NOT be
// counted" (§3.3.10).
import { civilDate, dayNumber, monthLength, weekdayOf, yearLength } from '../../time/civil';
import type { RecurRule, WeekdayNum } from './recur-rule';

/** Day-level parts after DTSTART filled in what the rule leaves open (§3.3.10, "derived from DTSTART"). */
export interface DayPlan {
  freq: RecurRule['freq'];
  byMonth: number[] | null;
  byMonthDay: number[] | null;
  byYearDay: number[] | null;
  byWeekNo: number[] | null;
  byDay: WeekdayNum[] | null;
  weekStart: number;
  /** Ordinals of BYDAY count within the month (MONTHLY; YEARLY with BYMONTH, RFC 5545 erratum 1913) or the year. */
  ordinalsInMonth: boolean;
  /** Only plain weekdays (or nothing) select days: a bit per weekday (bit 0 = Sunday), else -1. */
  weekdayMask: number;
}

export function dayPlan(rule: RecurRule, startDay: number): DayPlan {
  const start = civilDate(startDay);
  const plan: DayPlan = {
    freq: rule.freq,
    byMonth: rule.byMonth,
    byMonthDay: rule.byMonthDay,
    byYearDay: rule.byYearDay,
    byWeekNo: rule.byWeekNo,
    byDay: rule.byDay,
    weekStart: rule.weekStart,
    ordinalsInMonth: rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth !== null),
    weekdayMask: -1,
  };
  const dayless = !plan.byWeekNo && !plan.byYearDay && !plan.byMonthDay && !plan.byDay;
  if (rule.freq === 'YEARLY' && dayless) {
    plan.byMonth ??= [start.month];
    plan.byMonthDay = [start.day];
  } else if (rule.freq === 'YEARLY' && plan.byWeekNo && !plan.byDay && !plan.byYearDay && !plan.byMonthDay) {
    // A week number picks a week; the day in it comes from DTSTART (as libical reads it).
    plan.byDay = [{ weekday: weekdayOf(startDay), nth: 0 }];
  } else if (rule.freq === 'MONTHLY' && dayless) {
    plan.byMonthDay = [start.day];
  } else if (rule.freq === 'WEEKLY' && !plan.byDay) {
    plan.byDay = [{ weekday: weekdayOf(startDay), nth: 0 }];
  }
  // Most series (weekly on some weekdays) need only the weekday: no calendar date is computed for them.
  if (!plan.byMonth && !plan.byMonthDay && !plan.byYearDay && !plan.byWeekNo && !plan.byDay?.some((d) => d.nth !== 0)) {
    plan.weekdayMask = plan.byDay ? plan.byDay.reduce((mask, d) => mask | (1 << d.weekday), 0) : 0x7f;
  }
  return plan;
}

/** Day number of the first day of week 1 of `year` (§3.3.10: the first week with at least four days in the year). */
function weekOneStart(year: number, weekStart: number): number {
  const jan1 = dayNumber(year, 1, 1);
  const back = (weekdayOf(jan1) - weekStart + 7) % 7;
  return back >= 4 ? jan1 - back + 7 : jan1 - back;
}

/** Whether a day of `year` is in one of the weeks of `weeks` (negative: from the end of its week-numbering year). */
function inWeeks(day: number, year: number, weeks: number[], weekStart: number): boolean {
  let weekYear = year;
  let first = weekOneStart(year, weekStart);
  if (day < first) first = weekOneStart((weekYear = year - 1), weekStart);
  else {
    const next = weekOneStart(year + 1, weekStart);
    if (day >= next) {
      first = next;
      weekYear = year + 1;
    }
  }
  const count = (weekOneStart(weekYear + 1, weekStart) - first) / 7;
  const week = Math.floor((day - first) / 7) + 1;
  return weeks.includes(week) || weeks.includes(week - count - 1);
}

function matchesOrdinal(entries: WeekdayNum[], weekday: number, index: number, length: number): boolean {
  const fromStart = Math.floor((index - 1) / 7) + 1;
  const fromEnd = -(Math.floor((length - index) / 7) + 1);
  for (const e of entries)
    if (e.weekday === weekday && (e.nth === 0 || e.nth === fromStart || e.nth === fromEnd)) return true;
  return false;
}

function signedIn(values: number[], index: number, length: number): boolean {
  return values.includes(index) || values.includes(index - length - 1);
}

/** Whether one day passes every day-level part of the plan. */
export function dayMatches(plan: DayPlan, day: number): boolean {
  if (plan.weekdayMask >= 0) return (plan.weekdayMask & (1 << weekdayOf(day))) !== 0;
  const { year, month, day: dom } = civilDate(day);
  if (plan.byMonth && !plan.byMonth.includes(month)) return false;
  const mlen = monthLength(year, month);
  if (plan.byMonthDay && !signedIn(plan.byMonthDay, dom, mlen)) return false;
  if (plan.byYearDay || plan.byWeekNo || (plan.byDay && !plan.ordinalsInMonth)) {
    const jan1 = dayNumber(year, 1, 1);
    const ylen = yearLength(year);
    if (plan.byYearDay && !signedIn(plan.byYearDay, day - jan1 + 1, ylen)) return false;
    if (plan.byWeekNo && !inWeeks(day, year, plan.byWeekNo, plan.weekStart)) return false;
    if (plan.byDay && !plan.ordinalsInMonth) return matchesOrdinal(plan.byDay, weekdayOf(day), day - jan1 + 1, ylen);
  }
  return !plan.byDay || matchesOrdinal(plan.byDay, weekdayOf(day), dom, mlen);
}

/** A period of days: [first, first + length). */
export interface DayRange {
  first: number;
  length: number;
}

/**
 * The matching days of a range, in order, each checked with `dayMatches`. Candidates are
 * narrowed first to the months of BYMONTH and the days of BYMONTHDAY / BYYEARDAY. `tick`
 * counts the work (one per candidate day) against the series' budget.
 */
export function matchingDays(plan: DayPlan, range: DayRange, tick: () => void): number[] {
  const out: number[] = [];
  const end = range.first + range.length;
  if (range.length <= 7) {
    for (let day = range.first; day < end; day++) {
      tick();
      if (dayMatches(plan, day)) out.push(day);
    }
    return out;
  }
  for (const day of candidateDays(plan, range)) {
    tick();
    if (day >= range.first && day < end && dayMatches(plan, day)) out.push(day);
  }
  return out;
}

/** The days of a month-or-longer range worth testing, in order. */
function candidateDays(plan: DayPlan, range: DayRange): number[] {
  const first = civilDate(range.first);
  const last = civilDate(range.first + range.length - 1);
  if (plan.byYearDay && !plan.byMonthDay && first.year === last.year) {
    const jan1 = dayNumber(first.year, 1, 1);
    const ylen = yearLength(first.year);
    return [...new Set(plan.byYearDay.map((n) => jan1 + (n > 0 ? n - 1 : ylen + n)))].sort((a, b) => a - b);
  }
  const days: number[] = [];
  for (
    let y = first.year, m = first.month;
    y < last.year || (y === last.year && m <= last.month);
    m === 12 ? (y++, (m = 1)) : m++
  ) {
    if (plan.byMonth && !plan.byMonth.includes(m)) continue;
    const mlen = monthLength(y, m);
    const base = dayNumber(y, m, 1);
    if (plan.byMonthDay) {
      const inMonth = plan.byMonthDay.map((n) => (n > 0 ? n : mlen + n + 1)).filter((d) => d >= 1 && d <= mlen);
      for (const d of [...new Set(inMonth)].sort((a, b) => a - b)) days.push(base + d - 1);
    } else {
      for (let d = 0; d < mlen; d++) days.push(base + d);
    }
  }
  return days;
}
