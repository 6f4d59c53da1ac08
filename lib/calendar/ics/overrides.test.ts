// Changed and excluded occurrences when their value type or zone differs from DTSTART (RFC 5545
// §3.8.4.4, §3.8.5.1, §3.8.5.2), as Exchange, Google and Apple write them.
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const WINDOW = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-04-01T00:00:00Z') };

function read(...events: string[][]) {
  // No X-WR-TIMEZONE: floating times and dates are the user's (New York), the timed series is in Berlin.
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', 'UID:s', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');
  const parsed = parseFeed(text, { sourceId: 'x', ...WINDOW, userTimeZone: 'America/New_York' });
  return {
    shown: parsed.appointments.map(
      (a) =>
        `${a.title} ${new Date(a.start).toISOString().slice(0, 16)}–${new Date(a.end).toISOString().slice(11, 16)}`,
    ),
    warnings: parsed.warnings.map((w) => w.message),
  };
}

describe('an all-day series', () => {
  const series = ['SUMMARY:Journal', 'DTSTART;VALUE=DATE:20260302', 'RRULE:FREQ=WEEKLY;COUNT=4'];

  it.each([
    ['a DATE', 'RECURRENCE-ID;VALUE=DATE:20260309'],
    ['a DATE-TIME in the organizer’s zone (Exchange)', 'RECURRENCE-ID;TZID=W. Europe Standard Time:20260309T000000'],
    ['a floating DATE-TIME', 'RECURRENCE-ID:20260309T000000'],
    ['a UTC DATE-TIME, that day’s midnight in the series’ zone (Google)', 'RECURRENCE-ID:20260309T040000Z'],
  ])('is changed by a RECURRENCE-ID that is %s: the original day is gone', (_, rid) => {
    expect(read(series, ['SUMMARY:Journal (moved)', rid, 'DTSTART;VALUE=DATE:20260310'])).toEqual({
      shown: [
        'Journal 2026-03-02T05:00–05:00',
        'Journal (moved) 2026-03-10T04:00–04:00',
        'Journal 2026-03-16T04:00–04:00',
        'Journal 2026-03-23T04:00–04:00',
      ],
      warnings: [],
    });
  });

  it('loses the day an EXDATE names, in any value type or zone', () => {
    expect(read([...series, 'EXDATE;TZID=Europe/Berlin:20260309T000000', 'EXDATE:20260323T040000Z']).shown).toEqual([
      'Journal 2026-03-02T05:00–05:00',
      'Journal 2026-03-16T04:00–04:00',
    ]);
  });
});

describe('a timed series (Berlin, 10:00–10:30 on Mondays)', () => {
  const series = [
    'SUMMARY:Session',
    'DTSTART;TZID=Europe/Berlin:20260302T100000',
    'DTEND;TZID=Europe/Berlin:20260302T103000',
    'RRULE:FREQ=WEEKLY;COUNT=4',
  ];
  const moved = (rid: string) => [
    'SUMMARY:Moved',
    rid,
    'DTSTART;TZID=Europe/Berlin:20260311T100000',
    'DTEND;TZID=Europe/Berlin:20260311T103000',
  ];

  it.each([
    ['in UTC', 'RECURRENCE-ID:20260309T090000Z'],
    ['in another zone', 'RECURRENCE-ID;TZID=America/New_York:20260309T050000'],
    ['floating (read in the series’ zone, not the calendar’s)', 'RECURRENCE-ID:20260309T100000'],
    ['a DATE (that day’s occurrence)', 'RECURRENCE-ID;VALUE=DATE:20260309'],
  ])('is changed by a RECURRENCE-ID %s', (_, rid) => {
    expect(read(series, moved(rid))).toEqual({
      shown: [
        'Session 2026-03-02T09:00–09:30',
        'Moved 2026-03-11T09:00–09:30',
        'Session 2026-03-16T09:00–09:30',
        'Session 2026-03-23T09:00–09:30',
      ],
      warnings: [],
    });
  });

  it('keeps its 30 minutes on an RDATE in another zone, and a PERIOD its own end', () => {
    expect(
      read([...series, 'RDATE;TZID=America/New_York:20260319T090000', 'RDATE;VALUE=PERIOD:20260326T150000Z/PT2H'])
        .shown,
    ).toEqual([
      'Session 2026-03-02T09:00–09:30',
      'Session 2026-03-09T09:00–09:30',
      'Session 2026-03-16T09:00–09:30',
      'Session 2026-03-19T13:00–13:30',
      'Session 2026-03-23T09:00–09:30',
      'Session 2026-03-26T15:00–17:00',
    ]);
  });

  it('gives a change named by a DATE the key of the occurrence it replaces', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:s',
      ...series,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:s',
      ...moved('RECURRENCE-ID;VALUE=DATE:20260309'),
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const parsed = parseFeed(text, { sourceId: 'x', ...WINDOW, userTimeZone: 'America/New_York' });
    expect(parsed.appointments.find((a) => a.title === 'Moved')?.recurrenceId).toBe('2026-03-09T09:00:00.000Z');
  });

  it('takes DTSTART’s time for a DATE RDATE', () => {
    expect(read([...series, 'RDATE;VALUE=DATE:20260320']).shown).toContain('Session 2026-03-20T09:00–09:30');
  });

  it('loses the occurrences EXDATEs name in UTC, in another zone, or by date', () => {
    expect(
      read([
        ...series,
        'EXDATE:20260302T090000Z',
        'EXDATE;TZID=America/New_York:20260309T050000',
        'EXDATE;VALUE=DATE:20260316',
      ]).shown,
    ).toEqual(['Session 2026-03-23T09:00–09:30']);
  });

  it('moves every later occurrence with RANGE=THISANDFUTURE', () => {
    const change = [
      'SUMMARY:Later',
      'RECURRENCE-ID;RANGE=THISANDFUTURE:20260316T090000Z',
      'DTSTART;TZID=Europe/Berlin:20260316T140000',
      'DTEND;TZID=Europe/Berlin:20260316T150000',
    ];
    expect(read(series, change).shown).toEqual([
      'Session 2026-03-02T09:00–09:30',
      'Session 2026-03-09T09:00–09:30',
      'Later 2026-03-16T13:00–14:00',
      'Later 2026-03-23T13:00–14:00',
    ]);
  });
});
