import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { syncAll, syncChanged, syncSource, type SyncDeps } from '../sources/sync';
import { sourcesInEffect } from '../sources/in-effect';
import { migrateStorage } from '../store/migrate';
import { snapshot, watchStore } from '../store/snapshot';
import { userTimeZone } from '../time/user-zone';

const ALARM = 'sync';
const PERIOD_MINUTES = 30;

const deps = (): SyncDeps => ({ now: Date.now(), userTimeZone: userTimeZone(), fetch: (...a) => fetch(...a) });

/**
 * Syncs on install and browser start, every half hour, on demand, and when sources change.
 * Stored data is brought up to this version's layout before anything syncs.
 */
export function initSync(): () => void {
  const migrated = migrateStorage().catch((error: unknown) => console.warn('Storage migration:', error));
  const after = (run: () => Promise<void>) => void migrated.then(run);

  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === ALARM) after(() => syncAll(deps()));
  };
  const onStart = () => after(() => syncAll(deps()));
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onInstalled.addListener(onStart);
  browser.runtime.onStartup.addListener(onStart);
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  });

  const stopMessages = onMessage('syncNow', async ({ sourceId }) => {
    await migrated;
    const raw = await snapshot();
    const sources = sourcesInEffect(raw);
    const source = sources.find((s) => s.id === sourceId);
    await (source ? syncSource(source, deps()) : syncAll(deps()));
  });

  // A change of the source list (or the demo switch): sync what is new, drop what is gone.
  let seen: string | null = null;
  const unwatch = watchStore((raw) => {
    const ids = sourcesInEffect(raw)
      .map((s) => s.id)
      .join(' ');
    const first = seen === null;
    if (ids === seen) return;
    seen = ids;
    if (!first) after(() => syncChanged(deps()));
  });

  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onInstalled.removeListener(onStart);
    browser.runtime.onStartup.removeListener(onStart);
    stopMessages();
    unwatch();
  };
}
