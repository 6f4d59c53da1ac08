import { describe, expect, it } from 'vitest';
import { MAX_RETRY_WAIT, parseRetryAfter } from './retry-after';

const now = Date.parse('2026-12-01T14:00:00Z');

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it.each<[string | null, number | null]>([
    ['120', now + 120_000],
    [' 0 ', now],
    ['Tue, 01 Dec 2026 15:04:00 GMT', Date.parse('2026-12-01T15:04:00Z')],
    // The obsolete forms a recipient must still read (RFC 9110 §5.6.7).
    ['Tuesday, 01-Dec-26 15:04:00 GMT', Date.parse('2026-12-01T15:04:00Z')],
    ['Tue Dec  1 15:04:00 2026', Date.parse('2026-12-01T15:04:00Z')],
    // A date already past: ask again now.
    ['Tue, 01 Dec 2026 13:00:00 GMT', now],
    // A year's wait is capped to a day.
    ['31536000', now + MAX_RETRY_WAIT],
    [null, null],
    ['', null],
    ['soon', null],
    ['-5', null],
    ['1.5', null],
  ])('%j → %s', (header, at) => expect(parseRetryAfter(header, now)).toBe(at));
});
