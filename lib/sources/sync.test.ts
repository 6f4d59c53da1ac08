import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed, stored } from '../../test/store';
import { readAll } from '../store/io';
import { appointmentsFamily, demoEnabledItem, sourcesItem, statusFamily } from '../store/items';
import type { Source } from './source';
import { syncAll, syncSource, type SyncDeps } from './sync';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;
const stamp = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const feed = (uid: string, start: number) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(start + HOUR)}`,
    'SUMMARY:Therapy',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const good: Source = { id: 'good', kind: 'ics', name: 'Good', url: 'https://a.example/good.ics', therapistId: null };
const broken: Source = {
  id: 'broken',
  kind: 'ics',
  name: 'Broken',
  url: 'https://b.example/gone.ics',
  therapistId: null,
};

/** A fetch that answers per URL, and records how many requests overlap. */
function server(answers: Record<string, () => Response>) {
  const seen = { inFlight: 0, maxInFlight: 0, calls: 0 };
  const fetch = (async (input: RequestInfo | URL) => {
    seen.calls++;
    seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
    // Answered in a later task, as over a network: requests that overlap are in flight together.
    await new Promise((r) => setTimeout(r, 0));
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
    await seed(sourcesItem, [good, broken]);
    const first = server({ [broken.url]: () => new Response(feed('old', NOW + 48 * HOUR)) });
    await syncSource(broken, deps(first.fetch));
    const lastGood = await stored(appointmentsFamily.of('broken'));
    expect(lastGood?.map((a) => a.uid)).toEqual(['old']);

    const { fetch } = server({ [good.url]: () => new Response(feed('new', NOW + 24 * HOUR)) });
    await syncAll(deps(fetch));

    expect((await stored(appointmentsFamily.of('good'))).map((a) => a.uid)).toEqual(['new']);
    expect(await stored(appointmentsFamily.of('broken'))).toEqual(lastGood);
    expect(await stored(statusFamily.of('good'))).toMatchObject({ error: null, lastSuccess: NOW });
    const status = await stored(statusFamily.of('broken'));
    expect(status?.error).toMatch(/404/);
    expect(status?.lastSuccess).toBe(NOW);
  });

  it('runs one sync of a source at a time', async () => {
    await seed(sourcesItem, [good]);
    const { fetch, seen } = server({ [good.url]: () => new Response(feed('a', NOW + HOUR)) });
    await Promise.all([syncSource(good, deps(fetch)), syncSource(good, deps(fetch)), syncSource(good, deps(fetch))]);
    expect(seen.calls).toBe(3);
    expect(seen.maxInFlight).toBe(1);
  });

  it('forgets the data and HTTP validators of a removed source', async () => {
    await seed(sourcesItem, [good, broken]);
    const { fetch } = server({
      [good.url]: () => new Response(feed('a', NOW + HOUR), { headers: { etag: '"1"' } }),
      [broken.url]: () => new Response(feed('b', NOW + HOUR), { headers: { etag: '"2"' } }),
    });
    await syncAll(deps(fetch));
    const keys = async () =>
      Object.keys(await readAll())
        .filter((k) => !k.endsWith('$') && k.includes(':'))
        .sort();
    expect(await keys()).toEqual([
      'appointments:broken',
      'appointments:good',
      'status:broken',
      'status:good',
      'syncState:broken',
      'syncState:good',
    ]);

    await seed(sourcesItem, [good]);
    await syncAll(deps(fetch));
    expect(await keys()).toEqual(['appointments:good', 'status:good', 'syncState:good']);
  });

  it('stores nothing for a source removed while it synced', async () => {
    await seed(sourcesItem, [good]);
    const { fetch } = server({ [good.url]: () => new Response(feed('a', NOW + HOUR)) });
    const running = syncSource(good, deps(fetch));
    await seed(sourcesItem, []);
    await seed(demoEnabledItem, false);
    await running;
    expect(await stored(appointmentsFamily.of('good'))).toEqual([]);
    expect(await stored(statusFamily.of('good'))).toBeNull();
  });
});
