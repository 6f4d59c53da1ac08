import { describe, expect, it } from 'vitest';
import type { SessionView } from '../ui-model/session-view';
import { encodeEventId, encodeImportedId, instanceSuffix, decodeEventId } from './event-id';
import { matchSession, mentionsDate } from './match';
import { session } from './session.fixture';

const TUE = Date.UTC(2026, 11, 1, 15); // Tue 1 Dec 2026 15:00 UTC
const WEEK = 7 * 24 * 3_600_000;
const options = { locale: 'en-US', timeZone: 'UTC' };

// A weekly series from a Google calendar, a weekly series and a single session from a feed,
// the demo, and two same-titled single sessions on different days.
const googleSeries = [0, 1].map((w) =>
  session({ uid: 'g1', sourceId: 'google', start: TUE + w * WEEK, recurrenceId: new Date(TUE + w * WEEK).toISOString(), googleEventId: `7h1hs0k3ab_${instanceSuffix(TUE + w * WEEK)}` }),
);
const feedSeries = [0, 1].map((w) =>
  session({ uid: 'weekly-7@clinic.example', start: TUE + w * WEEK, recurrenceId: new Date(TUE + w * WEEK).toISOString(), title: 'CBT session' }),
);
// An instance moved by an hour keeps its original time in the id (RECURRENCE-ID).
const moved = session({ uid: 'weekly-7@clinic.example', start: TUE + 2 * WEEK + 3_600_000, recurrenceId: new Date(TUE + 2 * WEEK).toISOString(), title: 'CBT session' });
const single = session({ uid: 'one-off@clinic.example', start: TUE + 2 * 86_400_000, title: 'Intake with Sam' });
const demo = session({ uid: 'demo-upcoming', sourceId: 'demo', start: TUE, title: 'Therapy with Dr Lee (demo)' });
const twins = [
  session({ uid: 'twin-a', start: Date.UTC(2026, 11, 3, 9), title: 'Check-in call' }),
  session({ uid: 'twin-b', start: Date.UTC(2026, 11, 10, 9), title: 'Check-in call' }),
];
const all: SessionView[] = [...googleSeries, ...feedSeries, moved, single, demo, ...twins];

const page = (eventId: string, texts: string[] = []) => ({ id: decodeEventId(encodeEventId(eventId, 'me@m'))!, texts });

describe('matchSession', () => {
  it.each<[string, ReturnType<typeof page>, SessionView | null]>([
    ['Google session by instance id', page(`7h1hs0k3ab_${instanceSuffix(TUE + WEEK)}`), googleSeries[1]!],
    ['Google id of another instance of the series: not stored, no strip', page(`7h1hs0k3ab_${instanceSuffix(TUE + 5 * WEEK)}`), null],
    ['feed series by imported UID and instance time', page(`${encodeImportedId('weekly-7@clinic.example')}_${instanceSuffix(TUE + WEEK)}`), feedSeries[1]!],
    ['feed instance that was moved, by its original time', page(`${encodeImportedId('weekly-7@clinic.example')}_${instanceSuffix(TUE + 2 * WEEK)}`), moved],
    ['feed single event by imported UID', page(encodeImportedId('one-off@clinic.example')), single],
    ['feed series by title and instance time', page(`x9k2ab_${instanceSuffix(TUE)}`, ['CBT session', 'Tuesday, December 1', '3:00 – 3:50pm']), feedSeries[0]!],
    ['title and instance time that do not meet', page(`x9k2ab_${instanceSuffix(TUE + 3_600_000)}`, ['CBT session']), null],
    ['single event by title and the date in the popup', page('q1w2e3r4', ['Intake with Sam', 'Thursday, December 3', '3:00 – 3:50pm']), single],
    ['title in a chip line', page('q1w2e3r4', ['3pm to 3:50pm, Intake with Sam, Accepted, December 3, 2026']), single],
    ['same title on another day', page('q1w2e3r4', ['Intake with Sam', 'Friday, December 4']), null],
    ['a title that only contains the session title', page('q1w2e3r4', ['Intake with Sam’s mum', 'Thursday, December 3']), null],
    ['a non-therapy event', page('lunch12345', ['Lunch with Alex', 'Thursday, December 3']), null],
    ['same-titled sessions told apart by date', page('t1t2t3t4', ['Check-in call', 'Thursday, December 10']), twins[1]!],
    ['the demo never matches', page('demoupcoming', ['Therapy with Dr Lee (demo)', 'Tuesday, December 1']), null],
  ])('%s', (_name, event, expected) => {
    expect(matchSession(event, all, options)).toBe(expected);
  });

  it('an event shared into two chosen calendars matches the calendar the page shows it from', () => {
    const id = 'sh4red01';
    const mine = session({ uid: id, sourceId: 'google:me@gmail.com', start: TUE, googleEventId: id });
    const work = session({ uid: id, sourceId: 'google:me@work.example', start: TUE, googleEventId: id });
    const from = (calendar: string) => ({ id: decodeEventId(encodeEventId(id, calendar))!, texts: [] });
    expect(matchSession(from('me@work.example'), [mine, work], options)).toBe(work);
    expect(matchSession(from('me@m'), [work, mine], options)).toBe(mine);
  });

  it('refuses when two sessions fit equally', () => {
    const again = session({ uid: 'twin-c', start: Date.UTC(2026, 11, 10, 17), title: 'Check-in call' });
    expect(matchSession(page('t1t2t3t4', ['Check-in call', 'Thursday, December 10']), [...twins, again], options)).toBeNull();
  });
});

describe('mentionsDate', () => {
  const dec1 = Date.UTC(2026, 11, 1, 15);
  it.each([
    ['en-US', 'Tuesday, December 1 ⋅ 3:00 – 3:50pm', true],
    ['en-US', 'Tuesday, December 11', false],
    ['en-US', 'Thursday, November 1', false],
    ['en-GB', 'Tuesday 1 December', true],
    ['de-DE', 'Dienstag, 1. Dezember ⋅ 15:00–15:50', true],
    ['fr-FR', 'mardi 1 décembre', true],
    ['ja-JP', '12月1日 (火曜日) ⋅ 15:00～15:50', true],
    ['ja-JP', '12月11日', false],
  ])('%s: %s → %s', (locale, text, expected) => {
    expect(mentionsDate(text, dec1, locale, 'UTC')).toBe(expected);
  });

  it('reads the date in the calendar’s zone', () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Berlin.
    expect(mentionsDate('Wednesday, December 2', Date.UTC(2026, 11, 1, 23, 30), 'en-US', 'Europe/Berlin')).toBe(true);
  });
});
