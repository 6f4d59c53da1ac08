// Wall-clock times ↔ instants in an IANA zone, through the runtime's tz database (`Intl`, via
// @date-fns/tz's `tzOffset`). A wall-clock time is a "naive" epoch ms: `Date.UTC(y, m, d, h, mi)`
// of the local reading. Shared by the ICS reader and the deadline rules; small enough for the
// popup.
// The subpath: the package index also loads TZDate, whose module has side effects.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { HOUR, MINUTE } from './units';

/**
 * A zone that turns wall-clock times into instants.
 */
export interface Zone {
  /** The IANA name the times were resolved in (Appointment.timeZone). */
  id: string;
  toUtc(local: number): number;
}

/** Offset-aware zone through the runtime's tz database. */
export function intlZone(id: string): Zone {
  const cache = new Map<number, number>();
  const offset = (utc: number): number => {
    const bucket = Math.floor(utc / (15 * MINUTE));
    let minutes = cache.get(bucket);
    if (minutes === undefined) {
      minutes = tzOffset(id, new Date(bucket * 15 * MINUTE));
      cache.set(bucket, minutes);
    }
    return minutes * MINUTE;
  };
  return { id, toUtc: (local) => wallToUtc(local, offset) };
}

/**
 * Wall clock → instant given `offset(utc)`. RFC 5545 §3.3.5: a time in a spring-forward gap
 * uses the offset before the gap; an ambiguous time (fall back) is its first occurrence.
 */
export function wallToUtc(local: number, offset: (utc: number) => number): number {
  const before = offset(local - 12 * HOUR);
  const after = offset(local + 12 * HOUR);
  const early = local - before;
  if (before === after || offset(early) === before) return early;
  const late = local - after;
  return offset(late) === after ? late : early;
}

/** Instant → wall clock in `zone`, read through the `getUTC…` methods of the returned Date. */
export function wallClock(instant: number, zone: string): Date {
  return new Date(instant + tzOffset(zone, new Date(instant)) * MINUTE);
}
