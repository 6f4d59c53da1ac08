// Small validators for stored values (in the manner of Dark Reader's `validation.ts`): each one
// turns an unknown stored value into a well-typed one, falls back to a default where a value is
// missing or wrong, and reports in plain words what it could not keep. Nothing here throws.
import { plural } from '../i18n/ui';
import type { PluralKey } from '../i18n/translator';

/** What reading a stored value had to set aside, in words for the user. */
export type Notes = string[];

/** Reads `raw`; returns a value of type T, or `undefined` when nothing usable is there. */
export type Validator<T> = (raw: unknown, notes: Notes) => T | undefined;

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export const str: Validator<string> = (raw) => (typeof raw === 'string' ? raw : undefined);

export const num: Validator<number> = (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined);

export const bool: Validator<boolean> = (raw) => (typeof raw === 'boolean' ? raw : undefined);

/** A number within [min, max]. */
export const between =
  (min: number, max: number): Validator<number> =>
  (raw) =>
    typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max ? raw : undefined;

/** One of a fixed set of literals. */
export const oneOf =
  <const T extends readonly (string | number)[]>(...values: T): Validator<T[number]> =>
  (raw) =>
    values.includes(raw as T[number]) ? (raw as T[number]) : undefined;

/** `null` stays `null`; anything else goes through `inner`. */
export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (raw, notes) =>
    raw === null ? null : inner(raw, notes);

/**
 * The value, or `fallback` when it is missing or wrong: silently (a default is no loss), or
 * with `note` where what is lost was the client's own record.
 */
export const withDefault =
  <T>(inner: Validator<T>, fallback: T, note?: string | (() => string)): Validator<T> =>
  (raw, notes) => {
    if (raw === undefined) return fallback;
    const value = inner(raw, notes);
    if (value !== undefined) return value;
    if (note) notes.push(typeof note === 'function' ? note() : note);
    return fallback;
  };

/**
 * An array whose entries are read one by one: an entry that cannot be read is set aside
 * with a note naming what it was (`one therapist`), the rest are kept.
 */
export const arrayOf =
  <T>(inner: Validator<T>, what?: SetAsideWhat): Validator<T[]> =>
  (raw, notes) => {
    if (!Array.isArray(raw)) return undefined;
    const kept: T[] = [];
    let dropped = 0;
    // Indexed loops here and in `object`: a page reads a thousand stored appointments before
    // its code is optimised, and an iterator costs more than an index there.
    for (let i = 0; i < raw.length; i++) {
      const value = inner(raw[i], notes);
      if (value === undefined) dropped++;
      else kept.push(value);
    }
    if (dropped && what) notes.push(setAside(dropped, what));
    return kept;
  };

/** A record with string keys; entries that cannot be read are set aside like `arrayOf`'s. */
export const recordOf =
  <T>(inner: Validator<T>, what?: SetAsideWhat): Validator<Record<string, T>> =>
  (raw, notes) => {
    if (!isRecord(raw)) return undefined;
    const kept: Record<string, T> = {};
    let dropped = 0;
    for (const [key, entry] of Object.entries(raw)) {
      const value = inner(entry, notes);
      if (value === undefined) dropped++;
      else kept[key] = value;
    }
    if (dropped && what) notes.push(setAside(dropped, what));
    return kept;
  };

type Shape<T> = { [K in keyof T]-?: Validator<T[K]> };

/**
 * An object: every field read by its validator. A field that is required (its validator
 * returns `undefined` for what is stored) makes the whole object unreadable; give optional
 * fields `withDefault` or `optional`. Unknown fields are dropped.
 */
export const object = <T>(shape: Shape<T>): Validator<T> => {
  // Looked up once per shape, not per value: a feed's thousand appointments share them.
  const names = Object.keys(shape);
  const validators = Object.values(shape) as Validator<unknown>[];
  const optionals = validators.map((validate) => OPTIONAL.has(validate));
  return (raw, notes) => {
    if (!isRecord(raw)) return undefined;
    const out: Record<string, unknown> = {};
    // A value already in shape (every field as stored, nothing more) is kept as it is: a
    // feed's thousand appointments are then read without a copy each.
    let same = true;
    let kept = 0;
    for (let i = 0; i < names.length; i++) {
      const field = names[i]!;
      const stored = raw[field];
      const value = validators[i]!(stored, notes);
      if (value === undefined) {
        if (!optionals[i]) return undefined;
        if (stored !== undefined) same = false;
        continue;
      }
      if (value !== stored) same = false;
      out[field] = value;
      kept++;
    }
    return (same && kept === Object.keys(raw).length ? raw : out) as T;
  };
};

const OPTIONAL = new WeakSet<Validator<unknown>>();

/** A field that may be absent: a wrong value is dropped rather than failing the object. */
export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  const validator: Validator<T | undefined> = (raw, notes) => (raw === undefined ? undefined : inner(raw, notes));
  OPTIONAL.add(validator as Validator<unknown>);
  return validator;
}

/**
 * What an entry set aside was, for its note: a plural message of the `errors` area, or (tests)
 * English nouns for one and many.
 */
export type SetAsideWhat = Extract<PluralKey, `errors_setAside${string}`> | { one: string; many: string };

function setAside(count: number, what: SetAsideWhat): string {
  if (typeof what === 'string') return plural(what, count);
  return count === 1
    ? `One ${what.one} could not be read and was set aside.`
    : `${count} ${what.many} could not be read and were set aside.`;
}
