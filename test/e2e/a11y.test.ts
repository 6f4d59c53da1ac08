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
    // Every visible, enabled control is numbered; Tab must land on each number at least once.
    const controls = await page.evaluate(() => {
      const all = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary');
      let n = 0;
      for (const el of all) {
        const disabled = (el as HTMLButtonElement).disabled === true || el.tabIndex < 0;
        // A radio group is one Tab stop (its checked radio); arrow keys move inside it.
        const radio = el instanceof HTMLInputElement && el.type === 'radio';
        const group = radio ? document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(el.name)}"]`) : [];
        const stop = [...group].find((r) => r.checked) ?? group[0];
        const otherRadio = radio && el !== stop;
        // checkVisibility: not shown, or inside a closed <details> (content-visibility: hidden).
        if (disabled || otherRadio || !el.checkVisibility()) continue;
        el.dataset.a11yControl = String(n++);
      }
      return n;
    });
    // Tab until every control was reached, or focus came round to the first one again (the page
    // may have other stops too: scrollable regions are focusable in Chromium).
    const reached = new Set<string>();
    for (let i = 0; i < 3 * controls && reached.size < controls; i++) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.a11yControl);
      if (index === '0' && reached.size > 0) break;
      if (index !== undefined) reached.add(index);
    }
    expect(controls).toBeGreaterThan(3);
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>('[data-a11y-control]')]
          .filter((el) => !seen.includes(el.dataset.a11yControl!))
          .map((el) => el.outerHTML.slice(0, 120)),
      [...reached],
    );
    expect(missed).toEqual([]);
    await page.close();
  });
});
