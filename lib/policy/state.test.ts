import { describe, expect, it } from 'vitest';
import type { Attendance } from '../attendance';
import { appointment, local, NO_ATTENDANCE, policy } from '../../test/fixtures/sessions';
import { appointmentState, type AppointmentState } from './state';

const Z = 'Europe/Berlin';
const M = 60_000;
const H = 60 * M;
const start = local('2026-12-02 15:00', Z); // Wednesday; session 15:00–15:50
const appt = appointment(start);
const p = policy({ fee: { amount: 80, currency: 'USD' }, graceMinutes: 15 });
const options = { checkInBeforeMinutes: 15, userTimeZone: Z };
const checkedIn: Attendance = { checkIns: { [appt.key]: { at: start } }, resolutions: {} };
const resolved: Attendance = { checkIns: {}, resolutions: { [appt.key]: { kind: 'sent', at: start + 2 * H } } };
const usd80 = { amount: 80, currency: 'USD' };

describe('appointmentState: every transition', () => {
  it.each([
    // [name, ms relative to the start, attendance, state, fee, next (relative to the start) or null]
    ['two days before: upcoming, fee that the deadline brings', -48 * H, NO_ATTENDANCE, 'upcoming', usd80, -24 * H],
    ['1 ms before the deadline: upcoming', -24 * H - 1, NO_ATTENDANCE, 'upcoming', usd80, -24 * H],
    ['at the deadline: locked', -24 * H, NO_ATTENDANCE, 'locked', usd80, -15 * M],
    ['an hour before: locked', -H, NO_ATTENDANCE, 'locked', usd80, -15 * M],
    ['window opens 15 min before: open', -15 * M, NO_ATTENDANCE, 'open', usd80, 65 * M],
    ['during the session: open', 20 * M, NO_ATTENDANCE, 'open', usd80, 65 * M],
    ['grace after the end: still open', 64 * M, NO_ATTENDANCE, 'open', usd80, 65 * M],
    ['end + grace: missed', 65 * M, NO_ATTENDANCE, 'missed', usd80, null],
    ['checked in: attended', 5 * M, checkedIn, 'attended', null, null],
    ['checked in, a day later: attended', 24 * H, checkedIn, 'attended', null, null],
    ['missed then message sent: resolved', 3 * H, resolved, 'resolved', null, null],
  ] as const)('%s', (_name, offset, attendance, state, fee, next) => {
    const info = appointmentState(appt, p, attendance, start + offset, options);
    expect(info.state).toBe(state);
    expect(info.fee).toEqual(fee);
    expect(info.next).toBe(next === null ? null : start + next);
  });

  it.each<[string, Partial<typeof appt>, AppointmentState]>([
    ['cancelled by the source', { status: 'cancelled' }, 'cancelled'],
    ['declined by the client', { declined: true }, 'cancelled'],
    ['tentative still counts', { status: 'tentative' }, 'upcoming'],
  ])('%s', (_name, overrides, state) => {
    expect(appointmentState({ ...appt, ...overrides }, p, NO_ATTENDANCE, start - 48 * H, options).state).toBe(state);
  });

  it.each<[string, Attendance, AppointmentState]>([
    ['a check-in made for the old time does not carry over', checkedIn, 'upcoming'],
    ['nor a follow-up of the missed session it was', resolved, 'upcoming'],
  ])('the therapist moved the session a week later: %s', (_, attendance, state) => {
    const moved = appointment(start + 7 * 24 * H);
    expect(appointmentState(moved, p, attendance, start + 3 * H, options).state).toBe(state);
  });

  it('a session moved by an hour keeps its check-in', () => {
    const moved = appointment(start + H);
    expect(appointmentState(moved, p, checkedIn, start + 2 * H, options).state).toBe('attended');
  });

  it('gives the window and the deadline', () => {
    const info = appointmentState(appt, p, NO_ATTENDANCE, start - 48 * H, options);
    expect(info).toMatchObject({
      deadline: start - 24 * H,
      checkInOpens: start - 15 * M,
      checkInCloses: start + 65 * M,
      checkedInAt: null,
    });
  });

  it('a wider check-in window opens earlier', () => {
    const info = appointmentState(appt, p, NO_ATTENDANCE, start - 25 * M, { ...options, checkInBeforeMinutes: 30 });
    expect(info.state).toBe('open');
  });

  it('no notice: the check-in window wins over "upcoming"', () => {
    const info = appointmentState(
      appt,
      policy({ notice: { kind: 'hours', hours: 0 } }),
      NO_ATTENDANCE,
      start - 5 * M,
      options,
    );
    expect(info.state).toBe('open');
  });

  it('fee tiers make "next" the tier boundary while locked', () => {
    const tiered = policy({
      sessionPrice: { amount: 100, currency: 'EUR' },
      feeRule: {
        kind: 'percent',
        percent: 50,
        tiers: [
          { withinHours: 24, percent: 50 },
          { withinHours: 12, percent: 75 },
        ],
      },
    });
    const info = appointmentState(appt, tiered, NO_ATTENDANCE, start - 20 * H, options);
    expect(info).toMatchObject({ state: 'locked', fee: { amount: 50, currency: 'EUR' }, next: start - 12 * H });
    const later = appointmentState(appt, tiered, NO_ATTENDANCE, start - 12 * H, options);
    expect(later).toMatchObject({ state: 'locked', fee: { amount: 75, currency: 'EUR' }, next: start - 15 * M });
  });

  it.each([
    ['Berlin', 'Europe/Berlin', '2026-03-30 10:00', '2026-03-27 17:00'],
    ['New York', 'America/New_York', '2026-11-02 10:00', '2026-10-30 17:00'],
  ])('business-day deadline across DST (%s): locked exactly at the cut-off', (_n, zone, startText, deadlineText) => {
    const s = local(startText, zone);
    const bp = policy({ notice: { kind: 'business-days', days: 1, cutoff: '17:00' } });
    const a = appointment(s);
    const deadline = local(deadlineText, zone);
    const opts = { checkInBeforeMinutes: 15, userTimeZone: zone };
    expect(appointmentState(a, bp, NO_ATTENDANCE, deadline - 1, opts)).toMatchObject({
      state: 'upcoming',
      next: deadline,
    });
    expect(appointmentState(a, bp, NO_ATTENDANCE, deadline, opts).state).toBe('locked');
  });
});
