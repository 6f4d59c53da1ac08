import { GoogleSignInRequiredError } from '../calendar/google/errors';
import type { TokenSource } from '../calendar/google/token';

/** Why a send failed, for what the page offers next. */
export type GmailFailure = 'network' | 'sign-in' | 'scope' | 'busy' | 'refused';

/** A send that did not go out, in words; the draft is kept and the compose links remain. */
export class GmailSendError extends Error {
  override name = 'GmailSendError';
  constructor(
    readonly kind: GmailFailure,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export interface GmailClientDeps {
  /** Gmail API base, e.g. `https://gmail.googleapis.com` (without a trailing slash). */
  apiUrl: string;
  fetch: typeof fetch;
  token: Pick<TokenSource, 'get' | 'refresh'>;
  sleep(ms: number): Promise<void>;
  /** Tries for rate limits and server errors (default 4). */
  attempts?: number;
  /** First backoff delay in ms (default 1000), doubled on every retry. */
  backoffMs?: number;
  /** A request that has not answered after this long counts as unreachable (default 30 s). */
  timeoutMs?: number;
}

export interface GmailClient {
  /** `users.messages.send` with `raw` (base64url MIME); resolves with the sent message's id. */
  send(raw: string): Promise<{ id: string }>;
}

const KEEP = 'Your message is kept here: try again, or send it another way below.';

/** Reasons of 403 that mean "slow down", not "forbidden". */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
/** 403 reasons of a token without the send scope. */
const SCOPE_REASONS = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/**
 * https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send
 * Failures (https://developers.google.com/workspace/gmail/api/guides/handle-errors): 401
 * re-runs sign-in silently once; 429, 5xx and rate-limit 403s back off exponentially.
 */
export function createGmailClient(deps: GmailClientDeps): GmailClient {
  const attempts = deps.attempts ?? 4;
  const backoffMs = deps.backoffMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const url = `${deps.apiUrl}/gmail/v1/users/me/messages/send`;

  const signIn = (detail?: string) =>
    new GmailSendError(
      'sign-in',
      `Google needs you to sign in again before Session Keeper can send: choose "Send from Gmail" to sign in. ${KEEP}`,
      detail ? 401 : null,
    );

  async function token(get: () => Promise<string>): Promise<string> {
    try {
      return await get();
    } catch (error) {
      if (error instanceof GoogleSignInRequiredError) throw signIn();
      throw error;
    }
  }

  return {
    async send(raw) {
      let bearer = await token(() => deps.token.get());
      let reauthorized = false;
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await deps.fetch(url, {
            method: 'POST',
            headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ raw }),
            signal: AbortSignal.timeout(timeoutMs),
          });
        } catch {
          throw new GmailSendError('network', `Could not reach Gmail: check your connection. ${KEEP}`);
        }
        if (response.ok) {
          const body = (await response.json().catch(() => ({}))) as { id?: unknown };
          return { id: typeof body.id === 'string' ? body.id : '' };
        }
        const reason = await readReason(response);
        if (response.status === 401) {
          if (reauthorized) throw signIn('401');
          bearer = await token(() => deps.token.refresh());
          reauthorized = true;
          attempt--;
          continue;
        }
        if (response.status === 403 && reason !== null && SCOPE_REASONS.has(reason)) {
          throw new GmailSendError(
            'scope',
            `Google has not given Session Keeper permission to send from your Gmail. Choose "Send from Gmail" again to allow it. ${KEEP}`,
            403,
          );
        }
        const retryable =
          response.status >= 500 ||
          response.status === 429 ||
          (response.status === 403 && reason !== null && RATE_LIMIT_REASONS.has(reason));
        if (retryable && attempt < attempts) {
          await deps.sleep(backoffMs * 2 ** (attempt - 1));
          continue;
        }
        if (retryable) {
          throw new GmailSendError(
            'busy',
            `Gmail is busy right now (error ${response.status}), so the message was not sent. ${KEEP}`,
            response.status,
          );
        }
        throw new GmailSendError(
          'refused',
          `Gmail did not accept the message (error ${response.status}). ${KEEP}`,
          response.status,
        );
      }
    },
  };
}

/** The first reason of Google's error body `{"error":{"errors":[{"reason"}]}}`. */
async function readReason(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { errors?: { reason?: unknown }[]; status?: unknown } };
    const reason = body.error?.errors?.[0]?.reason;
    return typeof reason === 'string' ? reason : null;
  } catch {
    return null;
  }
}
