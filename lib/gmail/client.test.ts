import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWebAuthFlowInNode } from '../../test/fake-google/launch';
import { startFakeGoogle, type FakeGoogle } from '../../test/fake-google/server';
import { googleConfig } from '../calendar/google/config';
import type { GoogleToken } from '../calendar/google/oauth';
import { createTokenSource, type TokenSource } from '../calendar/google/token';
import type { GmailFailure } from '../model/request';
import { createGmailClient, GmailSendError } from './client';
import { gmailRaw } from './mime';
import { GMAIL_SEND_SCOPE } from './scope';

const NOW = Date.parse('2026-12-01T14:04:00Z');
const REDIRECT = 'https://ext.chromiumapp.org/';

describe('sending through the fake Gmail', () => {
  let google: FakeGoogle;
  let stored: GoogleToken | null;
  let tokens: TokenSource;
  let waits: number[];

  beforeEach(async () => {
    google = await startFakeGoogle();
    stored = null;
    waits = [];
    tokens = createTokenSource({
      config: googleConfig({ clientId: 'test-client', authUrl: google.authUrl, apiUrl: `${google.url}/calendar/v3` }),
      redirectUri: REDIRECT,
      launchWebAuthFlow: launchWebAuthFlowInNode,
      load: async () => stored,
      save: async (token) => void (stored = token),
      now: () => NOW,
      randomState: () => 'state',
    });
  });
  afterEach(() => google.close());

  const client = () =>
    createGmailClient({
      apiUrl: google.url,
      fetch,
      token: tokens,
      sleep: async (ms) => void waits.push(ms),
      backoffMs: 100,
    });
  const raw = gmailRaw({
    from: { name: 'Zoë', address: 'me@example.org' },
    to: { name: 'Dr Lee', address: 'dr.lee@clinic.example' },
    subject: 'Séance 😔',
    body: 'Bonjour 🙏',
    date: NOW,
    id: 'x1',
  });
  const failureOf = async (promise: Promise<unknown>): Promise<GmailFailure | 'sent'> => {
    try {
      await promise;
      return 'sent';
    } catch (error) {
      if (error instanceof GmailSendError) return error.kind;
      throw error;
    }
  };

  it('asks the send scope incrementally, remembers what Google granted, and the message arrives decoded', async () => {
    await tokens.connect();
    expect(stored?.scopes).not.toContain(GMAIL_SEND_SCOPE);
    expect(await failureOf(client().send(raw))).toBe('scope');
    expect(google.gmail.sent).toEqual([]);

    await tokens.connect([GMAIL_SEND_SCOPE]);
    const authorize = google.requests.filter((r) => r.path === '/o/oauth2/auth').at(-1);
    expect(authorize?.query.get('include_granted_scopes')).toBe('true');
    expect(authorize?.query.get('scope')?.split(' ')).toContain(GMAIL_SEND_SCOPE);
    expect(stored?.scopes).toContain(GMAIL_SEND_SCOPE);

    const { id } = await client().send(raw);
    expect(id).toBe('msg-1');
    expect(google.gmail.sent.map((m) => [m.headers.from, m.headers.subject, m.body])).toEqual([
      ['Zoë <me@example.org>', 'Séance 😔', 'Bonjour 🙏'],
    ]);
  });

  it('renews an expired token silently once, keeping the send scope granted before', async () => {
    await tokens.connect([GMAIL_SEND_SCOPE]);
    google.expireTokens();
    await client().send(raw);
    expect(google.gmail.sent).toHaveLength(1);
    // The silent flow asked only the calendar scopes; include_granted_scopes kept gmail.send.
    const silent = google.requests.filter((r) => r.path === '/o/oauth2/auth').at(-1);
    expect(silent?.query.get('prompt')).toBe('none');
    expect(silent?.query.get('scope')?.split(' ')).not.toContain(GMAIL_SEND_SCOPE);
  });

  it('says "sign in again" when a 401 survives the silent renewal, or the silent flow needs the user', async () => {
    await tokens.connect([GMAIL_SEND_SCOPE]);
    google.gmail.fail(2, 401);
    const error = await client()
      .send(raw)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmailSendError);
    expect((error as GmailSendError).message).toMatch(/^Google needs you to sign in again/);
    google.expireTokens();
    google.requireInteraction = true;
    expect(await failureOf(client().send(raw))).toBe('sign-in');
    expect(google.gmail.sent).toEqual([]);
  });

  it.each([
    [429, 2, 'sent', [100, 200]],
    [500, 2, 'sent', [100, 200]],
    [429, 4, 'busy', [100, 200, 400]],
    [500, 4, 'busy', [100, 200, 400]],
  ] as const)('backs off exponentially on %i (%i times): %s', async (status, times, outcome, delays) => {
    await tokens.connect([GMAIL_SEND_SCOPE]);
    google.gmail.fail(times, status);
    expect(await failureOf(client().send(raw))).toBe(outcome);
    expect(waits).toEqual(delays);
    expect(google.gmail.sent).toHaveLength(outcome === 'sent' ? 1 : 0);
  });

  it('asks for the scope again on 403 insufficientPermissions, and says when the network is down', async () => {
    await tokens.connect([GMAIL_SEND_SCOPE]);
    google.gmail.fail(1, 403);
    expect(await failureOf(client().send(raw))).toBe('scope');
    expect(waits).toEqual([]);
    const offline = createGmailClient({
      apiUrl: 'http://127.0.0.1:9',
      fetch,
      token: tokens,
      sleep: async () => undefined,
    });
    const error = await offline.send(raw).catch((e: unknown) => e);
    expect((error as GmailSendError).kind).toBe('network');
    expect((error as GmailSendError).message).toContain('Could not reach Gmail');
  });
});
