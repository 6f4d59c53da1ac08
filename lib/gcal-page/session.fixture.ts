import { appointmentKey, type Appointment } from '../calendar/appointment';
import { DEFAULT_POLICY } from '../policy/policy';
import type { StateInfo } from '../policy/state';
import type { Therapist } from '../therapists/therapist';
import type { SessionView } from '../ui-model/session-view';

// Sessions for the add-on's unit tests: only what matching and the strip read.

export const THERAPIST: Therapist = {
  id: 't1',
  name: 'Dr Robin Lee',
  email: 'robin@example.org',
  portalUrl: '',
  policy: { ...DEFAULT_POLICY, fee: { amount: 80, currency: 'USD' } },
  keywords: ['therapy'],
  organizerEmails: [],
  focus: [],
  language: 'en',
};

export function session(
  fields: Partial<Appointment> & { uid: string; start: number },
  info: Partial<StateInfo> = {},
): SessionView {
  const sourceId = fields.sourceId ?? 'feed';
  const recurrenceId = fields.recurrenceId ?? null;
  const appointment: Appointment = {
    key: appointmentKey(sourceId, fields.uid, recurrenceId),
    sourceId,
    recurrenceId,
    title: 'Therapy with Dr Lee',
    end: fields.start + 50 * 60_000,
    allDay: false,
    status: 'confirmed',
    timeZone: 'UTC',
    ...fields,
  };
  return {
    appointment,
    therapist: THERAPIST,
    info: {
      state: 'upcoming',
      deadline: appointment.start - 24 * 3_600_000,
      checkInOpens: appointment.start - 15 * 60_000,
      checkInCloses: appointment.end + 15 * 60_000,
      fee: null,
      next: null,
      checkedInAt: null,
      ...info,
    },
  };
}
