// Main-thread time the add-on adds under churn, with and without an ICS session's popup open.
//
// Why it is measured this way: on a shared machine the same frame of the same page costs 8 ms of
// CPU in one stretch of a few hundred milliseconds and 12 ms in the next (its layout alone takes
// 3 or 5 ms), whatever the page does. Fresh pages measured one after the other for seconds each
// swing ±20 % per round, the same page against itself included. Here the page with the add-on
// and two copies without it stay open and warm, and take turns in the front tab in short
// windows, so that each round compares them within about a second; the two copies without the
// add-on measured against each other show the method's own resolution (its noise floor).
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { WITH, WITHOUT, feed, median, ms, open, openPopup, pct } from './fixture';
import { interval, judge, pairedEstimate } from './paired';
import { raiseRendererPriority } from './priority';

// A second origin the content script does not match: the same page again, for the noise floor.
const WITHOUT_TOO = 'https://calendar.fixture-copy.test';
const ROUNDS = 45;
const WARM_ROUNDS = 4;
const WINDOW_MS = 300;
// A tab brought to the front takes a frame or two to get back to the full frame rate.
const SETTLE_MS = 60;
const TARGET = 0.05;

type Fixture = { fixture: { frames(): number } };

/** One of the fixture pages, measured by CDP `ThreadTime`: its main thread's time on the CPU. */
class Tab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(ext: Extension, origin: string): Promise<Tab> {
    const page = await open(ext, origin, true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return new Tab(page, cdp);
  }

  /**
   * Main-thread CPU time per churn frame over one window in the front tab. Both ends are read
   * at a frame's start (the metric is read right after that frame's work), so a window counts
   * whole frames: a window of 15 frames read mid-frame would be off by up to 7 %.
   */
  async window(): Promise<number> {
    await this.page.bringToFront();
    await this.page.waitForTimeout(SETTLE_MS);
    const f0 = await this.#frame();
    const t0 = await this.#thread();
    await this.page.waitForTimeout(WINDOW_MS);
    const f1 = await this.#frame();
    const t1 = await this.#thread();
    return ((t1 - t0) * 1000) / (f1 - f0);
  }

  /** Frames per second in the front tab (for the report). */
  async frameRate(): Promise<number> {
    await this.page.bringToFront();
    const f0 = await this.#frame();
    await this.page.waitForTimeout(1_000);
    return (await this.#frame()) - f0;
  }

  async close(): Promise<void> {
    await this.cdp.detach();
    await this.page.close();
  }

  #frame(): Promise<number> {
    return this.page.evaluate(
      () => new Promise<number>((done) => requestAnimationFrame(() => done((window as unknown as Fixture).fixture.frames()))),
    );
  }

  async #thread(): Promise<number> {
    return (await this.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  }
}

interface Profile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The add-on's own JavaScript per churn frame (CPU profile: self time in the extension's scripts). */
async function addonScript(page: Page): Promise<number> {
  await page.bringToFront();
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

/** Rounds of the three tabs in turn; the order rotates and reverses so that no tab always follows another. */
async function rounds(tabs: [Tab, Tab, Tab], count: number): Promise<[number, number, number][]> {
  const results: [number, number, number][] = [];
  for (let round = 0; round < count; round++) {
    const order = [0, 1, 2].map((i) => (i + round) % 3);
    if (round % 2) order.reverse();
    const cost: number[] = [];
    for (const i of order) cost[i] = await tabs[i]!.window();
    results.push([cost[0]!, cost[1]!, cost[2]!]);
  }
  return results;
}

async function churnCase(ext: Extension, popup: boolean): Promise<void> {
  const tabs = [await Tab.open(ext, WITH), await Tab.open(ext, WITHOUT), await Tab.open(ext, WITHOUT_TOO)] as [Tab, Tab, Tab];
  try {
    if (popup) for (const tab of tabs) await openPopup(tab.page, feed[1]!.page.eventId);
    const priority = raiseRendererPriority(ext.profileDir);
    // Start-up, the first render, the strip's loading and the JIT's warm-up stay out of the figures.
    await rounds(tabs, WARM_ROUNDS);
    const measured = await rounds(tabs, ROUNDS);
    const added = pairedEstimate(measured.map(([w, a, b]) => w / ((a + b) / 2)));
    const floor = pairedEstimate(measured.map(([, a, b]) => b / a));
    const base = median(measured.map(([, a, b]) => (a + b) / 2));
    const script = await addonScript(tabs[0].page);
    const fps = await tabs[1].frameRate();
    console.log(
      `  ${popup ? 'an ICS session’s popup open' : 'no popup'}: page alone ${ms(base)} CPU per frame (${fps} frames/s); ` +
        `added ${interval(added)}, ${judge(added, TARGET)}; same vs same (without vs without): ${interval(floor)}; ` +
        `the add-on's own JavaScript ${ms(script)} per frame (${pct(script / base)})${priority ? `; ${priority}` : ''}`,
    );
  } finally {
    for (const tab of tabs) await tab.close();
  }
}

export async function churnCost(ext: Extension): Promise<void> {
  console.log(
    `\nmain-thread CPU time under churn (20 chips rebuilt a frame), the page with the add-on against two copies ` +
      `without it, in turn in ${WINDOW_MS / 1000} s windows, ${ROUNDS} rounds (target: ≤ ${pct(TARGET)} added)`,
  );
  for (const popup of [false, true]) await churnCase(ext, popup);
}
