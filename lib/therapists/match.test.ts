import { describe, expect, it } from 'vitest';
import type { Appointment } from '../calendar/appointment';
import { DEFAULT_POLICY } from '../policy/policy';
import type { Source } from '../sources/source';
import { matchTherapist } from './match';
import type { Therapist } from './therapist';

const therapist = (id: string, keywords: string[], organizerEmails: string[] = []): Therapist => ({
  id,
  name: id,
  email: `${id}@example.org`,
  portalUrl: '',
  policy: DEFAULT_POLICY,
  keywords,
  organizerEmails,
  focus: [],
});
const lee = therapist('lee', ['therapy', 'Dr Lee'], ['lee@clinic.example']);
const kim = therapist('kim', ['counselling']);
const feed: Source = { id: 's', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: null };
const appt = (title: string, organizerEmail?: string): Appointment => ({
  key: 'k',
  sourceId: 's',
  uid: 'u',
  recurrenceId: null,
  title,
  start: 0,
  end: 1,
  allDay: false,
  status: 'confirmed',
  timeZone: 'UTC',
  ...(organizerEmail ? { organizerEmail } : {}),
});

describe('matchTherapist', () => {
  it.each([
    ['a title keyword, any case', appt('Weekly THERAPY'), 'lee'],
    ['a keyword with a space', appt('Session with dr lee'), 'lee'],
    ['the second therapist', appt('Couples counselling'), 'kim'],
    ['the organizer email', appt('Appointment', 'LEE@clinic.example'), 'lee'],
    ['nothing matches', appt('Dentist'), null],
  ])('%s', (_, a, expected) => {
    expect(matchTherapist(a, feed, [lee, kim])?.id ?? null).toBe(expected);
  });

  it('gives every event of a source marked as sessions to its therapist', () => {
    expect(matchTherapist(appt('Dentist'), { ...feed, therapistId: 'kim' }, [lee, kim])?.id).toBe('kim');
  });

  it('ignores empty keywords', () => {
    expect(matchTherapist(appt('Lunch'), feed, [therapist('x', ['', ' '])])).toBeNull();
  });
});
