import { t } from '../../i18n/ui';
import type { calendar_v3 } from '@googleapis/calendar';
import { GoogleApiError, GoogleSignInRequiredError } from './errors';
import { googleRequest, RATE_LIMIT_REASONS, type GoogleRequestDeps } from './request';

export interface GoogleClientDeps extends GoogleRequestDeps {
  /** Calendar API v3 base, e.g. `https://www.googleapis.com/calendar/v3`. */
  apiUrl: string;
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

export function createGoogleClient(deps: GoogleClientDeps): GoogleClient {
  // Rate limits (403/429 with their reason) and server errors are retried.
  const retryable = (status: number, reason: string | null) =>
    status >= 500 || ((status === 403 || status === 429) && reason !== null && RATE_LIMIT_REASONS.has(reason));

  async function get(path: string, params: Record<string, string>): Promise<unknown> {
    const url = `${deps.apiUrl}${path}?${new URLSearchParams(params).toString()}`;
    const answer = await googleRequest(deps, url, { headers: { Accept: 'application/json' } }, retryable);
    if (answer.ok) return readJson(answer.response);
    if (answer.status === 401) throw new GoogleSignInRequiredError(answer.message);
    throw new GoogleApiError(describe(answer.status, answer.reason, answer.message), answer.status, answer.reason);
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
        throw new GoogleApiError(t('errors_googleUnreadable'), 200, null);
      }
      return page as calendar_v3.Schema$Events;
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new GoogleApiError(t('errors_googleUnreadable'), response.status, null);
  }
}

function describe(status: number, reason: string | null, message: string): string {
  if (reason !== null && RATE_LIMIT_REASONS.has(reason)) {
    return t('errors_googleSlowDown');
  }
  if (status >= 500) return t('errors_googleTrouble', { status: String(status) });
  if (status === 404) return t('errors_googleNotFound');
  if (status === 403) return t('errors_googleRefused', { reason: message });
  return t('errors_googleOther', { status: String(status), reason: message });
}
