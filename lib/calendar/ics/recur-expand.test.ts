import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandRule, WORK_BUDGET, type SeriesStart } from './recur-expand';
import { parseRule } from './recur-rule';
import { UTC_ZONE, zoneFor } from './time-zones';

const at = (text: string): number => Date.parse(text);
/** CPU milliseconds of `run` (steadier than wall time on a machine shared with other test runs). */
function cpuMs<T>(run: () => T): { ms: number; result: T } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}
const iso = (instants: { at: number }[]): string[] => instants.map((i) => new Date(i.at).toISOString());

/** Rule instances after DTSTART in `range`, and the problems said. */
function expand(rule: string, start: SeriesStart, range: { from: number; to: number }, cap = 1000) {
  const parsed = parseRule(rule, start.date);
  const problems = [...parsed.problems];
  const instants = parsed.rule
    ? expandRule({ rule: parsed.rule, start, range, cap, capFrom: range.from }, problems)
    : [];
  return { instants, problems };
}

const berlin = zoneFor('Europe/Berlin');
const spring = { from: at('2026-03-01T00:00:00Z'), to: at('2026-04-15T00:00:00Z') };
const monday10 = { local: Date.UTC(2026, 2, 2, 10), date: false, zone: berlin };

describe('expandRule', () => {
  it.each([
    // A weekly session keeps 10:00 Berlin across the DST change of 29 March (09:00Z → 08:00Z).
    [
      'FREQ=WEEKLY;COUNT=6',
      [
        '2026-03-09T09:00:00.000Z',
        '2026-03-16T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
        '2026-03-30T08:00:00.000Z',
        '2026-04-06T08:00:00.000Z',
      ],
    ],
    ['FREQ=WEEKLY;INTERVAL=2;UNTIL=20260330T080000Z', ['2026-03-16T09:00:00.000Z', '2026-03-30T08:00:00.000Z']],
    ['FREQ=MONTHLY;BYDAY=1MO;COUNT=2', ['2026-04-06T08:00:00.000Z']],
    ['FREQ=DAILY;COUNT=-1;UNTIL=20260304', ['2026-03-03T09:00:00.000Z', '2026-03-04T09:00:00.000Z']],
  ])('%s', (rule, expected) => {
    expect(iso(expand(rule, monday10, spring).instants)).toEqual(expected);
  });

  it.each([
    // Each was wrong in ical.js: every Monday; nothing; only 8:30; 1 March in other years; 8 of 9.
    [
      'YEARLY;BYWEEKNO=20 takes the weekday of DTSTART',
      'FREQ=YEARLY;BYWEEKNO=20;COUNT=3',
      Date.UTC(2026, 4, 13, 9),
      ['2027-05-19T09:00:00.000Z', '2028-05-17T09:00:00.000Z'],
    ],
    [
      'BYHOUR and BYMINUTE both expand',
      'FREQ=YEARLY;BYMONTH=1;BYDAY=SU;BYHOUR=8,9;BYMINUTE=30;COUNT=4',
      Date.UTC(2027, 0, 3, 8, 30),
      ['2027-01-03T09:30:00.000Z', '2027-01-10T08:30:00.000Z', '2027-01-10T09:30:00.000Z'],
    ],
    [
      '29 February happens only in leap years',
      'FREQ=YEARLY;COUNT=3',
      Date.UTC(2024, 1, 29, 9),
      ['2028-02-29T09:00:00.000Z', '2032-02-29T09:00:00.000Z'],
    ],
    [
      'COUNT counts only real third Wednesdays',
      'FREQ=MONTHLY;COUNT=9;BYDAY=+3WE;BYMONTH=1,4,7,10',
      Date.UTC(2026, 0, 21, 9),
      [
        '2026-04-15T09:00:00.000Z',
        '2026-07-15T09:00:00.000Z',
        '2026-10-21T09:00:00.000Z',
        '2027-01-20T09:00:00.000Z',
        '2027-04-21T09:00:00.000Z',
        '2027-07-21T09:00:00.000Z',
        '2027-10-20T09:00:00.000Z',
        '2028-01-19T09:00:00.000Z',
      ],
    ],
  ])('%s', (_, rule, local, expected) => {
    const start = { local, date: false, zone: UTC_ZONE };
    expect(expand(rule, start, { from: local, to: at('2040-01-01T00:00:00Z') })).toEqual({
      instants: expected.map((e) => ({ local: at(e), at: at(e), end: null })),
      problems: [],
    });
  });

  it('stops FREQ=SECONDLY at the cap, quickly, and says so', () => {
    const {
      ms,
      result: { instants, problems },
    } = cpuMs(() => expand('FREQ=SECONDLY', { local: Date.UTC(2019, 0, 1), date: false, zone: UTC_ZONE }, spring, 500));
    expect(ms).toBeLessThan(50);
    expect(instants).toHaveLength(500);
    expect(problems).toEqual([
      'A repeating event has more than 500 occurrences in the period shown; the rest were skipped.',
    ]);
  });

  it('stops a rule that needs too much work (COUNT from long ago), and names it', () => {
    const {
      ms,
      result: { instants, problems },
    } = cpuMs(() =>
      expand('FREQ=SECONDLY;COUNT=900000000', { local: Date.UTC(2019, 0, 1), date: false, zone: UTC_ZONE }, spring),
    );
    expect(ms).toBeLessThan(250);
    expect(instants).toEqual([]);
    expect(problems).toEqual([
      `The repeat rule “FREQ=SECONDLY;COUNT=900000000” needed more than ${WORK_BUDGET.toLocaleString('en-US')} steps to expand; its later occurrences were skipped.`,
    ]);
  });
});

describe('rules that can never occur end at once, with a warning naming them', () => {
  const from2019 = { local: Date.UTC(2019, 0, 1, 9), date: false, zone: berlin };
  const everything = { from: at('0000-01-01T00:00:00Z'), to: at('9999-12-31T00:00:00Z') };
  it.each([
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'its parts contradict each other'],
    ['FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', 'its parts contradict each other'],
    ['FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30', 'its parts contradict each other'],
    ['FREQ=SECONDLY;BYMONTH=4;BYMONTHDAY=31', 'its parts contradict each other'],
    ['FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6', 'its parts contradict each other'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'its parts contradict each other'],
    ['FREQ=SECONDLY;INTERVAL=2;BYSECOND=1', 'its times never fall on its secondly interval'],
    ['FREQ=HOURLY;INTERVAL=24;BYHOUR=10', 'its times never fall on its hourly interval'],
  ])('%s', (rule, why) => {
    expand(rule, from2019, everything); // warm-up: the bound is for the rule, not the JIT
    // ical.js spends minutes on each; these take well under a millisecond.
    const {
      ms,
      result: { instants, problems },
    } = cpuMs(() => expand(rule, from2019, everything));
    expect(ms).toBeLessThan(50);
    expect(instants).toEqual([]);
    expect(problems).toEqual([`The repeat rule “${rule}” can never occur (${why}), so only the first date is shown.`]);
  });

  it('FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30: BYMONTHDAY limits a weekly rule, which then never occurs', () => {
    const {
      ms,
      result: { instants, problems },
    } = cpuMs(() => expand('FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30', from2019, everything));
    expect(ms).toBeLessThan(50);
    expect(instants).toEqual([]);
    expect(problems).toEqual([
      'The repeat rule “FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30” has BYMONTHDAY, which the standard does not define with FREQ=WEEKLY; it was used to limit the dates.',
      'The repeat rule “FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30” can never occur (its parts contradict each other), so only the first date is shown.',
    ]);
  });
});

/** ical.js's instances of a rule from a synchronized DTSTART (UTC wall clock), DTSTART excluded, up to `end`. */
function icalInstances(rule: string, local: number, date: boolean, end: number): string[] {
  const d = new Date(local);
  const iterator = ICAL.Recur.fromString(rule).iterator(
    ICAL.Time.fromData({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      isDate: date,
    }),
  );
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < 2000; next = iterator.next()) {
    const t = Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second);
    if (t >= end) break;
    if (t > local) out.push(new Date(t).toISOString());
  }
  return out;
}

describe('the same instances as ical.js where ical.js is right (property)', () => {
  const day = fc.constantFrom('SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA');
  const ends = fc.record({
    count: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    untilDays: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
  });
  const window = { from: at('2020-01-01T00:00:00Z'), to: at('2023-01-01T00:00:00Z') };
  const check = (rule: string, local: number, date: boolean): void => {
    const ours = iso(expand(rule, { local, date, zone: UTC_ZONE }, window).instants);
    expect(ours).toEqual(icalInstances(rule, local, date, window.to));
  };
  const tail = (e: { count: number | null; untilDays: number | null }, local: number): string =>
    `${e.count ? `;COUNT=${e.count}` : ''}${e.untilDays === null ? '' : `;UNTIL=${new Date(local + e.untilDays * 86_400_000).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`}`;
  const startOf = (days: number, halfHour: number, allDay: boolean): number =>
    Date.UTC(2021, 0, 1) + days * 86_400_000 + (allDay ? 0 : halfHour * 1_800_000);

  it('DAILY and WEEKLY with INTERVAL, BYDAY, WKST', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DAILY', 'WEEKLY'),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.uniqueArray(day, { minLength: 1, maxLength: 4 }), { nil: null }),
        fc.option(day, { nil: null }),
        ends,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 47 }),
        fc.boolean(),
        (freq, interval, byDay, wkst, e, days, halfHour, allDay) => {
          const local = startOf(days, halfHour, allDay);
          // RFC 5545 leaves a DTSTART off the rule undefined (ical.js skips it, we keep it): compare synchronized starts.
          const startDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(local).getUTCDay()] as string;
          const list: string[] | null =
            byDay && ((byDay as string[]).includes(startDay) ? byDay : [...byDay, startDay]);
          check(
            `FREQ=${freq};INTERVAL=${interval}${list ? `;BYDAY=${list.join(',')}` : ''}${wkst ? `;WKST=${wkst}` : ''}${tail(e, local)}`,
            local,
            allDay,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('MONTHLY on a day of the month (1–28) or an ordinal weekday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 28 }),
        fc.option(fc.tuple(fc.constantFrom(1, 2, 3, 4, -1), day), { nil: null }),
        ends,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 47 }),
        (interval, monthDay, ordinal, e, month, halfHour) => {
          const base = Date.UTC(2021, month % 12, 1) + halfHour * 1_800_000;
          let local = base + (monthDay - 1) * 86_400_000;
          let part = `BYMONTHDAY=${monthDay}`;
          if (ordinal) {
            // The start is that weekday of the first month: synchronized.
            const [nth, wd] = ordinal;
            const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'].indexOf(wd);
            const d = new Date(base);
            const len = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
            const firstDay = 1 + ((weekday - d.getUTCDay() + 7) % 7);
            const dom = nth > 0 ? firstDay + (nth - 1) * 7 : firstDay + Math.floor((len - firstDay) / 7) * 7;
            local = base + (dom - 1) * 86_400_000;
            part = `BYDAY=${nth}${wd}`;
          }
          check(`FREQ=MONTHLY;INTERVAL=${interval};${part}${tail(e, local)}`, local, false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('YEARLY in some months on a day (1–28)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 2 }),
        ends,
        (months, monthDay, interval, e) => {
          const first = Math.min(...months);
          const local = Date.UTC(2021, first - 1, monthDay, 9);
          check(
            `FREQ=YEARLY;INTERVAL=${interval};BYMONTH=${months.join(',')};BYMONTHDAY=${monthDay}${tail(e, local)}`,
            local,
            false,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
