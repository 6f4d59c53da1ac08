import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageDriver } from '../tab';

/** Playwright's page as a `PageDriver`. */
export function playwrightDriver(page: Page): PageDriver {
  return {
    url: async () => page.url(),
    // `as never`: Playwright types the argument as `Unboxed<A>`, which is `A` for the plain data passed here.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    selectValue: async (selector, value) => void (await page.selectOption(selector, value)),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
    reload: async () => void (await page.reload()),
    async screenshot(path) {
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
}
