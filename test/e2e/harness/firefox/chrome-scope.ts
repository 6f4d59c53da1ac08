import type { Browser } from 'puppeteer-core';

/** puppeteer's WebDriver BiDi connection (typed as CDP's in its declarations). */
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
  /** Raw BiDi events, by method name. */
  on(event: string, handler: (params: unknown) => void): void;
}

export function bidi(browser: Browser): Bidi {
  return (browser as unknown as { connection: Bidi }).connection;
}

/**
 * Evaluates `expression` in the browser window's own (privileged) scope, where Firefox's UI
 * lives: what a person does with the toolbar and sidebar. Needs `--remote-allow-system-access`.
 */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = bidi(browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const window = tree.contexts[0];
  if (!window) throw new Error('Firefox has no browser window.');
  const { result } = (await connection.send('script.evaluate', {
    // As JSON: BiDi hands back values in its own typed serialisation.
    expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } } };
  if (result.type === 'exception')
    throw new Error(`In the browser window: ${result.exceptionDetails?.text ?? 'an exception'}`);
  return JSON.parse(String(result.result?.value)) as T;
}

/**
 * Clicks the extension's toolbar button as a person does: the click is handled as user input,
 * so the extension may open its sidebar (MDN, sidebarAction.open: only in a user action).
 */
export function clickToolbarButtonSource(addonId: string): string {
  return `(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
    const input = window.windowUtils.setHandlingUserInput(true);
    try {
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    } finally {
      input.destruct();
    }
    return true;
  })()`;
}

/** Grants host permissions to the add-on as the permission prompt does when a person accepts it. */
export function grantSource(addonId: string, origins: string[]): string {
  return `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
    await ExtensionPermissions.add(extension.id, { permissions: [], origins: ${JSON.stringify(origins)} }, extension);
    return true;
  })()`;
}

/**
 * Clicks the notification whose title contains `title`, as a person does: Firefox's own alert
 * window (with `alerts.useSystemBackend` off, notifications stay there).
 */
export function clickNotificationSource(title: string): string {
  return `(() => {
    const alerts = [...Services.wm.getEnumerator('alert:alert')];
    // A XUL label: its words are its value.
    const alert = alerts.find((w) => w.document.getElementById('alertTitleLabel')?.getAttribute('value')?.includes(${JSON.stringify(title)}));
    if (!alert) throw new Error('No notification titled ' + ${JSON.stringify(title)} + ' on screen.');
    alert.document.getElementById('alertBox').click();
    return true;
  })()`;
}
