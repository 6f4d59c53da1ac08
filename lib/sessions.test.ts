import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE, demoAppointments } from './demo';
import { appointment, NO_ATTENDANCE, therapist } from '../test/fixtures/sessions';
import { sessionViews, type SessionData } from './sessions';
import { DEFAULT_SETTINGS } from './settings';
import type { Source } from './sources/source';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);
const feed: Source = { id: 'feed', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: null };
const lee = therapist({ id: 'lee', name: 'Dr Lee', keywords: ['therapy'] });

const data = (sources: Source[], appointments: SessionData['appointments']): SessionData => ({
  sources,
  appointments,
  therapists: [lee],
  attendance: NO_ATTENDANCE,
  settings: DEFAULT_SETTINGS,
  seriesChoices: {},
  notes: [],
});

describe('sessionViews', () => {
  it('keeps the events that are sessions, sorted by start, each with its therapist and state', () => {
    const later = appointment(NOW + 48 * HOUR, { key: 'feed|b', uid: 'b' });
    const sooner = appointment(NOW + 2 * HOUR, { key: 'feed|a', uid: 'a' });
    const dentist = appointment(NOW + HOUR, { key: 'feed|c', uid: 'c', title: 'Dentist' });
    const views = sessionViews(data([feed], { feed: [later, dentist, sooner] }), NOW, 'UTC');
    expect(views.map((v) => [v.appointment.uid, v.therapist.id, v.info.state])).toEqual([
      ['a', 'lee', 'locked'],
      ['b', 'lee', 'upcoming'],
    ]);
  });

  it.each<[string, Partial<Source>, object]>([
    ['a declined invitation', {}, { declined: true }],
    [
      'a session that ended over 48 hours before the calendar was added',
      { addedAt: NOW - HOUR },
      { start: NOW - 51 * HOUR, end: NOW - 50 * HOUR },
    ],
    ['an appointment of a source that is no longer there', { id: 'other' }, {}],
  ])('leaves out %s', (_, sourcePatch, apptPatch) => {
    const views = sessionViews(
      data([{ ...feed, ...sourcePatch } as Source], { feed: [appointment(NOW - 5 * HOUR, apptPatch)] }),
      NOW,
      'UTC',
    );
    expect(views).toEqual([]);
  });

  it('counts a session that ended after the calendar was added as missed', () => {
    const views = sessionViews(
      data([{ ...feed, addedAt: NOW - 10 * HOUR }], { feed: [appointment(NOW - 5 * HOUR)] }),
      NOW,
      'UTC',
    );
    expect(views.map((v) => v.info.state)).toEqual(['missed']);
  });

  it('shows a session missed in the 48 hours before the calendar was added as missed, never to be notified', () => {
    const views = sessionViews(
      data([{ ...feed, addedAt: NOW - HOUR }], { feed: [appointment(NOW - 30 * HOUR)] }),
      NOW,
      'UTC',
    );
    expect(views.map((v) => [v.info.state, v.startedBeforeAdded])).toEqual([['missed', true]]);
  });

  it('gives the demo calendar its demo therapist', () => {
    const views = sessionViews(data([DEMO_SOURCE], { demo: demoAppointments(NOW, 'UTC') }), NOW, 'UTC');
    expect(views.map((v) => v.info.state)).toEqual(['missed', 'locked', 'upcoming']);
    expect(new Set(views.map((v) => v.therapist.name))).toEqual(new Set(['Dr Robin Lee']));
  });
});
