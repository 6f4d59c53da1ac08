// The instances of one RRULE inside a window (RFC 5545 §3.3.10), by the project's own
// arithmetic on wall-clock day numbers: period by period (year, month, week, day, or the
// hours/minutes/seconds of a matching day), the days the BYxxx parts select, their times,
// BYSETPOS, then COUNT, UNTIL and the window. Bounded by construction: without COUNT the walk
// starts at the period that holds the window's start, it ends at the window's end, and every
// period, day and time examined is charged to a budget, so no rule can stall a sync.
import { civilDate, dayNumber, dayOfWall, wallMs } from '../../time/civil';
import type { Zone } from '../../time/wall-clock';
import { dayMatches, dayPlan, matchingDays, type DayPlan } from './recur-days';
import { canOccur } from './recur-possible';
import type { RecurRule } from './recur-rule';
import { RuleCollector, type Instant } from './rule-collector';

/** Candidates (periods, days, times) one rule may examine: a few milliseconds of work. */
export const WORK_BUDGET = 100_000;

export interface SeriesStart {
  /** Wall-clock DTSTART in the series' zone. */
  local: number;
  /** DTSTART is a DATE. */
  date: boolean;
  zone: Zone;
}

export interface RuleRequest {
  rule: RecurRule;
  start: SeriesStart;
  /** Instances starting in [from, to) (epoch ms) are returned. */
  range: { from: number; to: number };
  /** At most this many instances from `capFrom` on (those before only widen the range). */
  cap: number;
  capFrom: number;
}

class BudgetSpent extends Error {}

const UNIT_SECONDS = { HOURLY: 3600, MINUTELY: 60, SECONDLY: 1 } as const;
const ALL_HOURS = Array.from({ length: 24 }, (_, i) => i);
const ALL_MINUTES = Array.from({ length: 60 }, (_, i) => i);

/** The instances of the rule after DTSTART (DTSTART itself is the caller's), with problems in words. */
export function expandRule(request: RuleRequest, problems: string[]): Instant[] {
  const { rule, start } = request;
  const startDay = dayOfWall(start.local);
  const startSecond = Math.round((start.local - wallMs(startDay)) / 1000);
  const plan = dayPlan(rule, startDay);
  const times = start.date ? [0] : timesOfDay(rule, startSecond);
  const collector = new RuleCollector(request, problems);
  if (!canOccur(plan, rule, times.length)) {
    collector.never('its parts contradict each other');
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
    problems.push(
      `The repeat rule “${rule.text}” needed more than ${WORK_BUDGET.toLocaleString('en-US')} steps to expand; its later occurrences were skipped.`,
    );
  }
  return collector.out;
}

/** Seconds of the day of a DAILY or coarser rule: BYHOUR × BYMINUTE × BYSECOND, each defaulting to DTSTART's. */
function timesOfDay(rule: RecurRule, startSecond: number): number[] {
  const hours = rule.byHour ?? [Math.floor(startSecond / 3600)];
  const minutes = rule.byMinute ?? [Math.floor(startSecond / 60) % 60];
  const seconds = rule.bySecond ?? [startSecond % 60];
  const out: number[] = [];
  for (const h of hours) for (const m of minutes) for (const s of seconds) out.push(h * 3600 + m * 60 + Math.min(s, 59));
  return [...new Set(out)].sort((a, b) => a - b);
}

/** BYSETPOS (1-based, negative from the end) over one period's sorted candidates. */
function pickPositions(candidates: number[], positions: number[] | null): number[] {
  if (!positions) return candidates;
  const n = candidates.length;
  const picked = new Set<number>();
  for (const p of positions) {
    const index = p > 0 ? p - 1 : n + p;
    if (index >= 0 && index < n) picked.add(candidates[index] as number);
  }
  return [...picked].sort((a, b) => a - b);
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
  request: RuleRequest, plan: DayPlan, times: number[], startDay: number, collector: RuleCollector, tick: () => void,
): void {
  const { rule, start } = request;
  let k = rule.count === null ? periodAt(rule, startDay, collector.firstLocal) : 0;
  for (; ; k += rule.interval) {
    tick();
    const period = periodDays(rule, startDay, k);
    if (wallMs(period.first) > collector.lastLocal) return;
    const days = rule.freq === 'DAILY' ? (dayMatches(plan, period.first) ? [period.first] : []) : matchingDays(plan, period, tick);
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

/**
 * HOURLY, MINUTELY, SECONDLY: day by day (the day-level parts only limit them, RFC 5545 §3.3.10),
 * then the periods of that day that lie on the INTERVAL grid from DTSTART, their BYxxx limits
 * and expansions, BYSETPOS per period.
 */
/**
 * Whether some allowed time of day lies on the INTERVAL grid on some day: days shift the grid by
 * multiples of gcd(step, 86400) s, so a time fits iff it matches `origin` modulo that
 * (`FREQ=SECONDLY;INTERVAL=2;BYSECOND=1` from an even second never does).
 */
function onGrid(hours: number[], minutes: number[] | null, seconds: number[] | null, unit: number, step: number, origin: number): boolean {
  const g = gcd(step, 86_400);
  for (const h of hours) {
    for (const m of unit === 3600 ? [0] : (minutes ?? ALL_MINUTES)) {
      for (const s of unit === 1 ? (seconds ?? ALL_MINUTES) : [0]) {
        if ((((h * 3600 + m * 60 + s - origin) % g) + g) % g === 0) return true;
      }
    }
  }
  return false;
}

/** `values` as a table indexed by value, for the inner loop of sub-daily rules. */
function lookup(values: number[], size: number): Uint8Array {
  const table = new Uint8Array(size);
  for (const v of values) table[v] = 1;
  return table;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function expandSubDaily(
  request: RuleRequest, plan: DayPlan, startDay: number, startSecond: number, collector: RuleCollector, tick: () => void,
): void {
  const { rule, start } = request;
  const freq = rule.freq as keyof typeof UNIT_SECONDS;
  const unit = UNIT_SECONDS[freq];
  const step = unit * rule.interval;
  const origin = startDay * 86_400 + Math.floor(startSecond / unit) * unit;
  const hours = rule.byHour ?? ALL_HOURS;
  const minuteSet = rule.byMinute ?? (freq === 'HOURLY' ? [Math.floor(startSecond / 60) % 60] : null);
  const secondSet = rule.bySecond ?? (freq === 'SECONDLY' ? null : [startSecond % 60]);
  const hourOk = lookup(hours, 24);
  const minuteOk = lookup(minuteSet ?? ALL_MINUTES, 60);
  const secondOk = lookup(secondSet ?? ALL_MINUTES, 61);
  if (!onGrid(hours, minuteSet, secondSet, unit, step, origin)) {
    collector.never(`its times never fall on its ${freq.toLowerCase()} interval`);
    return;
  }
  // What one period expands to (RFC 5545 §3.3.10: BYMINUTE, BYSECOND finer than FREQ expand it), then BYSETPOS.
  const minutesOf = freq === 'HOURLY' ? (minuteSet as number[]) : null;
  const secondsOf = freq === 'SECONDLY' ? null : (secondSet as number[]);
  const single = !rule.bySetPos && (minutesOf?.length ?? 1) * (secondsOf?.length ?? 1) === 1;
  let day = rule.count === null ? Math.max(startDay, dayOfWall(collector.firstLocal)) : startDay;
  /** Emits the instances of the period starting `s` seconds into `day`; false when the series ends. */
  const period = (s: number): boolean => {
    const base = wallMs(day, freq === 'HOURLY' ? s - (s % 3600) : s);
    if (single) {
      const local = base + ((minutesOf?.[0] ?? 0) * 60 + Math.min(secondsOf?.[0] ?? 0, 59)) * 1000;
      return local <= start.local || collector.take(local);
    }
    const candidates: number[] = [];
    for (const m of minutesOf ?? [0]) for (const sec of secondsOf ?? [0]) candidates.push(base + (m * 60 + Math.min(sec, 59)) * 1000);
    for (const local of pickPositions(candidates.sort((x, y) => x - y), rule.bySetPos)) {
      if (local > start.local && !collector.take(local)) return false;
    }
    return true;
  };
  for (; ; day++) {
    tick();
    if (wallMs(day) > collector.lastLocal) return;
    if (!dayMatches(plan, day)) continue;
    const dayStart = day * 86_400;
    // Without COUNT nothing before the window's start matters: the grid starts there.
    const from = rule.count === null ? Math.max(dayStart, Math.floor(collector.firstLocal / 1000)) : dayStart;
    // The grid's periods of this day: stepped along the grid when it is sparse, else through the allowed values.
    const valuesCount = hours.length * (freq === 'HOURLY' ? 1 : (minuteSet?.length ?? 60)) * (freq === 'SECONDLY' ? (secondSet?.length ?? 60) : 1);
    if (86_400 / step <= valuesCount) {
      for (let p = origin + Math.ceil((from - origin) / step) * step; p < dayStart + 86_400; p += step) {
        tick();
        const s = p - dayStart;
        if (!hourOk[Math.floor(s / 3600)]) continue;
        if (freq !== 'HOURLY' && !minuteOk[Math.floor(s / 60) % 60]) continue;
        if (freq === 'SECONDLY' && !secondOk[s % 60]) continue;
        if (!period(s)) return;
      }
    } else {
      for (const h of hours) {
        for (const m of freq === 'HOURLY' ? [0] : (minuteSet ?? ALL_MINUTES)) {
          for (const sec of freq === 'SECONDLY' ? (secondSet ?? ALL_MINUTES) : [0]) {
            const s = h * 3600 + m * 60 + sec;
            if (dayStart + s < from) continue;
            tick();
            if ((((dayStart + s - origin) % step) + step) % step === 0 && !period(s)) return;
          }
        }
      }
    }
  }
}

