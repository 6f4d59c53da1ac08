// The instances of one RRULE inside a window (RFC 5545 §3.3.10), by the project's own
// arithmetic on wall-clock day numbers: period by period (year, month, week, day, or the
// hours/minutes/seconds of a matching day), the days the BYxxx parts select, their times,
// BYSETPOS, then COUNT, UNTIL and the window. Bounded by construction: without COUNT the walk
// starts at the period that holds the window's start, it ends at the window's end, and every
// period, day and time examined is charged to a budget, so no rule can stall a sync.
import { t } from '../../i18n/ui';
import { civilDate, dayNumber, dayOfWall, wallMs } from '../../time/civil';
import type { RecurRule } from './recur-rule';
import { dayMatches, dayPlan, matchingDays, type DayPlan } from './recur-days';
import { canOccur } from './recur-possible';
import { expandSubDaily, pickPositions } from './recur-subdaily';
import { RuleCollector, type Instant } from './rule-collector';
import type { RuleRequest } from './rule-request';

export type { RuleRequest, SeriesStart } from './rule-request';

/** Candidates (periods, days, times) one rule may examine: a few milliseconds of work. */
export const WORK_BUDGET = 100_000;

class BudgetSpent extends Error {}

/** The instances of the rule after DTSTART (DTSTART itself is the caller's), with problems in words. */
export function expandRule(request: RuleRequest, problems: string[]): Instant[] {
  const { rule, start } = request;
  const startDay = dayOfWall(start.local);
  const startSecond = Math.round((start.local - wallMs(startDay)) / 1000);
  const plan = dayPlan(rule, startDay);
  const times = start.date ? [0] : timesOfDay(rule, startSecond);
  const collector = new RuleCollector(request, problems);
  if (!canOccur(plan, rule, times.length)) {
    collector.never('Contradicts');
    return collector.out;
  }
  let work = 0;
  const tick = (): void => {
    if (++work > WORK_BUDGET) throw new BudgetSpent();
  };
  try {
    if (rule.freq === 'HOURLY' || rule.freq === 'MINUTELY' || rule.freq === 'SECONDLY') {
      expandSubDaily(request, plan, startDay, startSecond, collector, tick);
    } else {
      expandByPeriods(request, plan, times, startDay, collector, tick);
    }
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    problems.push(t('errors_ruleTooMuchWork', { rule: rule.text, steps: WORK_BUDGET }));
  }
  return collector.out;
}

/** Seconds of the day of a DAILY or coarser rule: BYHOUR × BYMINUTE × BYSECOND, each defaulting to DTSTART's. */
function timesOfDay(rule: RecurRule, startSecond: number): number[] {
  const hours = rule.byHour ?? [Math.floor(startSecond / 3600)];
  const minutes = rule.byMinute ?? [Math.floor(startSecond / 60) % 60];
  const seconds = rule.bySecond ?? [startSecond % 60];
  const out: number[] = [];
  for (const h of hours)
    for (const m of minutes) for (const s of seconds) out.push(h * 3600 + m * 60 + Math.min(s, 59));
  return [...new Set(out)].sort((a, b) => a - b);
}

/** First day and length of period `k` (0 = the one holding DTSTART) of a YEARLY/MONTHLY/WEEKLY/DAILY rule. */
function periodDays(rule: RecurRule, startDay: number, k: number): { first: number; length: number } {
  if (rule.freq === 'DAILY') return { first: startDay + k, length: 1 };
  if (rule.freq === 'WEEKLY') {
    const weekFirst = startDay - ((((startDay + 4) % 7) + 7 - rule.weekStart) % 7);
    return { first: weekFirst + 7 * k, length: 7 };
  }
  const s = civilDate(startDay);
  if (rule.freq === 'YEARLY') {
    const first = dayNumber(s.year + k, 1, 1);
    return { first, length: dayNumber(s.year + k + 1, 1, 1) - first };
  }
  const index = s.year * 12 + s.month - 1 + k;
  const first = dayNumber(Math.floor(index / 12), (index % 12) + 1, 1);
  return { first, length: dayNumber(Math.floor((index + 1) / 12), ((index + 1) % 12) + 1, 1) - first };
}

/** The period (a multiple of INTERVAL) that holds the wall-clock `local`, or 0 when that is before DTSTART. */
function periodAt(rule: RecurRule, startDay: number, local: number): number {
  const day = dayOfWall(local);
  if (day <= startDay) return 0;
  let k: number;
  if (rule.freq === 'DAILY') k = day - startDay;
  else if (rule.freq === 'WEEKLY') k = Math.floor((day - periodDays(rule, startDay, 0).first) / 7);
  else {
    const s = civilDate(startDay);
    const t = civilDate(day);
    k = rule.freq === 'YEARLY' ? t.year - s.year : (t.year - s.year) * 12 + t.month - s.month;
  }
  return Math.floor(k / rule.interval) * rule.interval;
}

function expandByPeriods(
  request: RuleRequest,
  plan: DayPlan,
  times: number[],
  startDay: number,
  collector: RuleCollector,
  tick: () => void,
): void {
  const { rule, start } = request;
  let k = rule.count === null ? periodAt(rule, startDay, collector.firstLocal) : 0;
  for (; ; k += rule.interval) {
    tick();
    const period = periodDays(rule, startDay, k);
    if (wallMs(period.first) > collector.lastLocal) return;
    const days =
      rule.freq === 'DAILY' ? (dayMatches(plan, period.first) ? [period.first] : []) : matchingDays(plan, period, tick);
    if (days.length === 0) continue;
    const candidates: number[] = [];
    for (const day of days) for (const t of times) candidates.push(wallMs(day, t));
    for (const local of pickPositions(candidates, rule.bySetPos)) {
      if (local <= start.local) continue;
      tick();
      if (!collector.take(local)) return;
    }
  }
}
