import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { STRIP_CHUNK, STRIP_GLOBAL } from '../../lib/gcal-page/strip-script';
import type { createStrip } from './strip';

export type CreateStrip = typeof createStrip;

/**
 * The strip's code, fetched the first time a session's popup opens, so that the script on every
 * calendar page stays small (modules/gcal-addon.ts builds it):
 *
 * - Chrome: the strip's ES module, imported by its per-session dynamic URL.
 * - Firefox: addons.mozilla.org's linter refuses an `import()` of a computed URL, so the
 *   background runs the strip's classic script in this frame (`injectStrip`,
 *   `tabs.executeScript`), which leaves `createStrip` on the sandbox global this script shares
 *   with it, out of the page's reach (lib/gcal-page/strip-script.ts).
 *
 * Rejects with the reason in words; the caller may ask again later.
 */
export async function loadStripCode(): Promise<CreateStrip> {
  if (!import.meta.env.FIREFOX) {
    const module = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${STRIP_CHUNK}`))) as {
      createStrip: CreateStrip;
    };
    return module.createStrip;
  }
  await sendMessage('injectStrip', {});
  const global = globalThis as { [STRIP_GLOBAL]?: CreateStrip };
  const create = global[STRIP_GLOBAL];
  delete global[STRIP_GLOBAL];
  if (!create) throw new Error('The strip’s script ran in another page than this one.');
  return create;
}
