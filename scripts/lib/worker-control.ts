import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { withTimeout } from './wait';

/** How long the service worker may take to answer before a test fails with words, not a hang. */
export const WORKER_TIMEOUT = 15_000;

/**
 * Follows the extension's service worker through CDP's ServiceWorker domain. Chromium keeps a
 * stopped worker's DevTools target, so Playwright keeps listing it and an `evaluate` on it
 * waits, without end, until something starts the worker again (then it runs in the new
 * instance). The domain reports each version's running status, and `startWorker` starts the
 * worker as any extension event would. The domain needs a page session: the profile's first tab.
 */
export class WorkerControl {
  readonly #status = new Map<string, string>();
  readonly #changed = new Set<() => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  static async attach(context: BrowserContext, origin: string): Promise<WorkerControl> {
    const page = context.pages()[0] ?? (await context.newPage());
    const control = new WorkerControl(await context.newCDPSession(page), context, origin);
    control.cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(origin)) control.#status.set(v.versionId, v.runningStatus);
      for (const notify of control.#changed) notify();
    });
    await control.cdp.send('ServiceWorker.enable');
    return control;
  }

  get #stopped(): boolean {
    return [...this.#status.values()].every((s) => s === 'stopped');
  }

  get #running(): boolean {
    return [...this.#status.values()].includes('running');
  }

  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.#until(() => this.#status.size > 0 && this.#stopped, 'stop');
  }

  async ensureRunning(): Promise<void> {
    if (!this.#stopped || this.#status.size === 0) return;
    await this.cdp.send('ServiceWorker.startWorker', { scopeURL: this.origin });
    await this.#until(() => this.#running, 'start');
  }

  /** The worker's handle, started first if it was stopped (or `fallback`, when Playwright lists none). */
  async worker(fallback: Worker): Promise<Worker> {
    await this.ensureRunning();
    return this.context.serviceWorkers().find((w) => w.url().startsWith(this.origin)) ?? fallback;
  }

  #until(ok: () => boolean, what: string): Promise<void> {
    if (ok()) return Promise.resolve();
    let notify = () => {};
    const reached = new Promise<void>((resolve) => {
      notify = () => {
        if (ok()) resolve();
      };
      this.#changed.add(notify);
    });
    return withTimeout(reached, WORKER_TIMEOUT, `The service worker did not ${what}`).finally(() =>
      this.#changed.delete(notify),
    );
  }
}
