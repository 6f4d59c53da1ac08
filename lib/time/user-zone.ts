import { MINUTE } from './units';

let zone: string | null = null;
let readAt = 0;

/**
 * The IANA zone of this browser (the user's). Read again at most once a minute: resolving it
 * builds a formatter, which costs more than a popup's whole first render of the sessions, and
 * the system zone changes rarely (travel) and never within a minute of anything it affects.
 */
export function userTimeZone(): string {
  const now = Date.now();
  if (zone === null || Math.abs(now - readAt) >= MINUTE) {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    readAt = now;
  }
  return zone;
}
