import type { calendar_v3 } from '@googleapis/calendar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWebAuthFlowInNode } from '../../../test/fake-google/launch';
import { startFakeGoogle, type FakeGoogle } from '../../../test/fake-google/server';
import type { Appointment } from '../../model/appointment';
import type { SourceSyncer, SyncContext } from '../../sources/syncer';
import { googleConfig } from './config';
import type { GoogleToken } from './oauth';
import { createGoogleSyncer, GOOGLE_COVER_AHEAD_MS, type GoogleSource, type GoogleSyncState } from './sync-google';
import { createTokenSource } from './token';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-28T12:00:00Z');
const CAL = 'me@example.org';
const source: GoogleSource = {
  id: 'google:me@example.org',
  kind: 'google',
  calendarId: CAL,
  name: 'Me',
  therapistId: null,
};

const iso = (ms: number) => new Date(ms).toISOString();
const timed = (id: string, start: number, summary = `Session ${id}`): calendar_v3.Schema$Event & { id: string } => ({
  id,
  summary,
  start: { dateTime: iso(start) },
  end: { dateTime: iso(start + 50 * 60_000) },
});

describe('syncGoogle against the fake Google', () => {
  let google: FakeGoogle;
  let states: Map<string, GoogleSyncState>;
  let stored: GoogleToken | null;

  beforeEach(async () => {
    google = await startFakeGoogle();
    google.addCalendar({ id: CAL, summary: 'Me', primary: true, timeZone: 'Europe/London' });
    states = new Map();
    stored = null;
  });
  afterEach(() => google.close());

  // As the orchestrator does: the state a sync returns is what the next one starts from.
  const syncer =
    (apiUrl = google.apiUrl): SourceSyncer<typeof source, GoogleSyncState> =>
    async (src, ctx) => {
      const result = await googleSyncer(apiUrl)(src, { ...ctx, state: states.get(src.id) ?? null });
      if (result.state === null) states.delete(src.id);
      else if (result.state) states.set(src.id, result.state);
      return result;
    };
  const googleSyncer = (apiUrl: string) =>
    createGoogleSyncer({
      apiUrl,
      token: createTokenSource({
        config: googleConfig({ clientId: 'test-client', authUrl: google.authUrl, apiUrl }),
        redirectUri: 'https://ext.chromiumapp.org/',
        launchWebAuthFlow: launchWebAuthFlowInNode,
        load: async () => stored,
        save: async (token) => void (stored = token),
        now: () => NOW,
        randomState: () => 'state',
      }),
      sleep: async () => undefined,
      pageSize: 2,
    });

  const context = (previous: Appointment[], now = NOW): SyncContext<GoogleSyncState> => ({
    now,
    previous,
    state: null,
    window: { from: now - 30 * DAY, to: now + 120 * DAY },
    userTimeZone: 'UTC',
    fetch,
  });

  const titles = (appointments: Appointment[]) => appointments.map((a) => a.title);

  async function fullSync(): Promise<Appointment[]> {
    const result = await syncer()(source, context([]));
    if (result.kind !== 'updated') throw new Error('expected an update');
    return result.appointments;
  }

  it('syncs fully with the window, page by page, and keeps the last page’s sync token', async () => {
    for (let i = 1; i <= 5; i++) google.putEvent(CAL, timed(`e${i}`, NOW + i * DAY));
    google.putEvent(CAL, timed('old', NOW - 60 * DAY));
    google.putEvent(CAL, timed('far', NOW + 200 * DAY));

    const appointments = await fullSync();

    expect(titles(appointments)).toEqual(['Session e1', 'Session e2', 'Session e3', 'Session e4', 'Session e5']);
    const requests = google.eventRequests();
    expect(requests).toHaveLength(3); // 5 events, 2 a page
    expect(requests[0]?.query.get('singleEvents')).toBe('true');
    expect(requests[0]?.query.get('timeMin')).toBe(iso(NOW - 30 * DAY));
    expect(requests[0]?.query.get('timeMax')).toBe(iso(NOW + 120 * DAY + GOOGLE_COVER_AHEAD_MS));
    expect(requests[1]?.query.get('pageToken')).toBeTruthy();
    expect(states.get(source.id)).toMatchObject({
      coveredTo: NOW + 120 * DAY + GOOGLE_COVER_AHEAD_MS,
      timeZone: 'Europe/London',
      syncedAt: NOW,
    });
    expect(states.get(source.id)?.syncToken).toBeTruthy();
  });

  it('then sends only the sync token and applies edits, deletions and additions', async () => {
    google.putEvent(CAL, timed('keep', NOW + DAY));
    google.putEvent(CAL, timed('edit', NOW + 2 * DAY));
    google.putEvent(CAL, timed('gone', NOW + 3 * DAY));
    const first = await fullSync();

    google.editEvent(CAL, 'edit', {
      summary: 'Moved session',
      start: { dateTime: iso(NOW + 4 * DAY) },
      end: { dateTime: iso(NOW + 4 * DAY + HOUR) },
    });
    google.deleteEvent(CAL, 'gone');
    google.putEvent(CAL, timed('new', NOW + 5 * DAY));
    const before = google.eventRequests().length;
    const token = states.get(source.id)?.syncToken;

    const result = await syncer()(source, context(first, NOW + HOUR));

    const request = google.eventRequests()[before];
    expect(token).toBeTruthy();
    expect(request?.query.get('syncToken')).toBe(token);
    for (const banned of ['timeMin', 'timeMax', 'orderBy']) expect(request?.query.has(banned)).toBe(false);
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(titles(result.appointments)).toEqual(['Session keep', 'Moved session', 'Session new']);
    const moved = result.appointments.find((a) => a.title === 'Moved session');
    expect(moved?.key).toBe(first.find((a) => a.title === 'Session edit')?.key); // check-ins stay attached
    expect(moved?.start).toBe(NOW + 4 * DAY);
  });

  it('reports nothing new as unchanged', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    const first = await fullSync();
    expect(await syncer()(source, context(first))).toMatchObject({ kind: 'unchanged', warnings: [] });
  });

  it('keeps a cancelled instance of a series as cancelled, and drops a deleted series', async () => {
    const instance = (id: string, start: number) => ({
      ...timed(id, start, 'Weekly therapy'),
      recurringEventId: 'weekly',
      originalStartTime: { dateTime: iso(start) },
    });
    google.putEvent(CAL, instance('weekly_1', NOW + DAY));
    google.putEvent(CAL, instance('weekly_2', NOW + 8 * DAY));
    google.putEvent(CAL, timed('other', NOW + 2 * DAY));
    const first = await fullSync();

    google.deleteEvent(CAL, 'weekly_2');
    const second = await syncer()(source, context(first));
    if (second.kind !== 'updated') throw new Error('expected an update');
    expect(second.appointments.map((a) => [a.googleEventId, a.status])).toEqual([
      ['weekly_1', 'confirmed'],
      ['other', 'confirmed'],
      ['weekly_2', 'cancelled'],
    ]);

    // A whole series deleted: Google reports the series id as cancelled.
    google.putEvent(CAL, { id: 'weekly', status: 'cancelled' });
    const third = await syncer()(source, context(second.appointments));
    if (third.kind !== 'updated') throw new Error('expected an update');
    expect(third.appointments.map((a) => a.googleEventId)).toEqual(['other']);
  });

  it('marks events the user declined', async () => {
    google.putEvent(CAL, {
      ...timed('d', NOW + DAY),
      attendees: [{ email: CAL, self: true, responseStatus: 'declined' }],
    });
    expect((await fullSync())[0]?.declined).toBe(true);
  });

  it('on 410 drops the sync token and syncs fully', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    const first = await fullSync();
    const oldToken = states.get(source.id)?.syncToken;
    google.invalidateSyncTokens();
    google.putEvent(CAL, timed('b', NOW + 2 * DAY));

    const result = await syncer()(source, context(first));

    const requests = google.eventRequests().slice(-2);
    expect(requests[0]?.query.get('syncToken')).toBe(oldToken);
    expect(requests[1]?.query.has('timeMin')).toBe(true);
    expect(result.kind === 'updated' && titles(result.appointments)).toEqual(['Session a', 'Session b']);
    expect(states.get(source.id)?.syncToken).not.toBe(oldToken);
  });

  it('syncs fully again once the window passes what the last full sync covered', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    const first = await fullSync();
    await syncer()(source, context(first, NOW + GOOGLE_COVER_AHEAD_MS + HOUR));
    expect(google.eventRequests().at(-1)?.query.has('timeMin')).toBe(true);
  });

  it('syncs fully when the cache it would change is empty', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    await fullSync();
    const result = await syncer()(source, context([]));
    expect(google.eventRequests().at(-1)?.query.has('syncToken')).toBe(false);
    expect(result.kind === 'updated' && titles(result.appointments)).toEqual(['Session a']);
  });

  it('drops a change that moved an event beyond the covered time', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    const first = await fullSync();
    google.editEvent(CAL, 'a', {
      start: { dateTime: iso(NOW + 400 * DAY) },
      end: { dateTime: iso(NOW + 400 * DAY + HOUR) },
    });
    const result = await syncer()(source, context(first));
    expect(result.kind === 'updated' && result.appointments).toEqual([]);
  });

  it('renews an expired token silently in the middle of a sync', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    const first = await fullSync();
    google.expireTokens();
    google.putEvent(CAL, timed('b', NOW + 2 * DAY));
    const result = await syncer()(source, context(first));
    expect(result.kind === 'updated' && titles(result.appointments)).toEqual(['Session a', 'Session b']);
  });

  it('says Google needs sign-in when the silent flow is refused', async () => {
    await fullSync();
    google.expireTokens();
    google.requireInteraction = true;
    await expect(syncer()(source, context([]))).rejects.toThrow('Google needs you to sign in again');
  });

  it('backs off through rate limits', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    google.fail(2, 429, 'rateLimitExceeded', '/events');
    expect(titles(await fullSync())).toEqual(['Session a']);
  });

  it('says when Google could not be reached, and since when the sessions are saved', async () => {
    google.putEvent(CAL, timed('a', NOW + DAY));
    await fullSync();
    stored = { accessToken: 'whatever', expiresAt: NOW + HOUR };
    const offline = syncer('http://127.0.0.1:9/calendar/v3');
    const saved = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(NOW);
    await expect(offline(source, context([]))).rejects.toThrow(
      `Could not reach Google Calendar; showing the sessions saved at ${saved}.`,
    );
  });
});
