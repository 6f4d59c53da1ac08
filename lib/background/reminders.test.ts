import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appointment, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { ownSessionFeed } from '../sessions';
import { stored } from '../../test/store';
import { remindersSentItem } from '../store/items';
import type { SessionView } from '../model/session-view';
import { initReminders } from './reminders';
import { settled } from './serially';

const H = 3_600_000;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A session whose deadline is 90 minutes away (the 2 h reminder is due). */
function makeSessions(start: number) {
  return async (now: number): Promise<SessionView[]> => {
    const a = appointment(start, { title: 'Therapy' });
    const p = policy({ fee: { amount: 80, currency: 'USD' } });
    return [
      {
        appointment: a,
        therapist: therapist(),
        info: appointmentState(a, p, NO_ATTENDANCE, now, { checkInBeforeMinutes: 15, userTimeZone: zone }),
      },
    ];
  };
}

describe('initReminders', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => stop?.());

  it('shows a due reminder once, with buttons, and schedules its alarm', async () => {
    const start = Date.now() + 25.5 * H;
    stop = initReminders({ ...ownSessionFeed, sessions: makeSessions(start) });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, chrome.notifications.NotificationOptions>;
    const [id, shown] = Object.entries(all)[0]!;
    expect(shown.title).toMatch(/^Free cancellation ends in 1 h (29|30) min$/);
    expect(shown.buttons?.map((b: { title: string }) => b.title)).toEqual(['Keep it', 'Reschedule']);
    expect(await stored(remindersSentItem)).toContain(id);
    // Next: the check-in window, 15 min before the start.
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get('reminders'))?.scheduledTime).toBe(start - 15 * 60_000),
    );

    // A restart of the background: nothing is shown twice.
    stop();
    await fakeBrowser.notifications.clear(id!);
    const restarted = vi.fn(makeSessions(start));
    stop = initReminders({ ...ownSessionFeed, sessions: restarted });
    // Its first run has begun (it reads the sessions), then every queued run has ended.
    await vi.waitFor(() => expect(restarted).toHaveBeenCalled());
    await settled('Reminders');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('"Reschedule" opens the popup for that session; "Keep it" only clears', async () => {
    const start = Date.now() + 25.5 * H;
    stop = initReminders({ ...ownSessionFeed, sessions: makeSessions(start) });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    const created = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    expect(created).not.toHaveBeenCalled();

    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 1);
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const url = new URL(created.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('session')).toBe('feed|session-1');
    expect(url.searchParams.get('action')).toBe('reschedule');
  });

  it('a click on the notification itself shows the session and starts no message', async () => {
    stop = initReminders({ ...ownSessionFeed, sessions: makeSessions(Date.now() + 25.5 * H) });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    created.mockClear();
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const url = new URL(created.mock.calls[0]![0].url!);
    expect(url.searchParams.get('session')).toBe('feed|session-1');
    expect(url.searchParams.has('action')).toBe(false);
  });
});
