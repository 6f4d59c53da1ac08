// `npm start`: opens Chromium with the built extension on the demo calendar. Without a display
// it runs headless, prints what the badge shows and saves screenshots of the popup and options.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openExtensionInChromium } from './lib/chromium';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';
const out = resolve(process.env.SK_SCREENSHOTS ?? 'screenshots');

const ext = await openExtensionInChromium(resolve('.output/chrome-mv3'), { headless });
const badge = await ext.firstBadge();
console.log(`Badge: "${badge.text}" (colour rgba(${badge.color.join(', ')}))`);
console.log(`Tooltip: ${badge.title}`);

if (headless) {
  mkdirSync(out, { recursive: true });
  for (const [name, size] of [
    ['popup', { width: 400, height: 600 }],
    ['options', { width: 900, height: 1400 }],
    ['sidepanel', { width: 400, height: 900 }],
  ] as const) {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${ext.origin}${name}.html`);
    await page.waitForLoadState('networkidle');
    // Stored data renders a moment after load: wait until the page stops changing.
    await page.waitForFunction(() => document.body.innerText.trim().length > 0);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    console.log(`Saved ${out}/${name}.png`);
  }
  await ext.close();
} else {
  const popup = await ext.context.newPage();
  await popup.goto(`${ext.origin}popup.html`);
  console.log('Chromium is open with Session Keeper on the demo calendar. Close the window to finish.');
  await new Promise((r) => ext.context.on('close', r));
}
