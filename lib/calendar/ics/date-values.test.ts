import { describe, expect, it } from 'vitest';
import { parseDuration, parseWallTime } from './date-values';

describe('parseWallTime', () => {
  it.each([
    ['20260310', { local: Date.UTC(2026, 2, 10), date: true, utc: false }],
    ['20260310T101500', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: false }],
    ['20260310T101500Z', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: true }],
    ['20260310T1015', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: false }],
    [' 20260310T101500Z ', { local: Date.UTC(2026, 2, 10, 10, 15), date: false, utc: true }],
    // Years 0000–0099 as written (Date.UTC would read them as 1900–1999): 1 March of the year 50.
    ['00500301', { local: Date.parse('0050-03-01T00:00:00Z'), date: true, utc: false }],
    ['00000101T000000Z', { local: Date.parse('0000-01-01T00:00:00Z'), date: false, utc: true }],
    ['20240229', { local: Date.UTC(2024, 1, 29), date: true, utc: false }],
  ])('%j', (value, expected) => expect(parseWallTime(value)).toEqual(expected));

  // 30 February, 31 April, 29 February of a common year are no dates (not 2 March, 1 May, 1 March).
  it.each([
    '',
    'tomorrow',
    '2026-03-10',
    '20261310',
    '20260310T251500',
    '20260310T240000',
    '20260310 101500',
    '20260310T10150',
    '20260230',
    '20260431T100000',
    '20250229',
  ])('refuses %j', (value) => {
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
