import { browser, type Browser } from 'wxt/browser';
import { effectiveSources } from '../demo';
import { onMessage } from '../messaging';
import { userTimeZone } from '../time/user-zone';
import { demoEnabledItem, sourcesItem } from '../storage';
import { syncAll, syncChanged, syncSource, type SyncDeps } from '../sources/sync';

const ALARM = 'sync';
const PERIOD_MINUTES = 30;

const deps = (): SyncDeps => ({ now: Date.now(), userTimeZone: userTimeZone(), fetch: (...a) => fetch(...a) });

/** Syncs on install and browser start, every half hour, on demand, and when sources change. */
export function initSync(): () => void {
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === ALARM) void syncAll(deps());
  };
  const onStart = () => void syncAll(deps());
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onInstalled.addListener(onStart);
  browser.runtime.onStartup.addListener(onStart);
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  });

  const stopMessages = onMessage('syncNow', async ({ sourceId }) => {
    const sources = effectiveSources(await sourcesItem.getValue(), await demoEnabledItem.getValue());
    const source = sources.find((s) => s.id === sourceId);
    await (source ? syncSource(source, deps()) : syncAll(deps()));
  });
  const unwatchSources = sourcesItem.watch((_sources, before) => void syncChanged(before ?? [], deps()));
  const unwatchDemo = demoEnabledItem.watch(() => void syncChanged([], deps()));

  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onInstalled.removeListener(onStart);
    browser.runtime.onStartup.removeListener(onStart);
    stopMessages();
    unwatchSources();
    unwatchDemo();
  };
}
