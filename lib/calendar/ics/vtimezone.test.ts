import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';
import { readVtimezone } from './vtimezone';

const vtimezone = (...lines: string[]): string => ['BEGIN:VTIMEZONE', ...lines, 'END:VTIMEZONE'].join('\r\n');
const hours = (ms: number): number => ms / 3_600_000;

describe('readVtimezone (RFC 5545 §3.6.5)', () => {
  // Berlin's history written as a feed could: local mean time until April 1893, then observances
  // whose onsets are a DTSTART and the values of multi-valued RDATEs (no RRULE).
  const history = readVtimezone(
    vtimezone(
      'TZID:Old Berlin',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+005328',
      'TZOFFSETTO:+0100',
      'DTSTART:18930401T000000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'DTSTART:19160430T230000',
      'RDATE:19170416T020000,19180415T020000',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'DTSTART:19161001T010000',
      'RDATE:19170917T030000',
      'RDATE:19180916T030000',
      'END:STANDARD',
    ),
  );

  it.each([
    ['before the first onset: the first observance’s TZOFFSETFROM', '1893-03-31T12:00:00Z', 53 / 60 + 28 / 3600],
    ['after the DTSTART onset of an observance with no rule', '1893-04-02T12:00:00Z', 1],
    ['summer 1916: the DTSTART onset of a DAYLIGHT that also has RDATEs', '1916-07-01T12:00:00Z', 2],
    ['winter 1916', '1916-12-01T12:00:00Z', 1],
    ['summer 1917: the first value of the RDATE', '1917-07-01T12:00:00Z', 2],
    ['summer 1918: the second value of the RDATE', '1918-07-01T12:00:00Z', 2],
    ['autumn 1918: the second of two RDATE lines', '1918-10-01T12:00:00Z', 1],
  ])('%s', (_, instant, offset) => {
    expect(hours(history?.offset(Date.parse(instant)) ?? Number.NaN)).toBeCloseTo(offset, 6);
  });

  it('expands RRULE observances (the last Sundays of March and October)', () => {
    const zone = readVtimezone(
      vtimezone(
        'TZID:Customized Time Zone',
        'BEGIN:STANDARD',
        'DTSTART:16010101T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:16010101T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
        'END:DAYLIGHT',
      ),
    );
    expect(
      [
        '2026-03-29T00:59:00Z',
        '2026-03-29T01:00:00Z',
        '2026-10-25T00:59:00Z',
        '2026-10-25T01:00:00Z',
        '2071-07-01T00:00:00Z',
      ].map((t) => hours(zone?.offset(Date.parse(t)) ?? Number.NaN)),
    ).toEqual([1, 2, 2, 1, 2]);
  });

  it.each([
    [
      'no TZID',
      vtimezone('BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD'),
    ],
    ['no observance', vtimezone('TZID:X')],
    [
      'an observance without TZOFFSETTO',
      vtimezone('TZID:X', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'END:STANDARD'),
    ],
    [
      'an observance without DTSTART',
      vtimezone('TZID:X', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD'),
    ],
  ])('is not a definition with %s', (_, text) => {
    expect(readVtimezone(text)).toBeNull();
  });
});

describe('a broken VTIMEZONE in a feed', () => {
  const feed = (tzid: string): string =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:e',
      'SUMMARY:Session',
      `DTSTART;TZID=${tzid}:20260310T100000`,
      'DURATION:PT50M',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const read = (tzid: string) => {
    const parsed = parseFeed(feed(tzid), {
      sourceId: 's',
      from: Date.parse('2026-03-01'),
      to: Date.parse('2026-04-01'),
      userTimeZone: 'America/New_York',
    });
    return { starts: parsed.appointments.map((a) => new Date(a.start).toISOString()), warnings: parsed.warnings };
  };

  it('falls back to the IANA zone of its name, and says so (the event is kept)', () => {
    expect(read('Europe/Berlin')).toEqual({
      starts: ['2026-03-10T09:00:00.000Z'],
      warnings: [
        { line: 3, message: 'A time zone definition (VTIMEZONE) could not be read; its name is used instead.' },
      ],
    });
  });

  it('falls back to UTC when its name is no zone, and says so', () => {
    expect(read('My Office')).toEqual({
      starts: ['2026-03-10T10:00:00.000Z'],
      warnings: [
        {
          line: 3,
          message:
            'A time zone definition (VTIMEZONE “My Office”) could not be read and its name is not a known zone; its times were read in UTC.',
        },
      ],
    });
  });
});
