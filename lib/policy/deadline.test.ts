import { describe, expect, it } from 'vitest';
import { cancellationDeadline } from './deadline';
import { local, policy } from '../../test/fixtures/sessions';
import type { Notice } from './policy';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const oneBusinessDay: Notice = { kind: 'business-days', days: 1, cutoff: '17:00' };

describe('cancellationDeadline, hours of notice', () => {
  it.each([
    ['24 h before a plain Wednesday', '2026-12-02 15:00', 24, BERLIN, '2026-12-01 15:00'],
    ['48 h', '2026-12-02 15:00', 48, BERLIN, '2026-11-30 15:00'],
    // Elapsed hours: across spring-forward (29 Mar, Berlin) the wall clock moves by 23 h.
    ['Berlin spring-forward', '2026-03-29 10:00', 24, BERLIN, '2026-03-28 09:00'],
    ['Berlin fall-back', '2026-10-25 10:00', 24, BERLIN, '2026-10-24 11:00'],
    ['New York spring-forward', '2026-03-08 10:00', 24, NY, '2026-03-07 09:00'],
    ['New York fall-back', '2026-11-01 10:00', 24, NY, '2026-10-31 11:00'],
    ['no notice at all', '2026-12-02 15:00', 0, BERLIN, '2026-12-02 15:00'],
  ])('%s', (_name, start, hours, zone, expected) => {
    const p = policy({ notice: { kind: 'hours', hours } });
    expect(cancellationDeadline(local(start, zone), p, zone)).toBe(local(expected, zone));
  });
});

describe('cancellationDeadline, business days with a cut-off', () => {
  it.each([
    // [name, session start, notice, holidays, zone, expected deadline]
    ['Monday session → Friday 17:00', '2026-12-07 10:00', oneBusinessDay, [], BERLIN, '2026-12-04 17:00'],
    ['Tuesday session → Monday 17:00', '2026-12-08 10:00', oneBusinessDay, [], BERLIN, '2026-12-07 17:00'],
    ['Saturday session → Friday 17:00', '2026-12-12 10:00', oneBusinessDay, [], BERLIN, '2026-12-11 17:00'],
    ['Sunday session → Friday 17:00', '2026-12-13 10:00', oneBusinessDay, [], BERLIN, '2026-12-11 17:00'],
    ['Monday evening session → still Friday', '2026-12-07 19:30', oneBusinessDay, [], BERLIN, '2026-12-04 17:00'],
    [
      '2 business days: Tuesday → Friday',
      '2026-12-08 10:00',
      { kind: 'business-days', days: 2, cutoff: '17:00' },
      [],
      BERLIN,
      '2026-12-04 17:00',
    ],
    [
      'noon cut-off',
      '2026-12-09 10:00',
      { kind: 'business-days', days: 1, cutoff: '12:00' },
      [],
      BERLIN,
      '2026-12-08 12:00',
    ],
    [
      'Christmas: Monday 28 Dec skips Sat, Fri 25 and Thu 24 (holidays)',
      '2026-12-28 10:00',
      oneBusinessDay,
      ['2026-12-24', '2026-12-25'],
      BERLIN,
      '2026-12-23 17:00',
    ],
    ['holiday on the day before', '2026-12-10 10:00', oneBusinessDay, ['2026-12-09'], BERLIN, '2026-12-08 17:00'],
    // The cut-off is a wall-clock time: right on either side of a DST change.
    [
      'Berlin: Tuesday after spring-forward → Monday',
      '2026-03-31 10:00',
      oneBusinessDay,
      [],
      BERLIN,
      '2026-03-30 17:00',
    ],
    [
      'Berlin: Monday after spring-forward → Friday (CET)',
      '2026-03-30 10:00',
      oneBusinessDay,
      [],
      BERLIN,
      '2026-03-27 17:00',
    ],
    [
      'Berlin: Monday after fall-back → Friday (CEST)',
      '2026-10-26 10:00',
      oneBusinessDay,
      [],
      BERLIN,
      '2026-10-23 17:00',
    ],
    ['New York: Monday after spring-forward', '2026-03-09 10:00', oneBusinessDay, [], NY, '2026-03-06 17:00'],
    ['New York: Monday after fall-back', '2026-11-02 10:00', oneBusinessDay, [], NY, '2026-10-30 17:00'],
  ])('%s', (_name, start, notice, holidays, zone, expected) => {
    const p = policy({ notice: notice as Notice, holidays: holidays as string[] });
    expect(cancellationDeadline(local(start, zone), p, zone)).toBe(local(expected, zone));
  });

  it('New York fall-back: Friday 17:00 EDT is 21:00 UTC', () => {
    const p = policy({ notice: oneBusinessDay });
    expect(new Date(cancellationDeadline(local('2026-11-02 10:00', NY), p, NY)).toISOString()).toBe(
      '2026-10-30T21:00:00.000Z',
    );
  });

  it('uses the policy zone over the user zone', () => {
    // A Monday 10:00 Berlin session is Monday 04:00 in New York: still Friday 17:00 Berlin.
    const p = policy({ notice: oneBusinessDay, timeZone: BERLIN });
    expect(cancellationDeadline(local('2026-12-07 10:00', BERLIN), p, NY)).toBe(local('2026-12-04 17:00', BERLIN));
  });

  it('uses the user zone when the policy has none', () => {
    // Monday 01:00 in Berlin is still Sunday evening in New York: the deadline is Friday 17:00 New York.
    const p = policy({ notice: oneBusinessDay, timeZone: '' });
    expect(cancellationDeadline(local('2026-12-07 01:00', BERLIN), p, NY)).toBe(local('2026-12-04 17:00', NY));
  });

  it('custom business days: Sunday–Thursday', () => {
    const p = policy({ notice: oneBusinessDay, businessDays: [0, 1, 2, 3, 4] });
    // A Sunday session: the business day before is Thursday.
    expect(cancellationDeadline(local('2026-12-13 10:00', BERLIN), p, BERLIN)).toBe(local('2026-12-10 17:00', BERLIN));
  });

  it('does not loop forever with no business days', () => {
    const p = policy({ notice: oneBusinessDay, businessDays: [] });
    expect(Number.isFinite(cancellationDeadline(local('2026-12-07 10:00', BERLIN), p, BERLIN))).toBe(true);
  });
});
