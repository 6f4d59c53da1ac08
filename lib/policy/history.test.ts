import { describe, expect, it } from 'vitest';
import type { Attendance, ResolutionKind } from '../attendance';
import type { SessionView } from '../ui-model/session-view';
import { appointment, local, policy, therapist } from '../../test/fixtures/sessions';
import { attendanceHistory } from './history';
import { appointmentState } from './state';

const Z = 'Europe/Berlin';
const WEEK = 7 * 24 * 3_600_000;
const now = local('2026-12-02 12:00', Z);
const first = local('2026-09-30 15:00', Z); // nine weekly sessions before `now`

type Past = 'attended' | 'missed' | 'cancelled' | ResolutionKind;

/** Weekly sessions, oldest first, with what happened to each. */
function weeks(outcomes: Past[], extraFuture = true): SessionView[] {
  const attendance: Attendance = { checkIns: {}, resolutions: {} };
  const list = outcomes.map((o, i) => {
    const a = appointment(first + i * WEEK, {
      key: `k${i}`,
      uid: `u${i}`,
      status: o === 'cancelled' ? 'cancelled' : 'confirmed',
    });
    if (o === 'attended') attendance.checkIns[a.key] = { at: a.start };
    if (o === 'sent' || o === 'rescheduled' || o === 'therapist-cancelled')
      attendance.resolutions[a.key] = { kind: o, at: a.end };
    return a;
  });
  if (extraFuture) list.push(appointment(now + WEEK, { key: 'future', uid: 'future' }));
  return list.map((a) => ({
    appointment: a,
    therapist: therapist(),
    info: appointmentState(a, policy(), attendance, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
  }));
}

describe('attendanceHistory', () => {
  it.each<[string, Past[], { attended: number; of: number } | null, string | null]>([
    ['no history yet', [], null, null],
    [
      'all attended',
      ['attended', 'attended', 'attended'],
      { attended: 3, of: 3 },
      'You attended all of your last 3 sessions.',
    ],
    ['one session', ['attended'], { attended: 1, of: 1 }, 'You attended your last session.'],
    [
      '7 of the last 8 (older ones ignored)',
      ['missed', 'attended', 'attended', 'attended', 'missed', 'attended', 'attended', 'attended', 'attended'],
      { attended: 7, of: 8 },
      'You attended 7 of your last 8 sessions. Showing up again is what counts.',
    ],
    [
      'cancelled ones do not count against',
      ['attended', 'cancelled', 'attended'],
      { attended: 2, of: 2 },
      'You attended all of your last 2 sessions.',
    ],
    [
      'therapist cancelled is cancelled',
      ['attended', 'therapist-cancelled'],
      { attended: 1, of: 1 },
      'You attended your last session.',
    ],
    [
      'followed up with a message is still missed',
      ['attended', 'sent'],
      { attended: 1, of: 2 },
      'You attended 1 of your last 2 sessions. Showing up again is what counts.',
    ],
    [
      'all missed: kind words',
      ['missed', 'missed'],
      { attended: 0, of: 2 },
      'Missed sessions happen. Every session you come back to counts.',
    ],
  ])('%s', (_name, outcomes, consistency, summary) => {
    const history = attendanceHistory(weeks(outcomes), now);
    expect(history.consistency).toEqual(consistency);
    expect(history.summary).toBe(summary);
  });

  it('lists past sessions newest first with their outcome, not future ones', () => {
    const history = attendanceHistory(weeks(['attended', 'missed', 'cancelled']), now);
    expect(history.entries.map((e) => [e.session.appointment.key, e.outcome])).toEqual([
      ['k2', 'cancelled'],
      ['k1', 'missed'],
      ['k0', 'attended'],
    ]);
  });
});
