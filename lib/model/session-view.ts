import type { Appointment } from './appointment';
import type { ResolutionKind } from './attendance';
import type { Money } from './policy';
import type { RequestMark } from './request';
import type { Therapist } from './therapist';

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

/** One therapy session as the views show it: the occurrence, whose it is, and its state now. */
export interface SessionView {
  appointment: Appointment;
  therapist: Therapist;
  info: StateInfo;
  /** It had started when its calendar was added: shown, but never notified. */
  startedBeforeAdded?: boolean;
  /** The latest reschedule or cancellation request sent through Gmail, and what became of it. */
  request?: RequestMark;
}
