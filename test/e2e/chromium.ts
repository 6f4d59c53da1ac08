import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Finds Chromium: `CHROMIUM_PATH`, then the usual places. Chrome-branded builds ignore
 * `--load-extension` since v137, so only Chromium will do.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
      'macOS: `brew install --cask chromium`) or set CHROMIUM_PATH to its binary.',
  );
}
