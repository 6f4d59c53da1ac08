import { describe, expect, it } from 'vitest';
import { session } from '../../test/fixtures/sessions';
import { markerAt, markerPlan } from './marker';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 9);

describe('chip markers', () => {
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
    expect(markerAt(markerPlan(s, 'en-GB', 'UTC'), NOW)).toEqual(expected);
  });

  it.each([
    ['out and unanswered: no countdown', 'sent', 'waiting', null],
    ['failed: the countdown is back', 'failed', null, '5h'],
  ] as const)('a reschedule request %s', (_name, status, outcome, text) => {
    const s = session({ uid: 'u', start: NOW + 29 * HOUR }, { deadline: NOW + 5 * HOUR });
    const request = {
      id: 'r',
      purpose: 'reschedule',
      status,
      toName: 'Dr Lee',
      sentAt: NOW - HOUR,
      sendAt: NOW - HOUR,
      error: null,
      askedStart: s.appointment.start,
      outcome,
    } as const;
    expect(markerAt(markerPlan({ ...s, request }, 'en-GB', 'UTC'), NOW)?.text ?? null).toBe(text);
  });

  it('counts down from one plan as time passes, and goes when the deadline does', () => {
    const s = session({ uid: 'u', start: NOW + 30 * HOUR }, { deadline: NOW + 6 * HOUR });
    const plan = markerPlan(s, 'en-GB', 'UTC');
    expect(markerAt(plan, NOW)?.text).toBe('6h');
    expect(markerAt(plan, NOW + 5.5 * HOUR)?.text).toBe('30m');
    expect(markerAt(plan, NOW + 6 * HOUR)).toBeNull();
  });

  it('goes when the check-in window opens before the deadline', () => {
    const start = NOW + 2 * HOUR;
    const s = session({ uid: 'u', start }, { deadline: start, checkInOpens: start - HOUR });
    const plan = markerPlan(s, 'en-GB', 'UTC');
    expect(markerAt(plan, NOW)?.text).toBe('2h');
    expect(markerAt(plan, start - HOUR)).toBeNull();
  });
});
