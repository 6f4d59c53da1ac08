import { describe, expect, it } from 'vitest';
import { coarseCountdown, formatDateTime, formatDeadline, formatMoney, longCountdown, shortCountdown } from './countdown';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('countdowns', () => {
  it.each([
    [3 * D + 5 * H, '3d', '3 days', '3 days 5 h'],
    [D, '1d', '1 day', '1 day'],
    [D + H, '1d', '1 day', '1 day 1 h'],
    [D - 1, '23h', '23 h', '23 h 59 min'],
    [5 * H + 12 * M, '5h', '5 h', '5 h 12 min'],
    [H, '1h', '1 h', '1 h 0 min'],
    [H - 1, '59m', '59 min', '59 min'],
    [45 * M + 30 * S, '45m', '45 min', '45 min'],
    [M, '1m', '1 min', '1 min'],
    [59 * S, '<1m', 'less than a minute', 'less than a minute'],
    [0, '<1m', 'less than a minute', 'less than a minute'],
  ])('%i ms → %s / %s / %s', (ms, short, coarse, long) => {
    expect(shortCountdown(ms)).toBe(short);
    expect(coarseCountdown(ms)).toBe(coarse);
    expect(longCountdown(ms)).toBe(long);
  });
});

describe('formatting', () => {
  const tue15 = Date.UTC(2026, 11, 1, 14); // Tue 1 Dec 2026, 15:00 in Berlin
  it.each([
    ['en-GB', 'Europe/Berlin', 'Tue 15:00'],
    ['en-US', 'America/New_York', 'Tue 9:00 AM'],
    ['de-DE', 'Europe/Berlin', 'Di., 15:00'],
  ])('formatDeadline %s %s', (locale, zone, expected) => {
    expect(formatDeadline(tue15, locale, zone).replace(/\u202f/g, ' ')).toBe(expected);
  });

  it('formatDateTime includes the date', () => {
    expect(formatDateTime(tue15, 'en-GB', 'Europe/Berlin')).toBe('Tue 1 Dec, 15:00');
  });

  it.each([
    [{ amount: 80, currency: 'USD' }, 'en-US', '$80'],
    [{ amount: 47.5, currency: 'EUR' }, 'de-DE', '47,50 €'],
    [{ amount: 60, currency: 'GBP' }, 'en-GB', '£60'],
    [{ amount: 5, currency: 'XYZ1' }, 'en-US', '5 XYZ1'],
  ])('formatMoney %j %s', (money, locale, expected) => {
    expect(formatMoney(money, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
