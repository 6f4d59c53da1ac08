import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { calendar_v3 } from '@googleapis/calendar';
import { FakeGmail, GMAIL_SEND } from './gmail';

/**
 * A local fake of the parts of Google the extension talks to, speaking the real protocol
 * (https://developers.google.com/workspace/calendar/api/v3/reference): the Calendar API v3
 * (`calendarList.list`, `events.list` with pageToken / syncToken / 410), the OAuth 2.0
 * authorize endpoint of the token flow, and token revocation. Tests mutate its state.
 *
 * Events are stored as Google returns them with `singleEvents=true`: a recurring series is
 * stored as its instances (with `recurringEventId` and `originalStartTime`).
 */

export const READ_ONLY_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events.readonly',
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
];

export interface FakeCalendarInit {
  id: string;
  summary: string;
  primary?: boolean;
  timeZone?: string;
  backgroundColor?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | null;
  /**
   * Who asked: the `redirect_uri` of a sign-in, or the one the request's token was issued
   * to. Several extensions (parallel test runs) may talk to one fixed port.
   */
  client: string | null;
}

interface StoredEvent {
  event: calendar_v3.Schema$Event;
  /** The change counter when this event last changed. */
  changedAt: number;
  deleted: boolean;
}

interface FakeCalendar extends FakeCalendarInit {
  events: Map<string, StoredEvent>;
}

interface ForcedFailure {
  status: number;
  reason: string;
  message: string;
  /** Only requests whose path contains this; every API request when absent. */
  pathIncludes?: string;
}

export interface FakeGoogleOptions {
  /** Fixed port (the e2e build bakes it into the extension); 0 or absent: any free port. */
  port?: number;
  clientId?: string;
}

export class FakeGoogle {
  readonly clientId: string;
  url = '';
  readonly requests: RecordedRequest[] = [];
  /** Tokens the API accepts. */
  readonly validTokens = new Set<string>();
  /** The redirect URI each token was issued to. */
  readonly #tokenClients = new Map<string, string>();
  /** Tokens posted to /revoke. */
  readonly revoked: string[] = [];
  /** While true, the authorize endpoint refuses silent sign-in (`prompt=none`) with `interaction_required`. */
  requireInteraction = false;
  /** Seconds a new token lives (`expires_in`). */
  tokenLifetime = 3600;
  /** Sync tokens issued before this change count answer 410 (`fullSyncRequired`). */
  #syncTokensValidFrom = 0;
  #clock = 0;
  #issued = 0;
  #failures: ForcedFailure[] = [];
  readonly #calendars = new Map<string, FakeCalendar>();
  /** `users.messages.send` (test/fake-google/gmail.ts). */
  readonly gmail = new FakeGmail();
  /** Scopes each token allows, and those each client (redirect URI) has granted. */
  readonly #tokenScopes = new Map<string, string[]>();
  readonly #granted = new Map<string, Set<string>>();
  readonly #server = createServer((req, res) => this.#handle(req, res));

  constructor(options: FakeGoogleOptions = {}) {
    this.clientId = options.clientId ?? 'test-client';
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/calendar/v3`;
  }

  get authUrl(): string {
    return `${this.url}/o/oauth2/auth`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.closeAllConnections();
      this.#server.close(() => resolve());
    });
  }

  addCalendar(init: FakeCalendarInit): void {
    this.#calendars.set(init.id, { timeZone: 'UTC', ...init, events: new Map() });
  }

  /** Adds or replaces an event (it must have an `id`). */
  putEvent(calendarId: string, event: calendar_v3.Schema$Event & { id: string }): void {
    const calendar = this.#calendar(calendarId);
    const changedAt = ++this.#clock;
    const old = calendar.events.get(event.id);
    const sequence = (old?.event.sequence ?? -1) + 1;
    calendar.events.set(event.id, {
      event: {
        kind: 'calendar#event',
        etag: `"${changedAt}"`,
        status: 'confirmed',
        ...event,
        sequence,
        updated: new Date(Date.UTC(2026, 0, 1) + changedAt * 1000).toISOString(),
      },
      changedAt,
      deleted: false,
    });
  }

  /** Changes fields of an event. */
  editEvent(calendarId: string, id: string, patch: Partial<calendar_v3.Schema$Event>): void {
    const old = this.#calendar(calendarId).events.get(id);
    if (!old || old.deleted) throw new Error(`No event ${id} in ${calendarId}`);
    this.putEvent(calendarId, { ...old.event, ...patch, id });
  }

  /** Deletes an event: syncs report it as `status: "cancelled"`. */
  deleteEvent(calendarId: string, id: string): void {
    const stored = this.#calendar(calendarId).events.get(id);
    if (!stored) throw new Error(`No event ${id} in ${calendarId}`);
    stored.deleted = true;
    stored.changedAt = ++this.#clock;
  }

  /** Every token stops working (as after an hour): the API answers 401. */
  expireTokens(): void {
    this.validTokens.clear();
  }

  /** Every sync token issued so far answers 410 Gone. */
  invalidateSyncTokens(): void {
    this.#syncTokensValidFrom = ++this.#clock;
  }

  /** The next `times` API requests (matching `pathIncludes`) fail with this status and reason. */
  fail(times: number, status: number, reason: string, pathIncludes?: string): void {
    const message = status === 429 || reason.includes('RateLimit') ? 'Rate Limit Exceeded' : `Forced ${status}`;
    for (let i = 0; i < times; i++)
      this.#failures.push({ status, reason, message, ...(pathIncludes ? { pathIncludes } : {}) });
  }

  /** Requests to `events.list`, oldest first; only those of one client when given (a substring of its redirect URI). */
  eventRequests(client?: string): RecordedRequest[] {
    return this.requestsOf(client).filter((r) => r.path.endsWith('/events'));
  }

  /** All requests, or those of one client (a substring of its redirect URI, e.g. the extension id). */
  requestsOf(client?: string): RecordedRequest[] {
    return client === undefined ? this.requests : this.requests.filter((r) => r.client?.includes(client));
  }

  #calendar(id: string): FakeCalendar {
    const calendar = this.#calendars.get(id);
    if (!calendar) throw new Error(`No calendar ${id}`);
    return calendar;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = req.headers.authorization ?? null;
    const bearer = authorization?.replace(/^Bearer /, '') ?? '';
    const client = url.searchParams.get('redirect_uri') ?? this.#tokenClients.get(bearer) ?? null;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization,
      client,
    });
    // The real API answers CORS requests from any origin.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Allow-Methods': 'GET, POST',
      });
      res.end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/o/oauth2/auth') return this.#authorize(url, res);
    if (req.method === 'POST' && url.pathname === '/revoke') return void this.#revoke(req, url, res);
    if (req.method === 'GET' && url.pathname.startsWith('/calendar/v3/')) return this.#api(url, authorization, res);
    if (url.pathname.startsWith('/gmail/v1/')) {
      const scopes = this.validTokens.has(bearer) ? (this.#tokenScopes.get(bearer) ?? []) : null;
      return void this.gmail.handle(req, url, res, scopes, client);
    }
    json(res, 404, {
      error: {
        code: 404,
        message: 'Not Found',
        errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
      },
    });
  }

  /** https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow */
  #authorize(url: URL, res: ServerResponse): void {
    const q = url.searchParams;
    const problem = (text: string) => {
      res.writeHead(400, { 'Content-Type': 'text/html' });
      res.end(`<h1>Error 400</h1><p>${text}</p>`);
    };
    if (q.get('client_id') !== this.clientId) return problem('invalid_client: The OAuth client was not found.');
    if (q.get('response_type') !== 'token') return problem('unsupported_response_type');
    const redirectUri = q.get('redirect_uri');
    if (!redirectUri) return problem('redirect_uri_mismatch');
    const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !READ_ONLY_SCOPES.includes(s) && s !== GMAIL_SEND)) {
      return problem('invalid_scope: only read-only scopes and gmail.send');
    }
    const state = q.get('state') ?? '';
    const fragment = new URLSearchParams();
    if (q.get('prompt') === 'none' && this.requireInteraction) {
      fragment.set('error', 'interaction_required');
    } else {
      const token = `fake-token-${++this.#issued}`;
      // Incremental authorization: with include_granted_scopes the token covers what was granted before.
      const granted = this.#granted.get(redirectUri) ?? new Set<string>();
      for (const s of scopes) granted.add(s);
      this.#granted.set(redirectUri, granted);
      const covered = q.get('include_granted_scopes') === 'true' ? [...granted] : scopes;
      this.#tokenScopes.set(token, covered);
      this.validTokens.add(token);
      this.#tokenClients.set(token, redirectUri);
      fragment.set('access_token', token);
      fragment.set('token_type', 'Bearer');
      fragment.set('expires_in', String(this.tokenLifetime));
      fragment.set('scope', covered.join(' '));
    }
    fragment.set('state', state);
    res.writeHead(302, { Location: `${redirectUri}#${fragment.toString()}` });
    res.end();
  }

  async #revoke(req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const token = new URLSearchParams(body).get('token') ?? url.searchParams.get('token');
    if (!token || !this.validTokens.has(token))
      return json(res, 400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
    this.validTokens.delete(token);
    this.revoked.push(token);
    json(res, 200, {});
  }

  #api(url: URL, authorization: string | null, res: ServerResponse): void {
    const token = authorization?.replace(/^Bearer /, '') ?? '';
    if (!this.validTokens.has(token)) {
      return apiError(res, 401, 'authError', 'Request had invalid authentication credentials.');
    }
    const forced = this.#failures.findIndex((f) => !f.pathIncludes || url.pathname.includes(f.pathIncludes));
    if (forced >= 0) {
      const [failure] = this.#failures.splice(forced, 1);
      if (failure) return apiError(res, failure.status, failure.reason, failure.message);
    }
    const path = url.pathname.slice('/calendar/v3'.length);
    if (path === '/users/me/calendarList') return this.#calendarList(res);
    const match = /^\/calendars\/([^/]+)\/events$/.exec(path);
    if (match?.[1]) return this.#events(decodeURIComponent(match[1]), url.searchParams, res);
    apiError(res, 404, 'notFound', 'Not Found');
  }

  #calendarList(res: ServerResponse): void {
    json(res, 200, {
      kind: 'calendar#calendarList',
      etag: `"${this.#clock}"`,
      items: [...this.#calendars.values()].map((c) => ({
        kind: 'calendar#calendarListEntry',
        id: c.id,
        summary: c.summary,
        timeZone: c.timeZone,
        backgroundColor: c.backgroundColor ?? '#039be5',
        accessRole: c.primary ? 'owner' : 'reader',
        ...(c.primary ? { primary: true } : {}),
      })),
    });
  }

  /** https://developers.google.com/workspace/calendar/api/v3/reference/events/list */
  #events(calendarId: string, q: URLSearchParams, res: ServerResponse): void {
    const calendar = this.#calendars.get(calendarId);
    if (!calendar) return apiError(res, 404, 'notFound', 'Not Found');
    const syncToken = q.get('syncToken');
    const badWithSync = ['timeMin', 'timeMax', 'orderBy', 'q', 'updatedMin', 'iCalUID'].find((p) => q.has(p));
    if (syncToken && badWithSync) {
      return apiError(res, 400, 'invalid', `Sync token cannot be used with ${badWithSync}.`);
    }
    const maxResults = Math.min(Number(q.get('maxResults') ?? '250') || 250, 2500);

    // Page tokens remember where the list started, so a change mid-listing waits for the next sync.
    let offset = 0;
    let snapshot = this.#clock;
    const pageToken = q.get('pageToken');
    if (pageToken) {
      const parsed = decode<{ offset: number; snapshot: number }>(pageToken);
      if (!parsed) return apiError(res, 400, 'invalid', 'Invalid page token.');
      ({ offset, snapshot } = parsed);
    }

    let selected: calendar_v3.Schema$Event[];
    if (syncToken) {
      const since = decode<{ calendarId: string; clock: number }>(syncToken);
      if (!since || since.calendarId !== calendarId) return apiError(res, 400, 'invalid', 'Invalid sync token.');
      if (since.clock < this.#syncTokensValidFrom) {
        return apiError(res, 410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.');
      }
      selected = [...calendar.events.values()]
        .filter((s) => s.changedAt > since.clock && s.changedAt <= snapshot)
        .map((s) => (s.deleted ? cancelledStub(s.event) : s.event));
    } else {
      const timeMin = q.get('timeMin');
      const timeMax = q.get('timeMax');
      for (const bound of [timeMin, timeMax]) {
        if (bound !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(bound)) {
          return apiError(res, 400, 'badRequest', 'Bad Request');
        }
      }
      const min = timeMin ? Date.parse(timeMin) : -Infinity;
      const max = timeMax ? Date.parse(timeMax) : Infinity;
      const showDeleted = q.get('showDeleted') === 'true';
      selected = [...calendar.events.values()]
        .filter((s) => s.changedAt <= snapshot && (!s.deleted || showDeleted))
        // timeMin bounds the end (exclusive), timeMax the start (exclusive).
        .filter((s) => endOf(s.event) > min && startOf(s.event) < max)
        .map((s) => (s.deleted ? cancelledStub(s.event) : s.event));
    }
    selected.sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
    const items = selected.slice(offset, offset + maxResults);
    const more = offset + maxResults < selected.length;
    json(res, 200, {
      kind: 'calendar#events',
      etag: `"${snapshot}"`,
      summary: calendar.summary,
      updated: new Date().toISOString(),
      timeZone: calendar.timeZone,
      accessRole: 'reader',
      items,
      ...(more
        ? { nextPageToken: encode({ offset: offset + maxResults, snapshot }) }
        : { nextSyncToken: encode({ calendarId, clock: snapshot }) }),
    });
  }
}

/** Starts a fake Google on 127.0.0.1. */
export async function startFakeGoogle(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  return new FakeGoogle(options).listen(options.port ?? 0);
}

/** A deleted event as a sync reports it: its id and status, plus the instance fields of a series. */
function cancelledStub(event: calendar_v3.Schema$Event): calendar_v3.Schema$Event {
  return {
    kind: 'calendar#event',
    etag: event.etag ?? null,
    id: event.id ?? null,
    status: 'cancelled',
    ...(event.recurringEventId ? { recurringEventId: event.recurringEventId } : {}),
    ...(event.originalStartTime ? { originalStartTime: event.originalStartTime } : {}),
  };
}

function startOf(event: calendar_v3.Schema$Event): number {
  return timeOf(event.start);
}

function endOf(event: calendar_v3.Schema$Event): number {
  return event.end ? timeOf(event.end) : startOf(event);
}

/** All-day dates are compared at midnight UTC: precise enough for a fake's window filter. */
function timeOf(time: calendar_v3.Schema$EventDateTime | undefined): number {
  if (time?.dateTime) return Date.parse(time.dateTime);
  if (time?.date) return Date.parse(`${time.date}T00:00:00Z`);
  return NaN;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

/** Google's error body: `{"error":{"code","message","errors":[{"reason"}]}}`. */
function apiError(res: ServerResponse, code: number, reason: string, message: string): void {
  json(res, code, {
    error: { code, message, errors: [{ domain: code === 401 ? 'global' : 'usageLimits', reason, message }] },
  });
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode<T>(token: string): T | null {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString()) as T;
  } catch {
    return null;
  }
}
