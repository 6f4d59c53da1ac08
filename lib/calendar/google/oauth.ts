import { GOOGLE_SCOPES, type GoogleConfig } from './config';
import { GoogleSignInCancelledError, GoogleSignInRequiredError } from './errors';

/** An access token and the instant (epoch ms) it stops working. */
export interface GoogleToken {
  accessToken: string;
  expiresAt: number;
  /** What the token allows (the response's `scope`); absent when Google did not say. */
  scopes?: string[];
}

/**
 * The authorize URL of the OAuth 2.0 token flow (`response_type=token`): Google's token
 * endpoint needs a client secret for the code flow, which an extension cannot keep
 * (DESIGN.md, tokens). `prompt=none` makes a silent re-run fail instead of showing a page.
 * `include_granted_scopes=true` asks scopes incrementally: a token covers every scope granted
 * before, so a silent re-run for the calendar scopes keeps Gmail sending once granted.
 * https://developers.google.com/identity/protocols/oauth2/web-server#incrementalAuth
 * https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow
 */
export function authorizeUrl(
  config: GoogleConfig,
  redirectUri: string,
  state: string,
  interactive: boolean,
  scopes: readonly string[] = GOOGLE_SCOPES,
): string {
  const url = new URL(config.authUrl);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'token',
    redirect_uri: redirectUri,
    scope: scopes.join(' '),
    state,
    include_granted_scopes: 'true',
    ...(interactive ? {} : { prompt: 'none' }),
  }).toString();
  return url.toString();
}

/**
 * Reads the token from the URL the flow ended on (`redirect_uri#access_token=…`).
 * Throws a sign-in error in words when Google answered with an error or a forged state.
 */
export function parseAuthRedirect(redirect: string, state: string, interactive: boolean, now: number): GoogleToken {
  const fail = (detail: string) =>
    interactive ? new GoogleSignInCancelledError(detail) : new GoogleSignInRequiredError(detail);
  const params = new URLSearchParams(new URL(redirect).hash.replace(/^#/, ''));
  const error = params.get('error');
  if (error) throw fail(error);
  if (params.get('state') !== state) throw fail('state mismatch');
  const accessToken = params.get('access_token');
  if (!accessToken) throw fail('no access_token');
  const expiresIn = Number(params.get('expires_in') ?? '3600');
  const scope = params.get('scope');
  return {
    accessToken,
    expiresAt: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
    ...(scope ? { scopes: scope.split(' ').filter(Boolean) } : {}),
  };
}

/**
 * Revokes a token at Google (or the fake in tests), so disconnecting really ends access.
 * https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke
 * Resolves false when the endpoint refused or could not be reached: the token may have
 * expired already, and the local data is removed either way.
 */
export async function revokeToken(revokeUrl: string, accessToken: string, fetchFn: typeof fetch): Promise<boolean> {
  try {
    const response = await fetchFn(revokeUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: accessToken }).toString(),
    });
    return response.ok;
  } catch {
    return false;
  }
}
