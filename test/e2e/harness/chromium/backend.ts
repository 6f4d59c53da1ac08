import type { Page } from 'playwright-core';
import { COUNT_PANELS_SOURCE, inPanelSource } from '../panel';
import { makeTab } from '../tab';
import type { Extension, LaunchOptions, Tab } from '../types';
import { launchChromium, type ChromiumExtension } from './launch';
import { playwrightDriver } from './page';

/** The browser-neutral `Extension` on Chromium (Playwright). */
export async function launchChromiumExtension(options: LaunchOptions = {}): Promise<Extension> {
  return wrap(await launchChromium(options), options);
}

function wrap(chromium: ChromiumExtension, options: LaunchOptions): Extension {
  const { context } = chromium;
  let control: Page | null = null;
  /** An extension page kept open to reach the side panel from. */
  const controlPage = async () => (control && !control.isClosed() ? control : (control = await chromium.open('popup')));
  const tab = (page: Page): Tab => makeTab(playwrightDriver(page));

  const ext: Extension = {
    browser: 'chromium',
    id: chromium.id,
    profileDir: chromium.profileDir,
    open: async (name, query) => tab(await chromium.open(name, query)),
    async openUrl(url) {
      const page = await context.newPage();
      await page.goto(url);
      return tab(page);
    },
    route: async (prefix, fulfil) =>
      void (await context.route(
        (url) => url.href.startsWith(prefix),
        (route) => route.fulfill({ status: fulfil.status ?? 200, contentType: fulfil.contentType, body: fulfil.body }),
      )),
    tabUrls: async () => context.pages().map((p) => p.url()),
    badge: () => chromium.badge(),
    async toolbarPopup() {
      const popup = await chromium.evaluate(() => chrome.action.getPopup({}));
      return popup && new URL(popup).pathname;
    },
    clickToolbarButton: () => chromium.clickToolbarButton(),
    sidePanels: async () => (await controlPage()).evaluate(COUNT_PANELS_SOURCE),
    inPanel: async <T, A>(fn: (doc: Document, arg: A) => T, arg?: A) =>
      (await controlPage()).evaluate<T>(inPanelSource(fn as (doc: Document, arg: never) => T, arg)),
    notifications: async () => Object.keys(await chromium.evaluate(() => chrome.notifications.getAll())),
    clearNotifications: () =>
      chromium.evaluate(async () => {
        for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
      }),
    allowTestServers: async () => {},
    hostPermissions: async () => (await chromium.evaluate(() => chrome.permissions.getAll())).origins ?? [],
    evaluate: <T, A>(fn: (api: typeof chrome, arg: A) => T | Promise<T>, arg?: A) =>
      chromium.evaluateSource<T>(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`),
    clickNotification: null,
    store: (items) => chromium.store(items),
    stored: <T>(key: string, area: 'local' | 'session' = 'local') =>
      chromium.evaluate(async ([k, a]) => (await chrome.storage[a].get(k))[k] as T | undefined, [key, area] as const),
    send: (type, data) => chromium.send(type, data),
    redirectUrl: () => chromium.evaluate(() => chrome.identity.getRedirectURL()),
    stopBackground: () => chromium.stopWorker(),
    async restart() {
      await chromium.close();
      return launchChromiumExtension({ ...options, profileDir: chromium.profileDir });
    },
    close: () => chromium.close(),
  };
  return ext;
}
