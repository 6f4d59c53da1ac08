import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../scripts/lib/chromium';
import { BROWSER } from './harness';
import { CHROME_EXTENSION_DIR } from './harness/chromium/launch';
import { findFirefox, FIREFOX_EXTENSION_DIR } from './harness/firefox/launch';

/**
 * Checked once before any e2e test: without a browser or a build every test would fail with
 * the same words, or (a stale build) pass against old code. Exits at once with the reason: a
 * throw here makes vitest lead with a misleading "No test files found".
 */
export default function setup(): void {
  const [find, dir, build] =
    BROWSER === 'firefox'
      ? ([findFirefox, FIREFOX_EXTENSION_DIR, 'npm run build:e2e:firefox'] as const)
      : ([findChromium, CHROME_EXTENSION_DIR, 'npm run build:e2e'] as const);
  try {
    find();
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(
        `No built extension in ${dir}. Run the end-to-end tests with npm (they build first), or build with \`${build}\`.`,
      );
    }
  } catch (error) {
    console.error(
      `\nEnd-to-end tests cannot run in ${BROWSER}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
