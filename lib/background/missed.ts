import { t } from '../i18n/ui';
import { browser, type Browser } from 'wxt/browser';
import { missedToAlert } from '../messages/missed';
import { NOTIFICATION_ICON } from '../reminders/icon';
import { quietHoursEnd } from '../reminders/schedule';
import { ownSessionFeed, type SessionFeed } from '../sessions';
import { userTimeZone } from '../time/user-zone';
import { getValue, update, write } from '../store/io';
import { missedNotifiedItem, panelSessionItem, settingsItem } from '../store/items';
import type { SessionView } from '../model/session-view';
import { sidebarAction } from '../panel/sidebar';
import { serially } from './serially';
import { popupPath, toolbar } from './toolbar';
import { DAY, HOUR } from '../time/units';

const ALARM = 'missed';
const PREFIX = 'missed:';
/** Sessions missed longer ago than this get no notification (e.g. a history found at install). */
const NOTIFY_WITHIN_MS = 48 * HOUR;
/** Notified keys are forgotten after this. */
const KEEP_MS = 60 * DAY;

type Sessions = (now: number) => Promise<SessionView[]>;

/** Opens the panel as a tab, where the browser refused to open it without a gesture. */
function openPanelTab(key: string | null): Promise<unknown> {
  const query = key ? `?${new URLSearchParams({ session: key })}` : '';
  return browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}${query}` });
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) for the session `key`. The `open` call is
 * the first thing that happens, synchronously: the user gesture that allows it does not
 * survive an `await` (DESIGN.md, browser rules). Firefox's background may open its sidebar only
 * while it handles user input (`userInput`: a click on the toolbar button); a message or a
 * notification click is not, so there it goes straight to the tab. Falls back to a tab when
 * the browser refuses. Resolves with where the panel opened.
 */
export function openPanel(
  key: string | null,
  where: { windowId?: number; userInput: boolean },
): Promise<'panel' | 'tab'> {
  let opening: Promise<void>;
  const sidebar = sidebarAction();
  try {
    if (browser.sidePanel) {
      // No window (a notification, the popup): the current one. Checked in Chromium: accepted.
      opening = browser.sidePanel.open({ windowId: where.windowId ?? browser.windows.WINDOW_ID_CURRENT });
    } else if (sidebar && where.userInput) {
      opening = sidebar.open();
    } else {
      opening = Promise.reject(new Error('The sidebar opens only in a user action.'));
    }
  } catch (error) {
    opening = Promise.reject(error);
  }
  void write(panelSessionItem, key);
  return opening.then(
    () => 'panel' as const,
    async () => {
      await openPanelTab(key);
      return 'tab' as const;
    },
  );
}

export const panelMessages = {
  /**
   * Open the side panel for a missed session (keeps the sender's user gesture in Chrome), or,
   * with `opened`, only show that session in the sidebar the page opened itself (Firefox).
   */
  openSidePanel(data: { key?: string; opened?: boolean }, sender: Browser.runtime.MessageSender): Promise<void> {
    // The page opened Firefox's sidebar in its own click handler: only which session to show.
    if (data.opened) return write(panelSessionItem, data.key ?? null).then(() => undefined);
    const where = {
      ...(sender.tab?.windowId === undefined ? {} : { windowId: sender.tab.windowId }),
      userInput: false,
    };
    return openPanel(data.key ?? null, where).then(() => undefined);
  },
};

/**
 * Missed-session recovery in the background. While a missed session is
 * unresolved, a click on the toolbar button opens the side panel instead of the popup; each
 * newly missed session gets one notification whose click opens the panel; pages and the
 * calendar add-on ask for the panel with the `openSidePanel` message (`panelMessages`). Re-evaluated at start,
 * on every change to the stored data and at the moment the next session could become missed.
 * Returns a function that removes every listener.
 */
export function initMissed(feed: SessionFeed = ownSessionFeed): () => void {
  const action = toolbar();
  const update = serially('Missed sessions', () => evaluate(feed.sessions, action));

  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === ALARM) update();
  };
  // Fires only while the popup is switched off, that is while a missed session is unresolved.
  const onActionClicked = (tab: Browser.tabs.Tab) => {
    void openPanel(null, { ...(tab.windowId === undefined ? {} : { windowId: tab.windowId }), userInput: true });
  };
  // In Firefox this opens the panel page in a tab: the message is one click away, and the
  // toolbar button opens the sidebar itself while the session is unresolved.
  const onNotificationClicked = (id: string) => {
    if (!id.startsWith(PREFIX)) return;
    void openPanel(id.slice(PREFIX.length), { userInput: false });
    void browser.notifications.clear(id);
  };

  browser.alarms.onAlarm.addListener(onAlarm);
  action.onClicked.addListener(onActionClicked);
  browser.notifications.onClicked.addListener(onNotificationClicked);
  const unwatch = feed.watch(update);

  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    action.onClicked.removeListener(onActionClicked);
    browser.notifications.onClicked.removeListener(onNotificationClicked);
    unwatch();
  };
}

/** What the toolbar button opens: the popup normally, the panel while a session is missed. */
async function setToolbarOpensPanel(action: typeof browser.action, panel: boolean): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const popup = panel ? '' : (manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html');
  // Written only on a change: compared as paths, since getPopup (and Firefox's manifest) give full URLs.
  const base = browser.runtime.getURL('/');
  if (popupPath(await action.getPopup({}), base) !== popupPath(popup, base)) await action.setPopup({ popup });
}

async function evaluate(sessions: Sessions, action: typeof browser.action): Promise<void> {
  const now = Date.now();
  const views = await sessions(now);
  const missed = missedToAlert(views);
  await setToolbarOpensPanel(action, missed.length > 0);
  // Quiet hours hold the notification (not the badge or the toolbar) until they end.
  const { quietHours } = await getValue(settingsItem);
  const quietUntil = quietHours ? quietHoursEnd(now, quietHours, userTimeZone()) : null;
  if (quietUntil === null) await notifyNew(missed, now);

  // A session becomes missed when its check-in window closes: wake then, or when quiet ends.
  const pending = views.filter(
    (s) => s.info.state === 'upcoming' || s.info.state === 'locked' || s.info.state === 'open',
  );
  const wakes = [...pending.map((s) => s.info.checkInCloses), ...(quietUntil ? [quietUntil] : [])].filter(
    (t) => t > now,
  );
  if (wakes.length) await browser.alarms.create(ALARM, { when: Math.min(...wakes) });
  else await browser.alarms.clear(ALARM);
}

/** The notification for a missed session. */
export function missedNotification(session: SessionView): { title: string; message: string } {
  return {
    title: t('background_missedTitle', { name: session.therapist.name }),
    message: t('background_missedMessage'),
  };
}

async function notifyNew(missed: SessionView[], now: number): Promise<void> {
  let fresh: SessionView[] = [];
  // Recorded before showing: after a crash in between, a notification is lost rather than doubled.
  await update(missedNotifiedItem, (notified) => {
    fresh = missed.filter((s) => !(s.appointment.key in notified));
    if (!fresh.length) return notified;
    const kept = Object.fromEntries(Object.entries(notified).filter(([, at]) => at > now - KEEP_MS));
    for (const s of fresh) kept[s.appointment.key] = now;
    return kept;
  });
  for (const s of fresh) {
    if (s.info.checkInCloses < now - NOTIFY_WITHIN_MS) continue;
    await browser.notifications.create(`${PREFIX}${s.appointment.key}`, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      ...missedNotification(s),
      priority: 1,
    });
  }
}
