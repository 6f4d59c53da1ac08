import { describe, expect, it } from 'vitest';
import { appointment, therapist } from '../../test/fixtures/sessions';
import type { Source } from '../sources/source';
import { seriesKey } from './attribute';
import { feedSummaries, seriesToAsk, summaryText } from './feed-summary';

const H = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 12);
const feed: Source = { id: 'feed', kind: 'ics', name: 'Clinic', url: 'https://x.example/a.ics', therapistId: null };
const maria = therapist({ id: 'maria', name: 'Dr. Maria Alvarez' });
const ken = therapist({ id: 'ken', name: 'Ken Okafor' });
// A weekly series with each, a bare "Therapy" series, and two other events.
const weekly = (uid: string, title: string, firstDay: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    appointment(NOW + (firstDay + 7 * i) * 24 * H, { key: `feed|${uid}|${i}`, uid, title, recurrenceId: String(i) }),
  );
const appointments = {
  feed: [
    ...weekly('alvarez', 'Therapy with Dr. Alvarez', 1, 9),
    ...weekly('okafor', 'Okafor session', 2, 3),
    ...weekly('bare', 'Therapy', 3, 2),
    appointment(NOW + 5 * H, { key: 'feed|lunch', uid: 'lunch', title: 'Lunch' }),
    appointment(NOW + 6 * H, { key: 'feed|budget', uid: 'budget', title: 'Team meeting about therapy budget' }),
  ],
};
const data = { sources: [feed], appointments, therapists: [maria, ken], seriesChoices: {} };

describe('feedSummaries', () => {
  it('counts sessions per therapist, the series to ask about, and what was ignored', () => {
    const [summary] = feedSummaries(data, NOW);
    expect(summary?.therapists.map((t) => [t.therapist.id, t.count, t.next.map((l) => l.appointment.uid)])).toEqual([
      ['maria', 9, ['alvarez']],
      ['ken', 3, ['okafor']],
    ]);
    expect(summary?.therapists[0]?.next[0]?.appointment.start).toBe(NOW + 24 * H);
    expect(summary?.unsure.map((l) => [l.appointment.uid, l.count, l.candidates.map((t) => t.id)])).toEqual([
      ['bare', 2, ['maria', 'ken']],
    ]);
    expect(summary?.ignored.count).toBe(2);
    expect(summary?.ignored.next.map((l) => l.appointment.uid)).toEqual(['lunch', 'budget']);
  });

  it('after a choice for the series, every occurrence moves to that therapist', () => {
    const chosen = { ...data, seriesChoices: { [seriesKey('feed', 'bare')]: 'ken' } };
    const [summary] = feedSummaries(chosen, NOW);
    expect(summary?.therapists.map((t) => [t.therapist.id, t.count])).toEqual([
      ['maria', 9],
      ['ken', 5],
    ]);
    expect(summary?.unsure).toEqual([]);
    expect(seriesToAsk(chosen, NOW)).toEqual([]);
  });

  it('asks about a series still ahead, not one long past', () => {
    const past = { ...data, appointments: { feed: weekly('bare', 'Therapy', -30, 1) } };
    expect(seriesToAsk(past, NOW)).toEqual([]);
    expect(seriesToAsk(data, NOW).map((l) => l.appointment.uid)).toEqual(['bare']);
  });
});

describe('summaryText', () => {
  it('says what the feed held', () => {
    const [summary] = feedSummaries(data, NOW);
    expect(summary && summaryText(summary, 'en')).toBe(
      '9 sessions with Dr. Maria Alvarez, 3 with Ken Okafor, 2 sessions to check, 2 other events ignored',
    );
  });

  it('an empty feed', () => {
    const [summary] = feedSummaries({ ...data, appointments: {} }, NOW);
    expect(summary && summaryText(summary, 'en')).toBe('No sessions found');
  });
});
