// Property: whatever is stored — wrong types, nulls, missing or extra fields, at any depth, under
// any item and its version meta — every read gives a value of the item's type and names what
// it set aside, nothing throws, and the owners still make their changes on top of it.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionDataFrom } from '../sessions';
import { DEFAULT_POLICY } from '../model/policy';
import { checkIn, resolve } from './attendance';
import { readAll, readFrom, type Raw } from './io';
import { metaKey, type Item } from './item';
import * as items from './items';
import { notesIn } from './notes';
import { updateSettings } from './settings';
import { addSource, removeSource } from './sources';
import { addTherapist, editTherapist, removeTherapist } from './therapists';

const SOURCE_IDS = ['a', 'g', 'demo'];
const ITEMS: Item<unknown>[] = [
  ...(Object.values(items) as unknown[]).filter(
    (v): v is Item<unknown> => typeof v === 'object' && v !== null && 'read' in v,
  ),
  ...SOURCE_IDS.flatMap((id) => items.perSourceFamilies.map((family) => family.of(id) as Item<unknown>)),
];

// Field names of every stored shape, so that generated objects look almost right (the hard case
// for a validator) instead of only being random.
const FIELDS = [
  'id',
  'kind',
  'name',
  'url',
  'calendarId',
  'therapistId',
  'addedAt',
  'email',
  'portalUrl',
  'policy',
  'keywords',
  'organizerEmails',
  'focus',
  'missedTemplate',
  'subject',
  'body',
  'notice',
  'hours',
  'days',
  'cutoff',
  'businessDays',
  'holidays',
  'timeZone',
  'fee',
  'amount',
  'currency',
  'sessionPrice',
  'feeRule',
  'percent',
  'tiers',
  'withinHours',
  'graceMinutes',
  'clientName',
  'region',
  'checkInBeforeMinutes',
  'reminderHours',
  'remindAtCheckIn',
  'quietHours',
  'start',
  'end',
  'sendChannel',
  'gridMarkers',
  'checkIns',
  'resolutions',
  'at',
  'exerciseId',
  'title',
  'steps',
  'key',
  'sourceId',
  'uid',
  'recurrenceId',
  'allDay',
  'status',
  'declined',
  'lastSuccess',
  'lastAttempt',
  'error',
  'warnings',
  'retryAt',
  'v',
  'connectedAt',
  'ics',
  'google',
  'demo',
  'hours',
  'confirmed',
  'sent',
  '__proto__',
];
const leaf = fc.oneof(
  fc.constantFrom(
    'ics',
    'google',
    'demo',
    'hours',
    'business-days',
    'sent',
    'gmail',
    'in',
    '09:00',
    '25:99',
    'a',
    't1',
  ),
  fc.constantFrom(0, -1, 1e12, Number.NaN, Number.POSITIVE_INFINITY, 1.5, 24),
  fc.constantFrom(null, undefined, true, false, '', [], {}),
  fc.string(),
  fc.double(),
);
const { value: shaped } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELDS, ...SOURCE_IDS), tie('value'), { maxKeys: 8 }),
  ),
}));
const anyValue = fc.oneof(shaped, fc.anything(), fc.jsonValue());
const meta = fc.oneof(
  fc.constant(undefined),
  fc.record({ v: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue) }),
  anyValue,
);

/** A storage area where every item (and its version meta) may hold anything. */
const garbage: fc.Arbitrary<Raw> = fc
  .tuple(...ITEMS.map(() => fc.tuple(fc.option(anyValue, { nil: undefined, freq: 3 }), meta)))
  .map((pairs) => {
    const raw: Raw = {};
    pairs.forEach(([value, m], i) => {
      const key = ITEMS[i]!.key;
      if (value !== undefined) raw[key] = value;
      if (m !== undefined) raw[metaKey(key)] = m;
    });
    return raw;
  });

/** A value has its item's type when reading it again as the current version changes nothing. */
function expectShape(item: Item<unknown>, value: unknown): void {
  expect(item.read(structuredClone(value), item.version, [])).toEqual(value);
}

const RUNS = { numRuns: Number(process.env.SK_RUNS ?? 300), endOnFailure: true };

beforeEach(() => fakeBrowser.reset());

describe('garbage in storage', () => {
  it('readFrom of every item never throws and gives the item’s type', () => {
    fc.assert(
      fc.property(garbage, (raw) => {
        for (const item of ITEMS) {
          const notes: string[] = [];
          const value = readFrom(raw, item, notes);
          expectShape(item, value);
          for (const note of notes) expect(note).toMatch(/^[A-Z0-9].*\.$/);
        }
      }),
      RUNS,
    );
  });

  it('sessionDataFrom and notesIn never throw and give well-typed data', () => {
    fc.assert(
      fc.property(garbage, (raw) => {
        const data = sessionDataFrom(raw);
        expectShape(items.sourcesItem as Item<unknown>, data.sources);
        expectShape(items.therapistsItem as Item<unknown>, data.therapists);
        expectShape(items.settingsItem as Item<unknown>, data.settings);
        expectShape(items.attendanceItem as Item<unknown>, data.attendance);
        for (const [id, list] of Object.entries(data.appointments))
          expectShape(items.appointmentsFamily.of(id) as Item<unknown>, list);
        const notes = notesIn(raw);
        expect(notes.every((n) => typeof n === 'string')).toBe(true);
        expect(new Set(notes).size).toBe(notes.length);
      }),
      RUNS,
    );
  });

  it('the owners still make their changes on top of it, and keep what could be read', async () => {
    await fc.assert(
      fc.asyncProperty(
        garbage.map((raw) => JSON.parse(JSON.stringify(raw)) as Raw),
        async (raw) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set(raw);
          const before = sessionDataFrom(await readAll());
          await Promise.all([
            checkIn('a|new', 1000),
            resolve('a|missed', 'sent', 2000),
            updateSettings({ clientName: 'Robin' }),
            addTherapist({
              id: 'fresh',
              name: 'Dr New',
              email: '',
              portalUrl: '',
              policy: DEFAULT_POLICY,
              keywords: [],
              organizerEmails: [],
              focus: [],
              language: 'en',
            }),
            addSource({ id: 'new-feed', kind: 'ics', name: 'New', url: 'https://x.example/a.ics', therapistId: null }),
          ]);
          await editTherapist('fresh', { name: 'Dr Fresh' });
          const after = sessionDataFrom(await readAll());
          expect(after.attendance.checkIns['a|new']).toBeDefined();
          expect(after.attendance.resolutions['a|missed']).toEqual({ kind: 'sent', at: 2000 });
          expect(after.settings.clientName).toBe('Robin');
          expect(after.therapists.find((t) => t.id === 'fresh')?.name).toBe('Dr Fresh');
          expect(after.sources.map((s) => s.id)).toContain('new-feed');
          // What could be read before is still there.
          for (const t of before.therapists) expect(after.therapists.map((x) => x.id)).toContain(t.id);
          for (const key of Object.keys(before.attendance.checkIns))
            expect(after.attendance.checkIns[key]).toBeDefined();

          // "Remove" works for whatever therapist or source could be read.
          for (const t of after.therapists) await removeTherapist(t.id);
          for (const s of after.sources) await removeSource(s.id);
          const emptied = sessionDataFrom(await readAll());
          expect(emptied.therapists).toEqual([]);
          expect(emptied.sources.filter((s) => s.kind !== 'demo')).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
