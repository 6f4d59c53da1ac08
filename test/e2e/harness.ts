import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

export const EXTENSION_DIR = resolve(process.env.SK_EXTENSION_DIR ?? '.output-e2e/chrome-mv3');
const TMP = resolve('.tmp');

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profileDir: string;
  /** Opens one of the extension's pages (`popup`, `options`, `sidepanel`) in a tab. */
  open(page: 'popup' | 'options' | 'sidepanel', query?: string): Promise<Page>;
  badge(): Promise<{ text: string; color: number[]; title: string }>;
  /** Runs `fn` in the service worker (re-acquired if it was stopped). */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension on a fresh (or the given) profile. */
export async function launch(
  options: { profileDir?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<Extension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  mkdirSync(TMP, { recursive: true });
  // A killed Chromium leaves folders in TMPDIR: keep them inside the project.
  process.env.TMPDIR = TMP;
  const profileDir = options.profileDir ?? mkdtempSync(join(TMP, 'profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
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
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;

  const currentWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
    if (live) return (worker = live);
    // A stopped worker starts again on the next extension event: opening a page wakes it.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await page.close();
    return worker;
  };

  const ext: Extension = {
    context,
    worker,
    id,
    profileDir,
    async open(name, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${name}.html${query}`);
      return page;
    },
    async badge() {
      const w = await currentWorker();
      return w.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
    },
    async evaluate(fn) {
      return (await currentWorker()).evaluate(fn);
    },
    async close() {
      await context.close();
    },
  };
  return ext;
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

export interface TestServer {
  url: string;
  /** Requests seen, newest last. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 for feeds and fake APIs. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
