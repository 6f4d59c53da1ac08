import { GoogleNetworkError } from './errors';
import type { TokenSource } from './token';

/** What every Google API client needs: the network, a token, a way to wait, and its limits. */
export interface GoogleRequestDeps {
  fetch: typeof fetch;
  token: Pick<TokenSource, 'get' | 'refresh'>;
  /** Waits between retries; tests pass one that does not wait. */
  sleep(ms: number): Promise<void>;
  /** Tries per request for rate limits and server errors (default 4). */
  attempts?: number;
  /** First backoff delay in ms (default 1000), doubled on every retry. */
  backoffMs?: number;
  /** A request that has not answered after this long counts as unreachable (default 30 s). */
  timeoutMs?: number;
}

/** Google's answer: a success, or the last failure with the reason of its error body. */
export type GoogleAnswer =
  { ok: true; response: Response } | { ok: false; status: number; reason: string | null; message: string };

/**
 * One request to a Google API, as Google's guides ask for it: the bearer token; on 401 the
 * sign-in re-run silently and the request retried once; on what `retryable` names (rate
 * limits, server errors) exponential backoff
 * (https://developers.google.com/workspace/calendar/api/guides/quota#backoff). Throws
 * GoogleNetworkError when nothing answered; the token source's own errors pass through.
 */
export async function googleRequest(
  deps: GoogleRequestDeps,
  url: string,
  init: RequestInit,
  retryable: (status: number, reason: string | null) => boolean,
): Promise<GoogleAnswer> {
  const attempts = deps.attempts ?? 4;
  const backoffMs = deps.backoffMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 30_000;
  let token = await deps.token.get();
  let reauthorized = false;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new GoogleNetworkError(error instanceof Error ? error.message : String(error));
    }
    if (response.ok) return { ok: true, response };
    const { message, reason } = await readError(response);
    // 401: the token expired or was revoked. Re-run the flow silently, then retry once.
    if (response.status === 401 && !reauthorized) {
      token = await deps.token.refresh();
      reauthorized = true;
      attempt--;
      continue;
    }
    if (response.status !== 401 && retryable(response.status, reason) && attempt < attempts) {
      await deps.sleep(backoffMs * 2 ** (attempt - 1));
      continue;
    }
    return { ok: false, status: response.status, reason, message };
  }
}

/** Reads Google's JSON error body `{"error":{"code","message","errors":[{"reason"}]}}`. */
async function readError(response: Response): Promise<{ message: string; reason: string | null }> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown; errors?: { reason?: unknown }[] } };
    const reason = body.error?.errors?.[0]?.reason;
    const message = body.error?.message;
    return {
      message: typeof message === 'string' ? message : response.statusText,
      reason: typeof reason === 'string' ? reason : null,
    };
  } catch {
    return { message: response.statusText, reason: null };
  }
}

/** Reasons of 403/429 that mean "slow down", not "forbidden". */
export const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
