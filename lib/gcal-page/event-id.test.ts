import { describe, expect, it } from 'vitest';
import {
  decodeBase32Hex,
  decodeEventId,
  encodeEventId,
  encodeImportedId,
  expandCalendarKey,
  instanceSuffix,
  uidCandidates,
} from './event-id';

describe('decodeEventId', () => {
  it.each([
    [
      'a single event in a Gmail calendar',
      encodeEventId('4k2ub1nq3ubc2qf0uq0rmq0j2s', 'robin@m'),
      {
        eventId: '4k2ub1nq3ubc2qf0uq0rmq0j2s',
        baseId: '4k2ub1nq3ubc2qf0uq0rmq0j2s',
        instanceStart: null,
        calendarId: 'robin@gmail.com',
      },
    ],
    [
      'an instance of a weekly series',
      encodeEventId('7h1hs0k3ab_20261201T150000Z', 'robin@m'),
      {
        eventId: '7h1hs0k3ab_20261201T150000Z',
        baseId: '7h1hs0k3ab',
        instanceStart: Date.UTC(2026, 11, 1, 15),
        calendarId: 'robin@gmail.com',
      },
    ],
    [
      'an all-day instance',
      encodeEventId('7h1hs0k3ab_20261201', 'x@g'),
      {
        eventId: '7h1hs0k3ab_20261201',
        baseId: '7h1hs0k3ab',
        instanceStart: Date.UTC(2026, 11, 1),
        calendarId: 'x@group.calendar.google.com',
      },
    ],
    [
      'a Workspace calendar (domain written out)',
      encodeEventId('abc123', 'lee@clinic.example'),
      { eventId: 'abc123', baseId: 'abc123', instanceStart: null, calendarId: 'lee@clinic.example' },
    ],
    ['no calendar key', btoa('abc123'), { eventId: 'abc123', baseId: 'abc123', instanceStart: null, calendarId: '' }],
  ])('%s', (_name, attribute, expected) => {
    expect(decodeEventId(attribute)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['not base64', 'not base64!'],
    ['base64 of prose', btoa('hello, world <b>')],
    ['binary', btoa('\u00ff\u00fe\u0000')],
  ])('rejects %s', (_name, attribute) => {
    expect(decodeEventId(attribute)).toBeNull();
  });

  it('reads the padded and URL-safe spellings too', () => {
    const plain = encodeEventId('abc123_20261201T150000Z', 'a@m');
    expect(decodeEventId(`${plain}==`.slice(0, plain.length + ((4 - (plain.length % 4)) % 4)))?.eventId).toBe(
      'abc123_20261201T150000Z',
    );
    expect(decodeEventId(plain.replace(/\+/g, '-').replace(/\//g, '_'))?.eventId).toBe('abc123_20261201T150000Z');
  });
});

describe('calendar keys', () => {
  it.each([
    ['robin@m', 'robin@gmail.com'],
    ['c_12ab@g', 'c_12ab@group.calendar.google.com'],
    ['en.usa#holiday@v', 'en.usa#holiday@group.v.calendar.google.com'],
    ['lee@clinic.example', 'lee@clinic.example'],
    ['no-at-sign', 'no-at-sign'],
  ])('%s → %s', (key, expected) => {
    expect(expandCalendarKey(key)).toBe(expected);
  });
});

describe('UIDs of imported events', () => {
  it('decodes the id of an imported event with an Outlook-style UID', () => {
    const id =
      '60q30c1g60o30e1i60o4ac1g60rj8gpl88rj2c1h84s34h9g60s30c1g60o30c1g6114acq26h1jce1l6ssk8gpg64o30c1g60o30c1g60o30c1g60o32c1g60o30c1g8h2k6e9k6ks3ge9g6l0k2ca26t0kac9g8l2k4h9k6ooj6g9l60o36c9h8d0k8';
    expect(decodeBase32Hex(id)).toBe(
      '040000008200E00074C5B7101A82E008000000000BE3B4C68579DC01000000000000000010000000DEC94588905AA1B7AE10EEBE4613A500311CAD',
    );
  });

  it.each(['session-42@clinic.example', 'Ünïcode-UID@example.org', 'a', '1234567890abcdef'])(
    '%s round-trips',
    (uid) => {
      expect(uidCandidates(encodeImportedId(uid))[0]).toBe(uid);
    },
  );

  it('treats an id that is a UID already as itself', () => {
    expect(uidCandidates('abc123')).toEqual(['abc123']);
  });

  it('does not invent UIDs from random ids', () => {
    expect(decodeBase32Hex('zz')).toBeNull();
    expect(decodeBase32Hex('00')).toBeNull(); // a NUL byte is not text
  });
});

it('writes instance suffixes like Google', () => {
  expect(instanceSuffix(Date.UTC(2026, 11, 1, 15, 0, 0))).toBe('20261201T150000Z');
});
