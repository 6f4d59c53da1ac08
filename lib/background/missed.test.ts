import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_SOURCE } from '../demo';
import { appointment, NO_ATTENDANCE, policy, therapist } from '../../test/fixtures/sessions';
import { appointmentState } from '../policy/state';
import { ownSessionFeed } from '../sessions';
import { userTimeZone } from '../time/user-zone';
import { DEFAULT_SETTINGS } from '../model/settings';
import { seed, stored } from '../../test/store';
import { attendanceItem, missedNotifiedItem, panelSessionItem, settingsItem } from '../store/items';
import type { SessionView } from '../model/session-view';
import { initMissed } from './missed';
import { settled } from './serially';

const MIN = 60_000;
const H = 60 * MIN;
const zone = 'UTC';

/** A session starting `startsIn` ms from now (negative: in the past), in state at `now`. */
function sessions(startsIn: number, overrides: { sourceId?: string; resolved?: boolean } = {}) {
  return async (now: number): Promise<SessionView[]> => {
    const sourceId = overrides.sourceId ?? 'feed';
    const a = appointment(Date.now() + startsIn, { sourceId, key: `${sourceId}|session-1` });
    const attendance = overrides.resolved
      ? { ...NO_ATTENDANCE, resolutions: { [a.key]: { kind: 'sent' as const, at: now } } }
      : NO_ATTENDANCE;
    const info = appointmentState(a, policy(), attendance, now, { checkInBeforeMinutes: 15, userTimeZone: zone });
    return [{ appointment: a, therapist: therapist({ name: 'Dr Lee' }), info }];
  };
}

type SidePanel = { open: ReturnType<typeof vi.fn> };
let popup: string;
let sidePanel: SidePanel;
let stop: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  popup = 'chrome-extension://test/popup.html';
  // fakeBrowser leaves these unimplemented: a popup setting that remembers, and a side panel.
  vi.spyOn(fakeBrowser.action, 'getPopup').mockImplementation(async () => popup);
  vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ popup: p }) => {
    popup = p ? `chrome-extension://test/${p}` : '';
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ action: { default_popup: 'popup.html' } } as never);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://test${path}`);
  sidePanel = { open: vi.fn(async () => {}) };
  (fakeBrowser as unknown as { sidePanel: SidePanel }).sidePanel = sidePanel;
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
});

/** The feed for `initMissed`, counting its evaluations: each run reads the sessions once. */
function feed(deps: ReturnType<typeof sessions>) {
  return { ...ownSessionFeed, sessions: vi.fn(deps) };
}
/** Waits until the background has begun its `n`th evaluation, then until every queued run has ended. */
async function evaluated(f: ReturnType<typeof feed>, n = 1) {
  await vi.waitFor(() => expect(f.sessions.mock.calls.length).toBeGreaterThanOrEqual(n));
  await settled('Missed sessions');
}
const shown = async () =>
  Object.values(await fakeBrowser.notifications.getAll()).map((n) => (n as { title: string }).title);

describe('initMissed', () => {
  it.each<[string, ReturnType<typeof sessions>, string, string[]]>([
    [
      'ended 30 min ago, no check-in: the toolbar opens the panel, one notification',
      sessions(-80 * MIN),
      '',
      ['Missed your session with Dr Lee?'],
    ],
    ['upcoming: the popup stays', sessions(3 * H), 'chrome-extension://test/popup.html', []],
    ['in the check-in window: the popup stays', sessions(-10 * MIN), 'chrome-extension://test/popup.html', []],
    ['missed three days ago (found later): the panel, but no notification', sessions(-72 * H), '', []],
    [
      'missed but resolved: the popup stays',
      sessions(-80 * MIN, { resolved: true }),
      'chrome-extension://test/popup.html',
      [],
    ],
    [
      "the demo calendar's missed session: no alert",
      sessions(-80 * MIN, { sourceId: DEMO_SOURCE.id }),
      'chrome-extension://test/popup.html',
      [],
    ],
  ])('%s', async (_name, deps, expectedPopup, titles) => {
    const f = feed(deps);
    stop = initMissed(f);
    await evaluated(f);
    expect(popup).toBe(expectedPopup);
    expect(await shown()).toEqual(titles);
  });

  it('quiet hours hold the notification (not the toolbar) and wake when they end', async () => {
    const clock = (t: number) =>
      new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: userTimeZone(),
      }).format(t);
    await seed(settingsItem, {
      ...DEFAULT_SETTINGS,
      quietHours: { start: clock(Date.now() - H), end: clock(Date.now() + H) },
    });
    const f = feed(sessions(-80 * MIN));
    stop = initMissed(f);
    await evaluated(f);
    expect(popup).toBe('');
    expect(await shown()).toEqual([]);
    const alarm = await fakeBrowser.alarms.get('missed');
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + H - 2 * MIN);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + H);
  });

  it('notifies once: not again after a restart of the background', async () => {
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(-80 * MIN) });
    await vi.waitFor(async () => expect(await shown()).toHaveLength(1));
    expect(Object.keys(await stored(missedNotifiedItem))).toEqual(['feed|session-1']);
    stop();
    await fakeBrowser.notifications.clear('missed:feed|session-1');
    const restarted = feed(sessions(-80 * MIN));
    stop = initMissed(restarted);
    await evaluated(restarted);
    expect(await shown()).toEqual([]);
  });

  it('gives the popup back once the missed session is resolved, and writes it only on a change', async () => {
    let resolved = false;
    const f = feed((now) => sessions(-80 * MIN, { resolved })(now));
    stop = initMissed(f);
    await vi.waitFor(() => expect(popup).toBe(''));
    resolved = true;
    await seed(attendanceItem, { checkIns: {}, resolutions: { 'feed|session-1': { kind: 'sent', at: Date.now() } } });
    await vi.waitFor(() => expect(popup).toBe('chrome-extension://test/popup.html'));
    await evaluated(f);
    const writes = vi.mocked(fakeBrowser.action.setPopup).mock.calls.length;
    const runs = f.sessions.mock.calls.length;
    await seed(attendanceItem, {
      checkIns: {},
      resolutions: { 'feed|session-1': { kind: 'sent', at: Date.now() + 1 } },
    });
    await evaluated(f, runs + 1);
    expect(vi.mocked(fakeBrowser.action.setPopup).mock.calls.length).toBe(writes);
  });

  it('wakes when the next session can become missed', async () => {
    const start = Date.now() + 3 * H;
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(3 * H) });
    // 50 minutes long, 15 minutes' grace.
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get('missed'))?.scheduledTime).toBeGreaterThanOrEqual(start + 65 * MIN - 1000),
    );
  });

  it('a toolbar click opens the panel at once, in that window (before any await: the gesture)', async () => {
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(-80 * MIN) });
    void fakeBrowser.action.onClicked.trigger({ windowId: 7 } as chrome.tabs.Tab, undefined as never);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    await vi.waitFor(async () => expect(await stored(panelSessionItem)).toBeNull());
  });

  it.each<[string, () => Promise<void>, string | null]>([
    ['opens the side panel', async () => {}, null],
    [
      'falls back to the panel page in a tab when the browser refuses',
      () => Promise.reject(new Error('gesture')),
      'chrome-extension://test/sidepanel.html?session=feed%7Csession-1',
    ],
  ])('a notification click %s', async (_name, open, tabUrl) => {
    sidePanel.open.mockImplementation(open);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(-80 * MIN) });
    void fakeBrowser.notifications.onClicked.trigger('missed:feed|session-1');
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: fakeBrowser.windows.WINDOW_ID_CURRENT });
    await vi.waitFor(async () => expect(await stored(panelSessionItem)).toBe('feed|session-1'));
    // Once the open has settled, its fallback (if any) has asked for the tab.
    await Promise.allSettled(sidePanel.open.mock.results.map((r) => r.value as Promise<void>));
    expect(created.mock.calls.map(([c]) => c.url ?? null)).toEqual(tabUrl ? [tabUrl] : []);
  });

  it('in Firefox a notification click opens the panel page in a tab: the sidebar needs user input', async () => {
    delete (fakeBrowser as unknown as { sidePanel?: SidePanel }).sidePanel;
    const sidebar = { open: vi.fn(async () => {}) };
    (fakeBrowser as unknown as { sidebarAction: typeof sidebar }).sidebarAction = sidebar;
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(-80 * MIN) });
    void fakeBrowser.notifications.onClicked.trigger('missed:feed|session-1');
    await vi.waitFor(() =>
      expect(created).toHaveBeenCalledWith({ url: 'chrome-extension://test/sidepanel.html?session=feed%7Csession-1' }),
    );
    expect(sidebar.open).not.toHaveBeenCalled();
    // A click on the toolbar button is user input: there the sidebar opens.
    void fakeBrowser.action.onClicked.trigger({ windowId: 7 } as chrome.tabs.Tab, undefined as never);
    expect(sidebar.open).toHaveBeenCalledOnce();
    delete (fakeBrowser as unknown as { sidebarAction?: unknown }).sidebarAction;
  });

  it('writes the popup setting only on a change when the browser reports full URLs everywhere (Firefox)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      browser_action: { default_popup: 'chrome-extension://test/popup.html' },
    } as never);
    const f = feed(sessions(3 * H));
    stop = initMissed(f);
    await evaluated(f);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await evaluated(f, 2);
    expect(fakeBrowser.action.setPopup).not.toHaveBeenCalled();
  });

  it("ignores other features' notifications", async () => {
    stop = initMissed({ ...ownSessionFeed, sessions: sessions(-80 * MIN) });
    void fakeBrowser.notifications.onClicked.trigger('rem:deadline:1:2:feed|session-1');
    expect(sidePanel.open).not.toHaveBeenCalled();
  });
});
