import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page, type Worker } from 'playwright-core';
import type { Protocol } from '../../lib/messaging';
import { findChromium } from './chromium';

export const EXTENSION_DIR = resolve(process.env.SK_EXTENSION_DIR ?? '.output-e2e/chrome-mv3');
const TMP = resolve('.tmp');
/** How long the service worker may take to answer before a test fails with words, not a hang. */
const WORKER_TIMEOUT = 15_000;

export interface Badge {
  text: string;
  color: number[];
  title: string;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  profileDir: string;
  /** Opens one of the extension's pages (`popup`, `options`, `sidepanel`) in a tab. */
  open(page: 'popup' | 'options' | 'sidepanel', query?: string): Promise<Page>;
  /** The toolbar badge, read in the service worker (which starts if it was stopped). */
  badge(): Promise<Badge>;
  /** Runs `fn` in the service worker, starting it first if it was stopped. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Writes items to `chrome.storage.local`, as the extension's own code would. */
  store(items: Record<string, unknown>): Promise<void>;
  /** Reads one item of `chrome.storage.local` (undefined when absent). */
  stored<T>(key: string): Promise<T | undefined>;
  /** Sends a runtime message from an extension page, as the popup or options page does, and returns the reply. */
  send<K extends keyof Protocol>(type: K, data: Parameters<Protocol[K]>[0]): Promise<unknown>;
  /** Stops the service worker as Chrome does when it is idle, and waits until it has stopped. */
  stopWorker(): Promise<void>;
  /** Clicks the extension's toolbar button on the active tab. */
  clickToolbarButton(): Promise<void>;
  /** How many side panels of the extension are open (`runtime.getContexts`). */
  sidePanels(): Promise<number>;
  close(): Promise<void>;
}

/** Browsers and servers started and not closed yet: `closeAll` ends them after each test. */
const running = new Set<{ close(): Promise<void> }>();
const profiles = new Set<string>();

/** Closes every browser and server the test started and removes their profiles. For `afterEach`/`afterAll`. */
export async function closeAll(): Promise<void> {
  await Promise.all([...running].map((r) => r.close()));
  for (const dir of profiles) removeProfile(dir);
  profiles.clear();
}

/** Launches Chromium with the built extension on a fresh (or the given) profile. */
export async function launch(
  options: { profileDir?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<Extension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  mkdirSync(TMP, { recursive: true });
  // A killed Chromium leaves folders in TMPDIR: keep them inside the project.
  process.env.TMPDIR = TMP;
  const executablePath = findChromium();
  const profileDir = options.profileDir ?? mkdtempSync(join(TMP, 'profile-'));
  profiles.add(profileDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 800, height: 700 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  let first: Worker;
  let origin: string;
  let control: WorkerControl;
  try {
    first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT }));
    origin = `chrome-extension://${new URL(first.url()).host}/`;
    control = await WorkerControl.attach(context, origin);
  } catch (error) {
    await context.close();
    throw new Error(`The extension in ${extensionDir} did not start its service worker.`, { cause: error });
  }
  const id = new URL(origin).host;

  /** The worker's handle, started first if it was stopped. */
  const worker = async (): Promise<Worker> => {
    await control.ensureRunning();
    return context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? first;
  };
  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const w = await worker();
    // `as never`: Playwright types the argument as `Unboxed<A>`, which is `A` for the plain data passed here.
    return withTimeout(w.evaluate<T, A>(fn as never, arg as A), WORKER_TIMEOUT, 'The service worker did not answer');
  };
  const open = async (name: string, query = ''): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${origin}${name}.html${query}`);
    return page;
  };

  const ext: Extension = {
    context,
    id,
    profileDir,
    open,
    badge: () => evaluate(readBadgeHere),
    evaluate: evaluate as Extension['evaluate'],
    store: (items) => evaluate((i) => chrome.storage.local.set(i), items),
    stored: <T>(key: string) => evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T | undefined, key),
    async send(type, data) {
      // The popup sends no message of its own when it opens.
      const page = await open('popup');
      try {
        const outcome = (await page.evaluate((message) => chrome.runtime.sendMessage(message), { type, data })) as
          | { ok: true; value: unknown }
          | { ok: false; error: string }
          | undefined;
        if (!outcome) throw new Error(`No handler for the message "${type}".`);
        if (!outcome.ok) throw new Error(`The message "${type}" failed: ${outcome.error}`);
        return outcome.value;
      } finally {
        await page.close();
      }
    },
    stopWorker: () => control.stop(),
    async clickToolbarButton() {
      // `Extensions.triggerAction` is allowed on a browser session only, and wants a tab target.
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
          targetInfos: { targetId: string; embedderData?: { tabActive?: boolean } }[];
        };
        const tab = targetInfos.find((t) => t.embedderData?.tabActive) ?? targetInfos[0];
        if (!tab) throw new Error('No tab to click the toolbar button on.');
        await cdp.send('Extensions.triggerAction' as never, { id, targetId: tab.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    sidePanels: () =>
      evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length),
    async close() {
      running.delete(ext);
      await context.close();
    },
  };
  running.add(ext);
  return ext;
}

/**
 * Follows the extension's service worker through CDP's ServiceWorker domain. Chromium keeps a
 * stopped worker's DevTools target, so Playwright keeps listing it and an `evaluate` on it
 * waits, without end, until something starts the worker again (then it runs in the new
 * instance). The domain reports each version's running status, and `startWorker` starts the
 * worker as any extension event would. The domain needs a page session: the profile's first tab.
 */
class WorkerControl {
  readonly #status = new Map<string, string>();
  readonly #changed = new Set<() => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async attach(context: BrowserContext, origin: string): Promise<WorkerControl> {
    const page = context.pages()[0] ?? (await context.newPage());
    const control = new WorkerControl(await context.newCDPSession(page), origin);
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

  #until(ok: () => boolean, what: string): Promise<void> {
    if (ok()) return Promise.resolve();
    let notify = () => {};
    const reached = new Promise<void>((resolve) => {
      notify = () => {
        if (ok()) resolve();
      };
      this.#changed.add(notify);
    });
    return withTimeout(reached, WORKER_TIMEOUT, `The service worker did not ${what}`).finally(() => this.#changed.delete(notify));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Reads the badge in any extension context (a function evaluated there). */
async function readBadgeHere(): Promise<Badge> {
  return {
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  };
}

/** The badge as an extension page reads it: does not need (or wake) the service worker. */
export function badgeIn(page: Page): Promise<Badge> {
  return page.evaluate(readBadgeHere);
}

/**
 * Runs `fn` in the real side panel. Playwright does not hand out side-panel pages, but an
 * extension page in a tab (`control`) reaches the panel's window through `chrome.extension.getViews`.
 */
export async function inPanel<T, A = null>(control: Page, fn: (doc: Document, arg: A) => T, arg: A = null as A): Promise<T> {
  return control.evaluate(
    ({ source, arg }) => {
      const panel = chrome.extension.getViews().find((w) => w.location.pathname === '/sidepanel.html' && w !== window);
      if (!panel) throw new Error('The side panel is not open.');
      return new Function('doc', 'arg', `return (${source})(doc, arg);`)(panel.document, arg) as T;
    },
    { source: fn.toString(), arg },
  );
}

/** Removes a profile made by `launch`. */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Polls `fn` until it returns a value that passes `ok`, or throws after `timeout` ms. */
export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

/**
 * Polls `fn` for `ms` and throws as soon as its value fails `ok`: for what must NOT happen
 * (a second notification), where no event says that it is over.
 */
export async function holds<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (!ok(value)) throw new Error(`Changed to: ${JSON.stringify(value)}`);
    if (Date.now() >= until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the page's DOM has not changed for `quietMs` (storage-backed sections render a
 * moment after load), or throws after `timeout` ms.
 */
export async function settled(page: Page, quietMs = 200, timeout = 5_000): Promise<void> {
  await page.evaluate(
    ({ quietMs, timeout }) =>
      new Promise<void>((resolve, reject) => {
        let quiet = setTimeout(done, quietMs);
        const giveUp = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`The page kept changing for ${timeout} ms.`));
        }, timeout);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(giveUp);
          resolve();
        }
      }),
    { quietMs, timeout },
  );
}

/** axe-core's violations on the page (or inside `include`), as `rule: targets` lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a screenshot under screenshots/ (the whole page, or one element). */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  const path = `screenshots/${name}.png`;
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

export interface TestServer {
  url: string;
  /** Requests seen, newest last. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 for feeds and fake APIs; `closeAll` closes it. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const test: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      running.delete(test);
      return new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      });
    },
  };
  running.add(test);
  return test;
}
