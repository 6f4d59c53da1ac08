import { t } from '../../i18n/ui';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Appointment } from '../../model/appointment';
import type { Source } from '../../sources/source';
import type { SourceSyncer, SyncContext, SyncResult } from '../../sources/syncer';
import { formatDateAndTime } from '../../format/date-time';
import { createGoogleClient, type GoogleClient } from './client';
import { GoogleApiError, GoogleNetworkError } from './errors';
import { eventToAppointment, validZone } from './map-event';
import type { TokenSource } from './token';
import { DAY } from '../../time/units';

export type GoogleSource = Extract<Source, { kind: 'google' }>;

/** What an incremental sync of one calendar continues from. */
export interface GoogleSyncState {
  /** `nextSyncToken` of the last page of the last sync. */
  syncToken: string;
  /** The full sync asked for events up to here (epoch ms); incremental syncs are valid until the window passes it. */
  coveredTo: number;
  /** The calendar's zone, for all-day events in later changes. */
  timeZone: string;
  /** When this calendar last synced (epoch ms), for the offline message. */
  syncedAt: number;
}

export interface GoogleSyncDeps {
  apiUrl: string;
  token: Pick<TokenSource, 'get' | 'refresh'>;
  sleep(ms: number): Promise<void>;
  backoffMs?: number;
  attempts?: number;
  /** `maxResults` per page (Google's default 250, at most 2500). */
  pageSize?: number;
}

/**
 * A full sync asks for this much beyond the window. A sync token only reports changes, so
 * events that were beyond `timeMax` would never arrive as the window slides forward: once
 * the window passes `coveredTo`, the next sync is a full one again.
 */
export const GOOGLE_COVER_AHEAD_MS = 14 * DAY;
const MAX_PAGES = 200;

export function createGoogleSyncer(deps: GoogleSyncDeps): SourceSyncer<GoogleSource, GoogleSyncState> {
  return async (source, context) => {
    const client = createGoogleClient({ ...deps, fetch: context.fetch });
    const state = context.state;
    try {
      // Changes only make sense on top of the cache they change: without one, sync fully.
      if (state && context.previous.length > 0 && context.window.to <= state.coveredTo) {
        try {
          return await incrementalSync(client, deps, source, context, state);
        } catch (error) {
          // 410 Gone: the sync token is no longer valid; wipe and sync fully
          // (https://developers.google.com/workspace/calendar/api/guides/sync#full_sync_required_by_server).
          if (!(error instanceof GoogleApiError && error.status === 410)) throw error;
        }
      }
      return await fullSync(client, deps, source, context);
    } catch (error) {
      if (error instanceof GoogleNetworkError) throw new Error(offlineMessage(state, context), { cause: error });
      throw error;
    }
  };
}

async function fullSync(
  client: GoogleClient,
  deps: GoogleSyncDeps,
  source: GoogleSource,
  context: SyncContext<GoogleSyncState>,
): Promise<SyncResult<GoogleSyncState>> {
  const coveredTo = context.window.to + GOOGLE_COVER_AHEAD_MS;
  const { items, syncToken, timeZone } = await readAllPages(client, source.calendarId, {
    timeMin: new Date(context.window.from).toISOString(),
    timeMax: new Date(coveredTo).toISOString(),
    ...(deps.pageSize ? { maxResults: deps.pageSize } : {}),
  });
  const zone = timeZone ?? context.userTimeZone;
  const appointments = merge([], items, source.id, zone);
  return {
    kind: 'updated',
    appointments: keep(appointments, context.window.from, coveredTo),
    warnings: [],
    state: { syncToken, coveredTo, timeZone: zone, syncedAt: context.now },
  };
}

async function incrementalSync(
  client: GoogleClient,
  deps: GoogleSyncDeps,
  source: GoogleSource,
  context: SyncContext<GoogleSyncState>,
  state: GoogleSyncState,
): Promise<SyncResult<GoogleSyncState>> {
  // A sync token cannot be combined with timeMin, timeMax or orderBy (DESIGN.md, Google API).
  const { items, syncToken, timeZone } = await readAllPages(client, source.calendarId, {
    syncToken: state.syncToken,
    ...(deps.pageSize ? { maxResults: deps.pageSize } : {}),
  });
  const zone = timeZone ?? state.timeZone;
  const next: GoogleSyncState = { syncToken, coveredTo: state.coveredTo, timeZone: zone, syncedAt: context.now };
  if (items.length === 0) return { kind: 'unchanged', warnings: [], state: next };
  const appointments = merge(context.previous, items, source.id, zone);
  return {
    kind: 'updated',
    appointments: keep(appointments, context.window.from, state.coveredTo),
    warnings: [],
    state: next,
  };
}

async function readAllPages(
  client: GoogleClient,
  calendarId: string,
  query: { syncToken?: string; timeMin?: string; timeMax?: string; maxResults?: number },
): Promise<{ items: calendar_v3.Schema$Event[]; syncToken: string; timeZone: string | null }> {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  let timeZone: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.listEvents(calendarId, { ...query, ...(pageToken ? { pageToken } : {}) });
    items.push(...(answer.items ?? []));
    timeZone = validZone(answer.timeZone) ?? timeZone;
    // `nextSyncToken` comes only with the last page.
    if (answer.nextPageToken) {
      pageToken = answer.nextPageToken;
      continue;
    }
    if (!answer.nextSyncToken) throw new GoogleApiError(t('errors_googleUnfinished'), 200, null);
    return { items, syncToken: answer.nextSyncToken, timeZone };
  }
  throw new GoogleApiError(t('errors_googleTooManyEvents'), 200, null);
}

/**
 * Applies a list of events (all of them, or the changes since the sync token) to the
 * previous appointments. A cancelled instance of a series stays, marked cancelled, so the
 * session shows as cancelled rather than as missed; any other cancelled event is a deletion.
 */
export function merge(
  previous: Appointment[],
  changes: calendar_v3.Schema$Event[],
  sourceId: string,
  calendarTimeZone: string,
): Appointment[] {
  const byKey = new Map(previous.map((a) => [a.key, a]));
  for (const event of changes) {
    if (!event.id) continue;
    const id = event.id;
    const before = [...byKey.values()].filter((a) => a.googleEventId === id);
    for (const old of before) byKey.delete(old.key);
    const mapped = eventToAppointment(event, { sourceId, calendarTimeZone });
    if (event.status === 'cancelled') {
      if (!event.recurringEventId) {
        // The whole event (or series: its instances carry the series id as uid) is gone.
        for (const a of [...byKey.values()]) if (a.uid === id) byKey.delete(a.key);
        continue;
      }
      const instance = mapped ?? (before[0] ? { ...before[0], status: 'cancelled' as const } : null);
      if (instance) byKey.set(instance.key, instance);
      continue;
    }
    if (mapped) byKey.set(mapped.key, mapped);
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

/** Changes arrive for any time; keep what ends after the window opens and starts before the covered end. */
function keep(appointments: Appointment[], from: number, to: number): Appointment[] {
  return appointments.filter((a) => a.end >= from && a.start < to);
}

function offlineMessage(state: GoogleSyncState | null, context: SyncContext<GoogleSyncState>): string {
  if (!state) return 'Could not reach Google Calendar. Session Keeper will try again when you are online.';
  const saved = formatDateAndTime(state.syncedAt, context.userTimeZone);
  return `Could not reach Google Calendar; showing the sessions saved at ${saved}.`;
}
