import { describe, expect, it } from 'vitest';
import { deadlineMarker } from './marker';
import { session } from '../../test/fixtures/sessions';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 9);

describe('deadlineMarker', () => {
  it.each([
    ['deadline in 5 h', 'upcoming', NOW + 5 * HOUR, { text: '5h', label: 'Free cancellation ends in 5 h (Tue 14:00)' }],
    [
      'deadline in exactly 48 h',
      'upcoming',
      NOW + 48 * HOUR,
      { text: '2d', label: 'Free cancellation ends in 2 days (Thu 09:00)' },
    ],
    ['deadline in 49 h: not yet', 'upcoming', NOW + 49 * HOUR, null],
    ['deadline passed', 'locked', NOW - HOUR, null],
    ['checked in', 'attended', NOW + 5 * HOUR, null],
    ['cancelled', 'cancelled', NOW + 5 * HOUR, null],
  ] as const)('%s', (_name, state, deadline, expected) => {
    const s = session({ uid: 'u', start: deadline + 24 * HOUR }, { state, deadline });
    expect(deadlineMarker(s, NOW, 'en-GB', 'UTC')).toEqual(expected);
  });
});
