import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDeadline, formatNearMoment } from './date-time';
import { formatMoney } from './money';

describe('formatting', () => {
  const tue15 = Date.UTC(2026, 11, 1, 14); // Tue 1 Dec 2026, 15:00 in Berlin
  it.each([
    ['en-GB', 'Europe/Berlin', 'Tue 15:00'],
    ['en-US', 'America/New_York', 'Tue 9:00 AM'],
    ['de-DE', 'Europe/Berlin', 'Di., 15:00'],
  ])('formatDeadline %s %s', (locale, zone, expected) => {
    expect(formatDeadline(tue15, zone, locale).replace(/\u202f/g, ' ')).toBe(expected);
  });

  it('formatDateTime includes the date', () => {
    expect(formatDateTime(tue15, 'Europe/Berlin', 'en-GB')).toBe('Tue 1 Dec, 15:00');
  });

  it.each([
    [{ amount: 80, currency: 'USD' }, 'en-US', '$80'],
    [{ amount: 47.5, currency: 'EUR' }, 'de-DE', '47,50 €'],
    [{ amount: 72.5, currency: 'EUR' }, 'en-GB', '€72.50'],
    [{ amount: 60, currency: 'GBP' }, 'en-GB', '£60'],
    [{ amount: 5, currency: 'XYZ1' }, 'en-US', '5 XYZ1'],
  ])('formatMoney %j %s', (money, locale, expected) => {
    expect(formatMoney(money, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

const now = Date.parse('2026-12-01T13:30:00Z'); // Tue 14:30 in Berlin

describe('formatNearMoment', () => {
  it.each<[string, string, string, string]>([
    ['later today', '2026-12-01T14:04:00Z', 'en-GB', '15:04'],
    ['today, in a 12-hour locale', '2026-12-01T14:04:00Z', 'en-US', '3:04 PM'],
    ['tomorrow', '2026-12-02T08:00:00Z', 'en-GB', 'Wed 09:00'],
    ['earlier this week', '2026-11-30T13:02:00Z', 'en-GB', 'Mon 14:02'],
    ['past midnight in the user’s zone, not in UTC', '2026-12-01T23:30:00Z', 'en-GB', 'Wed 00:30'],
    ['weeks ago', '2026-11-10T13:02:00Z', 'en-GB', 'Tue 10 Nov, 14:02'],
  ])('%s', (_name, at, locale, text) =>
    expect(formatNearMoment(Date.parse(at), now, 'Europe/Berlin', locale)).toBe(text),
  );
});
