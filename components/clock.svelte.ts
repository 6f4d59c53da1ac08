import { createSubscriber } from 'svelte/reactivity';

/**
 * The current time as reactive state, ticking while something reads it (pages only: the
 * background never polls).
 */
export class Clock {
  #now = Date.now();
  #subscribe;

  constructor(intervalMs = 1000) {
    this.#subscribe = createSubscriber((update) => {
      const timer = setInterval(() => {
        this.#now = Date.now();
        update();
      }, intervalMs);
      return () => clearInterval(timer);
    });
  }

  get current(): number {
    this.#subscribe();
    return this.#now;
  }
}
