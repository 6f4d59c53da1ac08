import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_SCOPES, startFakeGoogle, type FakeGoogle } from '../../../test/fake-google/server';
import { launchWebAuthFlowInNode } from '../../../test/fake-google/launch';
import { googleConfig, googleHostPermissions, type GoogleConfig } from './config';
import { GoogleSignInCancelledError, GoogleSignInRequiredError } from './errors';
import { authorizeUrl, parseAuthRedirect, type GoogleToken } from './oauth';
import { createTokenSource, type TokenDeps } from './token';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

describe('googleConfig', () => {
  it.each([
    ['Google', 'https://accounts.google.com/o/oauth2/v2/auth', 'https://oauth2.googleapis.com/revoke'],
    ['the fake server', 'http://127.0.0.1:47123/o/oauth2/auth', 'http://127.0.0.1:47123/revoke'],
  ])('revokes tokens at the right place for %s', (_name, authUrl, revokeUrl) => {
    expect(googleConfig({ clientId: ' id ', authUrl, apiUrl: 'https://www.googleapis.com/calendar/v3/' })).toEqual({
      clientId: 'id',
      authUrl,
      apiUrl: 'https://www.googleapis.com/calendar/v3',
      revokeUrl,
    });
  });

  it('asks host permission for the API and revocation origins only', () => {
    const config = googleConfig({
      clientId: 'x',
      authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      apiUrl: 'https://www.googleapis.com/calendar/v3',
    });
    expect(googleHostPermissions(config)).toEqual(['https://www.googleapis.com/*', 'https://oauth2.googleapis.com/*']);
  });

  it('asks for a local server without its port, which Firefox would never match', () => {
    const config = googleConfig({
      clientId: 'x',
      authUrl: 'http://127.0.0.1:47123/o/oauth2/auth',
      apiUrl: 'http://127.0.0.1:47123/calendar/v3',
    });
    expect(googleHostPermissions(config)).toEqual(['http://127.0.0.1/*']);
  });
});

describe('authorizeUrl and parseAuthRedirect', () => {
  const config = googleConfig({
    clientId: 'cid',
    authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    apiUrl: 'https://x/calendar/v3',
  });

  it.each([
    [true, null],
    [false, 'none'],
  ])('uses the token flow with read-only scopes (interactive %s)', (interactive, prompt) => {
    const url = new URL(authorizeUrl(config, REDIRECT, 's1', interactive));
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('client_id')).toBe('cid');
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(
      url.searchParams
        .get('scope')
        ?.split(' ')
        .every((s) => s.endsWith('.readonly')),
    ).toBe(true);
    expect(url.searchParams.get('prompt')).toBe(prompt);
  });

  it('reads the token and its expiry', () => {
    expect(
      parseAuthRedirect(`${REDIRECT}#access_token=t&token_type=Bearer&expires_in=3599&state=s1`, 's1', true, 1000),
    ).toEqual({
      accessToken: 't',
      expiresAt: 1000 + 3_599_000,
    });
  });

  it.each([
    ['an error', `${REDIRECT}#error=access_denied&state=s1`],
    ['a forged state', `${REDIRECT}#access_token=t&state=evil`],
    ['no token', `${REDIRECT}#state=s1`],
  ])('refuses %s', (_name, redirect) => {
    expect(() => parseAuthRedirect(redirect, 's1', true, 0)).toThrow(GoogleSignInCancelledError);
    expect(() => parseAuthRedirect(redirect, 's1', false, 0)).toThrow('Google needs you to sign in again');
  });
});

describe('createTokenSource against the fake authorize endpoint', () => {
  let google: FakeGoogle;
  let config: GoogleConfig;
  let stored: GoogleToken | null;
  let now: number;
  let launches: boolean[];

  beforeAll(async () => {
    google = await startFakeGoogle();
    config = googleConfig({ clientId: 'test-client', authUrl: google.authUrl, apiUrl: google.apiUrl });
  });
  afterAll(() => google.close());
  beforeEach(() => {
    stored = null;
    now = 1_000_000;
    launches = [];
    google.requireInteraction = false;
  });

  const source = (overrides: Partial<TokenDeps> = {}) =>
    createTokenSource({
      config,
      redirectUri: REDIRECT,
      launchWebAuthFlow: (url, interactive) => {
        launches.push(interactive);
        return launchWebAuthFlowInNode(url);
      },
      load: async () => stored,
      save: async (token) => void (stored = token),
      now: () => now,
      randomState: () => `state-${launches.length}`,
      ...overrides,
    });

  it('connects interactively and stores the token with its expiry and the scopes Google granted', async () => {
    const token = await source().connect();
    expect(google.validTokens.has(token.accessToken)).toBe(true);
    expect(stored).toEqual({ accessToken: token.accessToken, expiresAt: now + 3_600_000, scopes: READ_ONLY_SCOPES });
    expect(launches).toEqual([true]);
  });

  it('reuses a stored token until a minute before it expires, then renews silently', async () => {
    const tokens = source();
    const first = (await tokens.connect()).accessToken;
    now += 3_600_000 - 61_000;
    expect(await tokens.get()).toBe(first);
    now += 2_000;
    const second = await tokens.get();
    expect(second).not.toBe(first);
    expect(launches).toEqual([true, false]);
  });

  it('runs one silent flow for parallel callers', async () => {
    const tokens = source();
    const [a, b, c] = await Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(launches).toEqual([false]);
  });

  it('asks the user in words only when silent sign-in fails', async () => {
    google.requireInteraction = true;
    await expect(source().get()).rejects.toThrow(GoogleSignInRequiredError);
    await expect(source().get()).rejects.toThrow('Google needs you to sign in again');
  });

  it('says so when the build has no client id', async () => {
    const tokens = source({ config: { ...config, clientId: '' } });
    await expect(tokens.get()).rejects.toThrow(GoogleSignInRequiredError);
    expect(launches).toEqual([]);
  });

  it('reports a closed sign-in window as not connected', async () => {
    const tokens = source({ launchWebAuthFlow: () => Promise.reject(new Error('The user did not approve access.')) });
    await expect(tokens.connect()).rejects.toThrow(GoogleSignInCancelledError);
  });

  it('is refused by the fake for a wrong client id', async () => {
    const tokens = source({ config: { ...config, clientId: 'someone-else' } });
    await expect(tokens.connect()).rejects.toThrow('Google sign-in did not finish');
  });
});
