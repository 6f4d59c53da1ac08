import { describe, expect, it } from 'vitest';
import { appointment, NO_ATTENDANCE, therapist } from '../../test/fixtures/sessions';
import type { SessionData } from '../sessions';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Source } from '../sources/source';
import { CalendarAnswers } from './answers';
import { encodeEventId } from './event-id';
import type { CalendarQuery } from './lookup';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 9);
const feed: Source = { id: 'feed', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: null };
const lee = therapist({ id: 'lee', name: 'Dr Lee', keywords: ['therapy'] });
// Tomorrow 15:00 UTC: free cancellation (24 h notice) ends today at 15:00, in 6 h.
const start = Date.UTC(2026, 11, 2, 15);
const cbt = appointment(start, { key: 'feed|cbt', uid: 'cbt', title: 'CBT therapy', timeZone: 'UTC' });
const data = (settings = DEFAULT_SETTINGS): SessionData => ({
  sources: [feed],
  appointments: { feed: [cbt] },
  therapists: [lee],
  attendance: NO_ATTENDANCE,
  settings,
  seriesChoices: {},
  notes: [],
});

const id = encodeEventId('k4x9q0aa', 'robin@m');
const query = (over: Partial<CalendarQuery> = {}): CalendarQuery => ({
  chips: [],
  popup: null,
  path: '/calendar/r',
  languages: ['en'],
  ...over,
});
const chip = { id, texts: ['3pm to 3:50pm, CBT therapy, Robin Client, Accepted, December 2, 2026'] };
const popup = { id, title: 'CBT therapy', when: 'Wednesday, December 2 ⋅ 3:00 – 3:50pm', texts: [] };

describe('CalendarAnswers', () => {
  it('names the session of a chip, with its marker plan and the session itself', () => {
    const answer = new CalendarAnswers(data(), 'UTC', 'en-GB').answer(query({ chips: [chip] }), NOW);
    expect(answer.chips).toMatchObject([
      { key: 'feed|cbt', marker: { deadline: start - 24 * HOUR, until: start - 24 * HOUR, at: 'Tue 15:00' } },
    ]);
    // The marker's words come from the catalogue, with the count left for the page to put in.
    expect(answer.chips[0]?.marker?.words.short).toEqual(['{n}m', '{n}h', '{n}d', '<1m']);
    expect(answer.sessions['feed|cbt']?.info.state).toBe('upcoming');
    expect(answer.popup).toBeNull();
    expect(answer.timeZone).toBe('UTC');
  });

  it.each([
    ['its date and time', 'Wednesday, December 2 ⋅ 3:00 – 3:50pm', 'feed|cbt'],
    ['another time that day', 'Wednesday, December 2 ⋅ 4:00 – 4:50pm', null],
    // "3:02" names no day: the 2nd's session is not this one of the 1st.
    ['the 1st at 3:02', 'Tuesday, December 1 ⋅ 3:02 – 3:50pm', null],
  ])('matches a popup by its title and "when" line: %s', (_name, when, key) => {
    const answer = new CalendarAnswers(data(), 'UTC', 'en-GB').answer(query({ popup: { ...popup, when } }), NOW);
    expect(answer.popup).toBe(key);
    expect(Object.keys(answer.sessions)).toEqual(key ? [key] : []);
  });

  it('answers null for events that are not sessions, or ids that are not Google’s', () => {
    const answers = new CalendarAnswers(data(), 'UTC', 'en-GB');
    const chips = [
      { id: encodeEventId('zz1', 'robin@m'), texts: ['10am, Team sync, December 2, 2026'] },
      { id: 'tasks_7h1hs0k3ab!', texts: chip.texts },
    ];
    expect(answers.answer(query({ chips }), NOW).chips).toEqual([
      { key: null, marker: null },
      { key: null, marker: null },
    ]);
  });

  it('gives no marker when the client turned grid markers off', () => {
    const off = new CalendarAnswers(data({ ...DEFAULT_SETTINGS, gridMarkers: false }), 'UTC', 'en-GB');
    expect(off.answer(query({ chips: [chip] }), NOW).chips).toEqual([{ key: 'feed|cbt', marker: null }]);
  });

  it('says the state at the time of the question, not of the data change', () => {
    const answers = new CalendarAnswers(data(), 'UTC', 'en-GB');
    expect(answers.answer(query({ popup }), NOW).sessions['feed|cbt']?.info.state).toBe('upcoming');
    const later = answers.answer(query({ popup }), start - 20 * HOUR);
    expect(later.sessions['feed|cbt']?.info.state).toBe('locked');
  });
});
