// The calendar add-on's cost in real Chromium, against the same fake Google Calendar page (500
// chips, re-rendering like Google's) served where the add-on does not run: its size, the
// main-thread time it adds under churn (no popup; an ICS session's popup open), its longest task
// at first render, and how soon after a popup is inserted the strip is painted. Runs with and
// without the add-on are interleaved in one browser, so both see the same machine load.
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openExtensionInChromium as launch } from './lib/chromium';
import { storeSessions, therapist } from './lib/gcal-page';
import { churnCost } from './addon-bench/churn';
import { sessions } from './addon-bench/fixture';
import { firstRender } from './addon-bench/first-render';
import { addonSizes } from './addon-bench/size';
import { stripLatency } from './addon-bench/strip-latency';

/** `extensionDir`: the Chrome build; the Firefox build beside it is measured for size too. */
export async function benchAddon(extensionDir: string): Promise<void> {
  addonSizes({ Chrome: extensionDir, Firefox: join(dirname(extensionDir), 'firefox-mv2') });
  const ext = await launch(extensionDir);
  try {
    await storeSessions(ext, sessions, { therapists: [therapist] });
    // SK_BENCH_PARTS=churn (or first, strip; comma-separated) runs only those parts.
    const parts = new Set((process.env.SK_BENCH_PARTS ?? 'churn,first,strip').split(','));
    if (parts.has('churn')) await churnCost(ext);
    if (parts.has('first')) await firstRender(ext);
    if (parts.has('strip')) await stripLatency(ext);
  } finally {
    await ext.close();
  }
}

// On its own (`npx tsx scripts/bench-addon.ts [build dir]`, after `npm run build` and
// `npm run build:firefox`): only the add-on.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchAddon(resolve(process.argv[2] ?? '.output/chrome-mv3'));
}
