import { t } from '../i18n/ui';
import { GoogleNetworkError, GoogleSignInRequiredError } from '../calendar/google/errors';
import { googleRequest, RATE_LIMIT_REASONS, type GoogleRequestDeps } from '../calendar/google/request';
import type { GmailFailure } from '../model/request';

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

export interface GmailClientDeps extends GoogleRequestDeps {
  /** Gmail API base, e.g. `https://gmail.googleapis.com` (without a trailing slash). */
  apiUrl: string;
}

export interface GmailClient {
  /** `users.messages.send` with `raw` (base64url MIME); resolves with the sent message's id. */
  send(raw: string): Promise<{ id: string }>;
}

/** 403 reasons of a token without the send scope. */
const SCOPE_REASONS = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/**
 * https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send
 * Failures (https://developers.google.com/workspace/gmail/api/guides/handle-errors): 401
 * re-runs sign-in silently once; 429, 5xx and rate-limit 403s back off exponentially.
 */
export function createGmailClient(deps: GmailClientDeps): GmailClient {
  const url = `${deps.apiUrl}/gmail/v1/users/me/messages/send`;
  const retryable = (status: number, reason: string | null) =>
    status >= 500 || status === 429 || (status === 403 && reason !== null && RATE_LIMIT_REASONS.has(reason));
  const signIn = (status: number | null) => new GmailSendError('sign-in', t('errors_gmailSignIn'), status);

  return {
    async send(raw) {
      let answer;
      try {
        answer = await googleRequest(
          deps,
          url,
          { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ raw }) },
          retryable,
        );
      } catch (error) {
        if (error instanceof GoogleSignInRequiredError) throw signIn(null);
        if (error instanceof GoogleNetworkError) {
          throw new GmailSendError('network', t('errors_gmailNetwork'));
        }
        throw error;
      }
      if (answer.ok) {
        const body = (await answer.response.json().catch(() => ({}))) as { id?: unknown };
        return { id: typeof body.id === 'string' ? body.id : '' };
      }
      const { status, reason } = answer;
      if (status === 401) throw signIn(401);
      if (status === 403 && reason !== null && SCOPE_REASONS.has(reason)) {
        throw new GmailSendError('scope', t('errors_gmailScope'), 403);
      }
      if (retryable(status, reason)) {
        throw new GmailSendError('busy', t('errors_gmailBusy', { status: String(status) }), status);
      }
      throw new GmailSendError('refused', t('errors_gmailRefused', { status: String(status) }), status);
    },
  };
}
