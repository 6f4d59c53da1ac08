import { browser, type Browser } from 'wxt/browser';
import { syncAll, syncChanged, syncSource, type SyncDeps } from '../sources/sync';
import { sourcesInEffect } from '../sources/in-effect';
import { migrateStorage } from '../store/migrate';
import { snapshot, watchStore } from '../store/snapshot';
import { userTimeZone } from '../time/user-zone';

const ALARM = 'sync';
const PERIOD_MINUTES = 30;

const deps = (): SyncDeps => ({ now: Date.now(), userTimeZone: userTimeZone(), fetch: (...a) => fetch(...a) });

let migration: Promise<void> | null = null;

/** Stored data brought up to this version's layout (once per worker) before anything syncs. */
function migrated(): Promise<void> {
  return (migration ??= migrateStorage().catch((error: unknown) => console.warn('Storage migration:', error)));
}

/** Sync one source, or all. Resolves when done; results land in storage. */
async function syncNow({ sourceId }: { sourceId?: string }): Promise<void> {
  await migrated();
  const sources = sourcesInEffect(await snapshot());
  const source = sources.find((s) => s.id === sourceId);
  await (source ? syncSource(source, deps()) : syncAll(deps()));
}

export const syncMessages = { syncNow };

/**
 * Syncs on install and browser start, every half hour, on demand, and when sources change.
 * Stored data is brought up to this version's layout first.
 */
export function initSync(): () => void {
  const ready = migrated();
  const after = (run: () => Promise<void>) => void ready.then(run);

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
    unwatch();
  };
}
