// Recurrence sets (RFC 5545 §3.8.5): DTSTART ∪ RRULEs ∪ RDATEs − EXDATEs, expanded only
// inside a range and under a cap, so `FREQ=SECONDLY` cannot hang the extension (issue 3,
// item 3). ical.js's RecurIterator does the rule arithmetic in wall-clock time; we jump it
// close to the range first and stop it at the range's end.
import ICAL from 'ical.js';
import { DAY_MS, parseWallTime } from './date-values';
import type { Zone } from '../../time/wall-clock';

export interface Instant {
  /** Wall-clock start in the series' zone. */
  local: number;
  /** Start instant (epoch ms). */
  at: number;
  /** End instant when the instance has its own (an RDATE period), else null. */
  end: number | null;
}

export interface RuleProblem {
  message: string;
}

/** Local readings differ from UTC by at most this (UTC−12 … UTC+14) plus a day of slack. */
export const ZONE_SLACK = 15 * 3_600_000 + DAY_MS;
/** Iterations one rule may take before we give up (a rule that matches almost nothing). */
const MAX_STEPS = 200_000;

/**
 * The wall-clock reading of `from` in the zone, less two hours for a DST change near it: a
 * jumped iterator starts there, so even FREQ=SECONDLY reaches the range in a few thousand steps.
 */
function jumpTarget(zone: Zone, from: number): number {
  return 2 * from - zone.toUtc(from) - 2 * 3_600_000;
}

const STEP_MS: Partial<Record<string, number>> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: DAY_MS,
  WEEKLY: 7 * DAY_MS,
};

/** A rule cleaned of what feeds get wrong: `BYDAY=MO, TU`, lower case, `COUNT=-1`. */
export function cleanRule(value: string): { rule: string; until: string | null; count: number | null } | null {
  const parts = value.replace(/\s+/g, '').toUpperCase().split(';').filter(Boolean);
  let until: string | null = null;
  let count: number | null = null;
  const kept: string[] = [];
  for (const part of parts) {
    const [key, v = ''] = part.split('=');
    if (key === 'UNTIL') until = v;
    else if (key === 'COUNT') {
      // COUNT=-1 (or 0) is written by some exporters for "no end": read it as no end.
      const n = Number(v);
      if (Number.isInteger(n) && n > 0) {
        count = n;
        kept.push(part);
      }
    } else kept.push(part);
  }
  if (!kept.some((p) => /^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/.test(p))) return null;
  return { rule: kept.join(';'), until, count };
}

/**
 * The instances of one RRULE whose start lies in `range` (epoch ms), at most `cap` of them.
 * Returns null (and a problem) when the rule cannot be read.
 */
export function expandRule(
  value: string,
  start: { local: number; date: boolean; zone: Zone },
  range: { from: number; to: number },
  cap: number,
  problems: RuleProblem[],
  /** `ical` skips the arithmetic fast path (tests compare both). */
  engine: 'auto' | 'ical' = 'auto',
  /** Only instances from here on count toward the cap (those before only widen the range). */
  capFrom: number = range.from,
): Instant[] | null {
  const cleaned = cleanRule(value);
  if (!cleaned) {
    problems.push({ message: 'the repeat rule has no valid FREQ, so only the first date is shown.' });
    return null;
  }
  const until = cleaned.until === null ? null : parseWallTime(cleaned.until);
  if (cleaned.until !== null && !until) {
    problems.push({ message: `the repeat rule's UNTIL “${cleaned.until}” is not a date, so only the first date is shown.` });
    return null;
  }
  const limit: Limit = {
    local: until && !until.utc ? (until.date ? until.local + DAY_MS - 1 : until.local) : null,
    at: until?.utc ? until.local : null,
    count: cleaned.count,
    capFrom,
  };
  const simple = engine === 'auto' ? simpleRule(cleaned.rule) : null;
  if (simple) return expandSimple(simple, start, range, limit, cap, problems);
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(cleaned.rule);
  } catch (error) {
    problems.push({ message: `the repeat rule could not be read (${error instanceof Error ? error.message : 'unknown'}), so only the first date is shown.` });
    return null;
  }
  return expandWithIcal(recur, start, range, limit, cap, problems);
}

interface Limit {
  /** Last allowed wall-clock start (UNTIL as a date or floating), or null. */
  local: number | null;
  /** Last allowed instant (UNTIL in UTC), or null. */
  at: number | null;
  count: number | null;
  capFrom: number;
}

/** Collects instances in range; false when the series must stop. */
function collector(start: { zone: Zone }, range: { from: number; to: number }, limit: Limit, cap: number, problems: RuleProblem[]) {
  const out: Instant[] = [];
  const lastLocal = range.to + ZONE_SLACK;
  let counted = 0;
  const take = (local: number): boolean => {
    if (local > lastLocal || (limit.local !== null && local > limit.local)) return false;
    const at = start.zone.toUtc(local);
    if (limit.at !== null && at > limit.at) return false;
    if (at < range.from || at >= range.to) return true;
    if (at >= limit.capFrom && ++counted > cap) {
      problems.push({ message: `a repeating event has more than ${cap} occurrences in the period shown; the rest were skipped.` });
      return false;
    }
    out.push({ local, at, end: null });
    return true;
  };
  return { out, take };
}

function expandWithIcal(
  recur: ICAL.Recur,
  start: { local: number; date: boolean; zone: Zone },
  range: { from: number; to: number },
  limit: Limit,
  cap: number,
  problems: RuleProblem[],
): Instant[] {
  // Jump close to the range: whole periods keep the rule's alignment (weeks from WKST, days,
  // hours …). Not with COUNT, which counts from DTSTART. The jumped start may itself be off
  // the rule (DTSTART always counts), but it lies before the range and is dropped.
  let first = start.local;
  const step = STEP_MS[recur.freq];
  const target = jumpTarget(start.zone, range.from);
  if (step && limit.count === null && first < target) {
    const period = step * (recur.interval || 1);
    first += Math.floor((target - first) / period) * period;
  }
  const d = new Date(first);
  const iterator = recur.iterator(
    ICAL.Time.fromData({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate: start.date,
    }),
  );
  const { out, take } = collector(start, range, limit, cap, problems);
  for (let steps = 0; ; steps++) {
    if (steps >= MAX_STEPS) {
      problems.push({ message: 'the repeat rule produced too many occurrences; the rest were skipped.' });
      break;
    }
    let next: ICAL.Time | null;
    try {
      next = iterator.next();
    } catch {
      problems.push({ message: 'the repeat rule could not be expanded; the rest of the series was skipped.' });
      break;
    }
    if (!next || !take(Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second))) break;
  }
  return out;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A DAILY or WEEKLY rule with only INTERVAL, BYDAY (plain days), WKST: most therapy series. */
interface SimpleRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  /** Days of the week (0 = Sunday), or null. */
  byDay: number[] | null;
  weekStart: number;
}

export function simpleRule(rule: string): SimpleRule | null {
  let freq: SimpleRule['freq'] | null = null;
  let interval = 1;
  let byDay: number[] | null = null;
  let weekStart = 1;
  for (const part of rule.split(';')) {
    const [key, value = ''] = part.split('=');
    if (key === 'FREQ' && (value === 'DAILY' || value === 'WEEKLY')) freq = value;
    else if (key === 'INTERVAL' && /^[1-9]\d*$/.test(value)) interval = Number(value);
    else if (key === 'BYDAY' && /^(SU|MO|TU|WE|TH|FR|SA)(,(SU|MO|TU|WE|TH|FR|SA))*$/.test(value)) {
      byDay = [...new Set(value.split(',').map((d) => WEEKDAYS.indexOf(d)))];
    } else if (key === 'WKST' && WEEKDAYS.includes(value)) weekStart = WEEKDAYS.indexOf(value);
    else if (key !== 'COUNT') return null;
  }
  return freq ? { freq, interval, byDay, weekStart } : null;
}

/**
 * The same instances ical.js yields for a simple rule, by arithmetic on wall-clock days
 * (RFC 5545 §3.3.10): DTSTART first, then each matching day after it, COUNT including DTSTART.
 */
function expandSimple(
  rule: SimpleRule,
  start: { local: number; date: boolean; zone: Zone },
  range: { from: number; to: number },
  limit: Limit,
  cap: number,
  problems: RuleProblem[],
): Instant[] {
  const { out, take } = collector(start, range, limit, cap, problems);
  const timeOfDay = ((start.local % DAY_MS) + DAY_MS) % DAY_MS;
  const startDay = start.local - timeOfDay;
  const weekday = (day: number): number => (new Date(day).getUTCDay());
  const period = (rule.freq === 'WEEKLY' ? 7 : 1) * rule.interval * DAY_MS;
  // Offsets (in days) inside one period where instances fall, in order.
  let base: number;
  let offsets: number[];
  if (rule.freq === 'WEEKLY') {
    base = startDay - ((weekday(startDay) - rule.weekStart + 7) % 7) * DAY_MS;
    const days = rule.byDay ?? [weekday(startDay)];
    offsets = days.map((d) => (d - rule.weekStart + 7) % 7).sort((a, b) => a - b);
  } else {
    base = startDay;
    offsets = [0];
  }
  let remaining = limit.count ?? Infinity;
  if (!take(start.local)) return out;
  remaining--;
  const target = jumpTarget(start.zone, range.from);
  if (limit.count === null && base < target) base += Math.floor((target - base) / period) * period;
  for (let steps = 0; remaining > 0; base += period) {
    for (const offset of offsets) {
      const local = base + offset * DAY_MS + timeOfDay;
      if (local <= start.local) continue;
      if (rule.freq === 'DAILY' && rule.byDay && !rule.byDay.includes(weekday(local))) continue;
      if (remaining <= 0 || !take(local)) return out;
      remaining--;
    }
    if (++steps >= MAX_STEPS) {
      problems.push({ message: 'the repeat rule produced too many occurrences; the rest were skipped.' });
      return out;
    }
  }
  return out;
}

/**
 * Merges DTSTART, rule instances and RDATEs (an RDATE on a rule instant counts once),
 * removes EXDATEs (by instant, or by date for a date-only EXDATE on a timed series).
 */
export function mergeRecurrenceSet(
  dtstart: Instant,
  ruleInstants: Instant[],
  rdates: Instant[],
  exdates: { at: number; dateLocal: number | null }[],
  range: { from: number; to: number },
): Instant[] {
  const byInstant = new Map<number, Instant>();
  const add = (instant: Instant): void => {
    if (instant.at < range.from || instant.at >= range.to) return;
    const known = byInstant.get(instant.at);
    if (!known || (known.end === null && instant.end !== null)) byInstant.set(instant.at, instant);
  };
  add(dtstart);
  for (const instant of ruleInstants) add(instant);
  for (const instant of rdates) add(instant);
  const excludedDays = new Set(exdates.flatMap((e) => (e.dateLocal === null ? [] : [Math.floor(e.dateLocal / DAY_MS)])));
  for (const { at } of exdates) byInstant.delete(at);
  const merged = [...byInstant.values()];
  return (excludedDays.size > 0 ? merged.filter((i) => !excludedDays.has(Math.floor(i.local / DAY_MS))) : merged).sort(
    (a, b) => a.at - b.at,
  );
}
