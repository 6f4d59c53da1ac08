// When a calendar server asks us to come back later (429 Too Many Requests, 503 Service
// Unavailable): RFC 9110 §10.2.3 `Retry-After` is either a number of seconds or an HTTP-date.
import { DAY } from '../../time/units';

/**
 * The longest wait a server can impose. A mistaken header ("Retry-After: 31536000") must not
 * silence a therapy calendar for a year: after a day Session Keeper asks again, and a server
 * that still wants quiet can say so again.
 */
export const MAX_RETRY_WAIT = DAY;

/**
 * The instant (epoch ms) `Retry-After` names, within [now, now + MAX_RETRY_WAIT]; null when the
 * header is absent or is neither form (then the caller's usual schedule applies).
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  let at: number;
  if (/^\d+$/.test(value)) {
    at = now + Number(value) * 1000;
  } else {
    // IMF-fixdate, and the obsolete RFC 850 / asctime forms recipients must accept (RFC 9110
    // §5.6.7): `Date.parse` reads all three, but also much else ("-5" is a year), so the shape
    // they share is required first: a month name and a time of day.
    if (!/[a-z]{3}/i.test(value) || !/\d\d:\d\d:\d\d/.test(value)) return null;
    at = Date.parse(value);
    if (Number.isNaN(at)) return null;
  }
  return Math.min(Math.max(at, now), now + MAX_RETRY_WAIT);
}
