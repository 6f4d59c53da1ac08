import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeAll, waitFor } from './harness';
import { axeViolations, settled } from './harness/a11y';
import { launchChromium, type ChromiumExtension } from './harness/chromium/launch';

// Chromium only (the Firefox run leaves this file out): axe-core runs through @axe-core/playwright.

type Name = 'popup' | 'options' | 'sidepanel';
/** Something each page shows once its stored data is in, and the page then at rest. */
const READY: Record<Name, (page: Page) => Locator> = {
  popup: (page) => page.getByText('Demo', { exact: true }),
  options: (page) => page.getByRole('button', { name: 'Add a therapist' }),
  sidepanel: (page) => page.getByTestId('suggestions').getByTestId('exercise').first(),
};
async function openReady(name: Name): Promise<Page> {
  const page = await ext.open(name);
  await READY[name](page).waitFor();
  await settled(page);
  return page;
}

let ext: ChromiumExtension;
beforeAll(async () => {
  ext = await launchChromium();
  await waitFor(
    () => ext.badge(),
    (b) => b.text !== '',
  );
});
afterAll(closeAll);

describe.each(['popup', 'options', 'sidepanel'] as const)('the %s page on the demo calendar', (name) => {
  it('has no accessibility violations (axe-core)', async () => {
    const page = await openReady(name);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard: every control is reachable with Tab', async () => {
    const page = await openReady(name);
    const controls = await page
      .locator('button:visible, a[href]:visible, input:visible, select:visible, textarea:visible, summary:visible')
      .count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = document.activeElement;
          return el && el !== document.body ? el.outerHTML.slice(0, 200) : '';
        }),
      );
    }
    reached.delete('');
    expect(reached.size).toBeGreaterThanOrEqual(Math.min(controls, 3));
    await page.close();
  });
});
