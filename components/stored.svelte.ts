import { createSubscriber } from 'svelte/reactivity';
import { readFrom } from '../lib/store/io';
import type { Item } from '../lib/store/item';
import { watchStore } from '../lib/store/snapshot';

/**
 * One stored item as reactive state (validated), watched while a component reads it. Every
 * `Stored` and `StoredSessions` of a page shares the page's one storage read and listener.
 */
export class Stored<T> {
  #value: T;
  #subscribe;

  constructor(item: Item<T>) {
    this.#value = item.fallback;
    this.#subscribe = createSubscriber((update) =>
      watchStore((raw) => {
        this.#value = readFrom(raw, item);
        update();
      }),
    );
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }
}

/** A value derived from the whole snapshot (e.g. every source's status), kept current. */
export class StoredView<T> {
  #value: T;
  #subscribe;

  constructor(read: (raw: Record<string, unknown>) => T, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) =>
      watchStore((raw) => {
        this.#value = read(raw);
        update();
      }),
    );
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }
}
