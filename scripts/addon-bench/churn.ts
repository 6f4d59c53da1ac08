// Main-thread time the add-on adds under churn, with and without an ICS session's popup open.
import type { Page } from 'playwright-core';
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { ROUNDS, WINDOW_MS, WITH, WITHOUT, feed, median, ms, open, openPopup, pct, verdict } from './fixture';

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

export async function churnCost(ext: Extension): Promise<void> {
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
