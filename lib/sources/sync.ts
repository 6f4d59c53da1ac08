import { syncGoogle } from '../calendar/google/sync-google';
import { syncIcs } from '../calendar/ics/sync-ics';
import { effectiveSources, syncDemo } from '../demo';
import { errorText } from '../messaging';
import {
  appointmentsItem,
  demoEnabledItem,
  googleSyncStateItem,
  icsHttpCacheItem,
  sourcesItem,
  sourceStatusItem,
} from '../storage';
import type { Source, SourceStatus } from './source';
import { syncWindow } from './sync-window';
import type { SourceSyncer } from './syncer';


type Syncers = { [K in Source['kind']]: SourceSyncer<Extract<Source, { kind: K }>> };
const syncers: Syncers = { ics: syncIcs, google: syncGoogle, demo: syncDemo };

function syncerFor(source: Source): SourceSyncer {
  return syncers[source.kind] as SourceSyncer;
}

export interface SyncDeps {
  now: number;
  userTimeZone: string;
  fetch: typeof fetch;
}

// Syncs run side by side; their read-modify-write of shared storage items goes one at a time.
let writes: Promise<unknown> = Promise.resolve();
function serialized<T>(write: () => Promise<T>): Promise<T> {
  const next = writes.then(write, write);
  writes = next.catch(() => undefined);
  return next;
}

/** A source still in effect (it may have been removed while it synced). */
async function stillThere(id: string): Promise<boolean> {
  const current = effectiveSources(await sourcesItem.getValue(), await demoEnabledItem.getValue());
  return current.some((s) => s.id === id);
}

// One sync of a source at a time: "Sync now", the alarm and a source change can overlap, and
// an incremental sync must start from what the previous one stored.
const queues = new Map<string, Promise<void>>();

/**
 * Syncs one source. A failure is stored as words on the source's status and the last good
 * appointments stay; it never throws.
 */
export function syncSource(source: Source, deps: SyncDeps): Promise<void> {
  const run = (queues.get(source.id) ?? Promise.resolve()).then(() => syncOnce(source, deps));
  queues.set(source.id, run);
  void run.finally(() => {
    if (queues.get(source.id) === run) queues.delete(source.id);
  });
  return run;
}

async function syncOnce(source: Source, deps: SyncDeps): Promise<void> {
  const previous = (await appointmentsItem.getValue())[source.id] ?? [];
  let status: Partial<SourceStatus>;
  try {
    const result = await syncerFor(source)(source, {
      now: deps.now,
      previous,
      window: syncWindow(deps.now),
      userTimeZone: deps.userTimeZone,
      fetch: deps.fetch,
    });
    if (result.kind === 'updated') {
      await serialized(async () => {
        if (!(await stillThere(source.id))) return;
        await appointmentsItem.setValue({ ...(await appointmentsItem.getValue()), [source.id]: result.appointments });
        await result.afterStore?.();
      });
    }
    status = { lastSuccess: deps.now, error: null, warnings: result.warnings };
  } catch (error) {
    status = { error: errorText(error) };
  }
  await serialized(async () => {
    if (!(await stillThere(source.id))) return;
    const all = await sourceStatusItem.getValue();
    const old = all[source.id] ?? { lastSuccess: null, lastAttempt: null, error: null, warnings: [] };
    await sourceStatusItem.setValue({ ...all, [source.id]: { ...old, ...status, lastAttempt: deps.now } });
  });
}

/** Syncs every source in effect side by side (one failing never blocks another). */
export async function syncAll(deps: SyncDeps): Promise<void> {
  const sources = effectiveSources(await sourcesItem.getValue(), await demoEnabledItem.getValue());
  await pruneRemoved(sources);
  await Promise.all(sources.map((source) => syncSource(source, deps)));
}

/** After the user changed the sources: sync the new ones, drop the removed ones' data. */
export async function syncChanged(before: Source[], deps: SyncDeps): Promise<void> {
  const sources = effectiveSources(await sourcesItem.getValue(), await demoEnabledItem.getValue());
  await pruneRemoved(sources);
  const known = new Set(before.map((s) => s.id));
  await Promise.all(sources.filter((s) => !known.has(s.id)).map((source) => syncSource(source, deps)));
}

/** Drops the cached data, status and sync records of sources that no longer exist. */
async function pruneRemoved(sources: Source[]): Promise<void> {
  const ids = new Set(sources.map((s) => s.id));
  const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  await serialized(async () => {
    await appointmentsItem.setValue(keep(await appointmentsItem.getValue()));
    await sourceStatusItem.setValue(keep(await sourceStatusItem.getValue()));
    await icsHttpCacheItem.setValue(keep(await icsHttpCacheItem.getValue()));
    await googleSyncStateItem.setValue(keep(await googleSyncStateItem.getValue()));
  });
}
