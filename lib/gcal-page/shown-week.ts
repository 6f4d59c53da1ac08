import { HOUR } from '../time/units';

// Google Calendar's address names the date the grid shows: /calendar/r/week/2026/12/1,
// /calendar/u/1/r/month/2026/12/1; without one ("/calendar/r") it shows today.
const DATED = /\/r\/[a-z0-9]+\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[/?#]|$)/;

/** An instant in the week the grid shows (noon UTC of the address's date), else `now`. */
export function shownInstant(pathname: string, now: number): number {
  const m = DATED.exec(pathname);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + 12 * HOUR : now;
}
