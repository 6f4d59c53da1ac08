import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from './parse-feed';

const WINDOW = {
  sourceId: 's1',
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-05-01T00:00:00Z'),
  userTimeZone: 'Europe/Berlin',
};

function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
}
function event(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}
const starts = (text: string) =>
  parseFeed(text, WINDOW).appointments.map((a) => [a.uid, a.recurrenceId, new Date(a.start).toISOString(), a.status]);

describe('parseFeed: nothing to read', () => {
  it.each([
    ['an empty answer', '', /^The feed is empty/],
    [
      'a sign-in page',
      '<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>',
      /^This address returned a web page, not a calendar\./,
    ],
    ['plain text', 'Service temporarily unavailable', /^This is not a calendar feed/],
    ['JSON', '{"error":{"code":404}}', /^This is not a calendar feed/],
  ])('throws FeedParseError with words for %s', (_, text, words) => {
    expect(() => parseFeed(text, WINDOW)).toThrow(FeedParseError);
    expect(() => parseFeed(text, WINDOW)).toThrow(words);
  });

  it('reads a calendar without events as empty, without warnings', () => {
    expect(parseFeed(calendar('X-WR-CALNAME:Empty'), WINDOW)).toEqual({
      appointments: [],
      warnings: [],
      calendarName: 'Empty',
    });
  });
});

describe('parseFeed: events', () => {
  it('keeps events that overlap the window and drops those that only touch it', () => {
    const text = calendar(
      ...event('UID:overlaps-start', 'DTSTART:20260228T230000Z', 'DTEND:20260301T010000Z'),
      ...event('UID:ends-at-start', 'DTSTART:20260228T230000Z', 'DTEND:20260301T000000Z'),
      ...event('UID:starts-at-end', 'DTSTART:20260501T000000Z', 'DTEND:20260501T010000Z'),
    );
    expect(starts(text)).toEqual([['overlaps-start', null, '2026-02-28T23:00:00.000Z', 'confirmed']]);
  });

  it('builds stable keys: UID for single events, UID and original start for instances', () => {
    const text = calendar(
      ...event('UID:one', 'DTSTART:20260310T100000Z'),
      ...event('UID:series', 'DTSTART:20260310T100000Z', 'RRULE:FREQ=DAILY;COUNT=2'),
    );
    expect(parseFeed(text, WINDOW).appointments.map((a) => a.key)).toEqual([
      's1|one',
      's1|series|2026-03-10T10:00:00.000Z',
      's1|series|2026-03-11T10:00:00.000Z',
    ]);
  });

  it('gives an event without UID the same made-up UID on every read', () => {
    const text = calendar(...event('DTSTART:20260310T100000Z', 'SUMMARY:No uid'));
    const first = parseFeed(text, WINDOW).appointments[0]?.uid;
    expect(first).toMatch(/^no-uid-/);
    expect(parseFeed(text, WINDOW).appointments[0]?.uid).toBe(first);
  });

  it('reads lower-case names, folded dates and two concatenated calendars', () => {
    const text = [
      'begin:vcalendar',
      'begin:vevent',
      'uid:lower',
      'dtstart;tzid=Europe/Berlin:20260310T100000',
      'summary:Lower',
      'end:vevent',
      'end:vcalendar',
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:folded',
      'DTSTART;TZID=Europe/',
      ' Berlin:20260311T1000',
      ' 00',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(starts(text)).toEqual([
      ['lower', null, '2026-03-10T09:00:00.000Z', 'confirmed'],
      ['folded', null, '2026-03-11T09:00:00.000Z', 'confirmed'],
    ]);
  });

  it('reads TENTATIVE and CANCELLED', () => {
    const text = calendar(
      ...event('UID:t', 'DTSTART:20260310T100000Z', 'STATUS:TENTATIVE'),
      ...event('UID:c', 'DTSTART:20260311T100000Z', 'STATUS:cancelled'),
    );
    expect(starts(text).map((s) => s[3])).toEqual(['tentative', 'cancelled']);
  });

  it('uses the IANA zone a VTIMEZONE names, and the feed’s definition for a name that is no zone', () => {
    // A definition is a snapshot (here a stale +03:00 for Berlin); the IANA database has the zone's real rules.
    const definition = (tzid: string) => [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const text = calendar(
      ...definition('Europe/Berlin'),
      ...definition('Customized Time Zone'),
      ...event('UID:x', 'DTSTART;TZID=Europe/Berlin:20260310T100000'),
      ...event('UID:y', 'DTSTART;TZID=Customized Time Zone:20260311T100000'),
    );
    expect(starts(text)).toEqual([
      ['x', null, '2026-03-10T09:00:00.000Z', 'confirmed'],
      ['y', null, '2026-03-11T07:00:00.000Z', 'confirmed'],
    ]);
  });

  it.each([
    ['X-WR-TIMEZONE', ['X-WR-TIMEZONE:America/New_York'], '2026-03-10T14:00:00.000Z', 'America/New_York'],
    ['the user’s zone', [], '2026-03-10T09:00:00.000Z', 'Europe/Berlin'],
    [
      'the user’s zone when X-WR-TIMEZONE is unknown',
      ['X-WR-TIMEZONE:Atlantis/Capital'],
      '2026-03-10T09:00:00.000Z',
      'Europe/Berlin',
    ],
  ])('reads floating times in %s', (_, head, start, zone) => {
    const parsed = parseFeed(calendar(...head, ...event('UID:f', 'DTSTART:20260310T100000')), WINDOW);
    expect(parsed.appointments.map((a) => [new Date(a.start).toISOString(), a.timeZone])).toEqual([[start, zone]]);
  });

  it('expands an RDATE-only series, DTSTART included', () => {
    const text = calendar(
      ...event('UID:r', 'DTSTART:20260310T100000Z', 'DURATION:PT1H', 'RDATE:20260317T100000Z,20260324T100000Z'),
    );
    expect(starts(text).map((s) => s[2])).toEqual([
      '2026-03-10T10:00:00.000Z',
      '2026-03-17T10:00:00.000Z',
      '2026-03-24T10:00:00.000Z',
    ]);
  });

  it('reads a date-only EXDATE on a timed series as that whole day', () => {
    const text = calendar(
      ...event(
        'UID:d',
        'DTSTART;TZID=Europe/Berlin:20260310T100000',
        'RRULE:FREQ=DAILY;COUNT=3',
        'EXDATE;VALUE=DATE:20260311',
      ),
    );
    expect(starts(text).map((s) => s[2])).toEqual(['2026-03-10T09:00:00.000Z', '2026-03-12T09:00:00.000Z']);
  });
});

describe('parseFeed: changed occurrences', () => {
  const series = event(
    'UID:s',
    'SUMMARY:Session',
    'DTSTART:20260302T100000Z',
    'DTEND:20260302T110000Z',
    'RRULE:FREQ=WEEKLY;COUNT=10',
  );

  it('moves an occurrence from before the window into it, and one out of it', () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:s',
      'SUMMARY:Session',
      'DTSTART:20260216T100000Z',
      'DTEND:20260216T110000Z',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'END:VEVENT',
      ...event('UID:s', 'RECURRENCE-ID:20260223T100000Z', 'DTSTART:20260303T100000Z', 'DTEND:20260303T110000Z'),
      ...event('UID:s', 'RECURRENCE-ID:20260302T100000Z', 'DTSTART:20260601T100000Z', 'DTEND:20260601T110000Z'),
    );
    expect(starts(text)).toEqual([
      ['s', '2026-02-23T10:00:00.000Z', '2026-03-03T10:00:00.000Z', 'confirmed'],
      ['s', '2026-03-09T10:00:00.000Z', '2026-03-09T10:00:00.000Z', 'confirmed'],
    ]);
  });

  it('matches overrides by UID only (another series’ RECURRENCE-ID does not touch this one)', () => {
    const text = calendar(
      ...series,
      ...event('UID:other', 'RECURRENCE-ID:20260309T100000Z', 'DTSTART:20260310T120000Z', 'SUMMARY:Other'),
    );
    const found = starts(text);
    expect(found).toContainEqual(['s', '2026-03-09T10:00:00.000Z', '2026-03-09T10:00:00.000Z', 'confirmed']);
    // An instance whose series is not in the feed is shown on its own.
    expect(found).toContainEqual(['other', '2026-03-09T10:00:00.000Z', '2026-03-10T12:00:00.000Z', 'confirmed']);
  });

  it('keeps the override with the highest SEQUENCE', () => {
    const text = calendar(
      ...series,
      ...event(
        'UID:s',
        'RECURRENCE-ID:20260309T100000Z',
        'SEQUENCE:3',
        'DTSTART:20260309T150000Z',
        'DTEND:20260309T160000Z',
      ),
      ...event(
        'UID:s',
        'RECURRENCE-ID:20260309T100000Z',
        'SEQUENCE:1',
        'DTSTART:20260309T120000Z',
        'DTEND:20260309T130000Z',
      ),
    );
    const parsed = parseFeed(text, WINDOW);
    expect(
      parsed.appointments
        .filter((a) => a.recurrenceId === '2026-03-09T10:00:00.000Z')
        .map((a) => new Date(a.start).toISOString()),
    ).toEqual(['2026-03-09T15:00:00.000Z']);
    expect(parsed.warnings.map((w) => w.line)).toEqual([17]);
  });

  it('lets a RECURRENCE-ID on a single event replace it (no double)', () => {
    const text = calendar(
      ...event('UID:single', 'DTSTART:20260310T100000Z', 'SUMMARY:Old time'),
      ...event('UID:single', 'RECURRENCE-ID:20260310T100000Z', 'DTSTART:20260310T140000Z', 'SUMMARY:New time'),
    );
    expect(parseFeed(text, WINDOW).appointments.map((a) => [a.title, new Date(a.start).toISOString()])).toEqual([
      ['New time', '2026-03-10T14:00:00.000Z'],
    ]);
  });

  it('cancels every occurrence of a cancelled series, changed ones included', () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:s',
      'STATUS:CANCELLED',
      'DTSTART:20260302T100000Z',
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'END:VEVENT',
      ...event('UID:s', 'RECURRENCE-ID:20260309T100000Z', 'DTSTART:20260310T100000Z', 'STATUS:CONFIRMED'),
    );
    expect(starts(text).map((s) => s[3])).toEqual(['cancelled', 'cancelled']);
  });
});
