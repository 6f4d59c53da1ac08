import { describe, expect, it } from 'vitest';
import type { Attendance } from '../model/attendance';
import { appointment, local, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { cardModel, safeLink } from './card';
import type { SessionView } from '../model/session-view';

const Z = 'Europe/Berlin';
const M = 60_000;
const H = 60 * M;
const start = local('2026-12-02 15:00', Z);
const p = policy({ fee: { amount: 80, currency: 'EUR' } });

function model(offset: number, attendance: Attendance = NO_ATTENDANCE, videoUrl?: string) {
  const now = start + offset;
  const a = appointment(start, videoUrl ? { videoUrl } : {});
  const session: SessionView = {
    appointment: a,
    therapist: therapist(),
    info: appointmentState(a, p, attendance, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
  };
  return cardModel(session, now, 'en-GB', Z);
}

describe('cardModel', () => {
  it('upcoming: countdown to the deadline, the deadline, the fee after it', () => {
    expect(model(-29 * H - 12 * M)).toMatchObject({
      start: 'Tomorrow, 15:00',
      countdown: 'Free cancellation ends in 5 h 12 min',
      deadline: 'Cancel by today, 15:00',
      deadlinePassed: false,
      fee: 'Late fee after that: €80',
      checkIn: null,
      canReschedule: true,
      canCancel: true,
      canSendMessage: false,
      name: "tomorrow's session",
    });
  });

  it.each([
    [-2 * H, 'Today, 15:00', "today's session"],
    [-3 * 24 * H, 'Wed 2 Dec, 15:00', "Wednesday's session"],
    [-9 * 24 * H, 'Wed 2 Dec, 15:00', 'the session on 2 December'],
  ])('%d ms before: starts %s, buttons name "%s"', (offset, startText, name) => {
    expect(model(offset)).toMatchObject({ start: startText, name });
  });

  it('while a reschedule request is out it does not count down; a failed one counts again', () => {
    const now = start - 29 * H;
    const a = appointment(start);
    const info = appointmentState(a, p, NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: Z });
    const mark = (status: 'sent' | 'failed') =>
      ({
        id: 'r',
        purpose: 'reschedule',
        status,
        toName: 'Dr Lee',
        sentAt: now - H,
        sendAt: now - H,
        error: null,
        askedStart: start,
        outcome: status === 'sent' ? 'waiting' : null,
      }) as const;
    const card = (status: 'sent' | 'failed') =>
      cardModel({ appointment: a, therapist: therapist(), info, request: mark(status) }, now, 'en-GB', Z);
    expect(card('sent').countdown).toBeNull();
    expect(card('failed').countdown).toBe('Free cancellation ends in 5 h 0 min');
  });

  it('shows other links by their host, and never joins them', () => {
    const now = start - 10 * M;
    const a = appointment(start, {
      videoUrl: 'https://doxy.me/drlee',
      links: ['https://www.clinic.example/forms', 'javascript:alert(1)'],
    });
    const session: SessionView = {
      appointment: a,
      therapist: therapist(),
      info: appointmentState(a, p, NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
    };
    const card = cardModel(session, now, 'en-GB', Z);
    expect(card.links).toEqual([{ url: 'https://www.clinic.example/forms', host: 'clinic.example' }]);
    expect(card.checkIn).toMatchObject({ label: 'Join & check in', videoUrl: 'https://doxy.me/drlee' });
  });

  it('the check-in button shows, disabled, from 12 h before the window', () => {
    expect(model(-12 * H - 15 * M).checkIn).toEqual({
      enabled: false,
      label: 'Check in',
      hint: 'Check-in opens Wed 2 Dec, 14:45',
      videoUrl: null,
    });
    expect(model(-12 * H - 16 * M).checkIn).toBeNull();
  });

  it.each([
    [-10 * M, 'Starts in 10 min'],
    [5 * M, 'Started 5 min ago'],
  ])('check-in window at %i ms from the start: %s', (offset, countdown) => {
    expect(model(offset)).toMatchObject({ countdown, status: 'Check-in open', fee: 'Not coming costs €80' });
  });

  it('locked: counts to the session, marks the deadline passed', () => {
    expect(model(-3 * H)).toMatchObject({
      countdown: 'Starts in 3 h 0 min',
      deadlinePassed: true,
      status: 'Deadline passed',
      fee: 'Canceling now costs €80',
      canReschedule: true,
    });
  });

  it.each([
    ['plain', undefined, 'Check in', null],
    ['video link', 'https://meet.example.org/abc', 'Join & check in', 'https://meet.example.org/abc'],
    ['unsafe link is not offered', 'javascript:alert(1)', 'Check in', null],
  ])('open (%s): check-in enabled', (_name, url, label, videoUrl) => {
    expect(model(-5 * M, NO_ATTENDANCE, url).checkIn).toEqual({ enabled: true, label, hint: null, videoUrl });
  });

  it('undo for one minute after checking in', () => {
    const at = start - 5 * M;
    const attendance = { checkIns: { 'feed|session-1': { at } }, resolutions: {} };
    expect(model(-5 * M + 30_000, attendance)).toMatchObject({
      canUndo: true,
      status: 'Checked in at 14:55',
      checkIn: null,
    });
    expect(model(-5 * M + 60_000, attendance).canUndo).toBe(false);
  });

  it('missed: send a message', () => {
    expect(model(2 * H)).toMatchObject({ status: 'Missed', canSendMessage: true, checkIn: null, canReschedule: false });
  });

  it.each([
    ['https://zoom.us/j/1', 'https://zoom.us/j/1'],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('safeLink(%s)', (url, expected) => {
    expect(safeLink(url)).toBe(expected);
  });
});

describe('fee tiers on the card', () => {
  const tiered = policy({
    sessionPrice: { amount: 120, currency: 'EUR' },
    feeRule: {
      kind: 'percent',
      percent: 50,
      tiers: [
        { withinHours: 24, percent: 50 },
        { withinHours: 12, percent: 75 },
      ],
    },
  });
  it('says what cancelling costs now and when that rises', () => {
    const a = appointment(start);
    const now = start - 20 * H;
    const session: SessionView = {
      appointment: a,
      therapist: therapist({ policy: tiered }),
      info: appointmentState(a, tiered, NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: Z }),
    };
    expect(cardModel(session, now, 'en-GB', Z).fee).toBe('Canceling now costs €60, then €90 from Wed 2 Dec, 3:00');
  });
});
