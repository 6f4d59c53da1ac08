// How soon after Google inserts an event popup the strip is painted.
import type { Page } from 'playwright-core';
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { OPENS, WITH, WITHOUT, feed, google, median, ms, open, verdict } from './fixture';

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

export async function stripLatency(ext: Extension): Promise<void> {
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
