import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanRule, expandRule, mergeRecurrenceSet, type Instant } from './recurrence';
import { UTC_ZONE, zoneFor } from './time-zones';

const iso = (instants: Instant[] | null): string[] => (instants ?? []).map((i) => new Date(i.at).toISOString());
const at = (text: string): number => Date.parse(text);

describe('cleanRule', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO, TU', 'FREQ=WEEKLY;BYDAY=MO,TU', null, null],
    ['freq=weekly;count=-1', 'FREQ=WEEKLY', null, null],
    ['FREQ=DAILY;COUNT=3;UNTIL=20260101T000000Z', 'FREQ=DAILY;COUNT=3', '20260101T000000Z', 3],
  ])('%s → %s', (value, rule, until, count) => {
    expect(cleanRule(value)).toEqual({ rule, until, count });
  });
  it('has no rule without FREQ', () => expect(cleanRule('BYDAY=MO')).toBeNull());
});

describe('expandRule', () => {
  const berlin = zoneFor('Europe/Berlin');
  const range = { from: at('2026-03-01T00:00:00Z'), to: at('2026-04-15T00:00:00Z') };
  const start = { local: Date.UTC(2026, 2, 2, 10), date: false, zone: berlin }; // Monday 10:00 local

  it.each([
    // A weekly session keeps 10:00 Berlin across the DST change of 29 March (09:00Z → 08:00Z).
    ['FREQ=WEEKLY;COUNT=6', ['2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z', '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']],
    ['FREQ=WEEKLY;INTERVAL=2;UNTIL=20260330T080000Z', ['2026-03-02T09:00:00.000Z', '2026-03-16T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z']],
    ['FREQ=WEEKLY;BYDAY=MO, TH;COUNT=4', ['2026-03-02T09:00:00.000Z', '2026-03-05T09:00:00.000Z',
      '2026-03-09T09:00:00.000Z', '2026-03-12T09:00:00.000Z']],
    ['FREQ=MONTHLY;BYDAY=1MO;COUNT=2', ['2026-03-02T09:00:00.000Z', '2026-04-06T08:00:00.000Z']],
    ['FREQ=DAILY;COUNT=-1;UNTIL=20260304', ['2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z',
      '2026-03-04T09:00:00.000Z']],
  ])('%s', (rule, expected) => {
    expect(iso(expandRule(rule, start, range, 100, []))).toEqual(expected);
  });

  it('stops FREQ=SECONDLY at the cap, quickly, and says so', () => {
    const problems: { message: string }[] = [];
    const t0 = performance.now();
    const instants = expandRule('FREQ=SECONDLY', { local: Date.UTC(2019, 0, 1), date: false, zone: UTC_ZONE }, range, 500, problems);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(instants).toHaveLength(500);
    expect(problems[0]?.message).toMatch(/more than 500 occurrences/);
  });

  it('reports a rule it cannot read', () => {
    const problems: { message: string }[] = [];
    expect(expandRule('BYDAY=MO', start, range, 10, problems)).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('gives the same instances as ical.js for simple daily and weekly rules (property)', () => {
    const day = fc.constantFrom('SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA');
    fc.assert(
      fc.property(
        fc.constantFrom('DAILY', 'WEEKLY'),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.uniqueArray(day, { minLength: 1, maxLength: 4 }), { nil: null }),
        fc.option(day, { nil: null }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        fc.integer({ min: -400, max: 100 }),
        fc.integer({ min: 0, max: 47 }),
        fc.boolean(),
        (freq, interval, byDay, wkst, count, untilDays, startDays, halfHour, allDay) => {
          const local = Date.UTC(2026, 2, 1) + startDays * 86_400_000 + (allDay ? 0 : halfHour * 1_800_000);
          // RFC 5545 leaves a DTSTART off the rule undefined (ical.js skips it, we keep it): compare synchronized starts.
          const startDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(local).getUTCDay()] as string;
          const days: string[] | null = byDay && ((byDay as string[]).includes(startDay) ? byDay : [...byDay, startDay]);
          const until = untilDays === null ? '' : `;UNTIL=${new Date(local + untilDays * 86_400_000).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
          const rule = `FREQ=${freq};INTERVAL=${interval}${days ? `;BYDAY=${days.join(',')}` : ''}${wkst ? `;WKST=${wkst}` : ''}${count ? `;COUNT=${count}` : ''}${until}`;
          const s = { local, date: allDay, zone: berlin };
          expect(iso(expandRule(rule, s, range, 1000, []))).toEqual(iso(expandRule(rule, s, range, 1000, [], 'ical')));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeRecurrenceSet', () => {
  const i = (text: string, end: number | null = null): Instant => ({ local: at(text), at: at(text), end });
  const range = { from: at('2026-01-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') };
  it('counts an RDATE on a rule instant once, keeping its period end', () => {
    const merged = mergeRecurrenceSet(i('2026-03-02T10:00:00Z'), [i('2026-03-02T10:00:00Z'), i('2026-03-09T10:00:00Z')],
      [i('2026-03-09T10:00:00Z', 5), i('2026-03-20T10:00:00Z')], [], range);
    expect(merged.map((m) => [new Date(m.at).toISOString(), m.end])).toEqual([
      ['2026-03-02T10:00:00.000Z', null], ['2026-03-09T10:00:00.000Z', 5], ['2026-03-20T10:00:00.000Z', null],
    ]);
  });
  it('removes EXDATEs by instant and a date-only EXDATE by day', () => {
    const merged = mergeRecurrenceSet(i('2026-03-02T10:00:00Z'), [i('2026-03-09T10:00:00Z'), i('2026-03-16T10:00:00Z')], [],
      [{ at: at('2026-03-09T10:00:00Z'), dateLocal: null }, { at: 0, dateLocal: at('2026-03-16T00:00:00Z') }], range);
    expect(iso(merged)).toEqual(['2026-03-02T10:00:00.000Z']);
  });
});
