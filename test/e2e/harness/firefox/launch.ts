import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { freshProfile, keepProfile, TMP, track, untrack } from '../lifecycle';
import { COUNT_PANELS_SOURCE, inPanelSource } from '../panel';
import { makeTab } from '../tab';
import type { Badge, Extension, LaunchOptions, Tab } from '../types';
import { sendHere } from '../../../../scripts/lib/send-here';
import { bidi, clickNotificationSource, clickToolbarButtonSource, grantSource, inBrowserWindow } from './chrome-scope';
import { ConsoleErrors } from './console';
import { goto, puppeteerDriver } from './page';
import { FirefoxRoutes } from './routes';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.SK_FIREFOX_EXTENSION_DIR ?? '.output-e2e/firefox-mv2');
/** The add-on id in the manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'session-keeper@example.org';
/** Pinned through the `extensions.webextensions.uuids` pref, so pages are at a known address. */
const UUID = '5e55107e-0000-4000-8000-00000000e2e0';
const ORIGIN = `moz-extension://${UUID}/`;

/** Finds Firefox: `FIREFOX_PATH`, then Debian's ESR and the usual places. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'].find(
    (p) => existsSync(p),
  );
  if (found) return found;
  throw new Error(
    'Firefox was not found. Install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to its binary.',
  );
}

/**
 * Launches Firefox with the built extension installed permanently (a temporary add-on does not
 * survive a restart), unsigned: Debian's ESR honours `xpinstall.signatures.required`.
 */
export function launchFirefoxExtension(options: LaunchOptions = {}): Promise<Extension> {
  const profileDir = options.profileDir ?? freshProfile();
  keepProfile(profileDir);
  return start(options, profileDir, new ConsoleErrors(), options.profileDir === undefined);
}

async function start(
  options: LaunchOptions,
  profileDir: string,
  errors: ConsoleErrors,
  fresh: boolean,
): Promise<Extension> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    userDataDir: profileDir,
    defaultViewport: { width: 800, height: 700 },
    // Without it Firefox refuses to navigate to moz-extension:// and to script its own window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'devtools.console.stdout.content': true,
      // Firefox's own (privileged) code logs there too; not the extension's.
      'devtools.console.stdout.chrome': false,
      // permissions.request still needs a real click; the grant then needs no prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      // Notifications stay in Firefox's own window instead of the desktop's.
      'alerts.useSystemBackend': false,
      'xpinstall.signatures.required': false,
    },
  });
  errors.watch(firefox.process()?.stdout);
  errors.watch(firefox.process()?.stderr);
  try {
    if (fresh) await install(firefox, options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await firefox.close();
    throw error;
  }
  return track(wrap(firefox, { options, profileDir, errors }));
}

async function install(firefox: Browser, dir: string): Promise<void> {
  const zip = new JSZip();
  const add = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) add(path);
      else zip.file(relative(dir, path), readFileSync(path));
    }
  };
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}.`);
  add(dir);
  const archive = join(TMP, `session-keeper-${process.pid}-${Date.now()}.xpi`);
  writeFileSync(archive, await zip.generateAsync({ type: 'nodebuffer' }));
  await bidi(firefox).send('webExtension.install', {
    extensionData: { type: 'archivePath', path: archive },
    'moz:permanent': true,
  });
}

interface Run {
  options: LaunchOptions;
  profileDir: string;
  /** Shared by the runs of one profile (a restart): the errors of each count. */
  errors: ConsoleErrors;
}

function wrap(firefox: Browser, { options, profileDir, errors }: Run): Extension {
  let control: Page | null = null;
  /** An extension page kept open: the background's API, as the popup has it. */
  const controlPage = async () => {
    if (control && !control.isClosed()) return control;
    control = await firefox.newPage();
    await goto(control, `${ORIGIN}popup.html`);
    return control;
  };
  const inControl = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> =>
    (await controlPage()).evaluate(fn as never, arg) as Promise<T>;
  const routes = new FirefoxRoutes(firefox);
  const tab = (page: Page): Tab => makeTab(puppeteerDriver(page, firefox));
  let closed = false;

  const ext: Extension = {
    browser: 'firefox',
    id: UUID,
    profileDir,
    async open(name, query = '') {
      const page = await firefox.newPage();
      await goto(page, `${ORIGIN}${name}.html${query}`);
      return tab(page);
    },
    async openUrl(url) {
      const page = await firefox.newPage();
      await page.goto(url);
      return tab(page);
    },
    route: (prefix, fulfil) => routes.add(prefix, fulfil),
    // The tab strip itself: BiDi reports no URL for extension pages, and some tabs the extension opens late.
    tabUrls: () => inBrowserWindow(firefox, 'gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec)'),
    badge: () => inControl(readBadgeInFirefox),
    toolbarPopup: () =>
      inControl(async () => {
        const popup = await (globalThis as unknown as InPage).browser.browserAction.getPopup({});
        return popup && new URL(popup).pathname;
      }),
    clickToolbarButton: async () => void (await inBrowserWindow(firefox, clickToolbarButtonSource(ADDON_ID))),
    sidePanels: async () => (await controlPage()).evaluate(COUNT_PANELS_SOURCE) as Promise<number>,
    inPanel: async <T, A>(fn: (doc: Document, arg: A) => T, arg?: A) =>
      (await controlPage()).evaluate(inPanelSource(fn as (doc: Document, arg: never) => T, arg)) as Promise<T>,
    notifications: () =>
      inControl(async () => Object.keys(await (globalThis as unknown as InPage).browser.notifications.getAll())),
    clearNotifications: () =>
      inControl(async () => {
        for (const id of Object.keys(await (globalThis as unknown as InPage).browser.notifications.getAll()))
          await (globalThis as unknown as InPage).browser.notifications.clear(id);
      }),
    allowTestServers: async () => void (await inBrowserWindow(firefox, grantSource(ADDON_ID, ['http://127.0.0.1/*']))),
    hostPermissions: () =>
      inControl(async () => (await (globalThis as unknown as InPage).browser.permissions.getAll()).origins ?? []),
    evaluate: async <T, A>(fn: (api: typeof chrome, arg: A) => T | Promise<T>, arg?: A) =>
      (await controlPage()).evaluate(
        // The background's API, with Manifest V2's `browserAction` also under Manifest V3's name.
        `(${fn.toString()})(new Proxy(browser, { get: (api, name) => (name === 'action' ? api.browserAction : api[name]) }), ${JSON.stringify(arg ?? null)})`,
      ) as Promise<T>,
    clickNotification: async (title) => void (await inBrowserWindow(firefox, clickNotificationSource(title))),
    store: (items) => inControl((i) => (globalThis as unknown as InPage).browser.storage.local.set(i), items),
    stored: <T>(key: string, area: 'local' | 'session' = 'local') =>
      inControl(
        async ([k, a]) => (await (globalThis as unknown as InPage).browser.storage[a].get(k))[k] as T | undefined,
        [key, area] as const,
      ),
    send: (type, data) => inControl(sendHere, { type, data }),
    redirectUrl: () => inControl(() => (globalThis as unknown as InPage).browser.identity.getRedirectURL()),
    // Firefox keeps a Manifest V2 background page running while the browser runs.
    stopBackground: null,
    async restart() {
      await shutDown();
      return start(options, profileDir, errors, false);
    },
    async close() {
      await shutDown();
      if (errors.lines.length) throw new Error(`Firefox reported errors of the extension:\n${errors.lines.join('\n')}`);
    },
  };

  async function shutDown() {
    if (closed) return;
    closed = true;
    untrack(ext);
    await firefox.close();
  }
  return ext;
}

/**
 * The global of a Firefox extension page, for functions evaluated there (they cannot use this
 * module's names): `browser`, with Manifest V2's `browserAction`.
 */
type FirefoxApi = typeof chrome & { browserAction: typeof chrome.action };
interface InPage {
  browser: FirefoxApi;
}

/** Evaluated in an extension page in Firefox. */
async function readBadgeInFirefox(): Promise<Badge> {
  const { browserAction } = (globalThis as unknown as InPage).browser;
  return {
    text: await browserAction.getBadgeText({}),
    color: await browserAction.getBadgeBackgroundColor({}),
    title: await browserAction.getTitle({}),
  };
}
