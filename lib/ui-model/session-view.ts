import type { Appointment } from '../calendar/appointment';
import type { RequestMark } from '../gmail/tracking';
import type { StateInfo } from '../policy/state';
import type { Therapist } from '../therapists/therapist';

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
