// Whatever a feed writes, one rule's expansion ends quickly, never throws, and keeps its promises
// (instances in order, inside the window, after DTSTART, at most the cap).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandRule } from './recur-expand';
import { parseRule } from './recur-rule';
import { zoneFor } from './time-zones';

const part = fc.oneof(
  fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY').map((f) => `FREQ=${f}`),
  fc.integer({ min: -2, max: 1000 }).map((n) => `INTERVAL=${n}`),
  fc.integer({ min: -1, max: 5000 }).map((n) => `COUNT=${n}`),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => `UNTIL=${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`),
  ...(
    [
      ['BYSECOND', -1, 61],
      ['BYMINUTE', -1, 60],
      ['BYHOUR', -1, 24],
      ['BYMONTHDAY', -32, 32],
      ['BYYEARDAY', -367, 367],
      ['BYWEEKNO', -54, 54],
      ['BYMONTH', 0, 13],
      ['BYSETPOS', -10, 10],
    ] as const
  ).map(([name, min, max]) =>
    fc.uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength: 4 }).map((v) => `${name}=${v.join(',')}`),
  ),
  fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom('', '1', '-1', '2', '5', '-5', '53', '20'),
        fc.constantFrom('SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((days) => `BYDAY=${days.map(([n, d]) => n + d).join(',')}`),
  fc.constantFrom('SU', 'MO', 'SA').map((d) => `WKST=${d}`),
);

describe('any rule', () => {
  const berlin = zoneFor('Europe/Berlin');
  const window = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2027-01-01T00:00:00Z') };

  it('ends quickly, in order, inside the window and under the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -20 * 366, max: 366 }),
        fc.integer({ min: 0, max: 86_399 }),
        fc.boolean(),
        (parts, days, second, allDay) => {
          const local = Date.UTC(2026, 0, 1) + days * 86_400_000 + (allDay ? 0 : second * 1000);
          const start = { local, date: allDay, zone: berlin };
          const parsed = parseRule(parts.join(';'), allDay);
          if (!parsed.rule) return;
          const before = process.cpuUsage();
          const instants = expandRule({ rule: parsed.rule, start, range: window, cap: 300, capFrom: window.from }, []);
          const used = process.cpuUsage(before);
          expect((used.user + used.system) / 1000).toBeLessThan(250);
          expect(instants.length).toBeLessThanOrEqual(300);
          for (let i = 0; i < instants.length; i++) {
            const instant = instants[i] as (typeof instants)[number];
            expect(instant.local).toBeGreaterThan(local);
            expect(instant.at).toBeGreaterThanOrEqual(window.from);
            expect(instant.at).toBeLessThan(window.to);
            if (i > 0) expect(instant.local).toBeGreaterThan((instants[i - 1] as (typeof instants)[number]).local);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
