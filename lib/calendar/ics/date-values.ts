// DATE, DATE-TIME, DURATION and PERIOD values (RFC 5545 §3.3), as wall-clock "naive" epoch
// ms (`Date.UTC` of the local reading) so recurrence arithmetic stays in local time.
import type { ContentLine } from './content-line';
import type { Zone } from '../../time/wall-clock';
import { UTC_ZONE, type FeedZones } from './time-zones';
import { DAY } from '../../time/units';
import { wallTime } from '../../time/civil';

export const DAY_MS = DAY;

export interface WallTime {
  local: number;
  /** A DATE (all-day), also when written without `VALUE=DATE` (`DTSTART:20190101`). */
  date: boolean;
  /** Ends in `Z`. */
  utc: boolean;
}

/** The number written by `count` digits at `from`; NaN when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let result = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return Number.NaN;
    result = result * 10 + c;
  }
  return result;
}

/** Reads one DATE or DATE-TIME (`YYYYMMDD`, `YYYYMMDDTHHMM[SS][Z]`); null when it is not one. */
export function parseWallTime(value: string): WallTime | null {
  const text = value.charCodeAt(value.length - 1) <= 0x20 || value.charCodeAt(0) <= 0x20 ? value.trim() : value;
  const n = text.length;
  if (n !== 8 && n !== 13 && n !== 14 && n !== 15 && n !== 16) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 4, 2);
  const day = digits(text, 6, 2);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let utc = false;
  if (n > 8) {
    if (text[8] !== 'T') return null;
    utc = text[n - 1] === 'Z';
    const clock = n - (utc ? 1 : 0) - 9; // 4 or 6 digits
    if (clock !== 4 && clock !== 6) return null;
    hour = digits(text, 9, 2);
    minute = digits(text, 11, 2);
    second = clock === 6 ? digits(text, 13, 2) : 0;
  }
  // Checked against the month's real length: 30 February is not a date (RFC 5545 §3.3.4), and
  // is reported rather than read as 2 March. Years 0000–0099 are read as written, not as 19xx.
  if (!(year >= 0) || hour > 23) return null;
  const local = wallTime(year, month, day, hour, minute, second);
  return local === null ? null : { local, date: n === 8, utc };
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A DURATION in ms (days as 24 wall-clock hours, RFC 5545 §3.3.6); null when unreadable. */
export function parseDuration(value: string): number | null {
  const text = value.trim().toUpperCase();
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const [, sign, w, d, h, mi, s] = m;
  const ms =
    ((Number(w ?? 0) * 7 + Number(d ?? 0)) * 24 * 3600 +
      Number(h ?? 0) * 3600 +
      Number(mi ?? 0) * 60 +
      Number(s ?? 0)) *
    1000;
  return sign === '-' ? -ms : ms;
}

/** A time placed in its zone. */
export interface ZonedTime extends WallTime {
  zone: Zone;
  /** The instant. */
  at: number;
}

/** Why a time could not be placed exactly, for a warning. */
export interface ZoneProblem {
  tzid: string;
}

/**
 * Places a DATE/DATE-TIME of a property in its zone: `Z` → UTC; `TZID` → the feed's zone
 * (problem reported when unknown); floating and dates → the feed's floating zone.
 */
export function zoneOf(wall: WallTime, property: ContentLine, zones: FeedZones, problems: ZoneProblem[]): Zone {
  if (wall.utc) return UTC_ZONE;
  const tzid = property.params.TZID;
  if (tzid && !wall.date) {
    const lookup = zones.get(tzid);
    if (!lookup.known) problems.push({ tzid });
    return lookup.zone;
  }
  return zones.floating;
}

/** Reads a list value (EXDATE, RDATE): dates, date-times or periods (`start/end`, `start/PT1H`). */
export function parseTimeList(
  property: ContentLine,
  zones: FeedZones,
  problems: ZoneProblem[],
): { time: ZonedTime; end: number | null }[] | null {
  const out: { time: ZonedTime; end: number | null }[] = [];
  for (const item of property.value.split(',')) {
    if (item.trim() === '') continue;
    const [startText = '', endText] = item.split('/');
    const wall = parseWallTime(startText);
    if (!wall) return null;
    const zone = zoneOf(wall, property, zones, problems);
    const at = zone.toUtc(wall.local);
    let end: number | null = null;
    if (endText !== undefined) {
      const duration = parseDuration(endText);
      const endWall = duration === null ? parseWallTime(endText) : null;
      if (duration !== null) end = zone.toUtc(wall.local + duration);
      else if (endWall) end = zoneOf(endWall, property, zones, problems).toUtc(endWall.local);
      else return null;
    }
    out.push({ time: { ...wall, zone, at }, end });
  }
  return out;
}
