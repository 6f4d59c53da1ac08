import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/gcal/page';
import { encodeEventId } from './event-id';
import { chipMarkers, deadlineMarker } from './marker';
import { session } from './session.fixture';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 9);

describe('deadlineMarker', () => {
  it.each([
    ['deadline in 5 h', 'upcoming', NOW + 5 * HOUR, { text: '5h', label: 'Free cancellation ends in 5 h (Tue 14:00)' }],
    ['deadline in exactly 48 h', 'upcoming', NOW + 48 * HOUR, { text: '2d', label: 'Free cancellation ends in 2 days (Thu 09:00)' }],
    ['deadline in 49 h: not yet', 'upcoming', NOW + 49 * HOUR, null],
    ['deadline passed', 'locked', NOW - HOUR, null],
    ['checked in', 'attended', NOW + 5 * HOUR, null],
    ['cancelled', 'cancelled', NOW + 5 * HOUR, null],
  ] as const)('%s', (_name, state, deadline, expected) => {
    const s = session({ uid: 'u', start: deadline + 24 * HOUR }, { state, deadline });
    expect(deadlineMarker(s, NOW, 'en-GB', 'UTC')).toEqual(expected);
  });
});

describe('chipMarkers', () => {
  it('marks the chips of sessions whose free cancellation ends soon, and remembers matches', () => {
    const chip = readFixture('chip.html');
    const doc = parseHTML(`<html><body>${chip}${chip.replace(/data-eventid="[^"]+"/, `data-eventid="${encodeEventId('lunch4x8q2', 'a@m')}"`)}</body></html>`).document;
    const [therapy, lunch] = [...doc.querySelectorAll('[data-eventchip]')];
    const start = Date.UTC(2026, 11, 1, 15);
    const s = session({ uid: 'g', sourceId: 'google', start, googleEventId: '7h1hs0k3ab_20261201T150000Z' }, { deadline: NOW + 5 * HOUR });
    const matches = new Map();
    const options = { locale: 'en-GB', timeZone: 'UTC', displayLocale: 'en-GB' };
    const marks = chipMarkers([therapy!, lunch!], [s], NOW, options, matches);
    expect(marks.get(therapy!)?.text).toBe('5h');
    expect(marks.get(lunch!)).toBeNull();
    expect(matches.size).toBe(2);
    // Later renders use what was matched, not the page again, with the session's fresh state.
    therapy!.textContent = '';
    expect(chipMarkers([therapy!], [s], NOW + HOUR, options, matches).get(therapy!)?.text).toBe('4h');
    const checkedIn = { ...s, info: { ...s.info, state: 'attended' as const } };
    expect(chipMarkers([therapy!], [checkedIn], NOW + HOUR, options, matches).get(therapy!)).toBeNull();
  });
});
