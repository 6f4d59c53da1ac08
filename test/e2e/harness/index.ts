// The end-to-end harness: one interface (`Extension`, `Tab`), two browser back ends. A test
// calls `launch()` and runs in the browser named by SK_BROWSER (chromium by default).
import { launchChromiumExtension } from './chromium/backend';
import { launchFirefoxExtension } from './firefox/launch';
import type { BrowserName, Extension, LaunchOptions } from './types';

export type { Badge, BrowserName, Extension, Fulfil, LaunchOptions, PageName, Tab, Target } from './types';
export { closeAll, removeProfile } from './lifecycle';
export { serve, type TestServer } from './serve';
export { holds, waitFor } from './wait';

/** The browser this run drives: SK_BROWSER (`chromium` or `firefox`). */
export const BROWSER: BrowserName = process.env.SK_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** Launches the browser of this run with the built extension, on a fresh (or the given) profile. */
export function launch(options: LaunchOptions = {}): Promise<Extension> {
  return BROWSER === 'firefox' ? launchFirefoxExtension(options) : launchChromiumExtension(options);
}
