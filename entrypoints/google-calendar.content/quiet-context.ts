import { browser } from 'wxt/browser';

/**
 * Stands in for WXT's `ContentScriptContext` in the calendar add-on (the build aliases it, see
 * modules/gcal-addon.ts), with the part the add-on uses: an abort signal tied to the extension's
 * life and timers and listeners that end with it.
 *
 * WXT's context tells older copies of the script to stop by posting
 * `"<extension id>:<script>:wxt:content-script-started"` to the page window and dispatching a DOM
 * event of that name: Google's page would hear both. This one says nothing to the page; an
 * orphaned copy (after an update) notices that its extension is gone (`runtime.id` is unset)
 * the next time it checks `isValid`, and tears itself down.
 */
export class ContentScriptContext {
  readonly #abort = new AbortController();

  // The signature WXT's entrypoint wrapper calls: `new ContentScriptContext(name, options)`.
  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.#abort.abort();
    return !this.#abort.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setInterval(handler: () => void, timeout: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}

/** What the add-on needs of its context (WXT's class has more; this build has only these). */
export type AddonContext = Pick<
  ContentScriptContext,
  'isValid' | 'onInvalidated' | 'setInterval' | 'setTimeout' | 'addEventListener'
>;
