import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '../demo';
import { unneededOrigins } from './permissions';
import type { Source } from './source';

const feed = (id: string, url: string): Source => ({ id, kind: 'ics', name: id, url, therapistId: null });
const google: Source = { id: 'google:me', kind: 'google', calendarId: 'me', name: 'Me', therapistId: null };

describe('unneededOrigins', () => {
  it.each([
    [
      'the last feed of a host gives the host back',
      feed('a', 'https://cal.example/a.ics'),
      [google],
      ['https://cal.example/*'],
    ],
    [
      'another feed on the same host (any port) keeps it',
      feed('a', 'https://cal.example/a.ics'),
      [feed('b', 'https://cal.example:8443/b.ics')],
      [],
    ],
    [
      'a feed on another host does not',
      feed('a', 'https://cal.example/a.ics'),
      [feed('b', 'https://other.example/b.ics')],
      ['https://cal.example/*'],
    ],
    ['a Google calendar holds none of its own (the account does)', google, [], []],
    ['nor does the demo', DEMO_SOURCE, [], []],
  ])('%s', (_, removed, rest, expected) => {
    expect(unneededOrigins(removed, rest)).toEqual(expected);
  });
});
