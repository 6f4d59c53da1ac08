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
    async inShadowRoots(hosts, fn, arg) {
      // CDP's DOM domain sees closed shadow roots (`pierce`); Playwright's selectors do not.
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hosts });
        for (const nodeId of nodeIds) {
          const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
          const shadow = node.shadowRoots?.[0];
          if (!shadow) continue;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
          const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId!,
            functionDeclaration: `function () { return (${fn.toString()})(this, ${JSON.stringify(arg ?? null)}); }`,
            returnByValue: true,
            awaitPromise: true,
          });
          if (exceptionDetails)
            throw new Error(`In a shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          if (result.value !== null && result.value !== undefined) return result.value;
        }
        return null;
      } finally {
        await cdp.detach();
      }
    },
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
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
