// `npm start`: opens Chromium with the built extension on the demo calendar. Without a display
// it runs headless, prints what the badge shows and saves screenshots of the popup and options.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, waitFor } from '../test/e2e/harness';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';
const out = resolve(process.env.SK_SCREENSHOTS ?? 'screenshots');

const ext = await launch({ headless, extensionDir: resolve('.output/chrome-mv3') });
const badge = await waitFor(() => ext.badge(), (b) => b.text !== '', 15_000).catch(() => ext.badge());
console.log(`Badge: "${badge.text}" (colour rgba(${badge.color.join(', ')}))`);
console.log(`Tooltip: ${badge.title}`);

if (headless) {
  mkdirSync(out, { recursive: true });
  for (const [name, size] of [
    ['popup', { width: 400, height: 600 }],
    ['options', { width: 900, height: 1400 }],
    ['sidepanel', { width: 400, height: 900 }],
  ] as const) {
    const page = await ext.open(name);
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    console.log(`Saved ${out}/${name}.png`);
  }
  await ext.close();
} else {
  await ext.open('popup');
  console.log('Chromium is open with Session Keeper on the demo calendar. Close the window to finish.');
  await new Promise((r) => ext.context.on('close', r));
}
