import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../sources/kinds';
import { settingsSchema, therapistsSchema } from './schemas';
import {
  arrayOf,
  between,
  bool,
  nullable,
  num,
  object,
  oneOf,
  optional,
  recordOf,
  str,
  withDefault,
  type Notes,
  type Validator,
} from './validate';

const run = <T>(validator: Validator<T>, raw: unknown) => {
  const notes: Notes = [];
  return { value: validator(raw, notes), notes };
};

describe('scalar validators', () => {
  it.each<[string, Validator<unknown>, unknown, unknown]>([
    ['str keeps a string', str, 'a', 'a'],
    ['str refuses a number', str, 1, undefined],
    ['num keeps a finite number', num, 2.5, 2.5],
    ['num refuses NaN', num, Number.NaN, undefined],
    ['num refuses Infinity', num, Number.POSITIVE_INFINITY, undefined],
    ['num refuses a numeric string', num, '3', undefined],
    ['bool keeps false', bool, false, false],
    ['bool refuses 0', bool, 0, undefined],
    ['between keeps the bounds', between(0, 10), 10, 10],
    ['between refuses above', between(0, 10), 10.5, undefined],
    ['between refuses below', between(0, 10), -1, undefined],
    ['oneOf keeps a member', oneOf('a', 'b'), 'b', 'b'],
    ['oneOf refuses another', oneOf('a', 'b'), 'c', undefined],
    ['nullable keeps null', nullable(str), null, null],
    ['nullable reads the rest with its inner', nullable(str), 3, undefined],
    ['withDefault fills a missing value', withDefault(num, 7), undefined, 7],
    ['withDefault replaces a wrong value', withDefault(num, 7), 'x', 7],
    ['withDefault keeps a good value', withDefault(num, 7), 1, 1],
  ])('%s', (_name, validator, raw, expected) => {
    const { value, notes } = run(validator, raw);
    expect(value).toEqual(expected);
    expect(notes).toEqual([]);
  });
});

describe('arrays and records', () => {
  const what = { one: 'therapist', many: 'therapists' };
  it.each<[string, unknown, unknown, string[]]>([
    ['keeps every good entry', ['a', 'b'], ['a', 'b'], []],
    ['sets one bad entry aside, in words', ['a', 1], ['a'], ['One therapist could not be read and was set aside.']],
    ['counts several', [1, 'a', null, {}], ['a'], ['3 therapists could not be read and were set aside.']],
    ['an object is not an array', { 0: 'a' }, undefined, []],
    ['a string is not an array', 'ab', undefined, []],
  ])('arrayOf %s', (_name, raw, expected, notes) => {
    expect(run(arrayOf(str, what), raw)).toEqual({ value: expected, notes });
  });

  it.each<[string, unknown, unknown, string[]]>([
    ['keeps every good entry', { a: 1 }, { a: 1 }, []],
    ['sets a bad entry aside', { a: 1, b: 'x' }, { a: 1 }, ['One therapist could not be read and was set aside.']],
    ['an array is not a record', [1], undefined, []],
    ['null is not a record', null, undefined, []],
  ])('recordOf %s', (_name, raw, expected, notes) => {
    expect(run(recordOf(num, what), raw)).toEqual({ value: expected, notes });
  });

  it('an array without a name sets entries aside silently', () => {
    expect(run(arrayOf(str), ['a', 2])).toEqual({ value: ['a'], notes: [] });
  });
});

describe('object', () => {
  const shape = object<{ id: string; n: number; tag?: string }>({
    id: str,
    n: withDefault(num, 0),
    tag: optional(str),
  });
  it.each<[string, unknown, unknown]>([
    ['reads every field', { id: 'a', n: 2, tag: 't' }, { id: 'a', n: 2, tag: 't' }],
    ['fills a default', { id: 'a' }, { id: 'a', n: 0 }],
    ['drops a wrong optional field and keeps the object', { id: 'a', n: 1, tag: 5 }, { id: 'a', n: 1 }],
    ['drops unknown fields', { id: 'a', n: 1, extra: true }, { id: 'a', n: 1 }],
    ['a missing required field makes it unreadable', { n: 1 }, undefined],
    ['an array is not an object', ['a'], undefined],
    ['null is not an object', null, undefined],
  ])('%s', (_name, raw, expected) => {
    expect(run(shape, raw).value).toEqual(expected);
  });
});

describe('item schemas', () => {
  it.each<[string, unknown, boolean]>([
    ['an ICS source with its address', { id: 's', kind: 'ics', url: 'https://x.example/a.ics' }, true],
    ['an ICS source without an address', { id: 's', kind: 'ics' }, false],
    ['a Google source', { id: 'g', kind: 'google', calendarId: 'a@b' }, true],
    ['an unknown kind', { id: 'x', kind: 'caldav', url: 'https://x' }, false],
    ['no kind', { id: 'x' }, false],
    ['null', null, false],
  ])('source: %s', (_name, raw, readable) => {
    expect(run(sourceSchema, raw).value !== undefined).toBe(readable);
  });

  it('a source read without a name or therapist gets the defaults', () => {
    expect(run(sourceSchema, { id: 's', kind: 'demo' }).value).toEqual({
      id: 's',
      kind: 'demo',
      name: '',
      therapistId: null,
    });
  });

  it('settings: each wrong field falls back to its own default, the others stay', () => {
    const { value } = run(settingsSchema, {
      clientName: 'Robin',
      checkInBeforeMinutes: -5,
      reminderHours: 'often',
      quietHours: { start: '25:00', end: '07:00' },
      sendChannel: 'pigeon',
      gridMarkers: false,
    });
    expect(value).toMatchObject({
      clientName: 'Robin',
      checkInBeforeMinutes: 15,
      reminderHours: [24, 2],
      quietHours: null,
      sendChannel: 'mailto',
      gridMarkers: false,
    });
  });

  it('therapists: a therapist without an id is set aside with the words the pages show', () => {
    const { value, notes } = run(therapistsSchema, [{ id: 't1', name: 'Dr Lee' }, { name: 'No id' }]);
    expect(value?.map((t) => t.name)).toEqual(['Dr Lee']);
    expect(notes).toEqual(['One therapist could not be read and was set aside.']);
  });

  it('therapists: a wrong policy gets the default policy, the therapist stays', () => {
    const { value } = run(therapistsSchema, [{ id: 't1', policy: { notice: { kind: 'weeks', weeks: 1 } } }]);
    expect(value?.[0]?.policy.notice).toEqual({ kind: 'hours', hours: 24 });
  });
});

describe('a client record that cannot be read', () => {
  it('is named, so the owner keeps the original aside before replacing it', async () => {
    const { attendanceSchema } = await import('./schemas');
    const notes: string[] = [];
    expect(attendanceSchema({ checkIns: 'yes', resolutions: {} }, notes)).toEqual({ checkIns: {}, resolutions: {} });
    expect(notes).toEqual(['Your check-ins could not be read and were set aside.']);
  });
});
