import { browser } from 'wxt/browser';
import type { Appointment } from '../calendar/appointment';
import { errorText } from '../messaging';
import { statusOf } from '../store/cache';
import { entriesOf, readAll, readFrom, writeRaw } from '../store/io';
import { metaKey, type Item } from '../store/item';
import { appointmentsFamily, perSourceFamilies, statusFamily, syncStateFamily } from '../store/items';
import { withLock } from '../store/lock';
import { appointmentSchema } from '../store/schemas';
import { fitsBudget } from './budget';
import type { Source, SourceStatus } from './source';
import { sourcesInEffect } from './in-effect';
import { syncWindow } from './sync-window';
import { descriptorOf } from './registry';

// The sync orchestrator: the only writer of each source's cached appointments, sync state and
// status. A syncer reads; this module stores what it read, all of it in one write.

export interface SyncDeps {
  now: number;
  userTimeZone: string;
  fetch: typeof fetch;
}

const EMPTY_STATUS: SourceStatus = { lastSuccess: null, lastAttempt: null, error: null, warnings: [] };

/**
 * Syncs one source, one run at a time per source ("Sync now", the alarm and a source change
 * can overlap, and an incremental sync must start from what the previous one stored). A
 * failure is stored as words on the source's status and the last good appointments stay; it
 * never throws.
 */
export function syncSource(source: Source, deps: SyncDeps): Promise<void> {
  return withLock(`sync:${source.id}`, () => syncOnce(source, deps));
}

async function syncOnce(source: Source, deps: SyncDeps): Promise<void> {
  const raw = await readAll();
  const previous = readFrom(raw, appointmentsFamily.of(source.id));
  const old = statusOf(raw, source.id) ?? EMPTY_STATUS;
  const kind = descriptorOf(source);
  const storedState = readFrom(raw, syncStateFamily.of(source.id));
  const state = kind.state && storedState !== null ? (kind.state(storedState, []) ?? null) : null;

  // The server asked us to wait (Retry-After): keep its words until then.
  if (old.retryAt !== undefined && deps.now < old.retryAt) return;

  const values: [Item<unknown>, unknown][] = [];
  let status: SourceStatus;
  try {
    const result = await kind.sync(source, {
      now: deps.now,
      previous,
      state,
      window: syncWindow(deps.now),
      userTimeZone: deps.userTimeZone,
      fetch: deps.fetch,
    });
    if (result.kind === 'updated') {
      const appointments = result.appointments.map(compact);
      // A feed re-sent unchanged (no validators, or a server that ignores them) writes nothing.
      if (JSON.stringify(appointments) !== JSON.stringify(previous)) {
        fitsBudget(appointments, source.id, raw);
        values.push([appointmentsFamily.of(source.id) as Item<unknown>, appointments]);
      }
    }
    if (result.state !== undefined) values.push([syncStateFamily.of(source.id), result.state]);
    status = { lastSuccess: deps.now, lastAttempt: deps.now, error: null, warnings: result.warnings };
  } catch (error) {
    const retryAt = (error as { retryAt?: unknown }).retryAt;
    status = {
      ...old,
      lastAttempt: deps.now,
      error: errorText(error),
      ...(typeof retryAt === 'number' ? { retryAt } : {}),
    };
    if (typeof retryAt !== 'number') delete status.retryAt;
  }
  values.push([statusFamily.of(source.id) as Item<unknown>, status]);

  // A source removed while it synced stores nothing.
  if (!sourcesInEffect(await readAll()).some((s) => s.id === source.id)) return;
  try {
    await writeRaw(entriesOf(values));
  } catch (error) {
    // The appointments did not fit: keep the last good ones, say so.
    await writeRaw(
      entriesOf([
        [statusFamily.of(source.id) as Item<unknown>, { ...old, lastAttempt: deps.now, error: errorText(error) }],
      ]),
    );
  }
}

/** What is kept of an appointment: what the views and matching use (no descriptions). */
function compact(appointment: Appointment): Appointment {
  const { description: _description, ...kept } = appointment;
  // In the stored shape's field order (as a read gives it back), so that the comparison with
  // the last stored appointments finds an unchanged feed unchanged.
  return appointmentSchema(kept, []) ?? kept;
}

/** Syncs every source in effect side by side (one failing never blocks another). */
export async function syncAll(deps: SyncDeps): Promise<void> {
  const sources = sourcesInEffect(await readAll());
  await pruneRemoved(sources);
  await Promise.all(sources.map((source) => syncSource(source, deps)));
}

/** After the user changed the sources: sync those never synced, drop the removed ones' data. */
export async function syncChanged(deps: SyncDeps): Promise<void> {
  const raw = await readAll();
  const sources = sourcesInEffect(raw);
  await pruneRemoved(sources);
  await Promise.all(sources.filter((s) => !statusOf(raw, s.id)).map((source) => syncSource(source, deps)));
}

/** Drops the cached data, status and sync state of sources that no longer exist. */
export async function pruneRemoved(sources: Source[]): Promise<void> {
  const ids = new Set(sources.map((s) => s.id));
  const raw = await readAll();
  const gone = Object.keys(raw).filter((key) =>
    perSourceFamilies.some((family) => {
      const id = family.idOf(key);
      return id !== null && !ids.has(id);
    }),
  );
  const keys = [...gone, ...gone.map(metaKey)];
  if (keys.length) await browser.storage.local.remove(keys);
}
