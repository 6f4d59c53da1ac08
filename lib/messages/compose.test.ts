import { describe, expect, it } from 'vitest';
import type { Appointment } from '../model/appointment';
import { therapist as therapistFixture } from '../../test/fixtures/sessions';
import type { StateInfo } from '../model/session-view';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Therapist } from '../model/therapist';
import type { SessionView } from '../model/session-view';
import { composeCancel } from './cancel';
import { LOCALES } from '../i18n/locales';
import { availabilitySentence, DEFAULT_CHOICES, defaultTemplate, joinOr, type Choices } from './compose';
import { composeMissed } from './missed';
import { wordsOf } from '../../test/catalogue-words';
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
/** A British therapist's catalogue, and an American one's. */
const gb = wordsOf('en-GB');
const us = wordsOf('en');
const choose = (c: Partial<Choices>): Choices => ({ ...DEFAULT_CHOICES, ...c });

describe('composeMissed', () => {
  const base = composeMissed(view(), settings, DEFAULT_CHOICES, 'Europe/London', gb);

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
        availability: ['weekdayMornings', 'weekdayEvenings', 'weekends'],
        availabilityNote: 'Thursday after 4pm works too',
      },
      [/free weekday mornings, weekday evenings or weekends\. Thursday after 4pm works too\.\n/],
      [],
    ],
    ['no reschedule request', { reschedule: false }, [], [/another time/]],
    ['no materials request', { askMaterials: false }, [], [/read or practise/]],
    ['no fee acknowledgement', { acknowledgeFee: false }, [], [/charge/]],
  ])('%s', (_name, choices, present, absent) => {
    const { body } = composeMissed(view(), settings, choose(choices), 'Europe/London', gb);
    for (const re of present) expect(body).toMatch(re);
    for (const re of absent) expect(body).not.toMatch(re);
    expect(body).not.toMatch(/\n{3}|\{\w+\}/);
  });

  it.each<[string, SessionView, Settings, string, typeof gb, RegExp]>([
    ['no fee: no fee line', view({}, { fee: null }), settings, 'Europe/London', gb, /^(?![\s\S]*charge)/],
    [
      'US dates and money',
      view(),
      settings,
      'America/New_York',
      us,
      /on Tuesday, March 3 at 10:00 AM\.[\s\S]*charge \$80 /,
    ],
    [
      'euro fee with cents',
      view({}, { fee: { amount: 72.5, currency: 'EUR' } }),
      settings,
      'Europe/Berlin',
      gb,
      /at 16:00\.[\s\S]*€72\.50/,
    ],
    [
      'no client name: ends with the sign-off',
      view(),
      { ...settings, clientName: '  ' },
      'Europe/London',
      gb,
      /Best wishes,$/,
    ],
  ])('%s', (_name, session, s, zone, words, re) => {
    expect(composeMissed(session, s, DEFAULT_CHOICES, zone, words).body).toMatch(re);
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
      gb,
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
    const draft = composeReschedule(view(), settings, START - 48 * HOUR, gb, { timeZone: 'Europe/London' });
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
    const draft = composeReschedule(view({}, { state: 'locked' }), settings, START - 2 * HOUR, gb, {
      timeZone: 'Europe/London',
    });
    expect(draft.body).not.toContain('ahead of the cancellation deadline');
    expect(draft.body).toContain("I'm sorry for the short notice");
    expect(draft.body).toContain('charge US$80');
  });

  it("defaults to the appointment's zone and takes availability", () => {
    const draft = composeReschedule(view(), settings, 0, gb, { choices: { availability: ['weekdayAfternoons'] } });
    expect(draft.body).toContain('Tuesday 3 March at 15:00');
    expect(draft.body).toContain("I'm usually free weekday afternoons.");
  });

  it("uses the therapist's reschedule template", () => {
    const session = view({ rescheduleTemplate: { subject: 'Move {date}?', body: 'Hello {therapist}, by {deadline}' } });
    expect(composeReschedule(session, settings, 0, gb, { timeZone: 'UTC' })).toEqual({
      to: 'lee@example.org',
      subject: 'Move Tuesday 3 March?',
      body: 'Hello Dr Lee, by Monday 2 March, 15:00',
    });
  });
});

describe('composeCancel', () => {
  it('before the deadline: says no fee is owed, and does not ask to reschedule', () => {
    const draft = composeCancel(view({}, { state: 'upcoming' }), settings, START - 48 * HOUR, 'Europe/London', gb);
    expect(draft.subject).toBe('Cancelling our session on Tuesday 3 March');
    expect(draft.body).toContain('I need to cancel our session on Tuesday 3 March at 15:00.');
    expect(draft.body).toContain(
      "I'm letting you know before the cancellation deadline (Monday 2 March, 15:00), so I understand there is no fee.",
    );
    expect(draft.body).not.toMatch(/another time|charge/);
  });

  it('after the deadline: names the fee the policy charges', () => {
    const draft = composeCancel(view({}, { state: 'locked' }), settings, START - 2 * HOUR, 'Europe/London', gb);
    expect(draft.body).toContain(
      'I know this is after the cancellation deadline (Monday 2 March, 15:00), and I understand your policy is to charge US$80 for a late cancellation.',
    );
  });

  it('after the deadline without a fee: apologises for the short notice only', () => {
    const draft = composeCancel(
      view({}, { state: 'locked', fee: null }),
      settings,
      START - 2 * HOUR,
      'Europe/London',
      gb,
    );
    expect(draft.body).toContain("I'm sorry for the short notice.");
    expect(draft.body).not.toMatch(/fee|charge/);
  });
});

describe('copy', () => {
  it('writes "practice" for US clients and "practise" elsewhere', () => {
    expect(composeMissed(view(), settings, DEFAULT_CHOICES, 'UTC', us).body).toContain('read or practice before');
    expect(composeMissed(view(), settings, DEFAULT_CHOICES, 'UTC', gb).body).toContain('read or practise before');
  });

  it.each([
    ['thursday after 4pm works too', 'Thursday after 4pm works too.'],
    ['thursday after 4pm', 'Thursday after 4pm would work too.'],
    ['  Mornings are best!  ', 'Mornings are best!'],
    ['', ''],
  ])('free-text availability %j → %j', (note, sentence) => {
    expect(availabilitySentence(note, gb)).toBe(sentence);
  });
});

describe('joinOr', () => {
  it.each([
    [[], 'en-GB', ''],
    [['a'], 'en-GB', 'a'],
    [['a', 'b'], 'en-GB', 'a or b'],
    [['a', 'b', 'c'], 'en-GB', 'a, b or c'],
    [['a', 'b', 'c'], 'en', 'a, b, or c'],
    [['a', 'b', 'c'], 'de', 'a, b oder c'],
    [['a', 'b', 'c'], 'es', 'a, b o c'],
  ])('%j in %s', (items, locale, expected) => {
    expect(joinOr(items, locale)).toBe(expected);
  });
});

describe('in the therapist’s language', () => {
  const all = { reason: 'illness', availability: ['weekdayMornings', 'weekends'], availabilityNote: '' } as const;

  it.each(LOCALES)('%s: every kind of message fills completely, with no gaps', (locale) => {
    const words = wordsOf(locale);
    const drafts = [
      composeMissed(view(), settings, choose({ ...all, availability: [...all.availability] }), 'Europe/Madrid', words),
      composeReschedule(view(), settings, START - 48 * HOUR, words),
      composeReschedule(view({}, { state: 'locked' }), settings, START - 2 * HOUR, words),
      composeCancel(view({}, { state: 'locked' }), settings, START - 2 * HOUR, 'Europe/Madrid', words),
    ];
    for (const d of drafts) {
      expect(d.subject).not.toMatch(/[{}]|^\s|\s$/);
      expect(d.body).not.toMatch(/[{}]|\n{3}/);
      expect(d.body).toContain('Dr Lee');
      expect(d.body.endsWith('Sam Rivera')).toBe(true);
    }
  });

  it.each([
    [
      'es',
      'Hola, Dr Lee:',
      'Siento mucho no haber asistido a nuestra sesión del martes, 3 de marzo, a las 16:00. No me encontraba bien.',
      'Normalmente me viene bien entre semana por la mañana o los fines de semana.',
      '80\u00a0US$',
    ],
    [
      'fr',
      'Bonjour Dr Lee,',
      'Je vous prie de m’excuser d’avoir manqué notre séance du mardi 3 mars à 16:00. Je ne me sentais pas bien.',
      'Je suis généralement disponible en semaine le matin ou le week-end.',
      '80\u00a0$US',
    ],
    [
      'de',
      'Guten Tag Dr Lee,',
      'leider habe ich unsere Sitzung am Dienstag, 3. März um 16:00 verpasst, das tut mir leid. Mir ging es nicht gut.',
      'Meistens passt es mir werktags vormittags oder am Wochenende.',
      '80\u00a0$',
    ],
    [
      'pt-BR',
      'Olá, Dr Lee,',
      'Desculpe ter faltado à nossa sessão de terça-feira, 3 de março, às 16:00. Eu não estava me sentindo bem.',
      'Geralmente tenho disponibilidade durante a semana de manhã ou nos fins de semana.',
      'US$\u00a080',
    ],
  ] as const)('%s: the missed-session message reads as written there', (locale, hello, sorry, free, fee) => {
    const { body } = composeMissed(
      view(),
      settings,
      choose({ ...all, availability: [...all.availability] }),
      'Europe/Madrid',
      wordsOf(locale),
    );
    const lines = body.split('\n');
    expect(lines.slice(0, 3)).toEqual([hello, '', sorry]);
    expect(body).toContain(free);
    expect(body).toContain(fee);
  });

  it('a note with a verb of its language stays as written; a bare time gets one', () => {
    const es = wordsOf('es');
    expect(availabilitySentence('el jueves me va bien', es)).toBe('El jueves me va bien.');
    expect(availabilitySentence('jueves por la tarde', es)).toBe('Jueves por la tarde también me vendría bien.');
    expect(availabilitySentence('donnerstag passt auch', wordsOf('de'))).toBe('Donnerstag passt auch.');
  });

  it('the standard wording is the catalogue’s, placeholders unfilled', () => {
    expect(defaultTemplate('cancel', wordsOf('fr')).subject).toBe('Annulation de notre séance du {date}');
    expect(defaultTemplate('cancel', us).subject).toBe('Canceling our session on {date}');
    expect(defaultTemplate('cancel', gb).subject).toBe('Cancelling our session on {date}');
  });
});
