// Recurrence sets (RFC 5545 §3.8.5): DTSTART ∪ RRULE instances ∪ RDATEs − EXDATEs, and which
// instance a RECURRENCE-ID or EXDATE names when its value type or zone differs from DTSTART
// (Exchange and Google write DATE-TIME RECURRENCE-IDs on all-day series; EXDATEs come in
// other zones or in UTC).
import { dayOfWall } from '../../time/civil';
import { DAY } from '../../time/units';
import type { Zone } from '../../time/wall-clock';
import { wallOf } from '../../time/wall-of';
import type { ZonedTime } from './date-values';
import type { Instant } from './rule-collector';

/**
 * Instances named by times: by instant on a timed series; by day on an all-day series (a UTC
 * time counts in the series' zone, any other time by the date written) and for a DATE on a
 * timed series (every instance of that day, RFC 5545 §3.8.5.1).
 */
export class InstanceSet {
  readonly #instants = new Set<number>();
  readonly #days = new Set<number>();
  readonly #allDay: boolean;
  readonly #zone: Zone;

  readonly #timeOfDay: number;

  constructor(series: { date: boolean; zone: Zone; local: number }) {
    this.#allDay = series.date;
    this.#zone = series.zone;
    this.#timeOfDay = series.local - dayOfWall(series.local) * DAY;
  }

  add(time: ZonedTime): void {
    if (this.#allDay || time.date) this.#days.add(this.#dayOf(time));
    else this.#instants.add(time.at);
  }

  has(instance: Instant): boolean {
    return this.#instants.has(instance.at) || (this.#days.size > 0 && this.#days.has(dayOfWall(instance.local)));
  }

  /**
   * The start of the series instance a RECURRENCE-ID names: on an all-day series that day's
   * midnight, for a DATE on a timed series that day at DTSTART's time (the instance's own key).
   */
  instantOf(time: ZonedTime): number {
    if (this.#allDay) return this.#zone.toUtc(this.#dayOf(time) * DAY);
    return time.date ? this.#zone.toUtc(this.#dayOf(time) * DAY + this.#timeOfDay) : time.at;
  }

  #dayOf(time: ZonedTime): number {
    return dayOfWall(time.utc ? wallOf(this.#zone, time.at) : time.local);
  }
}

/** Merges DTSTART, rule instances and RDATEs inside `range` (an RDATE on a rule instant counts once), less the excluded. */
export function mergeRecurrenceSet(
  dtstart: Instant,
  ruleInstants: Instant[],
  rdates: Instant[],
  excluded: InstanceSet,
  range: { from: number; to: number },
): Instant[] {
  const byInstant = new Map<number, Instant>();
  const add = (instant: Instant): void => {
    if (instant.at < range.from || instant.at >= range.to || excluded.has(instant)) return;
    const known = byInstant.get(instant.at);
    if (!known || (known.end === null && instant.end !== null)) byInstant.set(instant.at, instant);
  };
  add(dtstart);
  for (const instant of ruleInstants) add(instant);
  for (const instant of rdates) add(instant);
  return [...byInstant.values()].sort((a, b) => a.at - b.at);
}
