import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '../../../test/fake-google/server';
import { createGoogleClient } from './client';
import { GoogleApiError, GoogleNetworkError, GoogleSignInRequiredError } from './errors';

const CAL_ID = 'me@example.org';

describe('createGoogleClient against the fake Calendar API', () => {
  let google: FakeGoogle;
  let sleeps: number[];
  let refreshes: number;
  let current: string;

  beforeAll(async () => {
    google = await startFakeGoogle();
    google.addCalendar({ id: 'me@example.org', summary: 'Me', primary: true, timeZone: 'Europe/London' });
    google.addCalendar({ id: 'clinic@group.calendar.google.com', summary: 'Clinic' });
    google.addCalendar({ id: 'a@group.calendar.google.com', summary: 'Appointments' });
  });
  afterAll(() => google.close());
  beforeEach(() => {
    sleeps = [];
    refreshes = 0;
    google.expireTokens();
    current = 'good';
    google.validTokens.add('good');
  });

  const client = (apiUrl = google.apiUrl) =>
    createGoogleClient({
      apiUrl,
      fetch,
      token: {
        get: async () => current,
        refresh: async () => {
          refreshes++;
          current = `renewed-${refreshes}`;
          google.validTokens.add(current);
          return current;
        },
      },
      sleep: async (ms) => void sleeps.push(ms),
    });

  it('lists calendars, the primary first, the rest by name', async () => {
    expect(await client().listCalendars()).toEqual([
      { id: 'me@example.org', name: 'Me', primary: true, color: '#039be5' },
      { id: 'a@group.calendar.google.com', name: 'Appointments', primary: false, color: '#039be5' },
      { id: 'clinic@group.calendar.google.com', name: 'Clinic', primary: false, color: '#039be5' },
    ]);
    expect(google.requests.at(-1)?.authorization).toBe('Bearer good');
  });

  it('on 401 renews the token silently and retries once', async () => {
    google.expireTokens();
    await expect(client().listCalendars()).resolves.toHaveLength(3);
    expect(refreshes).toBe(1);
  });

  it('asks for sign-in in words when the renewed token is refused too', async () => {
    const c = createGoogleClient({
      apiUrl: google.apiUrl,
      fetch,
      token: { get: async () => 'bad', refresh: async () => 'still-bad' },
      sleep: async () => undefined,
    });
    await expect(c.listCalendars()).rejects.toThrow(GoogleSignInRequiredError);
  });

  it.each([
    [429, 'rateLimitExceeded'],
    [403, 'userRateLimitExceeded'],
    [403, 'rateLimitExceeded'],
    [500, 'backendError'],
    [503, 'backendError'],
  ])('backs off exponentially on %i %s, then succeeds', async (status, reason) => {
    google.fail(3, status, reason);
    await expect(client().listCalendars()).resolves.toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('gives up after four tries with words for the user', async () => {
    google.fail(4, 429, 'rateLimitExceeded');
    await expect(client().listCalendars()).rejects.toThrow('Google Calendar asked Session Keeper to slow down');
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    google.fail(1, 403, 'forbidden');
    const error = await client()
      .listCalendars()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect((error as GoogleApiError).reason).toBe('forbidden');
    expect(sleeps).toEqual([]);
  });

  it('says a missing calendar is missing', async () => {
    await expect(client().listEvents('nobody@example.org', {})).rejects.toThrow('could not find this calendar');
  });

  it('says so in words when the answer is not JSON (a captive portal page)', async () => {
    const c = createGoogleClient({
      apiUrl: google.apiUrl,
      fetch: async () => new Response('<html>Sign in to the hotel Wi-Fi</html>', { status: 200 }),
      token: { get: async () => 'good', refresh: async () => 'good' },
      sleep: async () => undefined,
    });
    await expect(c.listEvents(CAL_ID, {})).rejects.toThrow('Google Calendar sent an answer Session Keeper cannot read');
  });

  it('counts a request that never answers as unreachable', async () => {
    const c = createGoogleClient({
      apiUrl: google.apiUrl,
      fetch: (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
      token: { get: async () => 'good', refresh: async () => 'good' },
      sleep: async () => undefined,
      timeoutMs: 50,
    });
    await expect(c.listCalendars()).rejects.toThrow(GoogleNetworkError);
  });

  it('tells a network failure apart', async () => {
    await expect(client('http://127.0.0.1:9/calendar/v3').listCalendars()).rejects.toThrow(GoogleNetworkError);
  });
});
