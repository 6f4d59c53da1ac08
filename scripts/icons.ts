// Renders the toolbar and store icons (public/icon/<size>.png) from one SVG, in Chromium.
// Run once after changing the drawing: `npx tsx scripts/icons.ts`.
import { chromium } from 'playwright-core';
import { findChromium } from './lib/chromium';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0f6b66"/>
  <rect x="26" y="34" width="76" height="66" rx="10" fill="none" stroke="#fff" stroke-width="9"/>
  <path d="M26 52h76" stroke="#fff" stroke-width="9"/>
  <path d="M46 24v18M82 24v18" stroke="#fff" stroke-width="9" stroke-linecap="round"/>
  <path d="M47 76l12 12 22-24" fill="none" stroke="#f2c14e" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${SVG}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
