// `npm run bench`: bundle sizes of the Chrome build, the popup's time to render its list from
// stored data in real Chromium, ICS ingestion speed and the calendar add-on's cost.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchAddon } from './bench-addon';
import { openExtensionInChromium } from './lib/chromium';
import { benchIngest } from './bench-ingest';

const OUT = resolve('.output/chrome-mv3');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A script and every chunk it imports statically, each counted once. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    scriptClosure(spec.startsWith('/') ? join(OUT, spec) : resolve(dirname(file), spec), seen);
  }
  return seen;
}

function pageScripts(html: string): string[] {
  const text = readFileSync(join(OUT, html), 'utf8');
  return [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(OUT, m[1]!.replace(/^\//, '')));
}

function size(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

console.log('## Bundle sizes (Chrome MV3 build, JS each page loads)');
const rows: [string, string[]][] = [
  ['popup', pageScripts('popup.html')],
  ['options', pageScripts('options.html')],
  ['side panel', pageScripts('sidepanel.html')],
  ['background', [join(OUT, 'background.js')]],
  ['calendar add-on', [join(OUT, 'content-scripts/google-calendar.js')]],
];
for (const [name, entries] of rows) {
  const files = new Set<string>();
  for (const e of entries) {
    try {
      scriptClosure(e, files);
    } catch {
      // An entry that does not exist (yet) is reported as missing below.
    }
  }
  if (!files.size) {
    console.log(`${name.padEnd(16)} missing`);
    continue;
  }
  const s = size(files);
  console.log(`${name.padEnd(16)} ${kb(s.raw).padStart(9)} raw  ${kb(s.gzip).padStart(9)} gzip`);
}

console.log('\n## Popup: navigation start → list rendered from stored data (demo calendar)');
const ext = await openExtensionInChromium(OUT);
await ext.firstBadge();
const times: number[] = [];
const page = await ext.context.newPage();
for (let i = 0; i < 15; i++) {
  await page.goto(`${ext.origin}popup.html`);
  const t = await page.waitForFunction(() => performance.getEntriesByName('sessions-rendered')[0]?.startTime, null, {
    timeout: 10_000,
  });
  times.push((await t.jsonValue()) as number);
}
await ext.close();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  `opens: ${times.length}, median ${median.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
);

console.log('\n## ICS ingestion');
await benchIngest();

console.log('\n## Calendar add-on');
await benchAddon(OUT);
await (await import('./bench-storage')).benchStorage();
