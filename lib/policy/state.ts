import type { Appointment } from '../calendar/appointment';
import type { Attendance, ResolutionKind } from '../attendance';
import { cancellationDeadline } from './deadline';
import { feeAt } from './fee';
import type { Money, Policy } from './policy';
import { MINUTE } from '../time/units';

/** DESIGN.md, "States of an appointment". */
export type AppointmentState = 'upcoming' | 'locked' | 'open' | 'attended' | 'missed' | 'resolved' | 'cancelled';

export interface StateInfo {
  state: AppointmentState;
  /** The last moment to cancel without a fee. */
  deadline: number;
  checkInOpens: number;
  checkInCloses: number;
  /**
   * What is at stake: before the deadline, the fee that applies once it passes; after it, what
   * cancelling now costs; in the check-in window or missed, the no-show fee. Null: nothing.
   */
  fee: Money | null;
  /** Next instant the state or fee changes; null: nothing more will change by itself. */
  next: number | null;
  /** When the client checked in, or null. */
  checkedInAt: number | null;
  /** How a missed session was closed, when `state` is 'resolved'. */
  resolvedAs?: ResolutionKind;
}

export interface StateOptions {
  checkInBeforeMinutes: number;
  userTimeZone: string;
}

/**
 * The state of one appointment at `now`: a pure function of the appointment, its policy, what
 * the client recorded and the time.
 */
export function appointmentState(
  appt: Appointment,
  policy: Policy,
  attendance: Attendance,
  now: number,
  options: StateOptions,
): StateInfo {
  const deadline = cancellationDeadline(appt.start, policy, options.userTimeZone);
  const checkInOpens = appt.start - Math.max(0, options.checkInBeforeMinutes) * MINUTE;
  const checkInCloses = Math.max(appt.end, appt.start) + Math.max(0, policy.graceMinutes) * MINUTE;
  const checkedInAt = recordedCheckIn(appt, attendance);
  const base = { deadline, checkInOpens, checkInCloses, checkedInAt };
  const done = (state: AppointmentState): StateInfo => ({ ...base, state, fee: null, next: null });

  if (appt.status === 'cancelled' || appt.declined) return done('cancelled');
  if (checkedInAt !== null) return done('attended');
  const resolution = attendance.resolutions[appt.key];
  // A follow-up is made once a session was missed; a session moved later since is open again.
  if (resolution && resolution.at >= appt.start) return { ...done('resolved'), resolvedAs: resolution.kind };
  if (now >= checkInCloses) return { ...base, state: 'missed', fee: noShowFee(appt, policy, options), next: null };

  const state: AppointmentState = now >= checkInOpens ? 'open' : now < deadline ? 'upcoming' : 'locked';
  const stake = feeAt(appt, policy, state === 'upcoming' ? deadline : now, options.userTimeZone);
  const fee = state === 'open' ? noShowFee(appt, policy, options) : stake.fee;
  const changes = [deadline, checkInOpens, checkInCloses];
  if (state !== 'upcoming' && state !== 'open' && stake.changesAt !== null) changes.push(stake.changesAt);
  const next = Math.min(...changes.filter((t) => t > now));
  return { ...base, state, fee, next: Number.isFinite(next) ? next : null };
}

/**
 * When the client checked in for this occurrence, or null. Records are keyed by UID, which a
 * moved event keeps: a check-in belongs to the session it was made for, so one made more than
 * half a day from the current start is not this session's.
 */
function recordedCheckIn(appt: Appointment, attendance: Attendance): number | null {
  const at = attendance.checkIns[appt.key]?.at;
  return at !== undefined && Math.abs(at - appt.start) <= CHECK_IN_REACH ? at : null;
}

const CHECK_IN_REACH = 12 * 60 * MINUTE;

/** The fee for not showing up: the fee in force at the start. */
function noShowFee(appt: Appointment, policy: Policy, options: StateOptions): Money | null {
  return feeAt(
    appt,
    policy,
    Math.max(appt.start, cancellationDeadline(appt.start, policy, options.userTimeZone)),
    options.userTimeZone,
  ).fee;
}
