import { describe, expect, it } from 'vitest';
import type { Source } from '../../sources/source';
import { googleSourceId, withGoogleCalendar, withoutGoogle } from './google-sources';

const feed: Source = { id: 'f1', kind: 'ics', url: 'https://example.org/a.ics', name: 'Feed', therapistId: null };
const me: Source = {
  id: googleSourceId('me@example.org'),
  kind: 'google',
  calendarId: 'me@example.org',
  name: 'Me',
  therapistId: 't1',
};

describe('Google calendars as sources', () => {
  it.each<[string, Source[], boolean, Source[]]>([
    ['adds a chosen calendar after the others', [feed], true, [feed, { ...me, therapistId: null, addedAt: 1_000 }]],
    ['keeps an already chosen calendar as it is (its therapist too)', [me, feed], true, [me, feed]],
    ['removes an unchosen calendar', [me, feed], false, [feed]],
    ['ignores unchoosing a calendar that was not chosen', [feed], false, [feed]],
  ])('%s', (_name, sources, chosen, expected) => {
    expect(withGoogleCalendar(sources, { calendarId: 'me@example.org', name: 'Me' }, chosen, 1_000)).toEqual(expected);
  });

  it('Disconnect leaves only the other sources', () => {
    expect(withoutGoogle([me, feed, { ...me, id: 'google:x', calendarId: 'x' }])).toEqual([feed]);
  });
});
