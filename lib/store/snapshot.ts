import { takeFirstRead, watchRaw } from './first-read';
import { readAll, type Raw } from './io';

/**
 * The whole local area, read once and then kept current from `storage.onChanged` (the new
 * values come with each change, so nothing is read again). Changes that arrive while the
 * first read is under way are applied on top of it, in order, so the result is never older
 * than the last change. Every subscriber in a context shares one read and one listener.
 */
export function watchStore(onChange: (raw: Raw) => void): () => void {
  const shared = (current ??= start());
  shared.listeners.add(onChange);
  if (shared.raw) onChange(shared.raw);
  return () => {
    shared.listeners.delete(onChange);
    if (shared.listeners.size === 0 && current === shared) {
      shared.stop();
      current = null;
    }
  };
}

/** The current snapshot (one read when nothing watches yet). */
export async function snapshot(): Promise<Raw> {
  if (current?.raw) return current.raw;
  const first = takeFirstRead();
  if (!first) return readAll();
  const raw = await first.raw;
  first.stop();
  return first.changes.reduce(apply, raw);
}

interface Shared {
  raw: Raw | null;
  listeners: Set<(raw: Raw) => void>;
  stop(): void;
}

let current: Shared | null = null;

function start(): Shared {
  // The page's early read, if it began one, with the changes heard since (applied on top).
  const first = takeFirstRead();
  const pending: Raw[] = first?.changes ?? [];
  const shared: Shared = { raw: null, listeners: new Set(), stop: () => {} };
  const deliver = () => {
    for (const listener of [...shared.listeners]) if (shared.raw) listener(shared.raw);
  };
  shared.stop = watchRaw((changes) => {
    if (!shared.raw) {
      pending.push(changes);
      return;
    }
    shared.raw = apply(shared.raw, changes);
    deliver();
  });
  // Stopped in the same task as the listener above was added: no change falls between them.
  first?.stop();
  void (first?.raw ?? readAll()).then((raw) => {
    shared.raw = pending.reduce(apply, raw);
    pending.length = 0;
    deliver();
  });
  return shared;
}

/** `base` with `changes` on top (`undefined`: removed). */
function apply(base: Raw, changes: Raw): Raw {
  const next = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}
