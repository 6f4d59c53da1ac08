import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { sendHere } from './send-here';
import { WORKER_TIMEOUT, WorkerControl } from './worker-control';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Finds Chromium: `CHROMIUM_PATH`, then the usual places. Chrome-branded builds ignore
 * `--load-extension` since v137, so only Chromium will do.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
      'macOS: `brew install --cask chromium`) or set CHROMIUM_PATH to its binary.',
  );
}

export interface ChromiumOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** The system's colour scheme the pages see (`prefers-color-scheme`). */
  colorScheme?: 'light' | 'dark';
  /**
   * The browser's UI language (`es`, `pt-BR`), which `i18n.getUILanguage()` reports: `--lang`,
   * and `LANGUAGE`, which Chromium on Linux reads first (Debian's chromium-l10n holds the packs).
   */
  lang?: string;
}

/**
 * Chromium on `profileDir` with the unpacked extension in `extensionDir` loaded. The
 * background-networking flags keep it from reaching Google's hosts on its own.
 */
export function launchChromiumWith(
  profileDir: string,
  extensionDir: string,
  options: ChromiumOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    viewport: options.viewport ?? { width: 800, height: 700 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
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
}

export interface Badge {
  text: string;
  color: number[];
  title: string;
}

/** Chromium with the extension, for the scripts (screenshots, start, bench). */
export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The extension's origin, `chrome-extension://<id>/`. */
  origin: string;
  /** The profile Chromium runs on. */
  profileDir: string;
  /** The toolbar badge's text, colour and tooltip, read in the service worker. */
  badge(): Promise<Badge>;
  /** The badge once the background has written it (after a first sync), or as it is after `timeout` ms. */
  firstBadge(timeout?: number): Promise<Badge>;
  /** Writes raw items into `storage.local` (as an earlier build or a test seed would). */
  store(items: Record<string, unknown>): Promise<void>;
  /** Reads one item of `storage.local`. */
  stored<T>(key: string): Promise<T | undefined>;
  /** Stops the service worker as Chrome does when it is idle (the next call here starts it again). */
  stopWorker(): Promise<void>;
  /** Sends a runtime message from the popup page, as the pages do, and returns the reply. */
  send(type: string, data: unknown): Promise<unknown>;
  /** Closes Chromium and removes its profile (unless it was given: then it is kept). */
  close(): Promise<void>;
}

/** Launches Chromium on a fresh (or the given) profile with the extension and waits for its service worker. */
export async function openExtensionInChromium(
  extensionDir: string,
  options: ChromiumOptions & { profileDir?: string } = {},
): Promise<ChromiumWithExtension> {
  mkdirSync(resolve('.tmp'), { recursive: true });
  // A killed Chromium leaves folders in TMPDIR: keep them inside the project.
  process.env.TMPDIR = resolve('.tmp');
  const profileDir = options.profileDir ?? mkdtempSync(join(resolve('.tmp'), 'profile-'));
  const context = await launchChromiumWith(profileDir, extensionDir, options);
  const first =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT }));
  const origin = `chrome-extension://${new URL(first.url()).host}/`;
  const control = await WorkerControl.attach(context, origin);
  const worker = () => control.worker(first);
  const badge = async () =>
    (await worker()).evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: await chrome.action.getBadgeBackgroundColor({}),
      title: await chrome.action.getTitle({}),
    }));
  return {
    context,
    origin,
    profileDir,
    badge,
    async firstBadge(timeout = 15_000) {
      const until = Date.now() + timeout;
      let last = await badge();
      while (last.text === '' && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        last = await badge();
      }
      return last;
    },
    store: async (items) => (await worker()).evaluate((i) => chrome.storage.local.set(i), items),
    stored: async <T>(key: string) =>
      (await worker()).evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T | undefined, key),
    stopWorker: () => control.stop(),
    async send(type, data) {
      const page = await context.newPage();
      try {
        await page.goto(`${origin}popup.html`);
        return await page.evaluate(sendHere, { type, data });
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
