import { sendMessage } from '../messaging';
import { sidebarAction } from './sidebar';

/**
 * Opens the side panel on the session `key` from a click in an extension page (the popup):
 * call it synchronously in the click handler. Chrome keeps the click's gesture through the
 * message, so its background opens the panel. Firefox keeps it only in this page's own handler
 * (MDN, sidebarAction.open), so the sidebar is opened here and the background told which
 * session to show; where Firefox refuses, the background opens the panel page in a tab.
 */
export function openPanelFromClick(key: string): Promise<void> {
  const sidebar = sidebarAction();
  if (!sidebar) return sendMessage('openSidePanel', { key });
  let opening: Promise<void>;
  try {
    opening = sidebar.open();
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.then(
    () => sendMessage('openSidePanel', { key, opened: true }),
    () => sendMessage('openSidePanel', { key }),
  );
}
