import type { Appointment } from '../model/appointment';
import { cancellationDeadline } from './deadline';
import type { Money, Policy } from '../model/policy';
import { HOUR } from '../time/units';

/**
 * What cancelling (or not showing up) at `now` costs, and the next instant that changes.
 * Before the deadline nothing is at stake (`fee: null`, `changesAt`: the deadline).
 */
export function feeAt(
  appt: Appointment,
  policy: Policy,
  now: number,
  userTimeZone: string,
): { fee: Money | null; changesAt: number | null } {
  const deadline = cancellationDeadline(appt.start, policy, userTimeZone);
  if (now < deadline) return { fee: null, changesAt: deadline };
  const tiers = [...(policy.feeRule?.tiers ?? [])].sort((a, b) => b.withinHours - a.withinHours);
  // Later boundaries (a tier starting, the start itself for a no-show tier) change the fee.
  const boundaries = tiers.map((t) => appt.start - t.withinHours * HOUR).filter((t) => t > now);
  const changesAt = boundaries.length ? Math.min(...boundaries) : null;
  const tier = [...tiers].reverse().find((t) => now >= appt.start - t.withinHours * HOUR);
  if (tier) {
    const base = policy.sessionPrice ?? policy.fee;
    return { fee: base ? percentOf(base, tier.percent) : null, changesAt };
  }
  return { fee: lateFee(policy), changesAt };
}

/**
 * Once a fee is due, the next higher one and when it starts (fee tiers: 50 % inside 24 h,
 * 75 % inside 12 h …), so the client sees what is at stake and when that changes; else null.
 */
export function feeRise(
  appt: Appointment,
  policy: Policy,
  now: number,
  userTimeZone: string,
): { fee: Money; at: number } | null {
  const current = feeAt(appt, policy, now, userTimeZone);
  if (!current.fee || current.changesAt === null) return null;
  const later = feeAt(appt, policy, current.changesAt, userTimeZone).fee;
  return later && later.amount !== current.fee.amount ? { fee: later, at: current.changesAt } : null;
}

/** The fee without tiers: the flat amount, a percentage of the price, or the full price. */
export function lateFee(policy: Policy): Money | null {
  const rule = policy.feeRule;
  if (!rule || rule.kind === 'flat') return policy.fee && policy.fee.amount > 0 ? policy.fee : null;
  const price = policy.sessionPrice;
  if (!price) return null;
  return rule.kind === 'full' ? price : percentOf(price, rule.percent);
}

function percentOf(m: Money, percent: number): Money | null {
  const amount = Math.round(m.amount * percent) / 100;
  return amount > 0 ? { amount, currency: m.currency } : null;
}
