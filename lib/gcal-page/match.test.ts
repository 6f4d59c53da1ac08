import { describe, expect, it } from 'vitest';
import type { SessionView } from '../ui-model/session-view';
import { decodeEventId, encodeEventId, encodeImportedId, instanceSuffix } from './event-id';
import { indexSessions, matchEvent, type PageEvent } from './match';
import { session } from '../../test/fixtures/sessions';
import { monthNames } from './when';

const TUE = Date.UTC(2026, 11, 1, 15); // Tue 1 Dec 2026 15:00 UTC
const DAY = 24 * 3_600_000;
const WEEK = 7 * DAY;
const context = { months: monthNames(['en-US']), shown: TUE };

// A weekly series from a Google calendar, a weekly series and a single session from a feed,
// the demo, and same-titled single sessions on different days.
const googleSeries = [0, 1].map((w) =>
  session({
    uid: 'g1',
    sourceId: 'google',
    start: TUE + w * WEEK,
    recurrenceId: new Date(TUE + w * WEEK).toISOString(),
    googleEventId: `7h1hs0k3ab_${instanceSuffix(TUE + w * WEEK)}`,
  }),
);
const feedSeries = [0, 1].map((w) =>
  session({
    uid: 'weekly-7@clinic.example',
    start: TUE + w * WEEK,
    recurrenceId: new Date(TUE + w * WEEK).toISOString(),
    title: 'CBT session',
  }),
);
// An instance moved by an hour keeps its original time in the id (RECURRENCE-ID).
const moved = session({
  uid: 'weekly-7@clinic.example',
  start: TUE + 2 * WEEK + 3_600_000,
  recurrenceId: new Date(TUE + 2 * WEEK).toISOString(),
  title: 'CBT session',
});
const single = session({ uid: 'one-off@clinic.example', start: TUE + 2 * DAY, title: 'Intake with Sam' });
const demo = session({ uid: 'demo-upcoming', sourceId: 'demo', start: TUE, title: 'Therapy with Dr Lee (demo)' });
const twins = [
  session({ uid: 'twin-a', start: Date.UTC(2026, 11, 3, 9), title: 'Check-in call' }),
  session({ uid: 'twin-b', start: Date.UTC(2026, 11, 10, 9), title: 'Check-in call' }),
];
// Same title on the 1st at 20:28 and on the 28th: the minutes must not read as the day.
const evening = [
  session({ uid: 'eve-1', start: Date.UTC(2026, 11, 1, 20, 28), title: 'Evening group' }),
  session({ uid: 'eve-28', start: Date.UTC(2026, 11, 28, 19), title: 'Evening group' }),
];
const allDay = session({
  uid: 'retreat',
  start: Date.UTC(2026, 11, 5),
  end: Date.UTC(2026, 11, 7),
  allDay: true,
  title: 'Retreat',
});
const all: SessionView[] = [...googleSeries, ...feedSeries, moved, single, demo, ...twins, ...evening, allDay];
const index = indexSessions(all, 'UTC');

const popup = (eventId: string, title: string | null = null, when = ''): PageEvent => ({
  id: decodeEventId(encodeEventId(eventId, 'me@m'))!,
  title,
  when,
  texts: title ? [title, when] : [],
});
const chip = (eventId: string, label: string): PageEvent => ({ ...popup(eventId), when: label, texts: [label] });
const key = (s: SessionView | null) => s?.appointment.key ?? null;

describe('matchEvent', () => {
  it.each<[string, PageEvent, SessionView | null]>([
    ['Google session by instance id', popup(`7h1hs0k3ab_${instanceSuffix(TUE + WEEK)}`), googleSeries[1]!],
    [
      'Google id of another instance of the series: not stored, no strip',
      popup(`7h1hs0k3ab_${instanceSuffix(TUE + 5 * WEEK)}`),
      null,
    ],
    [
      'feed series by imported UID and instance time',
      popup(`${encodeImportedId('weekly-7@clinic.example')}_${instanceSuffix(TUE + WEEK)}`),
      feedSeries[1]!,
    ],
    [
      'feed instance that was moved, by its original time',
      popup(`${encodeImportedId('weekly-7@clinic.example')}_${instanceSuffix(TUE + 2 * WEEK)}`),
      moved,
    ],
    ['feed single event by imported UID', popup(encodeImportedId('one-off@clinic.example')), single],
    [
      'feed series by title and instance time',
      popup(`x9k2ab_${instanceSuffix(TUE)}`, 'CBT session', 'Tuesday, December 1 ⋅ 3:00 – 3:50pm'),
      feedSeries[0]!,
    ],
    [
      'title and instance time that do not meet',
      popup(`x9k2ab_${instanceSuffix(TUE + 3_600_000)}`, 'CBT session'),
      null,
    ],
    [
      'single event by title and the popup’s date and time',
      popup('q1w2e3r4', 'Intake with Sam', 'Thursday, December 3 ⋅ 3:00 – 3:50pm'),
      single,
    ],
    [
      'the right day but another time',
      popup('q1w2e3r4', 'Intake with Sam', 'Thursday, December 3 ⋅ 4:00 – 4:50pm'),
      null,
    ],
    ['title in a chip’s label', chip('q1w2e3r4', '3pm to 3:50pm, Intake with Sam, Accepted, December 3, 2026'), single],
    ['same title on another day', popup('q1w2e3r4', 'Intake with Sam', 'Friday, December 4 ⋅ 3:00 – 3:50pm'), null],
    [
      'a title that only contains the session title',
      popup('q1w2e3r4', 'Intake with Sam’s mum', 'Thursday, December 3 ⋅ 3:00 – 3:50pm'),
      null,
    ],
    ['a non-therapy event', popup('lunch12345', 'Lunch with Alex', 'Thursday, December 3 ⋅ 3:00 – 3:50pm'), null],
    [
      'same-titled sessions told apart by date',
      popup('t1t2t3t4', 'Check-in call', 'Thursday, December 10 ⋅ 9:00 – 9:50am'),
      twins[1]!,
    ],
    [
      '8:28 PM on the 1st, with a same-titled session on the 28th',
      popup('e1e2e3e4', 'Evening group', 'Tuesday, December 1 ⋅ 8:28 – 9:18 PM'),
      evening[0]!,
    ],
    [
      'the session on the 28th',
      popup('e1e2e3e4', 'Evening group', 'Monday, December 28 ⋅ 7:00 – 7:50 PM'),
      evening[1]!,
    ],
    ['an all-day session', popup('r1r2r3r4', 'Retreat', 'December 5 – 7, 2026'), allDay],
    ['an all-day popup for a timed session', popup('q1w2e3r4', 'Intake with Sam', 'Thursday, December 3'), null],
    [
      'a year that does not fit',
      popup('q1w2e3r4', 'Intake with Sam', 'Friday, December 3, 2027 ⋅ 3:00 – 3:50pm'),
      null,
    ],
    [
      'the demo never matches',
      popup('demoupcoming', 'Therapy with Dr Lee (demo)', 'Tuesday, December 1 ⋅ 3:00 – 3:50pm'),
      null,
    ],
  ])('%s', (_name, event, expected) => {
    expect(matchEvent(event, index, context)).toBe(key(expected));
  });

  it('an event shared into two chosen calendars matches the calendar the page shows it from', () => {
    const id = 'sh4red01';
    const mine = session({ uid: id, sourceId: 'google:me@gmail.com', start: TUE, googleEventId: id });
    const work = session({ uid: id, sourceId: 'google:me@work.example', start: TUE, googleEventId: id });
    const both = indexSessions([mine, work], 'UTC');
    const from = (calendar: string): PageEvent => ({
      id: decodeEventId(encodeEventId(id, calendar))!,
      title: null,
      when: '',
      texts: [],
    });
    expect(matchEvent(from('me@work.example'), both, context)).toBe(key(work));
    expect(matchEvent(from('me@m'), both, context)).toBe(key(mine));
  });

  it('reads the date in the zone the page shows', () => {
    // 23:30 UTC on 1 Dec is 00:30 on 2 Dec in Berlin.
    const late = session({ uid: 'late', start: Date.UTC(2026, 11, 1, 23, 30), title: 'Late call' });
    const berlin = indexSessions([late], 'Europe/Berlin');
    expect(matchEvent(popup('l1l2l3l4', 'Late call', 'Wednesday, December 2 ⋅ 12:30 – 1:20am'), berlin, context)).toBe(
      key(late),
    );
    expect(
      matchEvent(popup('l1l2l3l4', 'Late call', 'Tuesday, December 1 ⋅ 11:30pm – 12:20am'), berlin, context),
    ).toBeNull();
  });

  describe('ties', () => {
    // The same date and time a year apart: a popup of the current year leaves the year out.
    const thisYear = session({ uid: 'y1', start: TUE, title: 'Annual review' });
    const nextYear = session({ uid: 'y2', start: Date.UTC(2027, 11, 1, 15), title: 'Annual review' });
    const yearly = indexSessions([thisYear, nextYear], 'UTC');
    const event = popup('a1a2a3a4', 'Annual review', 'December 1 ⋅ 3:00 – 3:50pm');

    it('go to the session nearest the week the grid shows', () => {
      expect(matchEvent(event, yearly, { ...context, shown: TUE + DAY })).toBe(key(thisYear));
      expect(matchEvent(event, yearly, { ...context, shown: Date.UTC(2027, 10, 29) })).toBe(key(nextYear));
    });

    it('as near as each other: no match', () => {
      const twin = session({ uid: 'dup', sourceId: 'other-feed', start: TUE, title: 'Annual review' });
      expect(matchEvent(event, indexSessions([thisYear, twin], 'UTC'), context)).toBeNull();
    });
  });
});
