import { createSubscriber } from 'svelte/reactivity';
import { watchSessionData, type SessionData } from '../lib/sessions';

/** The stored session data, kept current while a component reads it. */
export class StoredSessions {
  #data: SessionData | null = null;
  #subscribe = createSubscriber((update) =>
    watchSessionData((data) => {
      this.#data = data;
      update();
    }),
  );

  /** null until the first read from storage. */
  get current(): SessionData | null {
    this.#subscribe();
    return this.#data;
  }
}
