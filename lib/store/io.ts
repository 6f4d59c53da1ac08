import { browser } from 'wxt/browser';
import { metaKey, type Item } from './item';
import { withLock } from './lock';
import type { Notes } from './validate';

import type { Raw } from './first-read';

export type { Raw };

/** The version stored beside `key` (`{ v }` under `<key>$`). */
function versionIn(raw: Raw, key: string): number | undefined {
  const meta = raw[metaKey(key)];
  const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' ? v : undefined;
}

// A stored object keeps its identity until it changes, so a page that re-reads after a change
// validates only what changed.
const parsed = new WeakMap<object, { item: Item<unknown>; value: unknown; notes: Notes }>();

/** `item`'s value in a raw snapshot: migrated and validated; its notes added to `notes`. */
export function readFrom<T>(raw: Raw, item: Item<T>, notes: Notes = []): T {
  const stored = raw[item.key];
  if (typeof stored === 'object' && stored !== null) {
    const hit = parsed.get(stored);
    if (hit && hit.item === item) {
      notes.push(...hit.notes);
      return hit.value as T;
    }
    const own: Notes = [];
    const value = item.read(stored, versionIn(raw, item.key), own);
    parsed.set(stored, { item, value, notes: own });
    notes.push(...own);
    return value;
  }
  return item.read(stored, versionIn(raw, item.key), notes);
}

/** One read of the whole local area. */
export async function readAll(): Promise<Raw> {
  return (await browser.storage.local.get(null)) as Raw;
}

/** One read of the given items. */
export async function readItems(items: readonly Item<unknown>[]): Promise<Raw> {
  return (await browser.storage.local.get(items.flatMap((i) => [i.key, metaKey(i.key)]))) as Raw;
}

export async function getValue<T>(item: Item<T>): Promise<T> {
  return readFrom(await readItems([item]), item);
}

/** The entries of one write: a value for each item, stamped with its version. */
export function entriesOf(values: [Item<unknown>, unknown][]): Raw {
  const entries: Raw = {};
  for (const [item, value] of values) {
    entries[item.key] = value;
    entries[metaKey(item.key)] = { v: item.version };
  }
  return entries;
}

/** Plain words for a write the browser refused (the storage quota). */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}

/** Writes entries in one `storage.local.set` (all of them or none). For owner modules only. */
export async function writeRaw(entries: Raw): Promise<void> {
  try {
    await browser.storage.local.set(entries);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/quota/i.test(text)) {
      throw new StorageWriteError(
        'The browser has no room left for Session Keeper’s data, so this change was not saved.',
      );
    }
    throw new StorageWriteError(`This change could not be saved (${text}).`);
  }
}

/**
 * Changes one item atomically: read, `change`, write, while holding the item's lock, so that
 * writers in other extension contexts go one at a time. For owner modules only. A value that
 * had parts set aside on read is kept whole under `setAside:<key>` before it is replaced.
 * Returns the new value (the current one when `change` returns it unchanged).
 */
export function update<T>(item: Item<T>, change: (current: T) => T): Promise<T> {
  return withLock(item.key, async () => {
    const raw = await readItems([item]);
    const notes: Notes = [];
    const current = readFrom(raw, item, notes);
    const next = change(current);
    if (next === current) return current;
    const entries = entriesOf([[item as Item<unknown>, next]]);
    if (notes.length && raw[item.key] !== undefined) entries[`setAside:${item.key}`] = raw[item.key];
    await writeRaw(entries);
    return next;
  });
}

/** Replaces one item's value (still under its lock). For owner modules only. */
export function write<T>(item: Item<T>, value: T): Promise<T> {
  return update(item, () => value);
}
