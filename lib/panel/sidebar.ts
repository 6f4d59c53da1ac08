import { browser } from 'wxt/browser';

/**
 * Firefox's sidebar (MDN, sidebarAction.open): it opens only inside a handler of user input in
 * the calling page itself; a runtime message or a notification click is not one.
 */
export interface SidebarAction {
  open(): Promise<void>;
}

/** The sidebar API, where the browser has one (Firefox) instead of Chrome's side panel. */
export function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}
