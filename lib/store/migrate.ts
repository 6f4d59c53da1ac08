import { browser } from 'wxt/browser';
import { entriesOf, readAll, writeRaw, type Raw } from './io';
import type { Item } from './item';
import { appointmentsFamily, LEGACY_KEYS, statusFamily, syncStateFamily } from './items';
import { withLock } from './lock';

/**
 * Version 1 kept every source's appointments, status and sync state in four shared records;
 * version 2 keeps them per source, so that a sync writes only its own. Run by the background
 * when it starts: the new keys are written in one `set`, then the old ones removed; a stop in
 * between leaves both, and readers prefer the new keys (lib/store/cache.ts).
 */
export function splitPerSource(raw: Raw): { entries: Raw; remove: string[] } {
  const values: [Item<unknown>, unknown][] = [];
  const record = (key: string): Record<string, unknown> => {
    const value = raw[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  };
  for (const [id, appointments] of Object.entries(record(LEGACY_KEYS.appointments))) {
    if (!(appointmentsFamily.of(id).key in raw)) values.push([appointmentsFamily.of(id) as Item<unknown>, appointments]);
  }
  for (const [id, status] of Object.entries(record(LEGACY_KEYS.status))) {
    if (!(statusFamily.of(id).key in raw)) values.push([statusFamily.of(id) as Item<unknown>, status]);
  }
  for (const key of [LEGACY_KEYS.icsState, LEGACY_KEYS.googleState]) {
    for (const [id, state] of Object.entries(record(key))) {
      if (!(syncStateFamily.of(id).key in raw)) values.push([syncStateFamily.of(id), state]);
    }
  }
  const remove = Object.values(LEGACY_KEYS).flatMap((key) => (key in raw ? [key, `${key}$`] : []));
  return { entries: entriesOf(values), remove };
}

/** Brings stored data up to this version's layout (once; later calls find nothing to do). */
export function migrateStorage(): Promise<void> {
  return withLock('migrate', async () => {
    const { entries, remove } = splitPerSource(await readAll());
    if (Object.keys(entries).length) await writeRaw(entries);
    if (remove.length) await browser.storage.local.remove(remove);
  });
}
