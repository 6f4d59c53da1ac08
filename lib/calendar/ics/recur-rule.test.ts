import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';
import { parseRule } from './recur-rule';

describe('parseRule', () => {
  it('reads every part into a typed rule', () => {
    expect(
      parseRule(
        'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU;BYMONTH=1,3;BYSETPOS=-1;BYHOUR=9;BYMINUTE=30;BYSECOND=0;WKST=SU',
        false,
      ),
    ).toEqual({
      rule: {
        text: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU;BYMONTH=1,3;BYSETPOS=-1;BYHOUR=9;BYMINUTE=30;BYSECOND=0;WKST=SU',
        freq: 'MONTHLY',
        interval: 2,
        count: 10,
        until: null,
        bySecond: [0],
        byMinute: [30],
        byHour: [9],
        byDay: [
          { weekday: 0, nth: 1 },
          { weekday: 0, nth: -1 },
        ],
        byMonthDay: null,
        byYearDay: null,
        byWeekNo: null,
        byMonth: [1, 3],
        bySetPos: [-1],
        weekStart: 0,
      },
      problems: [],
    });
  });

  it.each([
    // What exporters write and loses nothing: read without a word.
    ['FREQ=WEEKLY;BYDAY=MO, TU', []],
    ['freq=weekly;count=-1', []],
    ['FREQ=WEEKLY;COUNT=0', []],
    ['RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=OMIT', []],
  ])('%s is read silently', (value, problems) => {
    expect(parseRule(value, false).problems).toEqual(problems);
  });

  it.each([
    [
      'FREQ=WEEKLY;UNTL=20300101',
      'The repeat rule “FREQ=WEEKLY;UNTL=20300101” has an unknown part “UNTL=20300101”; it was read without it.',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=0,32,15',
      'The repeat rule “FREQ=MONTHLY;BYMONTHDAY=0,32,15” has BYMONTHDAY values that are out of range (0, 32); they were ignored.',
    ],
    [
      'FREQ=DAILY;BYHOUR=24',
      'The repeat rule “FREQ=DAILY;BYHOUR=24” has BYHOUR values that are out of range (24); they were ignored.',
    ],
    [
      'FREQ=WEEKLY;BYDAY=1MO',
      'The repeat rule “FREQ=WEEKLY;BYDAY=1MO” numbers weekdays, which only MONTHLY and YEARLY rules may; every such weekday was used.',
    ],
    [
      'FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO',
      'The repeat rule “FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO” numbers weekdays together with BYWEEKNO, which the standard forbids; every such weekday was used.',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MON',
      'The repeat rule “FREQ=WEEKLY;BYDAY=MON” has BYDAY values that are not weekdays (MON); they were ignored.',
    ],
    [
      'FREQ=DAILY;INTERVAL=0',
      'The repeat rule “FREQ=DAILY;INTERVAL=0” has INTERVAL=0, which is not a positive number; an interval of 1 was used.',
    ],
    [
      'FREQ=DAILY;WKST=XX',
      'The repeat rule “FREQ=DAILY;WKST=XX” has WKST=XX, which is not a weekday; Monday was used.',
    ],
    ['FREQ=DAILY;FREQ=WEEKLY', 'The repeat rule “FREQ=DAILY;FREQ=WEEKLY” has FREQ twice; the first is used.'],
    [
      'FREQ=MONTHLY;BYWEEKNO=3',
      'The repeat rule “FREQ=MONTHLY;BYWEEKNO=3” has BYWEEKNO, which the standard does not define with FREQ=MONTHLY; it was used to limit the dates.',
    ],
  ])('%s is read with a warning', (value, problem) => {
    const parsed = parseRule(value, false);
    expect(parsed.rule).not.toBeNull();
    expect(parsed.problems).toEqual([problem]);
  });

  it.each([
    ['BYDAY=MO', 'The repeat rule has no valid FREQ, so only the first date is shown.'],
    ['FREQ=FORTNIGHTLY', 'The repeat rule has no valid FREQ, so only the first date is shown.'],
    ['FREQ=DAILY;UNTIL=20260230', "The repeat rule's UNTIL “20260230” is not a date, so only the first date is shown."],
    [
      'RSCALE=CHINESE;FREQ=YEARLY',
      'The repeat rule “RSCALE=CHINESE;FREQ=YEARLY” uses the calendar CHINESE, which is not supported, so only the first date is shown.',
    ],
  ])('%s is refused', (value, problem) => {
    expect(parseRule(value, false)).toEqual({ rule: null, problems: [problem] });
  });

  it('drops times from the rule of an all-day series', () => {
    expect(parseRule('FREQ=DAILY;BYHOUR=9', true).problems).toEqual([
      'The repeat rule “FREQ=DAILY;BYHOUR=9” has BYHOUR on an all-day event; it was read without it.',
    ]);
  });
});

describe('words, not guesses, in a feed', () => {
  const read = (...lines: string[]) => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:w',
      'SUMMARY:Session',
      ...lines,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const parsed = parseFeed(text, {
      sourceId: 's',
      from: Date.parse('2026-03-01T00:00:00Z'),
      to: Date.parse('2026-04-01T00:00:00Z'),
      userTimeZone: 'UTC',
    });
    return {
      starts: parsed.appointments.map((a) => new Date(a.start).toISOString().slice(0, 10)),
      warnings: parsed.warnings,
    };
  };

  it('says which part of a rule it did not know, on the rule’s line', () => {
    const { starts, warnings } = read('DTSTART:20260302T100000Z', 'RRULE:FREQ=WEEKLY;UNTL=20260310T000000Z');
    expect(starts).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(warnings).toEqual([
      {
        line: 7,
        message:
          'The repeat rule “FREQ=WEEKLY;UNTL=20260310T000000Z” has an unknown part “UNTL=20260310T000000Z”; it was read without it.',
      },
    ]);
  });

  it('refuses 30 February instead of showing 2 March', () => {
    expect(read('DTSTART:20260230T100000Z')).toEqual({
      starts: [],
      warnings: [{ line: 6, message: 'The start “20260230T100000Z” is not a date; the event was skipped.' }],
    });
  });

  it('reads the year 0026 as written, and says so', () => {
    expect(read('DTSTART:00260302T100000Z', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=2')).toEqual({
      starts: ['2026-03-02'],
      warnings: [{ line: 6, message: 'The date “00260302T100000Z” is in the year 26; it was read as written.' }],
    });
  });
});
