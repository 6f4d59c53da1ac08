import { describe, expect, it } from 'vitest';
import { appointment, local, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { planReminders } from '../reminders/schedule';
import { DEFAULT_SETTINGS } from '../model/settings';
import { DAY, HOUR, MINUTE } from '../time/units';
import { badgeFor } from '../ui-model/badge';
import { requestLine } from '../ui-model/request-line';
import type { SessionView } from '../model/session-view';
import type { RequestMark, SentRequest } from '../model/request';
import { KEEP_REQUESTS_MS, latestAsks, requestMark, requestOutcome, requestQuiets, requestsToKeep } from './tracking';

const Z = 'America/New_York';
const L = 'en-US';
const start = local('2026-12-08 15:00', Z); // Tue 3 PM, deadline Mon 3 PM (24 h)
const deadline = start - DAY;
const sentAt = local('2026-12-01 14:04', Z); // Tue 2:04 PM

function request(fields: Partial<SentRequest> = {}): SentRequest {
  return {
    id: 'r1',
    key: 'feed|session-1',
    purpose: 'reschedule',
    to: 'lee@example.org',
    toName: 'Dr Lee',
    subject: 'Rescheduling',
    body: '',
    fromName: 'Sam',
    replyTo: null,
    createdAt: sentAt - 10_000,
    sendAt: sentAt,
    status: 'sent',
    sentAt,
    error: null,
    failure: null,
    sessionStart: start,
    ...fields,
  };
}

/** The session as the views see it at `now`, with `ask` as its request and the feed's `moved` start. */
function view(now: number, ask: SentRequest | null, changes: Parameters<typeof appointment>[1] = {}): SessionView {
  const a = appointment(changes.start ?? start, changes);
  const p = policy();
  const info = appointmentState(a, p, NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: Z });
  return {
    appointment: a,
    therapist: therapist({ policy: p }),
    info,
    ...(ask ? { request: requestMark(ask, a, info.deadline, now) } : {}),
  };
}

describe('requestOutcome: what the calendar said since the request went out', () => {
  it.each([
    ['unchanged, before the deadline: waiting', {}, deadline - HOUR, 'waiting'],
    ['unchanged at the deadline: unanswered', {}, deadline, 'unanswered'],
    ['moved by an hour: moved', { start: start + HOUR }, deadline - HOUR, 'moved'],
    ['moved, long past the old deadline: still moved', { start: start + 2 * DAY }, deadline + HOUR, 'moved'],
    ['cancelled in the feed: cancelled', { status: 'cancelled' as const }, deadline - HOUR, 'cancelled'],
    ['declined in Google: cancelled', { declined: true }, deadline - HOUR, 'cancelled'],
  ])('%s', (_name, changes, now, outcome) => {
    const a = appointment(start, changes);
    expect(requestOutcome(request(), a, deadline, now)).toBe(outcome);
  });

  it('an older request without the start it was sent for waits until the deadline', () => {
    const a = appointment(start + HOUR);
    expect(requestOutcome(request({ sessionStart: null }), a, deadline, deadline - 1)).toBe('waiting');
    expect(requestOutcome(request({ sessionStart: null }), a, deadline, deadline)).toBe('unanswered');
  });
});

describe('requestQuiets: which requests stop the nagging', () => {
  const mark = (fields: Partial<RequestMark>): RequestMark => ({
    id: 'r1',
    purpose: 'reschedule',
    status: 'sent',
    toName: 'Dr Lee',
    sentAt,
    sendAt: sentAt,
    error: null,
    askedStart: start,
    outcome: 'waiting',
    ...fields,
  });
  it.each([
    ['in the undo window', { status: 'pending' as const, outcome: null }, true],
    ['with Gmail', { status: 'sending' as const, outcome: null }, true],
    ['sent, no answer yet', {}, true],
    ['sent, unanswered by the deadline', { outcome: 'unanswered' as const }, false],
    ['sent, session moved', { outcome: 'moved' as const }, false],
    ['failed: the deadline matters again', { status: 'failed' as const, outcome: null }, false],
  ])('%s', (_name, fields, quiet) => {
    expect(requestQuiets(mark(fields))).toBe(quiet);
  });
  it('no request: nothing is quieted', () => expect(requestQuiets(undefined)).toBe(false));
});

describe('latestAsks', () => {
  it('keeps the newest reschedule or cancellation per session, never a missed-session follow-up', () => {
    const all = {
      a: request({ id: 'a', createdAt: 1 }),
      b: request({ id: 'b', createdAt: 3, purpose: 'cancel' }),
      c: request({ id: 'c', createdAt: 5, purpose: 'missed' }),
      d: request({ id: 'd', key: 'other', createdAt: 2 }),
    };
    const latest = latestAsks(all);
    expect(latest.get('feed|session-1')?.id).toBe('b');
    expect(latest.get('other')?.id).toBe('d');
  });
});

describe('what a person reads', () => {
  const line = (v: SessionView) => (v.request ? requestLine(v.request, v, L, Z).text : null);
  it.each([
    ['sent, waiting', deadline - HOUR, {}, {}, 'Reschedule requested · sent Tue 2:04 PM'],
    [
      'a cancellation, waiting',
      deadline - HOUR,
      { purpose: 'cancel' as const },
      {},
      'Cancellation requested · sent Tue 2:04 PM',
    ],
    ['in the undo window', sentAt - 5_000, { status: 'pending' as const, sentAt: null }, {}, 'Sending to Dr Lee…'],
    [
      'unchanged past the deadline',
      deadline + MINUTE,
      {},
      {},
      'Your request to reschedule is still open — the session is still on Tue 3:00 PM.',
    ],
    [
      'moved',
      deadline - HOUR,
      {},
      { start: start + 2 * DAY },
      'The session has moved to Thu 3:00 PM — your calendar has the new time.',
    ],
    [
      'cancelled, as asked',
      deadline - HOUR,
      { purpose: 'cancel' as const },
      { status: 'cancelled' as const },
      'The session is canceled, as you asked.',
    ],
  ])('%s', (_name, now, fields, changes, text) => {
    expect(line(view(now, request(fields), changes))).toBe(text);
  });
});

describe('the nagging stops while a request is out', () => {
  const reminders = (v: SessionView, now: number) =>
    planReminders([v], { settings: DEFAULT_SETTINGS, sent: new Set(), now, locale: L, timeZone: Z }).notify;

  it('no deadline reminder 24 h before the deadline once the request is sent; without one, there is', () => {
    const now = deadline - 23 * HOUR;
    expect(reminders(view(now, null), now).map((r) => r.kind)).toEqual(['deadline']);
    expect(reminders(view(now, request()), now)).toEqual([]);
  });

  it('a failed request nags again', () => {
    const now = deadline - 23 * HOUR;
    expect(reminders(view(now, request({ status: 'failed', sentAt: null })), now)).toHaveLength(1);
  });

  it('the badge stops counting down to that deadline and its tooltip says the request is out', () => {
    const now = deadline - 5 * HOUR;
    expect(badgeFor([view(now, null)], now, L, Z).text).toBe('5h');
    const badge = badgeFor([view(now, request())], now, L, Z);
    expect(badge.text).toBe('');
    expect(badge.title).toBe('Session Keeper: Reschedule requested · sent Tue 2:04 PM for Tue 3:00 PM with Dr Lee.');
    // The deadline is still when the words change ("still open").
    expect(badge.next).toBe(deadline);
  });

  it('once the deadline passes unanswered, the badge counts down to the session again', () => {
    const now = deadline + HOUR;
    expect(badgeFor([view(now, request())], now, L, Z).text).toBe('23h');
  });
});

describe('requestsToKeep', () => {
  it('forgets requests for sessions long past, keeps recent ones and anything not yet sent', () => {
    const now = start + KEEP_REQUESTS_MS;
    const all = {
      old: request({ id: 'old' }),
      recent: request({ id: 'recent', sessionStart: start + DAY }),
      busy: request({ id: 'busy', status: 'pending', sessionStart: 0, sentAt: null, createdAt: 0 }),
    };
    expect(Object.keys(requestsToKeep(all, now)).sort()).toEqual(['busy', 'recent']);
  });
});
