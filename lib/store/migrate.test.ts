import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionDataFrom } from '../sessions';
import { allStatuses, appointmentsOf, statusOf } from './cache';
import { readAll, readFrom, type Raw } from './io';
import { defineItem, type Item } from './item';
import {
  appointmentsFamily,
  attendanceItem,
  settingsItem,
  statusFamily,
  syncStateFamily,
  therapistsItem,
} from './items';
import { migrateStorage, splitPerSource } from './migrate';
import { num, object, str } from './validate';

// Version 1 (every build before the per-source layout) kept all sources in four shared records.
const appointment = (sourceId: string, uid: string) => ({
  key: `${sourceId}|${uid}`,
  sourceId,
  uid,
  recurrenceId: null,
  title: 'Therapy',
  start: Date.UTC(2026, 11, 1, 15),
  end: Date.UTC(2026, 11, 1, 16),
  allDay: false,
  status: 'confirmed',
  timeZone: 'UTC',
});
const status = (at: number) => ({ lastSuccess: at, lastAttempt: at, error: null, warnings: [] });
const VERSION_1: Raw = {
  sources: [
    { id: 'a', kind: 'ics', name: 'A', url: 'https://a.example/a.ics', therapistId: 't1' },
    { id: 'g', kind: 'google', name: 'G', calendarId: 'me@example.com', therapistId: 't1' },
  ],
  sources$: { v: 1 },
  therapists: [{ id: 't1', name: 'Dr Lee', email: '', portalUrl: '', keywords: [], organizerEmails: [], focus: [] }],
  therapists$: { v: 1 },
  appointments: { a: [appointment('a', 'one')], g: [appointment('g', 'two')] },
  appointments$: { v: 1 },
  sourceStatus: { a: status(1000), g: status(2000) },
  icsHttpCache: { a: { etag: '"e1"', lastModified: null, from: 0, to: 1, warnings: [] } },
  googleSyncState: { g: { syncToken: 'tok', coveredTo: 5, timeZone: 'UTC', syncedAt: 3 } },
  demoEnabled: false,
};

beforeEach(() => fakeBrowser.reset());

describe('version 1 → 2: one record per source', () => {
  it('splits the shared records per source and removes them', () => {
    const { entries, remove } = splitPerSource(VERSION_1);
    expect(entries['appointments:a']).toEqual([appointment('a', 'one')]);
    expect(entries['appointments:g']).toEqual([appointment('g', 'two')]);
    expect(entries['status:g']).toEqual(status(2000));
    expect(entries['syncState:a']).toMatchObject({ etag: '"e1"' });
    expect(entries['syncState:g']).toMatchObject({ syncToken: 'tok' });
    expect(entries['appointments:a$']).toEqual({ v: 2 });
    expect(remove.filter((k) => !k.endsWith('$')).sort()).toEqual([
      'appointments',
      'googleSyncState',
      'icsHttpCache',
      'sourceStatus',
    ]);
    expect(remove).toContain('appointments$');
  });

  it('a key already split (a stop between the set and the remove) is not overwritten by the old record', () => {
    const newer = [appointment('a', 'newer')];
    const { entries } = splitPerSource({ ...VERSION_1, 'appointments:a': newer });
    expect(entries['appointments:a']).toBeUndefined();
    expect(entries['appointments:g']).toBeDefined();
  });

  it('the migration in storage leaves the same views, and running it again changes nothing', async () => {
    await fakeBrowser.storage.local.set(VERSION_1);
    const before = sessionDataFrom(await readAll());
    await migrateStorage();
    const after = await readAll();
    expect(
      Object.keys(after).filter((k) => ['appointments', 'sourceStatus', 'icsHttpCache', 'googleSyncState'].includes(k)),
    ).toEqual([]);
    expect(sessionDataFrom(after)).toEqual(before);
    expect(allStatuses(after)).toEqual({ a: status(1000), g: status(2000) });
    await migrateStorage();
    expect(await readAll()).toEqual(after);
  });

  it('a page opened before the background migrated reads the version 1 records', () => {
    expect(appointmentsOf(VERSION_1, 'g').map((a) => a.uid)).toEqual(['two']);
    expect(statusOf(VERSION_1, 'a')).toEqual(status(1000));
    expect(allStatuses(VERSION_1)).toEqual({ a: status(1000), g: status(2000) });
  });

  it('version 1 records that are not records migrate to nothing, without throwing', async () => {
    await fakeBrowser.storage.local.set({
      appointments: 'junk',
      sourceStatus: [1, 2],
      icsHttpCache: null,
      googleSyncState: 7,
    });
    await migrateStorage();
    const raw = await readAll();
    expect(Object.keys(raw).sort()).toEqual([]);
  });
});

describe('items read from every earlier shape', () => {
  it.each<[string, Item<unknown>]>([
    ['therapists', therapistsItem as Item<unknown>],
    ['settings', settingsItem as Item<unknown>],
    ['attendance', attendanceItem as Item<unknown>],
  ])('%s without version meta is read as version 1', (_name, item) => {
    const value =
      item === therapistsItem
        ? VERSION_1.therapists
        : item === settingsItem
          ? { clientName: 'R' }
          : { checkIns: { k: { at: 1 } } };
    const notes: string[] = [];
    const read = readFrom({ [item.key]: value }, item, notes);
    expect(read).toEqual(readFrom({ [item.key]: value, [`${item.key}$`]: { v: 1 } }, item));
    expect(notes).toEqual([]);
  });

  it('settings saved before a field existed get that field’s default once', () => {
    expect(readFrom({ settings: { clientName: 'Robin' } }, settingsItem)).toMatchObject({
      clientName: 'Robin',
      gridMarkers: true,
      sendChannel: 'mailto',
    });
  });

  it('a per-source item without version meta reads like version 2', () => {
    const item = appointmentsFamily.of('a');
    expect(readFrom({ [item.key]: [appointment('a', 'x')] }, item).map((a) => a.uid)).toEqual(['x']);
    expect(readFrom({ [statusFamily.of('a').key]: status(5) }, statusFamily.of('a'))).toEqual(status(5));
    expect(readFrom({}, syncStateFamily.of('a'))).toBeNull();
  });

  it('runs each migration from the stored version up, in order', () => {
    const item = defineItem<{ name: string; n: number }>({
      key: 'demoItem',
      version: 3,
      fallback: { name: '', n: 0 },
      schema: object({ name: str, n: num }),
      migrations: {
        2: (old) => ({ name: String(old) }),
        3: (old) => ({ ...(old as object), n: 3 }),
      },
      what: { english: 'a test item' },
    });
    expect(readFrom({ demoItem: 'Robin' }, item)).toEqual({ name: 'Robin', n: 3 });
    expect(readFrom({ demoItem: { name: 'R' }, demoItem$: { v: 2 } }, item)).toEqual({ name: 'R', n: 3 });
    expect(readFrom({ demoItem: { name: 'R', n: 9 }, demoItem$: { v: 3 } }, item)).toEqual({ name: 'R', n: 9 });
    // Written by a newer build: read what fits, migrate nothing.
    expect(readFrom({ demoItem: { name: 'R', n: 9 }, demoItem$: { v: 7 } }, item)).toEqual({ name: 'R', n: 9 });
  });

  it.each([-2628506858509688, 0, 1.5, Number.NaN])('a damaged version meta (%s) reads as version 1, at once', (v) => {
    const item = defineItem<number>({
      key: 'n',
      version: 2,
      fallback: 0,
      schema: num,
      migrations: { 2: (old) => Number(old) + 1 },
      what: { english: 'a test item' },
    });
    expect(readFrom({ n: 1, n$: { v } }, item)).toBe(2);
  });

  it('a migration that throws gives the defaults and says so', () => {
    const item = defineItem<number>({
      key: 'broken',
      version: 2,
      fallback: 0,
      schema: num,
      migrations: {
        2: () => {
          throw new Error('no');
        },
      },
      what: { english: 'a test item' },
    });
    const notes: string[] = [];
    expect(readFrom({ broken: 5 }, item, notes)).toBe(0);
    expect(notes).toEqual([
      'A test item could not be updated to this version of Session Keeper; the defaults are used.',
    ]);
  });
});
