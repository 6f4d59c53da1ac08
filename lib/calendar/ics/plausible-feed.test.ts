import { describe, expect, it } from 'vitest';
import { BINARY_CHARACTERS, damagedCopy, feedDamage, type FeedRead } from './plausible-feed';

const EVENT = 'BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260302T150000Z\r\nEND:VEVENT\r\n';
const FEED = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${EVENT}${EVENT}END:VCALENDAR\r\n`;
const junk = (n: number) => String.fromCharCode(...Array.from({ length: n }, (_, i) => (i % 2 ? 0x00 : 0xfffd)));

describe('feedDamage', () => {
  it.each<[string, string, string[]]>([
    ['a whole feed', FEED, []],
    ['a feed with LF line ends and no final line break', FEED.replaceAll('\r\n', '\n').trimEnd(), []],
    ['text after END:VCALENDAR', `${FEED}<!-- served by example -->\r\n`, []],
    ['lower-case names (RFC 5545 §2: case-insensitive)', FEED.toLowerCase(), []],
    ['a copy cut inside an event', FEED.slice(0, FEED.lastIndexOf('DTSTART')), ['truncated']],
    ['a copy cut just before END:VCALENDAR', FEED.slice(0, FEED.indexOf('END:VCALENDAR')), ['truncated']],
    ['two calendars, the second cut', `${FEED}BEGIN:VCALENDAR\r\n${EVENT}`, ['truncated']],
    ['binary inside the calendar', FEED.replace(EVENT, `BEGIN:VEVENT\r\n${junk(200)}\r\n`), ['binary']],
    ['a few stray control characters', FEED.replace('UID:a', `UID:a${junk(BINARY_CHARACTERS - 1)}`), []],
    ['binary and cut', `BEGIN:VCALENDAR\r\n${junk(64)}`, ['truncated', 'binary']],
  ])('%s → %j', (_name, text, damage) => expect(feedDamage(text)).toEqual(damage));
});

const read = (events: number, warnings = 0, damage: FeedRead['damage'] = []): FeedRead => ({ events, warnings, damage });

describe('damagedCopy', () => {
  it.each<[string, FeedRead, FeedRead, ReturnType<typeof damagedCopy>]>([
    // What the client would lose sessions to.
    ['2 sessions, a truncated copy with 1', read(2), read(1, 1, ['truncated']), 'truncated'],
    ['2 sessions, a truncated copy with none', read(2), read(0, 0, ['truncated']), 'truncated'],
    ['40 sessions, binary inside, 2 left', read(40), read(2, 9, ['binary']), 'binary'],
    ['40 sessions, 2 left among many unreadable events', read(40), read(2, 12), 'unreadable'],
    ['40 sessions, 19 left with 3 new warnings', read(40, 1), read(19, 4), 'unreadable'],
    // What must be taken as it is.
    ['the first read of a feed', read(0), read(1, 0, ['truncated']), null],
    ['a feed that shrinks cleanly', read(40), read(2), null],
    ['a feed that shrinks with one new broken event', read(40, 1), read(2, 3), null],
    ['a feed that loses half, not most, with many warnings', read(40), read(20, 9), null],
    ['a truncated copy that lost nothing', read(2), read(2, 0, ['truncated']), null],
    ['a copy with more events and junk', read(2), read(3, 20, ['binary']), null],
    ['a server that always omits END:VCALENDAR', read(10, 0, ['truncated']), read(8, 0, ['truncated']), null],
    ['a feed always in the wrong charset, cut this time', read(10, 0, ['binary']), read(9, 1, ['binary', 'truncated']), 'truncated'],
    ['an always-broken feed that shrinks', read(40, 30), read(4, 31), null],
  ])('%s', (_name, last, next, verdict) => expect(damagedCopy(last, next)).toBe(verdict));
});
