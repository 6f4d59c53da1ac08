import { describe, expect, it } from 'vitest';
import type { Appointment } from '../model/appointment';
import { DEFAULT_POLICY } from '../model/policy';
import type { Source } from '../sources/source';
import { attribute, seriesKey, type Attribution, type SeriesChoices } from './attribute';
import { sessionLabel } from './label';
import type { Therapist } from '../model/therapist';

const therapist = (id: string, name: string, more: Partial<Therapist> = {}): Therapist => ({
  id,
  name,
  email: '',
  portalUrl: '',
  policy: DEFAULT_POLICY,
  keywords: [],
  organizerEmails: [],
  focus: [],
  language: 'en',
  ...more,
});
// Ken still carries the keyword every new therapist used to get.
const maria = therapist('maria', 'Dr. Maria Alvarez', {
  email: 'maria@alvarez-therapy.example',
  keywords: ['EMDR with Maria'],
});
const ken = therapist('ken', 'Ken Okafor', { keywords: ['therapy'], organizerEmails: ['scheduling@okafor.example'] });
const both = [maria, ken];
const feed: Source = { id: 'feed', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: null };
const appt = (title: string, more: Partial<Appointment> = {}): Appointment => ({
  key: 'k',
  sourceId: 'feed',
  uid: 'series-1',
  recurrenceId: null,
  title,
  start: 0,
  end: 1,
  allDay: false,
  status: 'confirmed',
  timeZone: 'UTC',
  ...more,
});

/** 'maria', 'ken', '?maria,ken' (asked), or '-' (not a session). */
function outcome(a: Attribution): string {
  if (a.kind === 'session') return a.therapist.id;
  if (a.kind === 'unsure') return `?${a.candidates.map((t) => t.id).join(',')}`;
  return '-';
}

describe('attribute: the best evidence wins', () => {
  it.each<[string, Appointment, string]>([
    // Emails
    [
      "the therapist's own email as organizer",
      appt('Therapy', { organizerEmail: 'MARIA@alvarez-therapy.example' }),
      'maria',
    ],
    ['one of their organizer emails', appt('Appointment', { organizerEmail: 'scheduling@okafor.example' }), 'ken'],
    [
      'their email among the attendees',
      appt('Therapy', { attendeeEmails: ['me@home.example', 'maria@alvarez-therapy.example'] }),
      'maria',
    ],
    [
      'the organizer over an attendee',
      appt('Therapy', {
        organizerEmail: 'scheduling@okafor.example',
        attendeeEmails: ['maria@alvarez-therapy.example'],
      }),
      'ken',
    ],
    [
      'an email over a generic keyword of another',
      appt('Therapy session', { organizerEmail: 'maria@alvarez-therapy.example' }),
      'maria',
    ],
    // Names
    ['the full name in the title', appt('Therapy with Maria Alvarez'), 'maria'],
    ['the surname with a title, accents folded', appt('Session w/ Dr. Álvarez'), 'maria'],
    ['a possessive', appt("Okafor's office hours"), 'ken'],
    ['the organizer name', appt('Appointment', { organizerName: 'Ken Okafor' }), 'ken'],
    ['a name over another therapist\'s "therapy"', appt('Therapy with Dr. Alvarez'), 'maria'],
    ['not part of a longer word', appt('Kenneth Okaforsky lunch'), '-'],
    // Keywords
    ['a keyword of the client, as words', appt('EMDR with Maria (video)'), 'maria'],
  ])('%s', (_, a, expected) => {
    expect(outcome(attribute(a, feed, both))).toBe(expected);
  });

  it('gives "therapy" titles to the one therapist whose keyword it is, when there is only one', () => {
    expect(outcome(attribute(appt('Weekly therapy'), feed, [ken]))).toBe('ken');
  });
});

describe('attribute: what is not guessed', () => {
  it.each<[string, Appointment, Therapist[], string]>([
    ['"therapy" alone, with two therapists', appt('Therapy'), both, '?maria,ken'],
    [
      '"therapy" in a session-shaped title, with two therapists',
      appt('Weekly therapy session (50 min)'),
      both,
      '?maria,ken',
    ],
    [
      'a session-shaped title naming no one',
      appt('Therapy (video)'),
      [therapist('a', 'Anna Lee'), therapist('b', 'Bo Kim')],
      '?a,b',
    ],
    [
      'a session-shaped title naming no one, with one therapist and no keywords',
      appt('Weekly session'),
      [therapist('a', 'Anna Lee')],
      '?a',
    ],
    [
      'two therapists with the same surname',
      appt('Session with Dr Lee'),
      [therapist('a', 'Anna Lee'), therapist('b', 'Bo Lee')],
      '?a,b',
    ],
    [
      'the same keyword for two therapists',
      appt('Couples work'),
      [therapist('a', 'A', { keywords: ['couples'] }), therapist('b', 'B', { keywords: ['Couples'] })],
      '?a,b',
    ],
    [
      'the same email for two therapists (a shared scheduler)',
      appt('Appointment', { organizerEmail: 'desk@clinic.example' }),
      [
        therapist('a', 'A', { organizerEmails: ['desk@clinic.example'] }),
        therapist('b', 'B', { email: 'desk@clinic.example' }),
      ],
      '?a,b',
    ],
  ])('%s', (_, a, therapists, expected) => {
    expect(outcome(attribute(a, feed, therapists))).toBe(expected);
  });

  it('takes the longest keyword when two therapists match', () => {
    const a = therapist('a', 'A', { keywords: ['therapy'] });
    const b = therapist('b', 'B', { keywords: ['couples therapy'] });
    expect(outcome(attribute(appt('Couples therapy'), feed, [a, b]))).toBe('b');
  });
});

describe('attribute: the bystander event', () => {
  it.each(['Team meeting about therapy budget', 'Therapy dog visit at the library', 'Dentist appointment', 'Lunch'])(
    '"%s" is not a session, even for a therapist whose keyword is "therapy"',
    (title) => {
      expect(outcome(attribute(appt(title), feed, [ken]))).toBe('-');
      expect(outcome(attribute(appt(title), feed, both))).toBe('-');
    },
  );
});

describe('attribute: the client decides', () => {
  const choices: SeriesChoices = { [seriesKey('feed', 'series-1')]: 'maria' };

  it('remembers the choice for every occurrence of the series', () => {
    for (const recurrenceId of [null, '2026-12-01T10:00:00.000Z', '2026-12-08T10:00:00.000Z']) {
      expect(outcome(attribute(appt('Therapy', { recurrenceId }), feed, both, choices))).toBe('maria');
    }
    expect(outcome(attribute(appt('Therapy', { uid: 'other' }), feed, both, choices))).toBe('?maria,ken');
  });

  it('a choice beats even an email of another therapist', () => {
    expect(outcome(attribute(appt('x', { organizerEmail: 'scheduling@okafor.example' }), feed, both, choices))).toBe(
      'maria',
    );
  });

  it('"not a session" is remembered too', () => {
    expect(
      outcome(attribute(appt('Therapy with Ken Okafor'), feed, both, { [seriesKey('feed', 'series-1')]: null })),
    ).toBe('-');
  });

  it('a choice of a removed therapist falls back to the evidence', () => {
    expect(outcome(attribute(appt('Therapy with Ken Okafor'), feed, [ken], choices))).toBe('ken');
  });

  it('a calendar marked "every event is a session with …" gives every event to that therapist', () => {
    expect(outcome(attribute(appt('Dentist'), { ...feed, therapistId: 'ken' }, both))).toBe('ken');
  });

  it('ignores empty keywords and names', () => {
    expect(outcome(attribute(appt('Lunch'), feed, [therapist('x', '', { keywords: ['', ' '] })]))).toBe('-');
  });
});

describe('sessionLabel', () => {
  it.each([
    ['Therapy', 'Dr. Maria Alvarez', 'Therapy with Dr. Maria Alvarez'],
    [
      'Session with Dr. Maria Alvarez (extra session)',
      'Dr. Maria Alvarez',
      'Session with Dr. Maria Alvarez (extra session)',
    ],
    ['Okafor – weekly', 'Ken Okafor', 'Okafor – weekly'],
    ['Therapy', '', 'Therapy'],
  ])('%s + %s → %s', (title, name, label) => {
    expect(sessionLabel({ title }, { name })).toBe(label);
  });
});
