import { describe, expect, it } from 'vitest';
import type { Attendance } from '../model/attendance';
import type { Appointment } from '../model/appointment';
import { appointment, local, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import type { Policy } from '../model/policy';
import { appointmentState } from '../policy/state';
import { BADGE_COLORS, badgeFor } from './badge';
import type { SessionView } from '../model/session-view';

const Z = 'Europe/Berlin';
const L = 'en-GB';
const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const start = local('2026-12-02 15:00', Z); // Wed 15:00, deadline Tue 15:00 (24 h)
const fee80: Policy = policy({ fee: { amount: 80, currency: 'USD' } });

function view(a: Appointment, now: number, attendance: Attendance = NO_ATTENDANCE, p: Policy = fee80): SessionView {
  return {
    appointment: a,
    therapist: therapist({ policy: p }),
    info: appointmentState(a, p, attendance, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
  };
}

const one = (offset: number, attendance: Attendance = NO_ATTENDANCE) => {
  const now = start + offset;
  return badgeFor([view(appointment(start), now, attendance)], now, L, Z);
};

describe('badgeFor, one session over time', () => {
  it.each([
    // [name, ms relative to the start, text, colour, next change relative to the start]
    ['4 days before: days, green', -4 * D, '3d', BADGE_COLORS.green, -4 * D + 1],
    ['exactly 24 h before the deadline: 1d, green', -2 * D, '1d', BADGE_COLORS.green, -2 * D + 1],
    ['1 ms later: 23h, amber', -2 * D + 1, '23h', BADGE_COLORS.amber, -D - 23 * H + 1],
    ['5 h 30 min to the deadline: 5h, amber', -D - 5.5 * H, '5h', BADGE_COLORS.amber, -D - 5 * H + 1],
    ['2 h to the deadline: still amber', -D - 2 * H, '2h', BADGE_COLORS.amber, -D - 2 * H + 1],
    ['1 h 59 min: red', -D - 2 * H + M, '1h', BADGE_COLORS.red, -D - H + 1],
    ['45 min: red minutes', -D - 45 * M, '45m', BADGE_COLORS.red, -D - 45 * M + 1],
    ['30 s: <1m until the deadline', -D - 30_000, '<1m', BADGE_COLORS.red, -D],
    ['deadline passed: time to the session, neutral', -D, '1d', BADGE_COLORS.neutral, -D + 1],
    ['3 h 30 min before: neutral hours', -3.5 * H, '3h', BADGE_COLORS.neutral, -3 * H + 1],
    ['15 min 30 s before: next is the window opening', -15.5 * M, '15m', BADGE_COLORS.neutral, -15 * M],
    ['check-in window: check-in mark', -15 * M, 'IN', BADGE_COLORS.checkIn, 65 * M],
    ['missed: red !', 65 * M, '!', BADGE_COLORS.red, null],
  ])('%s', (_name, offset, text, color, next) => {
    const badge = one(offset);
    expect(badge.text).toBe(text);
    expect(badge.color).toBe(color);
    expect(badge.next).toBe(next === null ? null : start + next);
  });

  it('checked in: a check mark until the window closes, then nothing', () => {
    const attended: Attendance = { checkIns: { [appointment(start).key]: { at: start } }, resolutions: {} };
    expect(one(5 * M, attended)).toMatchObject({ text: '✓', color: BADGE_COLORS.done, next: start + 65 * M });
    expect(one(65 * M, attended)).toMatchObject({ text: '', next: null });
  });

  it('a resolved missed session clears the !', () => {
    const resolved: Attendance = {
      checkIns: {},
      resolutions: { [appointment(start).key]: { kind: 'sent', at: start } },
    };
    expect(one(3 * H, resolved).text).toBe('');
  });
});

describe('badgeFor, tooltips say the whole sentence', () => {
  it.each([
    [
      -D - 5 * H - 20 * M,
      'Free cancellation for Wed 15:00 with Dr Lee ends in 5 h (Tue 15:00). After that, canceling costs US$80.',
    ],
    [-5 * H, 'Wed 15:00 with Dr Lee starts in 5 h. Canceling now costs US$80.'],
    [-10 * M, 'Check in for Wed 15:00 with Dr Lee: the window is open until Wed 16:05.'],
    [2 * H, 'You missed Wed 15:00 with Dr Lee. Open Session Keeper to send a kind message and find your way back.'],
  ])('%i', (offset, title) => {
    expect(one(offset).title).toBe(title);
  });

  it('counts down for the demo calendar, never a red "!" for its sample missed session, and says it is a sample', () => {
    const now = start + 2 * H;
    const missed = view({ ...appointment(start), sourceId: 'demo', key: 'demo|demo-missed' }, now);
    const next = view({ ...appointment(start + 74 * H), sourceId: 'demo', key: 'demo|demo-upcoming', uid: 'u' }, now);
    const badge = badgeFor([missed, next], now, L, Z);
    expect(missed.info.state).toBe('missed');
    expect(badge.text).not.toBe('!');
    expect(badge.text).toBe(badgeFor([next], now, L, Z).text);
    expect(badge.title).toMatch(/^Demo calendar \(sample sessions\)\. /);
  });

  it('says when there is nothing', () => {
    expect(badgeFor([], start, L, Z)).toEqual({
      text: '',
      color: BADGE_COLORS.neutral,
      title: 'Session Keeper: no upcoming sessions.',
      next: null,
    });
  });

  it('no fee: says the free time has passed', () => {
    const now = start - 5 * H;
    const badge = badgeFor([view(appointment(start), now, NO_ATTENDANCE, policy())], now, L, Z);
    expect(badge.title).toBe('Wed 15:00 with Dr Lee starts in 5 h. The free cancellation time has passed.');
  });
});

describe('badgeFor, several sessions', () => {
  const later = appointment(start + 2 * D, { key: 'feed|session-2', uid: 'session-2' });

  it('shows the nearest moment: a deadline sooner than a locked start', () => {
    const soon = appointment(start + 30 * H, { key: 'feed|soon', uid: 'soon' }); // deadline at start + 6 h
    const now = start - 20 * H; // the first session is locked, 20 h to its start
    const badge = badgeFor([view(appointment(start), now), view(soon, now)], now, L, Z);
    expect(badge.text).toBe('20h');
    expect(badge.color).toBe(BADGE_COLORS.neutral);
    const now2 = start + 2 * H; // after the first: deadline of `soon` in 4 h
    const badge2 = badgeFor([view(soon, now2)], now2, L, Z);
    expect(badge2).toMatchObject({ text: '4h', color: BADGE_COLORS.amber });
  });

  it('a missed session wins over everything', () => {
    const now = start + 3 * H;
    const badge = badgeFor([view(appointment(start), now), view(later, now)], now, L, Z);
    expect(badge.text).toBe('!');
  });

  it('next includes another session’s state change', () => {
    // An attended session's window closes sooner than the far countdown's next change.
    const far = appointment(start + 5 * D, { key: 'feed|far', uid: 'far' });
    const attended: Attendance = { checkIns: { [appointment(start).key]: { at: start } }, resolutions: {} };
    const now = start + 70 * M; // window closed: the check mark is gone, 4 days to the far deadline
    const badge = badgeFor([view(far, now), view(appointment(start), now, attended)], now, L, Z);
    expect(badge.text).toBe('3d');
    const during = start + 10 * M; // checked in: ✓ until the window closes at start + 65 min
    const badge2 = badgeFor([view(far, during), view(appointment(start), during, attended)], during, L, Z);
    expect(badge2).toMatchObject({ text: '✓', next: start + 65 * M });
  });

  it('cancelled sessions are ignored', () => {
    const now = start - 4 * D;
    const badge = badgeFor([view(appointment(start, { status: 'cancelled' }), now)], now, L, Z);
    expect(badge.text).toBe('');
  });
});
