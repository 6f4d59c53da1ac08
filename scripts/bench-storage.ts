// `npm run bench`, stored data: storage reads per page open, bytes a sync writes, and the
// popup's time to its list against a bare extension page (one storage read, one element).
//
// The bare page is not part of any build: it is written into a copy of the Chrome build made
// here (with loopback granted for the local feed server, as the e2e build has), so the shipped
// extension holds no benchmark code and both pages load from the same extension, interleaved.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { DEFAULT_POLICY } from '../lib/policy/policy';
import { openExtensionInChromium as launch, type ChromiumWithExtension as Extension } from './lib/chromium';
import { icsFeed, type TestEvent } from './lib/ics-feed';
import { serveOnLoopback as serve } from './lib/serve';

const BUILD = resolve('.output/chrome-mv3');
const COPY = resolve('.tmp/bench-ext');
const HOUR = 3_600_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function prepareExtension(): string {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  cpSync(BUILD, COPY, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(COPY, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(join(COPY, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(COPY, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="/bench.js"></script>\n',
  );
  writeFileSync(
    join(COPY, 'bench.js'),
    `chrome.storage.local.get(null).then((raw) => {
  const p = document.createElement('p');
  p.textContent = Object.keys(raw).length + ' stored items';
  document.getElementById('app').append(p);
  performance.mark('sessions-rendered');
});\n`,
  );
  return COPY;
}

// Runs before any of a page's own code: counts its `storage.local.get` calls.
const COUNT_READS = `(() => {
  if (!globalThis.chrome?.storage?.local) return;
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  globalThis.__skReads = 0;
  area.get = (...args) => { globalThis.__skReads++; return get(...args); };
})();`;

/** 1,000 sessions over the next four months, one of them optionally moved by an hour. */
function sessions(moved: boolean): TestEvent[] {
  const start = Math.floor(Date.now() / HOUR) * HOUR + 2 * HOUR;
  return Array.from({ length: 1000 }, (_, i) => ({
    uid: `s${i}@clinic`,
    title: 'Therapy session',
    start: start + i * 2.5 * HOUR + (moved && i === 500 ? HOUR : 0),
  }));
}

async function rendered(page: Page): Promise<number> {
  const t = await page.waitForFunction(() => performance.getEntriesByName('sessions-rendered')[0]?.startTime, null, {
    timeout: 15_000,
  });
  return (await t.jsonValue()) as number;
}

/** Sums the JSON sizes (key + value) of every local-area change while `run` runs, seen from `page`. */
async function bytesWritten(page: Page, run: () => Promise<unknown>): Promise<{ bytes: number; keys: string[] }> {
  await page.evaluate(() => {
    const w = globalThis as unknown as { __skWritten?: { bytes: number; keys: string[] } };
    const listening = w.__skWritten !== undefined;
    w.__skWritten = { bytes: 0, keys: [] };
    if (listening) return;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (!w.__skWritten) return;
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes)) {
        w.__skWritten.bytes += key.length + JSON.stringify(change.newValue ?? null).length;
        w.__skWritten.keys.push(key);
      }
    });
  });
  await run();
  // onChanged is delivered after the write resolves; a marker write lands after every earlier one.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        chrome.storage.onChanged.addListener((changes) => {
          if ('benchMarker' in changes) resolve();
        });
        void chrome.storage.session.set({ benchMarker: Date.now() });
      }),
  );
  return page.evaluate(() => (globalThis as unknown as { __skWritten: { bytes: number; keys: string[] } }).__skWritten);
}

async function seed(ext: Extension, feedUrl: string): Promise<void> {
  await ext.store({
    therapists: [
      {
        id: 't',
        name: 'Dr Lee',
        email: '',
        portalUrl: '',
        policy: DEFAULT_POLICY,
        keywords: [],
        organizerEmails: [],
        focus: [],
      },
    ],
    sources: [
      { id: 'clinic', name: 'Clinic', kind: 'ics', url: `${feedUrl}/clinic.ics`, therapistId: 't' },
      { id: 'other', name: 'Other', kind: 'ics', url: `${feedUrl}/other.ics`, therapistId: 't' },
    ],
  });
  await ext.send('syncNow', {});
}

export async function benchStorage(): Promise<void> {
  const extensionDir = prepareExtension();
  let moved = false;
  let etags = false;
  const server = await serve((req, res) => {
    const body = icsFeed(req.url === '/other.ics' ? sessions(false).slice(0, 50) : sessions(moved));
    const etag = `"${moved ? 'b' : 'a'}-${req.url}"`;
    if (etags && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar', ...(etags ? { etag } : {}) });
    res.end(body);
  });

  const profileDir = mkdtempSync(join(resolve('.tmp'), 'profile-'));
  let ext = await launch(extensionDir, { profileDir });
  await seed(ext, server.url);
  await ext.context.addInitScript(COUNT_READS);

  console.log('\n## Storage reads per page open (chrome.storage.local.get calls; target 1)');
  for (const name of ['popup', 'sidepanel', 'options'] as const) {
    const page = await ext.context.newPage();
    await page.goto(`${ext.origin}${name}.html`);
    if (name === 'popup') await rendered(page);
    else await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Let every section that reads storage run.
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 500));
    console.log(
      `${name.padEnd(10)} ${await page.evaluate(() => (globalThis as unknown as { __skReads?: number }).__skReads ?? 'not counted')}`,
    );
    await page.close();
  }

  console.log('\n## Bytes written by one sync (2 feeds: 1,000 + 50 sessions)');
  const watcher = await ext.context.newPage();
  await watcher.goto(`${ext.origin}bench.html`);
  const sync = () => ext.send('syncNow', {});
  const report = (what: string, w: { bytes: number; keys: string[] }) =>
    console.log(
      `${what.padEnd(44)} ${w.bytes.toLocaleString('en-US').padStart(9)} bytes  (${[...new Set(w.keys)].filter((k) => !k.endsWith('$')).join(', ') || 'nothing'})`,
    );
  report('unchanged feeds, no validators (re-download)', await bytesWritten(watcher, sync));
  etags = true;
  await sync();
  report('unchanged feeds, ETag → 304', await bytesWritten(watcher, sync));
  moved = true;
  etags = false;
  report('one event of one feed moved', await bytesWritten(watcher, sync));
  await watcher.close();

  console.log('\n## Popup time to list ÷ bare extension page (one read, one element), interleaved');
  const page = await ext.context.newPage();
  const warm = { popup: [] as number[], bare: [] as number[] };
  for (let i = 0; i < 15; i++) {
    for (const [name, file] of [
      ['popup', 'popup.html'],
      ['bare', 'bench.html'],
    ] as const) {
      await page.goto(`${ext.origin}${file}`);
      warm[name].push(await rendered(page));
    }
  }
  await ext.close();
  const first = { popup: [] as number[], bare: [] as number[] };
  for (let i = 0; i < 3; i++) {
    for (const [name, file] of [
      ['popup', 'popup.html'],
      ['bare', 'bench.html'],
    ] as const) {
      ext = await launch(extensionDir, { profileDir });
      await ext.firstBadge();
      const tab = await ext.context.newPage();
      await tab.goto(`${ext.origin}${file}`);
      first[name].push(await rendered(tab));
      await ext.close();
    }
  }
  rmSync(profileDir, { recursive: true, force: true });
  await server.close();
  const line = (what: string, m: { popup: number[]; bare: number[] }, target: string) => {
    const [p, b] = [median(m.popup), median(m.bare)];
    console.log(
      `${what.padEnd(30)} popup ${p.toFixed(1)} ms, bare ${b.toFixed(1)} ms: ${(p / b).toFixed(2)}× (target ${target}; n=${m.popup.length})`,
    );
  };
  line('warm (same tab, 15 each)', warm, '≤ 1.2×');
  line('first open after browser start', first, '≤ 2×');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchStorage();
