import { t } from '../i18n/ui';
import type { MessageKey } from '../i18n/translator';
import type { Notes, Validator } from './validate';

/**
 * One stored value: its key in `storage.local`, its version and how to read every earlier
 * shape of it. Versions live beside the value under `<key>$` as `{ v }` (the layout of WXT's
 * storage items, so values saved by earlier builds keep their versions).
 */
export interface Item<T> {
  readonly key: string;
  readonly version: number;
  readonly fallback: T;
  /** Reads a stored value of any earlier version: migrated, then validated; never throws. */
  read(raw: unknown, storedVersion: number | undefined, notes: Notes): T;
}

/** `migrations[n]` turns a value of version n - 1 into version n. */
export type Migrations = Record<number, (old: unknown) => unknown>;

export interface ItemSpec<T> {
  key: string;
  version: number;
  fallback: T;
  schema: Validator<T>;
  migrations?: Migrations;
  /**
   * What the value is, for the note when none of it can be read: the name of its pair of
   * whole sentences in the `errors2` area (`Settings`: `errors2_itemSettingsUnread`, `…Outdated`),
   * or (tests) an English noun phrase ("your settings").
   */
  what: ItemWhat | { english: string };
}

/** The names of the stored values that have their own notes in the `errors2` area. */
export type ItemWhat =
  Extract<MessageKey, `errors2_item${string}Unread`> extends `errors2_item${infer W}Unread` ? W : never;

function unreadNote(what: ItemSpec<unknown>['what']): string {
  if (typeof what === 'string') return t(`errors2_item${what}Unread`);
  return `${capitalise(what.english)} could not be read; the defaults are used.`;
}

function outdatedNote(what: ItemSpec<unknown>['what']): string {
  if (typeof what === 'string') return t(`errors2_item${what}Outdated`);
  return `${capitalise(what.english)} could not be updated to this version of Session Keeper; the defaults are used.`;
}

export const metaKey = (key: string): string => `${key}$`;

export function defineItem<T>(spec: ItemSpec<T>): Item<T> {
  return {
    key: spec.key,
    version: spec.version,
    fallback: spec.fallback,
    read(raw, storedVersion, notes) {
      if (raw === undefined || raw === null) return spec.fallback;
      let value = raw;
      // A version that is not a whole number from 1 up is damage, not history: read it as the
      // first (a stored -1e15 would otherwise run the migration loop for ever).
      let version =
        storedVersion !== undefined && Number.isInteger(storedVersion) && storedVersion >= 1 ? storedVersion : 1;
      if (version > spec.version) {
        // Written by a newer build (a downgrade): read what still fits, change nothing else.
        version = spec.version;
      }
      try {
        for (let v = version + 1; v <= spec.version; v++) value = spec.migrations?.[v]?.(value) ?? value;
      } catch {
        notes.push(outdatedNote(spec.what));
        return spec.fallback;
      }
      const read = spec.schema(value, notes);
      if (read === undefined) {
        notes.push(unreadNote(spec.what));
        return spec.fallback;
      }
      return read;
    },
  };
}

/** An item per source (its appointments, sync state, status): `<prefix>:<sourceId>`. */
export interface Family<T> {
  readonly prefix: string;
  of(sourceId: string): Item<T>;
  /** The source id of a key of this family, or null. */
  idOf(key: string): string | null;
}

export function defineFamily<T>(spec: Omit<ItemSpec<T>, 'key'> & { prefix: string }): Family<T> {
  const items = new Map<string, Item<T>>();
  const start = `${spec.prefix}:`;
  return {
    prefix: spec.prefix,
    of(sourceId) {
      let item = items.get(sourceId);
      if (!item) items.set(sourceId, (item = defineItem({ ...spec, key: start + sourceId })));
      return item;
    },
    idOf: (key) => (key.startsWith(start) && !key.endsWith('$') ? key.slice(start.length) : null),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
