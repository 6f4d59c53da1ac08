import { GOOGLE_SCOPES, type GoogleConfig } from './config';
import { GoogleSignInCancelledError, GoogleSignInRequiredError } from './errors';
import { authorizeUrl, parseAuthRedirect, type GoogleToken } from './oauth';
import { MINUTE } from '../../time/units';

/** What the token source needs from the browser; the extension passes `identity` and storage. */
export interface TokenDeps {
  config: GoogleConfig;
  /** `identity.getRedirectURL()`: `https://<extension-id>.chromiumapp.org/` in Chrome. */
  redirectUri: string;
  /** `identity.launchWebAuthFlow`: resolves to the URL the flow ended on. */
  launchWebAuthFlow(url: string, interactive: boolean): Promise<string | undefined>;
  load(): Promise<GoogleToken | null>;
  save(token: GoogleToken | null): Promise<void>;
  now(): number;
  randomState(): string;
}

export interface TokenSource {
  /** A token that works for at least another minute; re-runs the flow silently when needed. */
  get(): Promise<string>;
  /** Drops the current token (the API said 401) and gets a new one silently. */
  refresh(): Promise<string>;
  /** The interactive flow, from the user's Connect click; `extraScopes` asked on top of the calendar's. */
  connect(extraScopes?: readonly string[]): Promise<GoogleToken>;
}

/** Tokens are renewed this long before Google says they expire, so a request never races it. */
const EXPIRY_MARGIN_MS = MINUTE;

export function createTokenSource(deps: TokenDeps): TokenSource {
  const run = async (interactive: boolean, scopes: readonly string[] = GOOGLE_SCOPES): Promise<GoogleToken> => {
    if (!deps.config.clientId) throw new GoogleSignInRequiredError('no client id');
    const state = deps.randomState();
    let redirect: string | undefined;
    try {
      redirect = await deps.launchWebAuthFlow(
        authorizeUrl(deps.config, deps.redirectUri, state, interactive, scopes),
        interactive,
      );
    } catch (error) {
      // Chrome rejects with "User interaction required." (silent) or "The user did not approve access."
      const detail = error instanceof Error ? error.message : String(error);
      throw interactive ? new GoogleSignInCancelledError(detail) : new GoogleSignInRequiredError(detail);
    }
    if (!redirect) throw interactive ? new GoogleSignInCancelledError() : new GoogleSignInRequiredError();
    const token = parseAuthRedirect(redirect, state, interactive, deps.now());
    await deps.save(token);
    return token;
  };

  // One silent flow at a time: several calendars syncing together share its result.
  let silent: Promise<GoogleToken> | null = null;
  const runSilently = (): Promise<GoogleToken> => {
    silent ??= run(false).finally(() => (silent = null));
    return silent;
  };

  return {
    async get() {
      const stored = await deps.load();
      if (stored && stored.expiresAt - EXPIRY_MARGIN_MS > deps.now()) return stored.accessToken;
      return (await runSilently()).accessToken;
    },
    async refresh() {
      await deps.save(null);
      return (await runSilently()).accessToken;
    },
    connect: (extraScopes = []) => run(true, [...GOOGLE_SCOPES, ...extraScopes]),
  };
}
