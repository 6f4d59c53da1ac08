import { describe, expect, it } from 'vitest';
import { formatNearMoment } from './near-moment';

const now = Date.parse('2026-12-01T13:30:00Z'); // Tue 14:30 in Berlin

describe('formatNearMoment', () => {
  it.each<[string, string, string, string]>([
    ['later today', '2026-12-01T14:04:00Z', 'en-GB', '15:04'],
    ['today, in a 12-hour locale', '2026-12-01T14:04:00Z', 'en-US', '3:04 PM'],
    ['tomorrow', '2026-12-02T08:00:00Z', 'en-GB', 'Wed 09:00'],
    ['earlier this week', '2026-11-30T13:02:00Z', 'en-GB', 'Mon 14:02'],
    ['past midnight in the user’s zone, not in UTC', '2026-12-01T23:30:00Z', 'en-GB', 'Wed 00:30'],
    ['weeks ago', '2026-11-10T13:02:00Z', 'en-GB', 'Tue 10 Nov, 14:02'],
  ])('%s', (_name, at, locale, text) => expect(formatNearMoment(Date.parse(at), now, 'Europe/Berlin', locale)).toBe(text));
});
