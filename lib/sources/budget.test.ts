import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed, stored } from '../../test/store';
import { checkIn } from '../store/attendance';
import { attendanceItem, appointmentsFamily, sourcesItem, statusFamily, syncStateFamily } from '../store/items';
import type { Source } from './source';
import { storedBytes } from './budget';
import { KEPT_WARNINGS, keptWarnings } from './kept-warnings';
import { syncSource, type SyncDeps } from './sync';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;
const stamp = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
function feed(events: { uid: string; start: number; title?: string }[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.start + HOUR)}`,
      `SUMMARY:${e.title ?? 'Therapy'}`,
      'END:VEVENT',
    );
  }
  return [...lines, 'END:VCALENDAR', ''].join('\r\n');
}
const ics = (id: string): Extract<Source, { kind: 'ics' }> => ({
  id,
  kind: 'ics',
  name: id,
  url: `https://${id}.example/feed.ics`,
  therapistId: null,
});
const deps = (answers: Record<string, () => string>, now = NOW): SyncDeps => ({
  now,
  userTimeZone: 'UTC',
  fetch: (async (input: RequestInfo | URL) => {
    const answer = answers[String(input)];
    return answer ? new Response(answer()) : new Response('Not found', { status: 404 });
  }) as typeof fetch,
});

/** Every key written to storage.local while `run` runs, with the bytes of its new value. */
async function writesDuring(run: () => Promise<void>): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    for (const [key, change] of Object.entries(changes))
      written[key] = (written[key] ?? 0) + storedBytes(key, change.newValue ?? null);
  };
  fakeBrowser.storage.local.onChanged.addListener(listener);
  await run();
  fakeBrowser.storage.local.onChanged.removeListener(listener);
  return written;
}

beforeEach(() => fakeBrowser.reset());

describe('the storage budget', () => {
  it('a feed over budget is refused in words; its last good data, the other source and check-ins stay', async () => {
    const big = ics('big');
    const normal = ics('normal');
    await seed(sourcesItem, [big, normal]);
    const small = [{ uid: 'one', start: NOW + 24 * HOUR }];
    await syncSource(big, deps({ [big.url]: () => feed(small) }));
    await syncSource(normal, deps({ [normal.url]: () => feed([{ uid: 'n', start: NOW + 2 * HOUR }]) }));
    const lastGood = await stored(appointmentsFamily.of('big'));
    const before = await stored(syncStateFamily.of('big'));

    // 12,000 events of the next four months: over one calendar's budget.
    const many = Array.from({ length: 12_000 }, (_, i) => ({ uid: `e${i}`, start: NOW + HOUR + i * 10 * 60_000 }));
    await syncSource(big, deps({ [big.url]: () => feed(many) }, NOW + 1000));

    expect(await stored(appointmentsFamily.of('big'))).toEqual(lastGood);
    // The validators of the refused feed are not kept: the next sync downloads it again.
    expect(await stored(syncStateFamily.of('big'))).toEqual(before);
    const status = await stored(statusFamily.of('big'));
    expect(status?.error).toBe(
      'This calendar has more events than Session Keeper can keep (12,000 in the next four months), so its last saved ' +
        'sessions were kept. A calendar or feed with only your therapy sessions will fit.',
    );
    expect(status?.lastSuccess).toBe(NOW);
    expect((await stored(appointmentsFamily.of('normal'))).map((a) => a.uid)).toEqual(['n']);
    expect((await stored(statusFamily.of('normal')))?.error).toBeNull();

    await checkIn('normal|n', NOW + 2000);
    expect((await stored(attendanceItem)).checkIns['normal|n']).toEqual({ at: NOW + 2000 });
  }, 30_000);
});

describe('what a sync writes', () => {
  const source = ics('clinic');
  const events = [
    { uid: 'a', start: NOW + 2 * HOUR },
    { uid: 'b', start: NOW + 26 * HOUR },
    { uid: 'c', start: NOW + 50 * HOUR },
  ];

  it('an unchanged feed (no validators) writes no appointments; one changed event writes that source only', async () => {
    const other = ics('other');
    await seed(sourcesItem, [source, other]);
    await syncSource(other, deps({ [other.url]: () => feed([{ uid: 'o', start: NOW + HOUR }]) }));
    await syncSource(source, deps({ [source.url]: () => feed(events) }));

    const unchanged = await writesDuring(() =>
      syncSource(source, deps({ [source.url]: () => feed(events) }, NOW + 60_000)),
    );
    expect(Object.keys(unchanged).filter((k) => k.startsWith('appointments'))).toEqual([]);
    // What is written: the new "last synced" and the window the state describes, a few hundred bytes.
    expect(Object.values(unchanged).reduce((a, b) => a + b, 0)).toBeLessThan(600);
    expect((await stored(statusFamily.of('clinic')))?.lastSuccess).toBe(NOW + 60_000);

    const moved = events.map((e) => (e.uid === 'b' ? { ...e, start: e.start + HOUR } : e));
    const changed = await writesDuring(() =>
      syncSource(source, deps({ [source.url]: () => feed(moved) }, NOW + 120_000)),
    );
    expect(Object.keys(changed).sort()).toEqual([
      'appointments:clinic',
      'appointments:clinic$',
      'status:clinic',
      'status:clinic$',
      'syncState:clinic',
      'syncState:clinic$',
    ]);
    expect((await stored(appointmentsFamily.of('clinic'))).find((a) => a.uid === 'b')?.start).toBe(NOW + 27 * HOUR);
  });

  it('the appointments, validators and "last synced" land in one write', async () => {
    await seed(sourcesItem, [source]);
    const batches: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => batches.push(Object.keys(changes).sort()));
    await syncSource(source, {
      ...deps({}),
      fetch: (async () => new Response(feed(events), { headers: { etag: '"v1"' } })) as typeof fetch,
    });
    expect(batches).toEqual([
      [
        'appointments:clinic',
        'appointments:clinic$',
        'status:clinic',
        'status:clinic$',
        'syncState:clinic',
        'syncState:clinic$',
      ],
    ]);
  });
});

describe('warnings kept', () => {
  it.each([0, 1, KEPT_WARNINGS])('%i warnings are kept as they are', (n) => {
    const warnings = Array.from({ length: n }, (_, i) => `Line ${i}: bad.`);
    expect(keptWarnings(warnings)).toEqual(warnings);
  });

  it('10,000 warnings keep the first ones and say how many more', () => {
    const kept = keptWarnings(Array.from({ length: 10_000 }, (_, i) => `Line ${i}: bad.`));
    expect(kept).toHaveLength(KEPT_WARNINGS);
    expect(kept[0]).toBe('Line 0: bad.');
    expect(kept.at(-1)).toBe('9,951 more problems like these were found.');
  });
});
