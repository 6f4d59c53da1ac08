import { describe, expect, it } from 'vitest';
import { parseDuration, parseWallTime } from './date-values';

describe('parseWallTime', () => {
  it.each([
    ['20260310', { local: Date.UTC(2026, 2, 10), date: true, utc: false }],
    ['20260310T101500', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: false }],
    ['20260310T101500Z', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: true }],
    ['20260310T1015', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: false }],
    [' 20260310T101500Z ', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: true }],
  ])('%j', (value, expected) => expect(parseWallTime(value)).toEqual(expected));

  it.each(['', 'tomorrow', '2026-03-10', '20261310', '20260310T251500', '20260310 101500', '20260310T10150'])('refuses %j', (value) => {
    expect(parseWallTime(value)).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each([
    ['PT50M', 50 * 60_000],
    ['PT1H30M', 90 * 60_000],
    ['P1D', 86_400_000],
    ['P1W', 7 * 86_400_000],
    ['-PT15M', -15 * 60_000],
    ['P0DT0H30M0S', 30 * 60_000],
    ['pt1h', 3_600_000],
  ])('%s', (value, ms) => expect(parseDuration(value)).toBe(ms));
  it.each(['', 'P', 'PT', '1H', 'P1H'])('refuses %j', (value) => expect(parseDuration(value)).toBeNull());
});
