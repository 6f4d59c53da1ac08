import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../model/policy';
import type { AppointmentState } from '../model/session-view';
import type { SessionView } from '../model/session-view';
import { panelSession, unresolvedMissed } from './missed';

const HOUR = 3_600_000;

function view(key: string, start: number, state: AppointmentState): SessionView {
  return {
    appointment: {
      key,
      sourceId: 's',
      uid: key,
      recurrenceId: null,
      title: 'Therapy',
      start,
      end: start + HOUR,
      allDay: false,
      status: 'confirmed',
      timeZone: 'UTC',
    },
    therapist: {
      id: 't',
      name: 'Dr Lee',
      email: '',
      portalUrl: '',
      policy: DEFAULT_POLICY,
      keywords: [],
      organizerEmails: [],
      focus: [],
      language: 'en',
    },
    info: {
      state,
      deadline: 0,
      checkInOpens: 0,
      checkInCloses: start + HOUR,
      fee: null,
      next: null,
      checkedInAt: null,
    },
  };
}

const sessions = [
  view('old', 1 * HOUR, 'missed'),
  view('resolved', 2 * HOUR, 'resolved'),
  view('recent', 3 * HOUR, 'missed'),
  view('attended', 4 * HOUR, 'attended'),
  view('next', 50 * HOUR, 'upcoming'),
];

describe('unresolvedMissed', () => {
  it('keeps only missed sessions, most recent first', () => {
    expect(unresolvedMissed(sessions).map((s) => s.appointment.key)).toEqual(['recent', 'old']);
  });
});

describe('panelSession', () => {
  it.each<[string, string | null, string | null]>([
    ['no key: the most recent missed one', null, 'recent'],
    ['the asked-for missed session', 'old', 'old'],
    ['an asked-for session that is resolved by now: the most recent', 'resolved', 'recent'],
    ['an unknown key: the most recent', 'gone', 'recent'],
  ])('%s', (_name, key, expected) => {
    expect(panelSession(sessions, key)?.appointment.key ?? null).toBe(expected);
  });

  it('nothing missed: null', () => {
    expect(
      panelSession(
        sessions.filter((s) => s.info.state !== 'missed'),
        null,
      ),
    ).toBeNull();
  });
});
