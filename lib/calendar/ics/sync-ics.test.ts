import { describe, expect, it } from 'vitest';
import type { SyncContext, SyncResult } from '../../sources/syncer';
import { syncIcs, type IcsSyncState } from './sync-ics';

const DAY = 86_400_000;
const now = Date.parse('2026-03-10T12:00:00Z');
const source = { kind: 'ics' as const, id: 'feed-1', name: 'Dr Lee', therapistId: null, url: 'webcal://example.com/lee.ics' };
const FEED = [
  'BEGIN:VCALENDAR', 'VERSION:2.0',
  'BEGIN:VEVENT', 'UID:weekly@example.com', 'DTSTART:20260302T150000Z', 'DTEND:20260302T155000Z',
  'RRULE:FREQ=WEEKLY', 'SUMMARY:Therapy', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:broken@example.com', 'DTSTART:tomorrow', 'SUMMARY:Broken', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

function server() {
  const requests: Record<string, string>[] = [];
  const fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    requests.push(headers);
    return Promise.resolve(headers['If-None-Match'] === '"v1"' ? new Response(null, { status: 304 }) : new Response(FEED, { headers: { ETag: '"v1"' } }));
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

function context(
  fetch: typeof globalThis.fetch,
  at: number,
  previous: SyncContext['previous'],
  state: IcsSyncState | null = null,
): SyncContext<IcsSyncState> {
  return { now: at, previous, state, window: { from: at - 30 * DAY, to: at + 120 * DAY }, userTimeZone: 'Europe/Berlin', fetch };
}

const stored = (result: SyncResult<IcsSyncState>) => (result.kind === 'updated' ? result.appointments : []);
const nextState = (result: SyncResult<IcsSyncState>) => result.state ?? null;

describe('syncIcs', () => {
  it('reads the feed, then keeps the data on 304 with the same warnings', async () => {
    const { fetch, requests } = server();
    const first = await syncIcs(source, context(fetch, now, []));
    expect(first.kind).toBe('updated');
    if (first.kind !== 'updated') return;
    expect(first.appointments.map((a) => new Date(a.start).toISOString()).slice(0, 2)).toEqual(['2026-03-02T15:00:00.000Z', '2026-03-09T15:00:00.000Z']);
    expect(first.appointments[0]?.key).toBe('feed-1|weekly@example.com|2026-03-02T15:00:00.000Z');
    expect(first.warnings).toEqual(['Line 12: The start “tomorrow” is not a date; the event was skipped.']);
    expect(first.state?.etag).toBe('"v1"');

    const second = await syncIcs(source, context(fetch, now + 3_600_000, first.appointments, nextState(first)));
    expect(second).toEqual({ kind: 'unchanged', warnings: first.warnings });
    expect(requests[1]?.['If-None-Match']).toBe('"v1"');
  });

  it('downloads again without validators once the window has moved on', async () => {
    const { fetch, requests } = server();
    const first = await syncIcs(source, context(fetch, now, []));
    const later = await syncIcs(source, context(fetch, now + 3 * DAY, stored(first), nextState(first)));
    expect(later.kind).toBe('updated');
    expect(requests[1]?.['If-None-Match']).toBeUndefined();
  });

  it('downloads without validators when no data is kept', async () => {
    const { fetch, requests } = server();
    const first = await syncIcs(source, context(fetch, now, []));
    expect((await syncIcs(source, context(fetch, now, [], nextState(first)))).kind).toBe('updated');
    expect(requests[1]?.['If-None-Match']).toBeUndefined();
  });
});
