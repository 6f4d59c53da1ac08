// Main-thread time the add-on adds under churn, with and without an ICS session's popup open.
//
// Why it is measured this way: on a shared machine the same frame of the same page costs 8 ms of
// CPU in one stretch of a few hundred milliseconds and 12 ms in the next (its layout alone 3 or
// 5 ms): the other programs on the machine slow it, whatever the page does. Pages measured one
// after the other, for seconds each, differ by ±20 % a round, a page against a copy of itself
// included; taking turns every 0.3 s still leaves ±5 %. So the page with the add-on and a copy
// without it run side by side, in windows of their own, their renderers kept on one CPU: both
// see the same slow and fast stretches, and each second compares them. Two more copies without
// the add-on, paired the same way on the other CPU, show what the method itself cannot resolve.
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { serveCalendar } from '../lib/gcal-page';
import { FILLER, WITH, WITHOUT, feed, median, ms, openPopup, pct, sessions } from './fixture';
import { interval, judge, pairedEstimate } from './paired';
import { availableParallelism } from 'node:os';
import { pin, rendererOf } from './cpus';

// Origins the content script does not match: the same page again, for the noise floor.
const COPIES = ['https://calendar.fixture-copy.test', 'https://calendar.fixture-third.test'];
const WINDOWS = 40;
const WINDOW_MS = 1_000;
// Start-up, the first render, the strip's loading and the JIT's warm-up stay out of the figures.
const WARM_MS = 3_000;
const TARGET = 0.05;

type Fixture = { fixture: { frames(): number } };

/** One fixture page in a browser window of its own, measured by CDP `ThreadTime`. */
class Tab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** A window per page: a page in a background tab would get a frame now and then, not each one. */
  static async open(ext: Extension, opener: CDPSession, origin: string): Promise<Tab> {
    await serveCalendar(ext, { events: sessions.map((s) => s.page), filler: FILLER, churn: true }, [origin]);
    const opened = ext.context.waitForEvent('page');
    await opener.send('Target.createTarget', { url: `${origin}/calendar/r`, newWindow: true });
    const page = await opened;
    // The new target starts on about:blank: wait for the fixture itself.
    await page.waitForFunction(() => 'fixture' in window);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return new Tab(page, cdp);
  }

  /**
   * Reads the frame count at a frame's start, then the main thread's CPU time (read right after
   * that frame's work): a window between two such reads holds whole frames only.
   */
  async read(): Promise<{ frames: number; cpu: number }> {
    const frames = await this.page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => done((window as unknown as Fixture).fixture.frames())),
        ),
    );
    return { frames, cpu: await this.#threadTime() };
  }

  async #threadTime(): Promise<number> {
    return (await this.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  }

  async close(): Promise<void> {
    await this.cdp.detach();
    await this.page.close();
  }
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
  const frames = () => page.evaluate(() => (window as unknown as Fixture).fixture.frames());
  const f0 = await frames();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(2_000);
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

/** Per window, each tab's main-thread CPU time per churn frame (ms), all measured over the same second. */
async function windows(tabs: Tab[]): Promise<{ costs: number[][]; frameRate: number }> {
  const costs: number[][] = [];
  let frames = 0;
  for (let i = 0; i < WINDOWS; i++) {
    const start = await Promise.all(tabs.map((t) => t.read()));
    await tabs[0]!.page.waitForTimeout(WINDOW_MS);
    const end = await Promise.all(tabs.map((t) => t.read()));
    costs.push(end.map((e, j) => ((e.cpu - start[j]!.cpu) * 1000) / (e.frames - start[j]!.frames)));
    frames += end[1]!.frames - start[1]!.frames;
  }
  return { costs, frameRate: frames / ((WINDOWS * WINDOW_MS) / 1000) };
}

async function churnCase(ext: Extension, opener: CDPSession, popup: boolean): Promise<void> {
  // [with, without] is the measured pair; the two copies are the same-vs-same pair.
  const tabs: Tab[] = [];
  try {
    const renderers = new Set<number>();
    let pinned = true;
    for (const [i, origin] of [WITH, WITHOUT, ...COPIES].entries()) {
      const tab = await Tab.open(ext, opener, origin);
      tabs.push(tab);
      // Found as it opens, while the pages before it are the only other busy renderers.
      const pid = await rendererOf(tab.page, ext.profileDir, renderers);
      if (pid !== null) renderers.add(pid);
      // Each pair on one CPU: the measured pair on the first, the copies on the last.
      pinned = pid !== null && pin(pid, i < 2 ? 0 : availableParallelism() - 1) && pinned;
    }
    // No measured window has the focus (the first page's window takes it back): both of a pair alike.
    await ext.context.pages()[0]!.bringToFront();
    if (popup) for (const tab of tabs) await openPopup(tab.page, feed[1]!.page.eventId);
    await tabs[0]!.page.waitForTimeout(WARM_MS);
    const { costs, frameRate } = await windows(tabs);
    const added = pairedEstimate(costs.map(([w, n]) => w! / n!));
    const floor = pairedEstimate(costs.map(([, , a, b]) => b! / a!));
    const base = median(costs.map(([, n]) => n!));
    const script = await addonScript(tabs[0]!.page);
    console.log(
      `  ${popup ? 'an ICS session’s popup open' : 'no popup'}: page alone ${ms(base)} CPU per frame ` +
        `(${frameRate.toFixed(0)} frames/s with four pages running); added ${interval(added)}, ${judge(added, TARGET)}; ` +
        `same vs same (without vs without): ${interval(floor)}; the add-on's own JavaScript ${ms(script)} per frame ` +
        `(${pct(script / base)})${pinned ? '' : '; renderers not pinned to CPUs (not Linux, or no taskset): noisier'}`,
    );
  } finally {
    for (const tab of tabs) await tab.close();
  }
}

export async function churnCost(ext: Extension): Promise<void> {
  console.log(
    `\nmain-thread CPU time under churn (20 chips rebuilt a frame): the page with the add-on beside a copy without it, ` +
      `${WINDOWS} windows of ${WINDOW_MS / 1000} s (target: ≤ ${pct(TARGET)} added; median and its 95 % interval)`,
  );
  const first = ext.context.pages()[0] ?? (await ext.context.newPage());
  const opener = await ext.context.newCDPSession(first);
  try {
    for (const popup of [false, true]) await churnCase(ext, opener, popup);
  } finally {
    await opener.detach();
  }
}
