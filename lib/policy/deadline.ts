import { intlZone, wallClock } from '../time/wall-clock';
import type { Policy } from './policy';
import { DAY, HOUR } from '../time/units';

/** The zone a policy's rules are read in: its own, else the user's. */
export function policyTimeZone(policy: Policy, userTimeZone: string): string {
  return policy.timeZone || userTimeZone;
}

/**
 * The last moment to cancel without a fee.
 *
 * - Hours: elapsed time before the start, so a DST change in between does not move it
 *   ("24 hours' notice" means 24 real hours).
 * - Business days with a cut-off: the cut-off wall-clock time on the N-th business day before
 *   the session's date, in the policy's zone ("1 business day by 17:00": a Monday 10:00 session
 *   must be cancelled by Friday 17:00). Weekends (per `businessDays`) and `holidays` are
 *   skipped. The wall-clock time is resolved in the zone on that date, so it is right on
 *   either side of a DST change.
 */
export function cancellationDeadline(start: number, policy: Policy, userTimeZone: string): number {
  const notice = policy.notice;
  if (notice.kind === 'hours') return start - Math.max(0, notice.hours) * HOUR;

  const zone = policyTimeZone(policy, userTimeZone);
  const [cutH, cutM] = parseClock(notice.cutoff);
  const business = new Set(policy.businessDays);
  const holidays = new Set(policy.holidays);
  // Walk back over calendar days of the session's local date (UTC fields of a naive date).
  const local = wallClock(start, zone);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let left = Math.max(0, Math.floor(notice.days));
  // At most a few years of non-business days: guard against a policy with no business days.
  for (let i = 0; i < 3660 && left > 0; i++) {
    day -= DAY;
    const date = new Date(day);
    if (business.has(date.getUTCDay()) && !holidays.has(date.toISOString().slice(0, 10))) left--;
  }
  return intlZone(zone).toUtc(day + cutH * HOUR + cutM * 60_000);
}

/** "17:00" → [17, 0]; anything unreadable is end of business, 17:00. */
export function parseClock(text: string): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return [17, 0];
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? [h, m] : [17, 0];
}
