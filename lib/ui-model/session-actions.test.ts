import { describe, expect, it } from 'vitest';
import { appointment, local, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { sessionActions } from './session-actions';
import type { SessionView } from '../model/session-view';

const Z = 'Europe/Berlin';
const M = 60_000;
const start = local('2026-12-03 15:00', Z); // a Thursday

function actions(now: number, more: Parameters<typeof appointment>[1] = {}) {
  const a = appointment(start, more);
  const view: SessionView = {
    appointment: a,
    therapist: therapist(),
    info: appointmentState(a, policy(), NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
  };
  return sessionActions(view, now, 'en-GB', Z).map((x) => [x.kind, x.name, x.url ?? null]);
}

describe('sessionActions', () => {
  it('days ahead: reschedule and cancel, named by the day', () => {
    expect(actions(start - 3 * 24 * 60 * M)).toEqual([
      ['reschedule', "Reschedule Thursday's session", null],
      ['cancel', "Cancel this session (Thursday's session)", null],
    ]);
  });

  it('in the check-in window: a telehealth link joins; another link is only a link', () => {
    expect(
      actions(start - 5 * M, { videoUrl: 'https://doxy.me/drlee', links: ['https://clinic.example/forms'] }),
    ).toEqual([
      ['join', "Join & check in for today's session", 'https://doxy.me/drlee'],
      ['link', 'clinic.example (link from the calendar)', 'https://clinic.example/forms'],
    ]);
  });

  it('without a telehealth link: Check in, never a join of another link', () => {
    expect(actions(start - 5 * M, { links: ['https://clinic.example/forms'] })[0]).toEqual([
      'check-in',
      "Check in for today's session",
      null,
    ]);
  });
});
