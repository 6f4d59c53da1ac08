// The calendar add-on's cost in real Chromium, against the same fake Google Calendar page (500
// chips, re-rendering like Google's) served where the add-on does not run: its size, the
// main-thread time it adds under churn (no popup; an ICS session's popup open), its longest task
// at first render, and how soon after a popup is inserted the strip is painted. Runs with and
// without the add-on are interleaved in one browser, so both see the same machine load.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openExtensionInChromium as launch } from './lib/chromium';
import { storeSessions, therapist } from './lib/gcal-page';
import { churnCost } from './addon-bench/churn';
import { sessions, verdict } from './addon-bench/fixture';
import { firstRender } from './addon-bench/first-render';
import { stripLatency } from './addon-bench/strip-latency';

export async function benchAddon(extensionDir: string): Promise<void> {
  sizes(extensionDir);
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

function sizes(dir: string): void {
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
  const loader = gz('content-scripts/google-calendar.js');
  console.log(`loaded on every calendar page: ${loader.toFixed(1)} KB gzip (target ≤ 6 KB: ${verdict(loader <= 6)})`);
  console.log(
    `strip, loaded when a session's popup first opens: ${gz('content-scripts/google-calendar-strip.js').toFixed(1)} KB gzip`,
  );
}

// On its own (`npx tsx scripts/bench-addon.ts [build dir]`, after `npm run build`): only the add-on.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchAddon(resolve(process.argv[2] ?? '.output/chrome-mv3'));
}
