// DATE, DATE-TIME, DURATION and PERIOD values (RFC 5545 §3.3), as wall-clock "naive" epoch
// ms (`Date.UTC` of the local reading) so recurrence arithmetic stays in local time.
import type { Zone } from '../../time/wall-clock';
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
