import type { Protocol } from '../../../lib/messaging';

/** The browsers the end-to-end suite drives. */
export type BrowserName = 'chromium' | 'firefox';

export interface Badge {
  text: string;
  /** RGBA, 0–255 each. */
  color: number[];
  title: string;
}

/** The extension's own pages. */
export type PageName = 'popup' | 'options' | 'sidepanel';

/**
 * An element as a person finds it: by its role and accessible name, its label, its text, or (for
 * what has no words) a test id or a CSS selector; optionally inside another one. Strings match
 * case-insensitively as a part of the name, unless `exact`. Hidden elements are never found.
 */
export type Target = (
  | { role: Role; name?: string | RegExp; exact?: boolean }
  | { label: string; exact?: boolean }
  | { text: string | RegExp; exact?: boolean }
  | { testId: string }
  | { css: string }
) & {
  within?: Target;
  /** Only elements whose text contains this (case-insensitive). */
  hasText?: string;
  nth?: number;
};

export type Role =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'dialog'
  | 'group'
  | 'heading'
  | 'link'
  | 'listitem'
  | 'radio'
  | 'region'
  | 'status'
  | 'textbox';

/** A tab in the browser, driven the same way in every back end. */
export interface Tab {
  /** The tab's address now. */
  url(): Promise<string>;
  /** How many elements match (at once; poll with `expect.poll`). */
  count(target: Target): Promise<number>;
  /** Waits for an element and returns its rendered text. */
  text(target: Target): Promise<string>;
  /** The rendered text of every match. */
  texts(target: Target): Promise<string[]>;
  /** Waits for a form control and returns its value. */
  value(target: Target): Promise<string>;
  /** Waits for a checkbox or radio button and tells whether it is checked. */
  checked(target: Target): Promise<boolean>;
  /** Waits for an element, then clicks it with the mouse: a real user input for the browser. */
  click(target: Target): Promise<void>;
  /** A real mouse click at a point of the page (CSS pixels from the top left of the viewport). */
  clickAt(point: { x: number; y: number }): Promise<void>;
  /** Replaces a text field's contents by typing. */
  fill(target: Target, text: string): Promise<void>;
  /** Chooses the option of a `<select>` whose text is `label`. */
  select(target: Target, label: string): Promise<void>;
  /** Focuses an element. */
  focus(target: Target): Promise<void>;
  /** Presses a key (`Tab`, `Enter`, `Escape` …) on whatever has focus. */
  press(key: string): Promise<void>;
  /** Waits until an element is shown. */
  waitFor(target: Target, timeout?: number): Promise<void>;
  /** Runs `fn` in the page. In extension pages the WebExtension API is `browser` in Firefox and `chrome` in Chromium. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Runs `fn` on the shadow root of each element matching `hosts`, closed ones included (the
   * calendar add-on keeps its UI in closed roots, out of the page's reach, as a person still
   * sees it), and returns the first result that is not null.
   */
  inShadowRoots<T, A = null>(hosts: string, fn: (root: ShadowRoot, arg: A) => T | null, arg?: A): Promise<T | null>;
  /** Waits until the DOM has not changed for `quietMs`. */
  settled(quietMs?: number): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  reload(): Promise<void>;
  /** Saves a PNG of the whole page. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A reply for a request that a test answers instead of the network. */
export interface Fulfil {
  status?: number;
  contentType: string;
  body: string;
}

export interface LaunchOptions {
  /** A profile used before (a browser restart); a fresh one otherwise. */
  profileDir?: string;
  headless?: boolean;
  /** The built extension (the e2e build of the browser's kind by default). */
  extensionDir?: string;
  /** The system's colour scheme the pages see (`prefers-color-scheme`); light by default. */
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language (Chromium): `es`, `pt-BR`; the system's otherwise. */
  lang?: string;
}

/** The browser with the extension in it, the same to a test in every back end. */
export interface Extension {
  readonly browser: BrowserName;
  /** The host of the extension's pages (Chromium's extension id, Firefox's internal UUID). */
  readonly id: string;
  readonly profileDir: string;
  /** Opens one of the extension's pages in a new tab, once it has loaded. */
  open(page: PageName, query?: string): Promise<Tab>;
  /** Opens a web page in a new tab, answered by `route` where one matches. */
  openUrl(url: string): Promise<Tab>;
  /** Answers requests whose URL starts with `prefix`, in every tab. */
  route(prefix: string, fulfil: Fulfil): Promise<void>;
  /** The addresses of every open tab. */
  tabUrls(): Promise<string[]>;
  /** The toolbar badge. */
  badge(): Promise<Badge>;
  /** What a click on the toolbar button opens: the popup's path (`/popup.html`), or '' when the extension handles the click. */
  toolbarPopup(): Promise<string>;
  /** Clicks the extension's toolbar button on the active tab, as a person does. */
  clickToolbarButton(): Promise<void>;
  /** How many side panels (Firefox: sidebars) of the extension are open. */
  sidePanels(): Promise<number>;
  /** Runs `fn` on the document of the open side panel (throws when none is open). */
  inPanel<T, A = null>(fn: (doc: Document, arg: A) => T, arg?: A): Promise<T>;
  /** The ids of the extension's notifications on screen. */
  notifications(): Promise<string[]>;
  clearNotifications(): Promise<void>;
  /**
   * Clicks the notification whose title contains `title`, as a person does; null where the
   * browser gives automation no way to (Chromium shows notifications outside the page and its
   * DevTools protocol has no command to click one).
   */
  readonly clickNotification: ((title: string) => Promise<void>) | null;
  /**
   * Grants the test servers' host (`http://127.0.0.1/*`) as a person does on the options page,
   * for tests that store sources straight into storage. (Chromium's e2e build has it from install.)
   */
  allowTestServers(): Promise<void>;
  /** The host permissions granted now (`permissions.getAll().origins`). */
  hostPermissions(): Promise<string[]>;
  /**
   * Runs `fn` with the WebExtension API as the background has it (`chrome` in Chromium's
   * service worker, which starts if it was stopped; Firefox's `browser`, with Manifest V2's
   * `browserAction` also under the name `action`).
   */
  evaluate<T>(fn: (api: typeof chrome) => T | Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (api: typeof chrome, arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Writes items to `storage.local`, as the extension's own code would. */
  store(items: Record<string, unknown>): Promise<void>;
  /** Reads one item of `storage.local` (or `storage.session`). */
  stored<T>(key: string, area?: 'local' | 'session'): Promise<T | undefined>;
  /** Sends a runtime message from an extension page, as the popup or options page does, and returns the reply. */
  send<K extends keyof Protocol>(type: K, data: Parameters<Protocol[K]>[0]): Promise<unknown>;
  /** `identity.getRedirectURL()`: where Google's sign-in sends the browser back. */
  redirectUrl(): Promise<string>;
  /**
   * Ends the background as the browser does when it is idle (Chromium's service worker); null
   * where the browser keeps it running while it runs (Firefox's background page).
   */
  readonly stopBackground: (() => Promise<void>) | null;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<Extension>;
  close(): Promise<void>;
}
