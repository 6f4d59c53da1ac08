import type { calendar_v3 } from '@googleapis/calendar';
import { GoogleApiError, GoogleNetworkError, GoogleSignInRequiredError } from './errors';
import type { TokenSource } from './token';

export interface GoogleClientDeps {
  /** Calendar API v3 base, e.g. `https://www.googleapis.com/calendar/v3`. */
  apiUrl: string;
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

/** A calendar the user can choose, from `calendarList.list`. */
export interface GoogleCalendar {
  id: string;
  name: string;
  primary: boolean;
  color: string | null;
}

export interface EventsQuery {
  syncToken?: string;
  timeMin?: string;
  timeMax?: string;
  pageToken?: string;
  maxResults?: number;
}

export interface GoogleClient {
  listCalendars(): Promise<GoogleCalendar[]>;
  /** One page of `events.list` with `singleEvents=true` (series come back as instances). */
  listEvents(calendarId: string, query: EventsQuery): Promise<calendar_v3.Schema$Events>;
}

/** Reasons of 403/429 that mean "slow down", not "forbidden". */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

export function createGoogleClient(deps: GoogleClientDeps): GoogleClient {
  const attempts = deps.attempts ?? 4;
  const backoffMs = deps.backoffMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 30_000;

  async function get(path: string, params: Record<string, string>): Promise<unknown> {
    const url = `${deps.apiUrl}${path}?${new URLSearchParams(params).toString()}`;
    let token = await deps.token.get();
    let reauthorized = false;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await deps.fetch(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new GoogleNetworkError(error instanceof Error ? error.message : String(error));
      }
      if (response.ok) return readJson(response);

      const { message, reason } = await readError(response);
      // 401: the token expired or was revoked. Re-run the flow silently, then retry once.
      if (response.status === 401) {
        if (reauthorized) throw new GoogleSignInRequiredError(message);
        token = await deps.token.refresh();
        reauthorized = true;
        attempt--;
        continue;
      }
      // Exponential backoff for rate limits and server errors
      // (https://developers.google.com/workspace/calendar/api/guides/quota#backoff).
      const retryable =
        response.status >= 500 ||
        ((response.status === 403 || response.status === 429) && reason !== null && RATE_LIMIT_REASONS.has(reason));
      if (retryable && attempt < attempts) {
        await deps.sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw new GoogleApiError(describe(response.status, reason, message), response.status, reason);
    }
  }

  return {
    async listCalendars() {
      const calendars: GoogleCalendar[] = [];
      let pageToken: string | undefined;
      do {
        const page = (await get('/users/me/calendarList', {
          minAccessRole: 'reader',
          ...(pageToken ? { pageToken } : {}),
        })) as calendar_v3.Schema$CalendarList;
        for (const entry of page.items ?? []) {
          if (!entry.id || entry.deleted || entry.hidden) continue;
          calendars.push({
            id: entry.id,
            name: entry.summaryOverride ?? entry.summary ?? entry.id,
            primary: entry.primary === true,
            color: entry.backgroundColor ?? null,
          });
        }
        pageToken = page.nextPageToken ?? undefined;
      } while (pageToken);
      // The primary calendar first, the rest by name.
      return calendars.sort((a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name));
    },
    async listEvents(calendarId, query) {
      // Cancelled instances of series come back too (showDeleted with singleEvents): the
      // sync keeps them as cancelled sessions. A sync token always reports deletions.
      const params: Record<string, string> = { singleEvents: 'true', showDeleted: 'true' };
      for (const [key, value] of Object.entries(query)) if (value !== undefined) params[key] = String(value);
      const page = await get(`/calendars/${encodeURIComponent(calendarId)}/events`, params);
      if (typeof page !== 'object' || page === null || ('items' in page && !Array.isArray(page.items))) {
        throw new GoogleApiError(
          'Google Calendar sent an answer Session Keeper cannot read. It will try again later.',
          200,
          null,
        );
      }
      return page as calendar_v3.Schema$Events;
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new GoogleApiError(
      'Google Calendar sent an answer Session Keeper cannot read. It will try again later.',
      response.status,
      null,
    );
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

function describe(status: number, reason: string | null, message: string): string {
  if (reason !== null && RATE_LIMIT_REASONS.has(reason)) {
    return 'Google Calendar asked Session Keeper to slow down. It will try again later.';
  }
  if (status >= 500) return `Google Calendar is having trouble (error ${status}). Session Keeper will try again later.`;
  if (status === 404) return 'Google Calendar could not find this calendar. It may have been deleted or unshared.';
  if (status === 403) return `Google Calendar refused access to this calendar (${message}).`;
  return `Google Calendar answered with error ${status} (${message}).`;
}
