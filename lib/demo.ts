import { appointmentKey, type Appointment } from './model/appointment';
import { DEFAULT_POLICY } from './model/policy';
import type { Source } from './sources/source';
import type { SourceSyncer } from './sources/syncer';
import type { Therapist } from './model/therapist';
import { HOUR } from './time/units';

/** The built-in demo calendar: on while no other source exists, until the user removes it. */
export const DEMO_SOURCE: Extract<Source, { kind: 'demo' }> = {
  id: 'demo',
  kind: 'demo',
  name: 'Demo calendar (sample sessions)',
  therapistId: 'demo',
};

export const DEMO_THERAPIST: Therapist = {
  id: 'demo',
  // No "(demo)" here: the name goes into message drafts; the popup labels the demo itself.
  name: 'Dr Robin Lee',
  email: 'robin.lee@example.org',
  portalUrl: '',
  policy: { ...DEFAULT_POLICY, notice: { kind: 'hours', hours: 24 }, fee: { amount: 80, currency: 'USD' } },
  keywords: [],
  organizerEmails: [],
  focus: ['anxiety', 'stress'],
  language: 'en',
};

/**
 * Sample sessions placed relative to `now`, so that every state shows: one in about three
 * days (free to cancel), one in about 20 hours (inside the 24-hour notice: the fee is at
 * stake), one that ended about an hour ago (missed).
 */
export function demoAppointments(now: number, timeZone: string): Appointment[] {
  const minute = Math.floor(now / 60_000) * 60_000;
  const session = (uid: string, title: string, start: number): Appointment => ({
    key: appointmentKey(DEMO_SOURCE.id, uid, null),
    sourceId: DEMO_SOURCE.id,
    uid,
    recurrenceId: null,
    title,
    start,
    end: start + 50 * 60_000,
    allDay: false,
    status: 'confirmed',
    timeZone,
    location: 'Video call',
  });
  return [
    session('demo-missed', 'Therapy with Dr Lee (demo)', minute - HOUR - 50 * 60_000),
    session('demo-locked', 'Therapy with Dr Lee (demo)', minute + 20 * HOUR),
    session('demo-upcoming', 'Therapy with Dr Lee (demo)', minute + 3 * 24 * HOUR),
  ];
}

export const syncDemo: SourceSyncer<typeof DEMO_SOURCE> = async (_source, context) => ({
  kind: 'updated',
  appointments: demoAppointments(context.now, context.userTimeZone),
  warnings: [],
});

/** The sources in effect: the user's, or the demo calendar while there are none. */
export function effectiveSources(sources: Source[], demoEnabled: boolean): Source[] {
  return sources.length === 0 && demoEnabled ? [DEMO_SOURCE] : sources;
}
