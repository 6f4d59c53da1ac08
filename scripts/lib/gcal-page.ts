import { appointmentKey, type Appointment } from '../../lib/model/appointment';
import { encodeEventId } from '../../lib/gcal-page/event-id';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
// Fixtures are data, not tests: the page builder stays with the other fixtures.
import { calendarPage, type FixtureEvent, type FixtureOptions } from '../../test/fixtures/gcal/page';
import type { ChromiumWithExtension } from './chromium';
import { waitFor } from './wait';

// The fake Google Calendar for the add-on's benchmark and its end-to-end tests (which add a way
// into the add-on's isolated world): the sessions on the page, what Session Keeper stored for
// them, and the page served at Google's origin (or another).

/** What the helpers here need of a browser with the extension (the e2e harness's Chromium has it too). */
type Extension = Pick<ChromiumWithExtension, 'context' | 'store' | 'stored'>;

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const CALENDAR_KEY = 'robin.client@m';

export const therapist: Therapist = {
  id: 't1',
  name: 'Dr Robin Lee',
  email: 'robin.lee@clinic.example',
  portalUrl: '',
  policy: { ...DEFAULT_POLICY, fee: { amount: 80, currency: 'USD' } },
  keywords: [],
  organizerEmails: [],
  focus: ['anxiety'],
  language: 'en',
};
export const sources: Source[] = [
  { id: 'gcal', kind: 'google', name: 'Robin Client', calendarId: 'robin.client@gmail.com', therapistId: 't1' },
  // Nothing listens there: syncs fail and the seeded appointments stay (the last good data).
  { id: 'feed', kind: 'ics', name: 'Clinic feed', url: 'http://127.0.0.1:9/therapy.ics', therapistId: 't1' },
];

export interface Session {
  /** What the page shows. */
  page: FixtureEvent;
  /** What Session Keeper stored, or null: an event that is not a session. */
  appointment: Appointment | null;
}

export const minute = (): number => Math.floor(Date.now() / MIN) * MIN;
const time = (t: number) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: TZ }).format(t);
const date = (t: number) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: TZ }).format(t);
const longDate = (t: number) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: TZ }).format(t);

/** An event on the page and, unless `stored` is null, the session Session Keeper has for it. */
export function event(
  spec: { eventId: string; title: string; start: number; day: number; top: number; recurrence?: string; when?: string },
  stored: { sourceId: string; uid: string; recurring?: boolean; googleEventId?: string } | null,
): Session {
  const end = spec.start + 50 * MIN;
  const recurrenceId = stored?.recurring ? new Date(spec.start).toISOString() : null;
  return {
    page: {
      eventId: encodeEventId(spec.eventId, CALENDAR_KEY),
      title: spec.title,
      when: spec.when ?? `${date(spec.start)} ⋅ ${time(spec.start)} – ${time(end)}`,
      ...(spec.recurrence ? { recurrence: spec.recurrence } : {}),
      chipLabel: `${time(spec.start)} to ${time(end)}, ${spec.title}, Robin Client, Accepted, ${longDate(spec.start)}`,
      chipTime: `${time(spec.start)} – ${time(end)}`,
      day: spec.day,
      top: spec.top,
    },
    appointment: stored && {
      key: appointmentKey(stored.sourceId, stored.uid, recurrenceId),
      sourceId: stored.sourceId,
      uid: stored.uid,
      recurrenceId,
      title: spec.title,
      start: spec.start,
      end,
      allDay: false,
      status: 'confirmed',
      timeZone: TZ,
      ...(stored.googleEventId ? { googleEventId: stored.googleEventId } : {}),
    },
  };
}

/** Stores the sessions of `events` (after the demo's first sync, so it cannot race them). */
export async function storeSessions(
  ext: Extension,
  events: Session[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  // The e2e build's fake Google endpoints: this browser never reaches them, so the seeded data stays.
  await ext.context.route('http://127.0.0.1:47123/**', (route) => route.abort());
  await waitFor(
    () => ext.stored<object>('status:demo'),
    (status) => status !== undefined,
  );
  const appointments: Record<string, Appointment[]> = {};
  for (const { appointment } of events) {
    if (appointment) (appointments[appointment.sourceId] ??= []).push(appointment);
  }
  await ext.store({
    demoEnabled: false,
    settings: { ...DEFAULT_SETTINGS, sendChannel: 'gmail' },
    therapists: [therapist],
    // Each calendar's appointments under its own key, as the sync stores them.
    ...Object.fromEntries(Object.entries(appointments).map(([id, list]) => [`appointments:${id}`, list])),
    sources,
    ...extra,
  });
}

/** Serves the fake calendar at `origins` (Google's, and any other for a page without the add-on). */
export async function serveCalendar(
  ext: Extension,
  options: FixtureOptions,
  origins = ['https://calendar.google.com'],
): Promise<void> {
  const html = calendarPage(options);
  for (const origin of origins) {
    await ext.context.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
}
