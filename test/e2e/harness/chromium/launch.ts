import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Protocol } from '../../../../lib/messaging';
import { launchChromiumWith } from '../../../../scripts/lib/chromium';
import { freshProfile, keepProfile, track, untrack } from '../lifecycle';
import type { Badge, LaunchOptions, PageName } from '../types';
import { sendHere } from '../../../../scripts/lib/send-here';
import { withTimeout } from '../wait';
import { WORKER_TIMEOUT, WorkerControl } from '../../../../scripts/lib/worker-control';

export const CHROME_EXTENSION_DIR = resolve(process.env.SK_EXTENSION_DIR ?? '.output-e2e/chrome-mv3');

/** Chromium with the extension, with Playwright's own handles for what only Chromium tests do. */
export interface ChromiumExtension {
  context: BrowserContext;
  id: string;
  profileDir: string;
  /** Opens one of the extension's pages in a tab. */
  open(page: PageName, query?: string): Promise<Page>;
  /** The toolbar badge, read in the service worker (which starts if it was stopped). */
  badge(): Promise<Badge>;
  /** Runs `fn` in the service worker, starting it first if it was stopped. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Evaluates a JavaScript expression (source text) in the service worker and awaits its value. */
  evaluateSource<T>(source: string): Promise<T>;
  store(items: Record<string, unknown>): Promise<void>;
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

/** Launches Chromium with the built extension on a fresh (or the given) profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumExtension> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const profileDir = options.profileDir ?? freshProfile();
  keepProfile(profileDir);
  const context = await launchChromiumWith(profileDir, extensionDir, {
    headless: options.headless ?? true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
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
  const worker = (): Promise<Worker> => control.worker(first);
  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const w = await worker();
    // `as never`: Playwright types the argument as `Unboxed<A>`, which is `A` for the plain data passed here.
    return withTimeout(w.evaluate<T, A>(fn as never, arg as A), WORKER_TIMEOUT, 'The service worker did not answer');
  };
  const evaluateSource = async <T>(source: string): Promise<T> =>
    withTimeout((await worker()).evaluate<T>(source), WORKER_TIMEOUT, 'The service worker did not answer');
  const open = async (name: string, query = ''): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${origin}${name}.html${query}`);
    return page;
  };

  const ext: ChromiumExtension = {
    context,
    id,
    profileDir,
    open,
    badge: () => evaluate(readBadgeHere),
    evaluate: evaluate as ChromiumExtension['evaluate'],
    evaluateSource,
    store: (items) => evaluate((i) => chrome.storage.local.set(i), items),
    stored: <T>(key: string) => evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T | undefined, key),
    async send(type, data) {
      // The popup sends no message of its own when it opens.
      const page = await open('popup');
      try {
        return await page.evaluate(sendHere, { type, data });
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
      evaluate(
        async () =>
          (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length,
      ),
    async close() {
      untrack(ext);
      await context.close();
    },
  };
  return track(ext);
}

/** Reads the badge in any Chromium extension context (a function evaluated there). */
export async function readBadgeHere(): Promise<Badge> {
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
