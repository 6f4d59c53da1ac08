import { describe, expect, it } from 'vitest';
import { stripModel } from './strip-model';
import { session } from '../../test/fixtures/sessions';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.UTC(2026, 11, 1, 9); // Tue 1 Dec 2026 09:00 UTC
const fee = { amount: 80, currency: 'USD' };
const at = (start: number, info: Parameters<typeof session>[1]) =>
  stripModel(session({ uid: 'u', start }, info), NOW, 'en-GB', 'UTC');

describe('stripModel', () => {
  it.each([
    [
      'free to cancel, days ahead',
      at(NOW + 3 * 24 * HOUR, { state: 'upcoming', deadline: NOW + 2 * 24 * HOUR, fee }),
      {
        tone: 'ok',
        headline: 'Free to cancel until Thu 09:00',
        detail: '2 days left · after that, canceling costs US$80',
        canReschedule: true,
        canCheckIn: false,
        canSendMessage: false,
      },
    ],
    [
      'free to cancel, hours left',
      at(NOW + 29 * HOUR, { state: 'upcoming', deadline: NOW + 5 * HOUR + 12 * MIN, fee: null }),
      { tone: 'warn', headline: 'Free to cancel until Tue 14:12', detail: '5 h 12 min left', canReschedule: true },
    ],
    [
      'deadline passed, fee at stake',
      at(NOW + 20 * HOUR, { state: 'locked', deadline: NOW - 4 * HOUR, fee }),
      {
        tone: 'warn',
        headline: 'Canceling now costs US$80',
        detail: 'Session in 20 h 0 min',
        canReschedule: true,
        canCheckIn: false,
      },
    ],
    [
      'deadline passed, no fee',
      at(NOW + 20 * HOUR, { state: 'locked', deadline: NOW - 4 * HOUR, fee: null }),
      { headline: 'The free cancellation time has passed' },
    ],
    [
      'check-in window before the start',
      at(NOW + 10 * MIN, { state: 'open', fee }),
      {
        tone: 'ok',
        headline: 'Check-in is open',
        detail: 'Session in 10 min · no-show fee US$80',
        canCheckIn: true,
        canReschedule: false,
      },
    ],
    [
      'check-in window during the session',
      at(NOW - 10 * MIN, { state: 'open', checkInCloses: NOW + 55 * MIN }),
      { detail: 'Check in until Tue 09:55', canCheckIn: true },
    ],
    [
      'checked in',
      at(NOW - 10 * MIN, { state: 'attended', checkedInAt: NOW - 12 * MIN }),
      {
        tone: 'done',
        headline: 'You’re checked in',
        canCheckIn: false,
        canUndo: false,
        canReschedule: false,
        canSendMessage: false,
      },
    ],
    [
      'checked in a moment ago',
      at(NOW - 10 * MIN, { state: 'attended', checkedInAt: NOW - 20_000 }),
      { tone: 'done', canUndo: true },
    ],
    [
      'missed',
      at(NOW - 2 * HOUR, { state: 'missed', fee }),
      {
        tone: 'alert',
        headline: 'Missed this one? It happens.',
        detail: 'A short message to Dr Robin Lee can set up the next session.',
        canSendMessage: true,
        canCheckIn: false,
      },
    ],
    ['missed and followed up', at(NOW - 2 * HOUR, { state: 'resolved' }), { tone: 'muted', canSendMessage: false }],
    [
      'cancelled by the calendar',
      at(NOW + 2 * HOUR, { state: 'cancelled' }),
      { tone: 'muted', headline: 'This session is canceled', canReschedule: false },
    ],
  ])('%s', (_name, model, expected) => {
    expect(model).toMatchObject(expected);
  });
});
