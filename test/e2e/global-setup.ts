import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium';
import { EXTENSION_DIR } from './harness';

/**
 * Checked once before any e2e test: without a browser or a build every test would fail with
 * the same words, or (a stale build) pass against old code. Exits at once with the reason: a
 * throw here makes vitest lead with a misleading "No test files found".
 */
export default function setup(): void {
  try {
    findChromium();
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(
        `No built extension in ${EXTENSION_DIR}. Run \`npm run test:e2e\` (it builds first), or build with ` +
          '`npm run build:e2e`, or point SK_EXTENSION_DIR at a chrome-mv3 build.',
      );
    }
  } catch (error) {
    console.error(`\nEnd-to-end tests cannot run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
