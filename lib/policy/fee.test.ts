import { describe, expect, it } from 'vitest';
import { feeAt, feeRise, lateFee } from './fee';
import { appointment, local, policy } from '../../test/fixtures/sessions';
import type { Policy } from './policy';

const Z = 'Europe/Berlin';
const H = 3_600_000;
const start = local('2026-12-02 15:00', Z);
const appt = appointment(start);
const usd = (amount: number) => ({ amount, currency: 'USD' });

const flat80 = policy({ fee: usd(80) });
const tiered: Policy = policy({
  notice: { kind: 'hours', hours: 24 },
  sessionPrice: usd(120),
  feeRule: {
    kind: 'percent',
    percent: 50,
    tiers: [
      { withinHours: 24, percent: 50 },
      { withinHours: 12, percent: 75 },
      { withinHours: 0, percent: 100 },
    ],
  },
});

describe('feeAt', () => {
  it.each([
    // [name, policy, hours before the start, fee, changesAt (hours before the start) or null]
    ['flat, before the deadline: free until it', flat80, 30, null, 24],
    ['flat, after the deadline', flat80, 10, usd(80), null],
    ['no fee at all', policy(), 10, null, null],
    ['tiers, before the deadline', tiered, 30, null, 24],
    ['tiers, at the deadline: 50 %', tiered, 24, usd(60), 12],
    ['tiers, inside 24 h: 50 %', tiered, 20, usd(60), 12],
    ['tiers, inside 12 h: 75 %', tiered, 12, usd(90), 0],
    ['tiers, inside 1 h: 75 %', tiered, 1, usd(90), 0],
    ['tiers, no-show: 100 %', tiered, -0.5, usd(120), null],
    [
      'tiers without a session price use the flat fee',
      policy({ fee: usd(80), feeRule: { kind: 'flat', percent: 0, tiers: [{ withinHours: 12, percent: 50 }] } }),
      6,
      usd(40),
      null,
    ],
    [
      '48 h notice, first tier at 24 h: plain late fee in between',
      { ...tiered, notice: { kind: 'hours' as const, hours: 48 } },
      30,
      usd(60),
      24,
    ],
  ])('%s', (_name, p, hoursBefore, fee, changesHoursBefore) => {
    const result = feeAt(appt, p, start - hoursBefore * H, Z);
    expect(result.fee).toEqual(fee);
    expect(result.changesAt).toBe(changesHoursBefore === null ? null : start - changesHoursBefore * H);
  });
});

describe('lateFee', () => {
  it.each([
    ['flat', policy({ fee: usd(80) }), usd(80)],
    ['flat of zero is no fee', policy({ fee: usd(0) }), null],
    [
      'percent of the price',
      policy({ sessionPrice: usd(150), feeRule: { kind: 'percent', percent: 50, tiers: [] } }),
      usd(75),
    ],
    ['full price', policy({ sessionPrice: usd(150), feeRule: { kind: 'full', percent: 0, tiers: [] } }), usd(150)],
    ['percent without a price', policy({ feeRule: { kind: 'percent', percent: 50, tiers: [] } }), null],
    [
      'cents are kept',
      policy({ sessionPrice: usd(95), feeRule: { kind: 'percent', percent: 50, tiers: [] } }),
      usd(47.5),
    ],
  ])('%s', (_name, p, expected) => {
    expect(lateFee(p)).toEqual(expected);
  });
});

describe('feeRise', () => {
  it.each([
    ['before the deadline: nothing due yet', tiered, 30, null],
    ['inside 24 h: 50 % now, 75 % from 12 h before', tiered, 20, { fee: usd(90), at: start - 12 * H }],
    ['inside 12 h: 100 % from the start (no-show)', tiered, 5, { fee: usd(120), at: start }],
    ['a flat fee never rises', flat80, 10, null],
  ])('%s', (_, p, hoursBefore, rise) => {
    expect(feeRise(appt, p, start - hoursBefore * H, Z)).toEqual(rise);
  });
});
