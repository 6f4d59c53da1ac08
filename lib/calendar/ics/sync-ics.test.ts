import { describe, expect, it } from 'vitest';
import type { SyncContext, SyncResult } from '../../sources/syncer';
import { createIcsSyncer, DamagedFeedError, type IcsSyncState } from './sync-ics';

const DAY = 86_400_000;
const syncIcs = createIcsSyncer({});
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

  describe('a damaged copy keeps the last good sessions', () => {
    /** Twelve weekly sessions from Mon 2 March 15:00 UTC, then nothing else. */
    const weekly = (count: number) => [
      'BEGIN:VCALENDAR', 'VERSION:2.0',
      ...Array.from({ length: count }, (_, i) => [
        'BEGIN:VEVENT', `UID:s${i}@example.com`, `DTSTART:202603${String(2 + i).padStart(2, '0')}T150000Z`,
        `DTEND:202603${String(2 + i).padStart(2, '0')}T155000Z`, 'SUMMARY:Therapy', 'END:VEVENT',
      ]).flat(),
      'END:VCALENDAR',
    ].join('\r\n') + '\r\n';
    const GOOD = weekly(12);

    /** A server whose answers are `copies`, one per request, the last repeated. */
    function sequence(...copies: string[]) {
      let served = 0;
      return ((() => Promise.resolve(new Response(copies[Math.min(served++, copies.length - 1)], { headers: { ETag: `"v${served}"` } }))) as typeof fetch);
    }

    async function afterGoodRead(damaged: string) {
      const fetch = sequence(GOOD, damaged);
      const first = await syncIcs(source, context(fetch, now, []));
      expect(stored(first)).toHaveLength(12);
      const at = now + 2 * 3_600_000;
      const error: unknown = await syncIcs(source, context(fetch, at, stored(first), nextState(first))).then(() => null, (e: unknown) => e);
      return { first, error };
    }

    it.each<[string, string, RegExp]>([
      ['a copy cut in the middle', GOOD.slice(0, GOOD.indexOf('UID:s2@')), /\(it was cut off before its end; 2 of 12 events could be read\)/],
      ['a copy cut between two events', GOOD.slice(0, GOOD.indexOf('BEGIN:VEVENT', GOOD.indexOf('UID:s1@'))), /\(it was cut off before its end; 2 of 12 events could be read\)/],
      [
        'binary inside BEGIN/END:VCALENDAR',
        `${GOOD.slice(0, GOOD.indexOf('BEGIN:VEVENT', GOOD.indexOf('UID:s1@')))}${'\u0000\uFFFD\u0003'.repeat(200)}\r\nEND:VCALENDAR\r\n`,
        /\(it holds binary data, not calendar text; 2 of 12 events could be read\)/,
      ],
      [
        'most events unreadable',
        GOOD.replaceAll(/DTSTART:202603(0[4-9]|1[0-3])T150000Z/g, 'DTSTART:garbage'),
        /\(many of its events could not be read; 2 of 12 events could be read\)/,
      ],
    ])('%s', async (_name, damaged, words) => {
      const { error } = await afterGoodRead(damaged);
      expect(error).toBeInstanceOf(DamagedFeedError);
      const message = (error as Error).message;
      expect(message).toMatch(/^This feed’s latest copy looked damaged \(/);
      expect(message).toMatch(words);
      // The good read was at 13:00 Berlin time on the same day.
      expect(message).toMatch(/, so Session Keeper kept the sessions from (13:00|1:00\sPM)\. It will try again at the next sync\.$/);
    });

    it('takes a feed that shrinks cleanly', async () => {
      const { error } = await afterGoodRead(weekly(2));
      expect(error).toBeNull();
    });

    it('takes a truncated copy that lost nothing', async () => {
      const fetch = sequence(GOOD, GOOD.replace('END:VCALENDAR\r\n', ''));
      const first = await syncIcs(source, context(fetch, now, []));
      const second = await syncIcs(source, context(fetch, now + DAY, stored(first), nextState(first)));
      expect(stored(second)).toHaveLength(12);
      expect(nextState(second)?.damage).toEqual(['truncated']);
    });

    it('remembers when and how the good copy was read, with its validators', async () => {
      const first = await syncIcs(source, context(sequence(GOOD), now, []));
      expect(nextState(first)).toEqual({
        etag: '"v1"', lastModified: null, from: now - 30 * DAY, to: now + 120 * DAY, warnings: [], readAt: now, damage: [],
      });
    });

    it('says “the sessions it had” after a good read stored before its time was kept', async () => {
      const fetch = sequence(GOOD.slice(0, GOOD.indexOf('UID:s2@')));
      const first = await syncIcs(source, context(sequence(GOOD), now, []));
      const { readAt: _readAt, ...olderState } = nextState(first) as IcsSyncState;
      const error: unknown = await syncIcs(source, context(fetch, now, stored(first), olderState)).then(() => null, (e: unknown) => e);
      expect((error as Error).message).toMatch(/so Session Keeper kept the sessions it had\./);
    });
  });
});
