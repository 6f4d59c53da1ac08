import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appointmentsItem, demoEnabledItem, icsHttpCacheItem, sourcesItem, sourceStatusItem } from '../storage';
import type { Source } from './source';
import { syncAll, syncSource, type SyncDeps } from './sync';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;
const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const feed = (uid: string, start: number) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', `UID:${uid}`, `DTSTART:${stamp(start)}`, `DTEND:${stamp(start + HOUR)}`,
    'SUMMARY:Therapy', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

const good: Source = { id: 'good', kind: 'ics', name: 'Good', url: 'https://a.example/good.ics', therapistId: null };
const broken: Source = { id: 'broken', kind: 'ics', name: 'Broken', url: 'https://b.example/gone.ics', therapistId: null };

/** A fetch that answers per URL, and records how many requests overlap. */
function server(answers: Record<string, () => Response>) {
  const seen = { inFlight: 0, maxInFlight: 0, calls: 0 };
  const fetch = (async (input: RequestInfo | URL) => {
    seen.calls++;
    seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
    await new Promise((r) => setTimeout(r, 5));
    seen.inFlight--;
    const answer = answers[String(input)];
    return answer ? answer() : new Response('Not found', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const deps = (fetch: typeof globalThis.fetch): SyncDeps => ({ now: NOW, userTimeZone: 'UTC', fetch });

beforeEach(() => fakeBrowser.reset());

describe('syncing sources', () => {
  it('a failing source keeps its last good data and says why; the others still sync', async () => {
    await sourcesItem.setValue([good, broken]);
    const first = server({ [broken.url]: () => new Response(feed('old', NOW + 48 * HOUR)) });
    await syncSource(broken, deps(first.fetch));
    const lastGood = (await appointmentsItem.getValue()).broken;
    expect(lastGood?.map((a) => a.uid)).toEqual(['old']);

    const { fetch } = server({ [good.url]: () => new Response(feed('new', NOW + 24 * HOUR)) });
    await syncAll(deps(fetch));

    const appointments = await appointmentsItem.getValue();
    expect(appointments.good?.map((a) => a.uid)).toEqual(['new']);
    expect(appointments.broken).toEqual(lastGood);
    const status = await sourceStatusItem.getValue();
    expect(status.good).toMatchObject({ error: null, lastSuccess: NOW });
    expect(status.broken?.error).toMatch(/404/);
    expect(status.broken?.lastSuccess).toBe(NOW);
  });

  it('runs one sync of a source at a time', async () => {
    await sourcesItem.setValue([good]);
    const { fetch, seen } = server({ [good.url]: () => new Response(feed('a', NOW + HOUR)) });
    await Promise.all([syncSource(good, deps(fetch)), syncSource(good, deps(fetch)), syncSource(good, deps(fetch))]);
    expect(seen.calls).toBe(3);
    expect(seen.maxInFlight).toBe(1);
  });

  it('forgets the data and HTTP validators of a removed source', async () => {
    await sourcesItem.setValue([good, broken]);
    const { fetch } = server({
      [good.url]: () => new Response(feed('a', NOW + HOUR), { headers: { etag: '"1"' } }),
      [broken.url]: () => new Response(feed('b', NOW + HOUR), { headers: { etag: '"2"' } }),
    });
    await syncAll(deps(fetch));
    expect(Object.keys(await icsHttpCacheItem.getValue()).sort()).toEqual(['broken', 'good']);

    await sourcesItem.setValue([good]);
    await syncAll(deps(fetch));
    expect(Object.keys(await appointmentsItem.getValue())).toEqual(['good']);
    expect(Object.keys(await sourceStatusItem.getValue())).toEqual(['good']);
    expect(Object.keys(await icsHttpCacheItem.getValue())).toEqual(['good']);
  });

  it('stores nothing for a source removed while it synced', async () => {
    await sourcesItem.setValue([good]);
    const { fetch } = server({ [good.url]: () => new Response(feed('a', NOW + HOUR)) });
    const running = syncSource(good, deps(fetch));
    await sourcesItem.setValue([]);
    await demoEnabledItem.setValue(false);
    await running;
    expect(await appointmentsItem.getValue()).toEqual({});
    expect(await sourceStatusItem.getValue()).toEqual({});
  });
});
