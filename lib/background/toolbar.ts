import { browser } from 'wxt/browser';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
export function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
