import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import { bidi } from './chrome-scope';
import type { PageDriver } from '../tab';
import { pause } from '../wait';

/**
 * Waits until the page shows `url`, loaded. Firefox sends no load event over WebDriver BiDi for
 * extension pages, so `goto` is not awaited; the page's own state is polled instead.
 */
export async function loaded(page: Page, url: string | null, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState, old: 'skBeforeReload' in window }))
      .catch(() => null);
    if (state && state.ready === 'complete' && !state.old && (url === null || state.href === url)) return;
    if (Date.now() > until)
      throw new Error(`${url ?? page.url()} did not load within ${timeout / 1000} s (last: ${JSON.stringify(state)}).`);
    await pause(50);
  }
}

/** Opens `url` in `page` and resolves once it has loaded (extension pages included). */
export async function goto(page: Page, url: string): Promise<void> {
  // Rejects with "Frame detached" when the tab closes first: nothing to report then.
  page.goto(url).catch(() => {});
  await loaded(page, url);
}

/** puppeteer's page (Firefox over WebDriver BiDi) as a `PageDriver`; `firefox` for raw BiDi commands. */
export function puppeteerDriver(page: Page, firefox: Browser): PageDriver {
  // Into open shadow roots, as Playwright's CSS does (puppeteer's `pierce/` query handler).
  const pierce = (selector: string) => `pierce/${selector}`;
  return {
    url: async () => page.url(),
    // `as never`: puppeteer types the function by its argument list; the plain data passed here fits.
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as never, arg) as Promise<T>,
    evaluateSource: <T>(source: string) => page.evaluate(source) as Promise<T>,
    async inShadowRoots(hosts, fn, arg) {
      // WebDriver BiDi serialises closed shadow roots too (`includeShadowTree: 'all'`) and takes
      // them back as arguments; puppeteer's handles do not reach them.
      const connection = bidi(firefox);
      const context = await contextOf(firefox, page.url());
      const { result } = (await connection.send('script.evaluate', {
        expression: `[...document.querySelectorAll(${JSON.stringify(hosts)})]`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      })) as { result: { result: { value: { value?: { shadowRoot?: { sharedId: string } | null } }[] } } };
      for (const host of result.result.value) {
        const root = host.value?.shadowRoot;
        if (!root) continue;
        const call = (await connection.send('script.callFunction', {
          functionDeclaration: `(root) => JSON.stringify((${fn.toString()})(root, ${JSON.stringify(arg ?? null)}) ?? null)`,
          arguments: [{ sharedId: root.sharedId }],
          target: { context },
          awaitPromise: true,
        })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
        if (call.result.type === 'exception')
          throw new Error(`In a shadow root: ${call.result.exceptionDetails?.text}`);
        const value = JSON.parse(call.result.result?.value ?? 'null') as unknown;
        if (value !== null) return value as never;
      }
      return null;
    },
    click: (selector) => page.click(pierce(selector)),
    clickAt: (x, y) => page.mouse.click(x, y),
    fill: (selector, text) => page.locator(pierce(selector)).fill(text),
    selectValue: async (selector, value) => void (await page.select(pierce(selector), value)),
    focus: (selector) => page.focus(pierce(selector)),
    press: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (size) => page.setViewport(size),
    async reload() {
      await page.evaluate(() => {
        Object.assign(window, { skBeforeReload: true });
        location.reload();
      });
      await loaded(page, null);
    },
    async screenshot(path) {
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** The WebDriver BiDi id of the top-level browsing context showing `url`. */
async function contextOf(firefox: Browser, url: string): Promise<string> {
  const tree = (await bidi(firefox).send('browsingContext.getTree', { maxDepth: 0 })).result as {
    contexts: { context: string; url: string }[];
  };
  const found = tree.contexts.find((c) => c.url === url);
  if (!found) throw new Error(`No tab shows ${url}.`);
  return found.context;
}
