import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE, demoAppointments } from './demo';
import { appointment, NO_ATTENDANCE, therapist } from '../test/fixtures/sessions';
import { sessionsAhead, sessionViews, type SessionData } from './sessions';
import { DEFAULT_SETTINGS } from './model/settings';
import type { SentRequest } from './model/request';
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

  it.each<[string, 'sent' | 'failed', number, string]>([
    ['sent before it began is not missed', 'sent', -6, 'resolved'],
    ['that failed leaves it missed', 'failed', -6, 'missed'],
    ['sent after it ended leaves it missed (the follow-up resolves it)', 'sent', -1, 'missed'],
  ])('a cancellation request %s', (_, status, sentHoursAgo, state) => {
    const past = appointment(NOW - 5 * HOUR);
    const request: SentRequest = {
      id: 'r1',
      key: past.key,
      purpose: 'cancel',
      to: 'lee@example.org',
      toName: 'Dr Lee',
      subject: 'Cancelling',
      body: '',
      fromName: '',
      replyTo: null,
      createdAt: NOW + sentHoursAgo * HOUR,
      sendAt: NOW + sentHoursAgo * HOUR,
      status,
      sentAt: status === 'sent' ? NOW + sentHoursAgo * HOUR : null,
      error: null,
      failure: null,
      sessionStart: past.start,
    };
    const views = sessionViews({ ...data([feed], { feed: [past] }), sentRequests: { r1: request } }, NOW, 'UTC');
    expect(views.map((v) => v.info.state)).toEqual([state]);
  });

  it('gives the demo calendar its demo therapist', () => {
    const views = sessionViews(data([DEMO_SOURCE], { demo: demoAppointments(NOW, 'UTC') }), NOW, 'UTC');
    expect(views.map((v) => v.info.state)).toEqual(['missed', 'locked', 'upcoming']);
    expect(new Set(views.map((v) => v.therapist.name))).toEqual(new Set(['Dr Robin Lee']));
  });
});

describe('sessionsAhead', () => {
  // Two feeds, out of order, with past, current and future sessions and an event that is none.
  const other: Source = { ...feed, id: 'other' };
  const at = (source: string, uid: string, hours: number, patch: object = {}) =>
    appointment(NOW + hours * HOUR, { sourceId: source, key: `${source}|${uid}`, uid, ...patch });
  const stored = data([feed, other], {
    feed: [
      at('feed', 'f3', 30),
      at('feed', 'past', -30),
      at('feed', 'f1', 3),
      at('feed', 'dentist', 4, { title: 'Dentist' }),
    ],
    other: [at('other', 'f2', 5), at('other', 'now', -0.25), at('other', 'f4', 80), at('other', 'f5', 90)],
  });

  it('gives every session up to now and the next ones, as sessionViews does, and counts the rest', () => {
    const all = sessionViews(stored, NOW, 'UTC');
    const { views, later } = sessionsAhead(stored, NOW, 'UTC', 2);
    expect(views).toEqual(all.slice(0, 4));
    expect(views.map((v) => v.appointment.uid)).toEqual(['past', 'now', 'f1', 'f2']);
    expect(later).toBe(3);
  });

  it('agrees with sessionViews for any calendar, ties included', () => {
    const hours = fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 14 });
    fc.assert(
      fc.property(hours, hours, fc.integer({ min: 0, max: 5 }), (feedHours, otherHours, next) => {
        const stored = data([feed, other], {
          feed: feedHours.map((h, i) => at('feed', `f${i}`, h)),
          other: otherHours.map((h, i) => at('other', `o${i}`, h)),
        });
        const all = sessionViews(stored, NOW, 'UTC');
        const started = all.filter((v) => v.appointment.start <= NOW);
        const ahead = sessionsAhead(stored, NOW, 'UTC', next);
        expect(ahead.views).toEqual(all.slice(0, started.length + next));
        expect(ahead.later).toBe(Math.max(0, all.length - started.length - next));
      }),
    );
  });

  it('counts nothing later when the next ones are all there are', () => {
    const { views, later } = sessionsAhead(stored, NOW, 'UTC', 10);
    expect(views).toEqual(sessionViews(stored, NOW, 'UTC'));
    expect(later).toBe(0);
  });
});
