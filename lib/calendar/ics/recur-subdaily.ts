// HOURLY, MINUTELY and SECONDLY rules (RFC 5545 §3.3.10): day by day (the day-level parts only
// limit them), then the periods of each matching day that lie on the INTERVAL grid from DTSTART,
// their BYHOUR/BYMINUTE/BYSECOND limits and expansions, and BYSETPOS per period. A day is walked
// along the grid when the grid is sparse, else through the allowed times, whichever is shorter.
import { dayOfWall, wallMs } from '../../time/civil';
import { dayMatches, type DayPlan } from './recur-days';
import type { RuleRequest } from './rule-request';
import type { RuleCollector } from './rule-collector';

const UNIT_SECONDS = { HOURLY: 3600, MINUTELY: 60, SECONDLY: 1 } as const;
const OFF_GRID = { HOURLY: 'OffGridHourly', MINUTELY: 'OffGridMinutely', SECONDLY: 'OffGridSecondly' } as const;
const ALL_HOURS = Array.from({ length: 24 }, (_, i) => i);
const ALL_MINUTES = Array.from({ length: 60 }, (_, i) => i);

/** BYSETPOS (1-based, negative from the end) over one period's sorted candidates. */
export function pickPositions(candidates: number[], positions: number[] | null): number[] {
  if (!positions) return candidates;
  const n = candidates.length;
  const picked = new Set<number>();
  for (const p of positions) {
    const index = p > 0 ? p - 1 : n + p;
    if (index >= 0 && index < n) picked.add(candidates[index] as number);
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * Whether some allowed time of day lies on the INTERVAL grid on some day: days shift the grid by
 * multiples of gcd(step, 86400) s, so a time fits iff it matches `origin` modulo that
 * (`FREQ=SECONDLY;INTERVAL=2;BYSECOND=1` from an even second never does).
 */
function onGrid(
  hours: number[],
  minutes: number[] | null,
  seconds: number[] | null,
  unit: number,
  step: number,
  origin: number,
): boolean {
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

export function expandSubDaily(
  request: RuleRequest,
  plan: DayPlan,
  startDay: number,
  startSecond: number,
  collector: RuleCollector,
  tick: () => void,
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
    collector.never(OFF_GRID[freq]);
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
    for (const m of minutesOf ?? [0])
      for (const sec of secondsOf ?? [0]) candidates.push(base + (m * 60 + Math.min(sec, 59)) * 1000);
    for (const local of pickPositions(
      candidates.sort((x, y) => x - y),
      rule.bySetPos,
    )) {
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
    const valuesCount =
      hours.length *
      (freq === 'HOURLY' ? 1 : (minuteSet?.length ?? 60)) *
      (freq === 'SECONDLY' ? (secondSet?.length ?? 60) : 1);
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
