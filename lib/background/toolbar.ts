import { browser } from 'wxt/browser';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
export function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * A toolbar popup setting as a path (`/popup.html`; '' for none). Chrome's `getPopup` answers
 * with a full URL, Firefox's too, and Firefox's `getManifest()` gives `default_popup` as a full
 * `moz-extension://` URL: compared as given, they never match and the popup is rewritten at every
 * evaluation.
 */
export function popupPath(popup: string, base: string): string {
  return popup ? new URL(popup, base).pathname : '';
}
