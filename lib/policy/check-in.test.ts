import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed, stored } from '../../test/store';
import { checkIn, undoCheckIn } from '../store/attendance';
import { attendanceItem } from '../store/items';
import { canUndo, withCheckIn, withoutCheckIn } from './check-in';
import { NO_ATTENDANCE } from '../../test/fixtures/sessions';

const T = Date.UTC(2026, 11, 2, 14);

describe('check-in, pure', () => {
  it('adds a check-in and keeps the first one', () => {
    const once = withCheckIn(NO_ATTENDANCE, 'k', T);
    expect(once.checkIns.k).toEqual({ at: T });
    expect(withCheckIn(once, 'k', T + 5000).checkIns.k).toEqual({ at: T });
  });

  it('removes only that check-in', () => {
    const two = withCheckIn(withCheckIn(NO_ATTENDANCE, 'a', T), 'b', T);
    expect(Object.keys(withoutCheckIn(two, 'a').checkIns)).toEqual(['b']);
  });

  it.each([
    ['right away', 0, true],
    ['after 59 s', 59_000, true],
    ['after a minute', 60_000, false],
    ['an hour later', 3_600_000, false],
  ])('undo %s: %s', (_name, after, allowed) => {
    expect(canUndo(withCheckIn(NO_ATTENDANCE, 'k', T), 'k', T + after)).toBe(allowed);
  });
});

describe('check-in, stored', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored durably under the appointment key', async () => {
    await checkIn('feed|uid|2026-12-02T14:00:00Z', T);
    expect((await stored(attendanceItem)).checkIns).toEqual({ 'feed|uid|2026-12-02T14:00:00Z': { at: T } });
  });

  it('can be undone within a minute, not after', async () => {
    await checkIn('k', T);
    expect(await undoCheckIn('k', T + 61_000)).toBe(false);
    expect((await stored(attendanceItem)).checkIns.k).toBeDefined();
    expect(await undoCheckIn('k', T + 30_000)).toBe(true);
    expect((await stored(attendanceItem)).checkIns.k).toBeUndefined();
  });

  it('keeps resolutions when checking in', async () => {
    await seed(attendanceItem, { checkIns: {}, resolutions: { old: { kind: 'sent', at: T } } });
    await checkIn('k', T);
    expect((await stored(attendanceItem)).resolutions.old).toEqual({ kind: 'sent', at: T });
  });
});
