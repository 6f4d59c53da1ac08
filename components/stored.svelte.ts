import { createSubscriber } from 'svelte/reactivity';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** One storage item as reactive state, watched while a component reads it. */
export class Stored<T> {
  #value: T;
  #subscribe;

  constructor(item: WxtStorageItem<T, Record<string, unknown>>) {
    this.#value = item.fallback;
    this.#subscribe = createSubscriber((update) => {
      let changed = false;
      void item.getValue().then((value) => {
        // A change seen meanwhile is newer than this first read.
        if (changed) return;
        this.#value = value;
        update();
      });
      return item.watch((value) => {
        changed = true;
        this.#value = value;
        update();
      });
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }
}
