import { describe, expect, it } from 'vitest';
import type { Attendance } from '../model/attendance';
import { appointment, local, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';
import { planReminders, quietHoursEnd, reminderKey, reminderKind } from './schedule';

const Z = 'Europe/Berlin';
const M = 60_000;
const H = 60 * M;
const start = local('2026-12-02 15:00', Z); // deadline Tue 15:00
const deadline = start - 24 * H;
const p = policy({ fee: { amount: 80, currency: 'EUR' } });

function sessions(now: number, attendance: Attendance = NO_ATTENDANCE): SessionView[] {
  const a = appointment(start);
  return [
    {
      appointment: a,
      therapist: therapist(),
      info: appointmentState(a, p, attendance, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
    },
  ];
}

function plan(now: number, settings: Partial<Settings> = {}, sent: string[] = [], attendance?: Attendance) {
  return planReminders(sessions(now, attendance), {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    sent: new Set(sent),
    now,
    locale: 'en-GB',
    timeZone: Z,
  });
}

const id24 = `rem:deadline:24:${deadline}:feed|session-1`;
const id2 = `rem:deadline:2:${deadline}:feed|session-1`;
const idIn = `rem:check-in::${start - 15 * M}:feed|session-1`;

describe('planReminders', () => {
  it.each([
    // [name, now relative to the deadline, sent, ids shown, next relative to the deadline]
    ['two days before: nothing yet, next the 24 h reminder', -48 * H, [], [], -24 * H],
    ['24 h before: the 24 h reminder', -24 * H, [], [id24], -2 * H],
    ['already sent: not again (after a restart)', -20 * H, [id24], [], -2 * H],
    ['2 h before: the 2 h reminder', -2 * H, [id24], [id2], 24 * H - 15 * M],
    ['late start (both due): only the latest one', -H, [], [id2], 24 * H - 15 * M],
    ['check-in window opens', 24 * H - 15 * M, [id24, id2], [idIn], null],
    ['check-in reminder sent: nothing more', 24 * H - 10 * M, [id24, id2, idIn], [], null],
  ])('%s', (_name, offset, sent, ids, next) => {
    const result = plan(deadline + offset, {}, sent);
    expect(result.notify.map((r) => r.id)).toEqual(ids);
    expect(result.next).toBe(next === null ? null : deadline + next);
  });

  it('marks the replaced older reminder as sent too', () => {
    expect(plan(deadline - H).markSent.sort()).toEqual([id24, id2].sort());
  });

  it('says the deadline and the fee in words', () => {
    const [r] = plan(deadline - 2 * H, {}, [id24]).notify;
    expect(r?.title).toBe('Free cancellation ends in 2 h 0 min');
    expect(r?.message).toBe(
      'Therapy with Dr Lee, Wed 15:00: cancel or move it by Tue 15:00 at no cost. After that, canceling costs €80.',
    );
  });

  it('reminders off: nothing before the deadline', () => {
    expect(plan(deadline - H, { reminderHours: [] }).notify).toEqual([]);
  });

  it.each([
    ['before the start', -10 * M, 'Therapy with Dr Lee starts Wed 15:00. One click to check in.'],
    ['after the start (held by quiet hours)', 5 * M, 'Therapy with Dr Lee started Wed 15:00. One click to check in.'],
  ])('the check-in reminder %s names the therapist once, in the right tense', (_, offset, message) => {
    const reminder = plan(start + offset, {}, [id24, id2]).notify.find((r) => r.kind === 'check-in');
    expect(reminder?.message).toBe(message);
  });

  it('no check-in reminder when turned off or already checked in', () => {
    const now = start - 10 * M;
    expect(plan(now, { remindAtCheckIn: false }, [id24, id2]).notify).toEqual([]);
    const checkedIn = { checkIns: { 'feed|session-1': { at: now } }, resolutions: {} };
    expect(plan(now, {}, [id24, id2], checkedIn).notify).toEqual([]);
  });

  it('quiet hours hold a due reminder until they end', () => {
    // Deadline Tue 15:00; the 24 h reminder falls Mon 15:00. Quiet 14:00–16:00.
    const quiet = { start: '14:00', end: '16:00' };
    const held = plan(deadline - 24 * H, { quietHours: quiet });
    expect(held.notify).toEqual([]);
    expect(held.markSent).toEqual([]);
    expect(held.next).toBe(deadline - 23 * H);
    expect(plan(deadline - 23 * H, { quietHours: quiet }).notify.map((r) => r.id)).toEqual([id24]);
  });

  it('round-trips the session key and kind from an id', () => {
    expect(reminderKey(id24)).toBe('feed|session-1');
    expect(reminderKey(idIn)).toBe('feed|session-1');
    expect(reminderKind(idIn)).toBe('check-in');
    expect(reminderKind(id2)).toBe('deadline');
  });
});

describe('quietHoursEnd', () => {
  it.each([
    ['22:00–07:00, at 23:30', '2026-12-01 23:30', '22:00', '07:00', '2026-12-02 07:00'],
    ['22:00–07:00, at 03:00', '2026-12-02 03:00', '22:00', '07:00', '2026-12-02 07:00'],
    ['22:00–07:00, at 07:00: outside', '2026-12-02 07:00', '22:00', '07:00', null],
    ['22:00–07:00, at 12:00: outside', '2026-12-02 12:00', '22:00', '07:00', null],
    ['13:00–14:00, at 13:15', '2026-12-02 13:15', '13:00', '14:00', '2026-12-02 14:00'],
    // DST nights: the end is the wall-clock time, not a count of minutes.
    ['Berlin spring-forward night', '2026-03-28 23:00', '22:00', '07:00', '2026-03-29 07:00'],
    ['Berlin fall-back night', '2026-10-24 23:00', '22:00', '07:00', '2026-10-25 07:00'],
  ])('%s', (_name, now, start, end, expected) => {
    expect(quietHoursEnd(local(now, Z), { start, end }, Z)).toBe(expected === null ? null : local(expected, Z));
  });
});
