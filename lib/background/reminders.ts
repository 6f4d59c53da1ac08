import { t, uiLocale } from '../i18n/ui';
import { browser, type Browser } from 'wxt/browser';
import { planReminders, reminderKey, type Reminder } from '../reminders/schedule';
import { ownSessionFeed, type SessionFeed } from '../sessions';
import { userTimeZone } from '../time/user-zone';
import { getValue, update } from '../store/io';
import { remindersSentItem, settingsItem } from '../store/items';
import { serially } from './serially';

const ALARM = 'reminders';
/** Sent ids older than this (by the moment in the id) are forgotten. */
const KEEP_MS = 30 * 24 * 3_600_000;
/** Chrome shows notification buttons; Firefox has none (MDN, NotificationOptions). */
const BUTTONS = import.meta.env.FIREFOX
  ? []
  : [{ title: t('background_buttonKeep') }, { title: t('background_buttonReschedule') }];

/**
 * Reminder notifications: before each deadline and when the check-in window
 * opens. Woken by its own alarm at the next due moment and by changes to the stored data;
 * sent ids are stored, so a restart shows nothing twice. Returns a function that removes
 * every listener.
 */
export function initReminders(feed: SessionFeed = ownSessionFeed): () => void {
  const update = serially('Reminders', () => remind(feed));
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === ALARM) update();
  };
  const onClicked = (id: string) => void open(id);
  const onButton = (id: string, index: number) => {
    if (index === 0)
      void browser.notifications.clear(id); // "Keep it"
    else void open(id, 'reschedule');
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  browser.notifications.onButtonClicked?.addListener(onButton);
  const unwatch = feed.watch(update);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
    browser.notifications.onButtonClicked?.removeListener(onButton);
    unwatch();
  };
}

async function remind(feed: SessionFeed): Promise<void> {
  const now = Date.now();
  const [sessions, settings, sent] = await Promise.all([
    feed.sessions(now),
    getValue(settingsItem),
    getValue(remindersSentItem),
  ]);
  const plan = planReminders(sessions, {
    settings,
    sent: new Set(sent),
    now,
    locale: uiLocale(),
    timeZone: userTimeZone(),
  });
  if (plan.markSent.length) {
    // Recorded before showing: after a crash in between, a reminder is lost rather than doubled.
    await update(remindersSentItem, (current) => [
      ...new Set([...current.filter((id) => momentOf(id) > now - KEEP_MS), ...plan.markSent]),
    ]);
  }
  for (const reminder of plan.notify) await show(reminder);
  if (plan.next === null) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when: plan.next });
}

async function show(reminder: Reminder): Promise<void> {
  await browser.notifications.create(reminder.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: reminder.title,
    message: reminder.message,
    ...(BUTTONS.length && reminder.kind === 'deadline' ? { buttons: BUTTONS } : {}),
  });
}

/**
 * Opens the popup page in a tab at the reminder's session (the popup honours `?session=`); only
 * the "Reschedule" button starts a message, a click on the notification itself just shows it.
 */
async function open(id: string, action?: 'reschedule'): Promise<void> {
  const key = reminderKey(id);
  if (key === null) return;
  await browser.notifications.clear(id);
  const query = new URLSearchParams(action ? { session: key, action } : { session: key });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${query}` });
}

function momentOf(id: string): number {
  return Number(id.split(':')[3] ?? 0);
}
