import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../lib/model/appointment';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import type { Therapist } from '../../lib/model/therapist';
import type { SourceStatus } from '../../lib/sources/source';
import { startFakeGoogle, type FakeGoogle } from '../fake-google/server';
import { closeAll, launch, waitFor, type Extension, type Tab, type Target } from './harness';

// The e2e build (`npm run build:e2e`) points the extension at a fake Google on this port:
// SK_GOOGLE_AUTH_URL=http://127.0.0.1:47123/o/oauth2/auth, SK_GOOGLE_API_URL=…/calendar/v3,
// SK_GOOGLE_CLIENT_ID=test-client. In Chromium it also grants http://127.0.0.1/* (SK_E2E),
// because headless Chromium shows the permission prompt where no test can answer it:
// `permissions.request` then resolves true at once, as it does for a granted origin. Firefox
// grants on the click itself (a pref turns its prompt off).
// Other e2e tests store Google sources too: when they run at the same time, their extension
// talks to this fake as well, so requests are told apart by the redirect URI's host.
const PORT = 47123;
const CAL = 'me@example.org';
const SOURCE_ID = `google:${CAL}`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const THERAPIST = 'dr.lee@clinic.example';

describe('Google Calendar', () => {
  let google: FakeGoogle;
  let ext: Extension;
  let options: Tab;
  /** The host of the redirect URI: who this browser is to the fake. */
  let client: string;
  const now = Date.now();
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString() });

  beforeAll(async () => {
    google = await startFakeGoogle({ port: PORT, clientId: 'test-client' });
    google.addCalendar({ id: CAL, summary: 'Me', primary: true, timeZone: 'Europe/London' });
    google.addCalendar({ id: 'family@group.calendar.google.com', summary: 'Family' });
    const session = (id: string, start: number, summary: string) => ({
      id,
      summary,
      organizer: { email: THERAPIST },
      start: at(start),
      end: at(start + 50 * 60_000),
    });
    google.putEvent(CAL, session('first', now + 3 * DAY, 'Therapy with Dr Lee'));
    google.putEvent(CAL, session('moving', now + 10 * DAY, 'Follow-up with Dr Lee'));
    google.putEvent(CAL, session('dropped', now + 5 * DAY, 'Extra session with Dr Lee'));
    google.putEvent('family@group.calendar.google.com', session('dinner', now + DAY, 'Dinner'));

    ext = await launch();
    // A therapist whose sessions are found by organizer email, as set up on the options page.
    const therapist: Therapist = {
      id: 't1',
      name: 'Dr Lee',
      email: THERAPIST,
      portalUrl: '',
      policy: DEFAULT_POLICY,
      keywords: [],
      organizerEmails: [THERAPIST],
      focus: [],
      language: 'en',
    };
    await ext.store({ therapists: [therapist] });
    options = await ext.open('options');
    client = new URL(await ext.redirectUrl()).host;
  });

  afterAll(async () => {
    await closeAll();
    await google?.close();
  });

  const appointments = async () =>
    ((await ext.stored<Appointment[]>(`appointments:${SOURCE_ID}`)) ?? []).map((a) => `${a.title} @${a.start}`);
  const status = async () => (await ext.stored<SourceStatus>(`status:${SOURCE_ID}`)) ?? null;
  /** Waits until the extension has made no request to the fake for half a second. */
  const settled = async () => {
    let count = -1;
    while (count !== google.requestsOf(client).length) {
      count = google.requestsOf(client).length;
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const section = { testId: 'google-section' } as const;
  const inSection = (target: Target): Target => ({ ...target, within: section });
  const syncNow = { role: 'button', name: 'Sync now', within: { testId: 'source', hasText: 'Me' } } as const;

  it('connects through the Google sign-in with read-only scopes and lists the calendars', async () => {
    await options.click(inSection({ role: 'button', name: 'Connect Google Calendar' }));
    await expect.poll(() => options.count(inSection({ role: 'checkbox' })), { timeout: 15_000 }).toBe(2);

    const authorize = google.requestsOf(client).find((r) => r.path === '/o/oauth2/auth');
    expect(authorize?.query.get('client_id')).toBe('test-client');
    expect(authorize?.query.get('response_type')).toBe('token');
    // Chrome's and Firefox's own redirect hosts, which Google's OAuth client must list.
    const redirect = await ext.redirectUrl();
    expect(redirect).toMatch(
      ext.browser === 'chromium'
        ? `https://${ext.id}.chromiumapp.org/`
        : /^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/,
    );
    expect(authorize?.query.get('redirect_uri')).toBe(redirect);
    expect(authorize?.query.get('scope')).toBe(
      'https://www.googleapis.com/auth/calendar.events.readonly https://www.googleapis.com/auth/calendar.calendarlist.readonly',
    );
    expect(await options.checked(inSection({ role: 'checkbox', name: /Me/ }))).toBe(false);
    expect(await options.count(inSection({ text: 'Family' }))).toBe(1);
    // The token lives in session storage only.
    const token = await ext.stored<{ accessToken: string }>('googleToken', 'session');
    expect(google.validTokens.has(token?.accessToken ?? '')).toBe(true);
    expect(await ext.stored('googleToken')).toBeUndefined();
  });

  it('syncs a chosen calendar and shows its sessions in the popup', async () => {
    await options.click(inSection({ role: 'checkbox', name: /Me/ }));
    const synced = await waitFor(appointments, (list) => list.length === 3, 15_000);
    expect(synced.map((s) => s.split(' @')[0])).toEqual([
      'Therapy with Dr Lee',
      'Extra session with Dr Lee',
      'Follow-up with Dr Lee',
    ]);
    const full = google.eventRequests(client).at(-1);
    expect(full?.query.get('singleEvents')).toBe('true');
    expect(full?.query.has('timeMin')).toBe(true);

    const popup = await ext.open('popup');
    const sessions = { testId: 'sessions' } as const;
    await expect.poll(() => popup.text(sessions), { timeout: 10_000 }).toContain('Therapy with Dr Lee');
    expect(await popup.text(sessions)).toContain('Extra session with Dr Lee');
    await popup.close();
  });

  it('shows an edited event changed and a deleted one gone after an incremental sync', async () => {
    await settled();
    google.editEvent(CAL, 'moving', {
      summary: 'Moved session with Dr Lee',
      start: at(now + 4 * DAY),
      end: at(now + 4 * DAY + HOUR),
    });
    google.deleteEvent(CAL, 'dropped');
    const before = google.eventRequests(client).length;

    await options.click(syncNow);
    const synced = await waitFor(appointments, (list) => list.length === 2, 15_000);

    expect(synced).toEqual([`Therapy with Dr Lee @${now + 3 * DAY}`, `Moved session with Dr Lee @${now + 4 * DAY}`]);
    const incremental = google.eventRequests(client).slice(before);
    expect(incremental.length).toBeGreaterThan(0);
    const asked = incremental.map((r) => [...r.query.keys()].join('&'));
    for (const request of incremental) {
      expect(request.query.get('syncToken'), `requests after the edit: ${asked.join(' | ')}`).toBeTruthy();
      expect(request.query.has('timeMin')).toBe(false);
      expect(request.query.has('timeMax')).toBe(false);
    }
    const popup = await ext.open('popup');
    const sessions = { testId: 'sessions' } as const;
    await expect.poll(() => popup.text(sessions), { timeout: 10_000 }).toContain('Moved session with Dr Lee');
    expect(await popup.text(sessions)).not.toContain('Extra session with Dr Lee');
    await popup.close();
  });

  it('renews an expired token without asking', async () => {
    google.expireTokens();
    google.editEvent(CAL, 'first', { summary: 'Therapy with Dr Lee (room 4)' });
    await options.click(syncNow);
    await waitFor(appointments, (list) => list.some((s) => s.startsWith('Therapy with Dr Lee (room 4)')), 15_000);
    const silent = google
      .requestsOf(client)
      .filter((r) => r.path === '/o/oauth2/auth')
      .at(-1);
    expect(silent?.query.get('prompt')).toBe('none');
    expect((await status())?.error).toBeNull();
  });

  it('asks in words to sign in again when Google needs the person, and keeps the sessions', async () => {
    google.expireTokens();
    google.requireInteraction = true;
    await options.click(syncNow);
    await waitFor(status, (s) => s?.error?.includes('Google needs you to sign in again') === true, 15_000);
    await expect
      .poll(async () => (await options.texts(inSection({ role: 'alert' })))[0])
      .toContain('Google needs you to sign in again');
    expect(await appointments()).toHaveLength(2);

    google.requireInteraction = false;
    await options.click(inSection({ role: 'button', name: 'Sign in to Google' }));
    await waitFor(status, (s) => s?.error === null, 15_000);
    await expect.poll(() => options.count(inSection({ role: 'button', name: 'Sign in to Google' }))).toBe(0);
  });

  it('disconnects: revokes the token and removes the Google calendars and their sessions', async () => {
    const token = await ext.stored<{ accessToken: string }>('googleToken', 'session');
    await options.click(inSection({ role: 'button', name: 'Disconnect Google' }));
    await expect
      .poll(() => options.texts(inSection({ role: 'status' })))
      .toContainEqual(expect.stringContaining('Google Calendar is disconnected'));

    expect(google.revoked).toContain(token?.accessToken);
    await waitFor(appointments, (list) => list.length === 0);
    const left = await ext.evaluate(async (api) => {
      const local = await api.storage.local.get(null);
      const session = await api.storage.session.get('googleToken');
      // The demo calendar returns once no calendar is left; nothing of Google's stays.
      const cached = Object.keys(local).filter((key) => /^(appointments|status|syncState):google/.test(key));
      return { sources: local.sources, cached, token: session.googleToken ?? null };
    });
    expect(left).toEqual({ sources: [], cached: [], token: null });
    expect(await options.count(inSection({ role: 'button', name: 'Connect Google Calendar' }))).toBe(1);
  });
});
