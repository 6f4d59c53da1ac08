// The calendar add-on's cost in real Chromium, against the same fake Google Calendar page (500
// chips, re-rendering like Google's) served where the add-on does not run: its size, the
// main-thread time it adds under churn (no popup; an ICS session's popup open), its longest task
// at first render, and how soon after a popup is inserted the strip is painted. Runs with and
// without the add-on are interleaved in one browser, so both see the same machine load.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { instanceSuffix } from '../lib/gcal-page/event-id';
import { openExtensionInChromium as launch, type ChromiumWithExtension as Extension } from './lib/chromium';
import { DAY, HOUR, event, minute, serveCalendar, storeSessions, therapist, type Session } from './lib/gcal-page';

const WITH = 'https://calendar.google.com';
// Same page, an origin the content script does not match.
const WITHOUT = 'https://calendar.fixture.test';
const ROUNDS = 6;
const WINDOW_MS = 3_000;
const OPENS = 15;

const week = (k: number) => minute() + DAY + 2 * HOUR + k * 7 * DAY;
const feed = [0, 1, 2, 3, 4].map((k) =>
  event(
    { eventId: `z9feed${k}xq`, title: 'CBT session', start: week(k), day: 2, top: 20 + 50 * k },
    { sourceId: 'feed', uid: `cbt-weekly-${k}@clinic.example` },
  ),
);
const google = [0, 1, 2, 3, 4].map((k) => {
  const id = `w33kly9q_${instanceSuffix(week(k) + 3 * HOUR)}`;
  return event(
    { eventId: id, title: 'Weekly therapy', start: week(k) + 3 * HOUR, day: 3, top: 20 + 50 * k },
    { sourceId: 'gcal', uid: 'w33kly9q@google.com', recurring: true, googleEventId: id },
  );
});
const sessions: Session[] = [...feed, ...google];
const FILLER = 500 - sessions.length;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

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

async function open(ext: Extension, origin: string, churn: boolean): Promise<Page> {
  await serveCalendar(ext, { events: sessions.map((s) => s.page), filler: FILLER, churn }, [origin]);
  const page = await ext.context.newPage();
  await page.goto(`${origin}/calendar/r`);
  return page;
}

const openPopup = (page: Page, eventId: string) =>
  page.evaluate(
    (id) => (window as unknown as { fixture: { openEvent(id: string): void } }).fixture.openEvent(id),
    eventId,
  );

/**
 * Main-thread CPU time per churn frame over a window (CDP `ThreadTime`: time on the CPU, so a
 * busy machine does not inflate it; per frame, so fewer frames on a slower run do not hide it).
 */
async function busy(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const thread = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  const frames = () => page.evaluate(() => (window as unknown as { fixture: { frames(): number } }).fixture.frames());
  const [t0, f0] = [await thread(), await frames()];
  await page.waitForTimeout(WINDOW_MS);
  const [t1, f1] = [await thread(), await frames()];
  await cdp.detach();
  return ((t1 - t0) * 1000) / (f1 - f0);
}

interface Profile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The add-on's own JavaScript per churn frame (CPU profile: self time in the extension's scripts). */
async function addonScript(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const frames = () => page.evaluate(() => (window as unknown as { fixture: { frames(): number } }).fixture.frames());
  const f0 = await frames();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(WINDOW_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const f1 = await frames();
  await cdp.detach();
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000 / (f1 - f0);
}

async function churnCost(ext: Extension): Promise<void> {
  console.log(
    `\nmain-thread CPU time under churn (20 chips rebuilt a frame), ${ROUNDS} interleaved rounds of ${WINDOW_MS / 1000} s (target: ≤ 5 % added)`,
  );
  for (const popup of [false, true]) {
    const added: number[] = [];
    const base: number[] = [];
    const script: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const pair: number[] = [];
      for (const origin of round % 2 ? [WITH, WITHOUT] : [WITHOUT, WITH]) {
        const page = await open(ext, origin, true);
        // Start-up and the first render are measured on their own (below).
        await page.waitForTimeout(1_000);
        if (popup) {
          await openPopup(page, feed[1]!.page.eventId);
          await page.waitForTimeout(300);
        }
        pair[origin === WITH ? 1 : 0] = await busy(page);
        if (origin === WITH) script.push(await addonScript(page));
        await page.close();
      }
      base.push(pair[0]!);
      added.push((pair[1]! - pair[0]!) / pair[0]!);
    }
    const m = median(added);
    console.log(
      `  ${popup ? 'an ICS session’s popup open' : 'no popup'}: page alone ${ms(median(base))} CPU per frame, ` +
        `added ${pct(m)} (rounds: ${added.map(pct).join(', ')}) ${verdict(m <= 0.05)}; ` +
        `the add-on's own JavaScript ${ms(median(script))} per frame (${pct(median(script) / median(base))})`,
    );
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a busy machine a task also waits for the CPU, which `dur` counts. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url: string }[] } };
}

/** The longest main-thread tasks after navigation: all of them, and those running add-on code. */
async function firstRender(ext: Extension): Promise<void> {
  const browser = ext.context.browser()!;
  const results: ReturnType<typeof longestTasks>[] = [];
  for (const origin of [WITHOUT, WITH, WITHOUT, WITH]) {
    const page = await ext.context.newPage();
    await serveCalendar(ext, { events: sessions.map((s) => s.page), filler: FILLER, churn: false }, [origin]);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${origin}/calendar/r`);
    await page.waitForTimeout(2_000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    results.push(longestTasks(trace.traceEvents));
    await page.close();
  }
  const without = results.filter((_, i) => i % 2 === 0);
  const withAddon = results.filter((_, i) => i % 2 === 1);
  const worst = withAddon.reduce((a, b) => (b.addon > a.addon ? b : a));
  const worstCpu = Math.max(...withAddon.map((r) => r.addonCpu));
  console.log(`\nfirst render of a 500-chip month (2 runs each)`);
  console.log(
    `  longest task running add-on code: ${ms(worst.addon)} [${worst.what}] (target ≤ 16 ms: ${verdict(worst.addon <= 16)}); ` +
      `on the CPU (without waiting for it): ${ms(worstCpu)} ${verdict(worstCpu <= 16)}`,
  );
  console.log(
    `  longest task of the page: with the add-on ${withAddon.map((r) => ms(r.all)).join(', ')}; without ${without.map((r) => ms(r.all)).join(', ')}`,
  );
}

function longestTasks(events: TraceEvent[]): { all: number; addon: number; addonCpu: number; what: string } {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  // Add-on code: script evaluation, timers, callbacks whose script is the extension's.
  const addonCode = onMain.filter((e) => {
    const data = e.args?.data;
    const url = data?.url ?? data?.stackTrace?.[0]?.url ?? '';
    return url.startsWith('chrome-extension://');
  });
  let all = 0;
  let longest: TraceEvent | null = null;
  let cpu = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    all = Math.max(all, task.dur!);
    const ours = addonCode.some((e) => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts <= end);
    if (ours && task.dur! > (longest?.dur ?? 0)) longest = task;
    if (ours) cpu = Math.max(cpu, task.tdur ?? task.dur!);
  }
  // What the add-on's longest task spent its time on (the trace events inside it over 1 ms).
  const inside = longest
    ? onMain.filter(
        (e) =>
          e !== longest &&
          e.tid === longest.tid &&
          e.ts >= longest.ts &&
          e.ts < longest.ts + longest.dur! &&
          (e.dur ?? 0) > 1000,
      )
    : [];
  const what = inside
    .slice(0, 4)
    .map((e) => `${e.name} ${ms(e.dur! / 1000)}`)
    .join(', ');
  return { all: all / 1000, addon: (longest?.dur ?? 0) / 1000, addonCpu: cpu / 1000, what };
}

/**
 * From the fixture's insertion of the popup (at a random moment between frames, as a click
 * comes) to the first frame painted with the strip in it — with the add-on — or with the popup
 * in it — without: the page's own latency. Measured in the page: each frame checks for the
 * strip's host box, and a message posted from that frame's animation callback runs once the
 * frame's rendering is done. Also: how many frames the strip came after the popup (0: with it).
 */
async function paintedAfter(page: Page, eventId: string, strip: boolean): Promise<{ ms: number; late: number }> {
  await page.evaluate(() => (window as unknown as { fixture: { close(): void } }).fixture.close());
  // Source text: the page runs it as written (no helpers of the bundler that runs this script).
  return page.evaluate(`new Promise((resolve) => {
    const fixture = window.fixture;
    const strip = ${JSON.stringify(strip)};
    let frames = 0;
    let popupFrame = null;
    function frame() {
      frames++;
      const dialog = document.querySelector('[role="dialog"][data-chips-dialog="true"]');
      if (popupFrame === null && dialog && dialog.getBoundingClientRect().height > 0) popupFrame = frames;
      // The strip's host: the dialog's one child without a class of Google's.
      const shown = dialog && [...dialog.children].some((el) => el.tagName === 'DIV' && el.className === '' && el.getBoundingClientRect().height > 0);
      if (popupFrame === null || (strip && !shown)) return requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ms: performance.now() - fixture.openedAt, late: frames - popupFrame });
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(() => setTimeout(() => {
      fixture.openEvent(${JSON.stringify(eventId)});
      requestAnimationFrame(frame);
    }, Math.random() * 16));
  })`);
}

async function stripLatency(ext: Extension): Promise<void> {
  console.log(`\npopup inserted → painted, ${OPENS} opens each (target: strip ≤ 17 ms)`);
  const without = await open(ext, WITHOUT, false);
  const withAddon = await open(ext, WITH, false);
  await withAddon.waitForTimeout(1_000);
  const popupOnly: number[] = [];
  // A background tab gets no frames: measure each page in front.
  await without.bringToFront();
  for (let i = 0; i < OPENS; i++) popupOnly.push((await paintedAfter(without, google[0]!.page.eventId, false)).ms);
  await withAddon.bringToFront();
  console.log(
    `  the popup itself, without the add-on: median ${ms(median(popupOnly))}, max ${ms(Math.max(...popupOnly))}`,
  );
  const imported = await paintedAfter(withAddon, google[0]!.page.eventId, true);
  console.log(`  first open of all (imports the strip's module): ${ms(imported.ms)}`);
  // The add-on asks the background about each event the first time its popup opens (and again
  // after a data change); the strip shows at once when the event's chip was already answered.
  for (const [kind, list] of [
    ['Google', google.slice(1)],
    ['ICS', [feed[0]!, feed[2]!, feed[3]!]],
  ] as const) {
    const runs: { ms: number; late: number }[] = [];
    for (const s of list) runs.push(await paintedAfter(withAddon, s.page.eventId, true));
    const m = median(runs.map((r) => r.ms));
    console.log(
      `  ${kind} session, strip, first open of each event: median ${ms(m)}, ` +
        `max ${ms(Math.max(...runs.map((r) => r.ms)))}, in the popup's own frame ` +
        `${runs.filter((r) => r.late === 0).length} of ${runs.length} ${verdict(m <= 17)}`,
    );
  }
  // A worker stopped (Chrome stops an idle one after 30 s): the question starts it again.
  await ext.stopWorker();
  const asleep = await paintedAfter(withAddon, feed[4]!.page.eventId, true);
  console.log(
    `  ICS session, strip, first open with the worker stopped: ${ms(asleep.ms)} (${asleep.late} frames after the popup)`,
  );
  for (const [kind, s] of [
    ['Google', google[0]!],
    ['ICS', feed[1]!],
  ] as const) {
    const runs: { ms: number; late: number }[] = [];
    for (let i = 0; i < OPENS; i++) runs.push(await paintedAfter(withAddon, s.page.eventId, true));
    // The first of the ICS runs is its first open (above: a round trip).
    const rest = runs.slice(1);
    const m = median(rest.map((r) => r.ms));
    const together = rest.filter((r) => r.late === 0).length;
    console.log(
      `  ${kind} session, strip, reopened: median ${ms(m)}, max ${ms(Math.max(...rest.map((r) => r.ms)))}, ` +
        `in the popup's own frame ${together} of ${rest.length} ${verdict(m <= 17)}`,
    );
  }
}

// On its own (`npx tsx scripts/bench-addon.ts [build dir]`, after `npm run build`): only the add-on.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchAddon(resolve(process.argv[2] ?? '.output/chrome-mv3'));
}
