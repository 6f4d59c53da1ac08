import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { makeTab } from './tab';
import { playwrightDriver } from './chromium/page';

// Chromium only, on Playwright's pages: axe-core runs through @axe-core/playwright.

/** Waits until the page's DOM has not changed for `quietMs` (storage-backed sections render a moment after load). */
export function settled(page: Page, quietMs = 200): Promise<void> {
  return makeTab(playwrightDriver(page)).settled(quietMs);
}

/** axe-core's violations on the page (or inside `include`), as `rule: targets` lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a screenshot under screenshots/ (the whole page, or one element). */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  const path = `screenshots/${name}.png`;
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}
