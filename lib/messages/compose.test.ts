import { describe, expect, it } from 'vitest';
import type { Appointment } from '../calendar/appointment';
import { therapist as therapistFixture } from '../../test/fixtures/sessions';
import type { StateInfo } from '../policy/state';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Therapist } from '../therapists/therapist';
import type { SessionView } from '../ui-model/session-view';
import { composeCancel } from './cancel';
import { availabilitySentence, DEFAULT_CHOICES, joinOr, type Choices } from './compose';
import { composeMissed } from './missed';
import { composeReschedule } from './reschedule';

const START = Date.UTC(2026, 2, 3, 15, 0); // Tuesday 3 March 2026, 15:00 UTC
const HOUR = 3_600_000;

function view(therapist: Partial<Therapist> = {}, info: Partial<StateInfo> = {}): SessionView {
  const appointment: Appointment = {
    key: 's|u1',
    sourceId: 's',
    uid: 'u1',
    recurrenceId: null,
    title: 'Therapy',
    start: START,
    end: START + HOUR,
    allDay: false,
    status: 'confirmed',
    timeZone: 'Europe/London',
  };
  return {
    appointment,
    therapist: therapistFixture(therapist),
    info: {
      state: 'missed',
      deadline: START - 24 * HOUR,
      checkInOpens: START - 15 * 60_000,
      checkInCloses: START + HOUR + 15 * 60_000,
      fee: { amount: 80, currency: 'USD' },
      next: null,
      checkedInAt: null,
      ...info,
    },
  };
}

const settings: Settings = { ...DEFAULT_SETTINGS, clientName: 'Sam Rivera', region: 'GB' };
const choose = (c: Partial<Choices>): Choices => ({ ...DEFAULT_CHOICES, ...c });

describe('composeMissed', () => {
  const base = composeMissed(view(), settings, DEFAULT_CHOICES, 'Europe/London');

  it('writes a complete, warm default message', () => {
    expect(base.to).toBe('lee@example.org');
    expect(base.subject).toBe('Sorry I missed our session on Tuesday 3 March');
    expect(base.body).toBe(
      [
        'Hi Dr Lee,',
        '',
        "I'm sorry I missed our session on Tuesday 3 March at 15:00.",
        '',
        'Could we find another time to meet?',
        '',
        "In the meantime, is there anything you'd like me to read or practise before we next meet?",
        '',
        'I understand that your policy is to charge US$80 in this case.',
        '',
        'Thank you for understanding.',
        '',
        'Best wishes,',
        'Sam Rivera',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<Choices>, RegExp[], RegExp[]]>([
    ['illness', { reason: 'illness' }, [/15:00\. I wasn't feeling well\.\n/], []],
    ['emergency', { reason: 'emergency' }, [/Something urgent came up/], []],
    ['forgot', { reason: 'forgot' }, [/it slipped my mind/], []],
    ['schedule conflict', { reason: 'conflict' }, [/clash in my schedule/], []],
    ['prefer not to say adds no reason', { reason: 'private' }, [/15:00\.\n\n/], [/unwell|urgent|slipped|clash/]],
    ['one availability pick', { availability: ['weekends'] }, [/meet\? I'm usually free weekends\./], []],
    [
      'several picks and free text',
      {
        availability: ['weekday mornings', 'weekday evenings', 'weekends'],
        availabilityNote: 'Thursday after 4pm works too',
      },
      [/free weekday mornings, weekday evenings or weekends\. Thursday after 4pm works too\.\n/],
      [],
    ],
    ['no reschedule request', { reschedule: false }, [], [/another time/]],
    ['no materials request', { askMaterials: false }, [], [/read or practise/]],
    ['no fee acknowledgement', { acknowledgeFee: false }, [], [/charge/]],
  ])('%s', (_name, choices, present, absent) => {
    const { body } = composeMissed(view(), settings, choose(choices), 'Europe/London');
    for (const re of present) expect(body).toMatch(re);
    for (const re of absent) expect(body).not.toMatch(re);
    expect(body).not.toMatch(/\n{3}|\{\w+\}/);
  });

  it.each<[string, SessionView, Settings, string, RegExp]>([
    ['no fee: no fee line', view({}, { fee: null }), settings, 'Europe/London', /^(?![\s\S]*charge)/],
    [
      'US dates and money',
      view(),
      { ...settings, region: 'US' },
      'America/New_York',
      /on Tuesday, March 3 at 10:00 AM\.[\s\S]*charge \$80 /,
    ],
    [
      'euro fee with cents',
      view({}, { fee: { amount: 72.5, currency: 'EUR' } }),
      settings,
      'Europe/Berlin',
      /at 16:00\.[\s\S]*€72\.50/,
    ],
    [
      'no client name: ends with the sign-off',
      view(),
      { ...settings, clientName: '  ' },
      'Europe/London',
      /Best wishes,$/,
    ],
  ])('%s', (_name, session, s, zone, re) => {
    expect(composeMissed(session, s, DEFAULT_CHOICES, zone).body).toMatch(re);
  });

  it("uses the therapist's own template", () => {
    const session = view({
      missedTemplate: { subject: 'Missed {date}', body: 'Dear {therapist}, {reason}\n{fee}\n— {client}' },
    });
    const draft = composeMissed(
      session,
      settings,
      choose({ reason: 'forgot', acknowledgeFee: false }),
      'Europe/London',
    );
    expect(draft).toEqual({
      to: 'lee@example.org',
      subject: 'Missed Tuesday 3 March',
      body: 'Dear Dr Lee, To be honest, it slipped my mind.\n— Sam Rivera',
    });
  });
});

describe('composeReschedule', () => {
  it('before the deadline: says so, names the deadline, no fee', () => {
    const draft = composeReschedule(view(), settings, START - 48 * HOUR, { timeZone: 'Europe/London' });
    expect(draft.subject).toBe('Could we move our session on Tuesday 3 March?');
    expect(draft.body).toContain(
      "I'm writing ahead of the cancellation deadline (Monday 2 March, 15:00) about our session on Tuesday 3 March at 15:00: I can't make it.",
    );
    // It asks once.
    expect(draft.body.match(/\?/g)).toEqual(['?']);
    expect(draft.body).toContain('Could we find another time to meet?');
    expect(draft.body).not.toMatch(/charge|practise/);
    expect(draft.body.endsWith('Best wishes,\nSam Rivera')).toBe(true);
  });

  it('after the deadline: apologises for the short notice and owns the fee', () => {
    const draft = composeReschedule(view({}, { state: 'locked' }), settings, START - 2 * HOUR, {
      timeZone: 'Europe/London',
    });
    expect(draft.body).not.toContain('ahead of the cancellation deadline');
    expect(draft.body).toContain("I'm sorry for the short notice");
    expect(draft.body).toContain('charge US$80');
  });

  it("defaults to the appointment's zone and takes availability", () => {
    const draft = composeReschedule(view(), settings, 0, { choices: { availability: ['weekday afternoons'] } });
    expect(draft.body).toContain('Tuesday 3 March at 15:00');
    expect(draft.body).toContain("I'm usually free weekday afternoons.");
  });

  it("uses the therapist's reschedule template", () => {
    const session = view({ rescheduleTemplate: { subject: 'Move {date}?', body: 'Hello {therapist}, by {deadline}' } });
    expect(composeReschedule(session, settings, 0, { timeZone: 'UTC' })).toEqual({
      to: 'lee@example.org',
      subject: 'Move Tuesday 3 March?',
      body: 'Hello Dr Lee, by Monday 2 March, 15:00',
    });
  });
});

describe('composeCancel', () => {
  it('before the deadline: says no fee is owed, and does not ask to reschedule', () => {
    const draft = composeCancel(view({}, { state: 'upcoming' }), settings, START - 48 * HOUR, 'Europe/London');
    expect(draft.subject).toBe('Cancelling our session on Tuesday 3 March');
    expect(draft.body).toContain('I need to cancel our session on Tuesday 3 March at 15:00.');
    expect(draft.body).toContain(
      "I'm letting you know before the cancellation deadline (Monday 2 March, 15:00), so I understand there is no fee.",
    );
    expect(draft.body).not.toMatch(/another time|charge/);
  });

  it('after the deadline: names the fee the policy charges', () => {
    const draft = composeCancel(view({}, { state: 'locked' }), settings, START - 2 * HOUR, 'Europe/London');
    expect(draft.body).toContain(
      'I know this is after the cancellation deadline (Monday 2 March, 15:00), and I understand your policy is to charge US$80 for a late cancellation.',
    );
  });

  it('after the deadline without a fee: apologises for the short notice only', () => {
    const draft = composeCancel(view({}, { state: 'locked', fee: null }), settings, START - 2 * HOUR, 'Europe/London');
    expect(draft.body).toContain("I'm sorry for the short notice.");
    expect(draft.body).not.toMatch(/fee|charge/);
  });
});

describe('copy', () => {
  it('writes "practice" for US clients and "practise" elsewhere', () => {
    expect(composeMissed(view(), { ...settings, region: 'US' }, DEFAULT_CHOICES, 'UTC').body).toContain(
      'read or practice before',
    );
    expect(composeMissed(view(), settings, DEFAULT_CHOICES, 'UTC').body).toContain('read or practise before');
  });

  it.each([
    ['thursday after 4pm works too', 'Thursday after 4pm works too.'],
    ['thursday after 4pm', 'Thursday after 4pm would work too.'],
    ['  Mornings are best!  ', 'Mornings are best!'],
    ['', ''],
  ])('free-text availability %j → %j', (note, sentence) => {
    expect(availabilitySentence(note)).toBe(sentence);
  });
});

describe('joinOr', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ])('%j', (items, expected) => {
    expect(joinOr(items)).toBe(expected);
  });
});
