import { describe, findInPage, toWire, type FindOp } from './find';
import type { Tab, Target } from './types';
import { pause } from './wait';

/** How long a tab waits for an element before the test fails with words. */
const ELEMENT_TIMEOUT = 10_000;

/** What each back end does natively with a page; `Tab` adds finding and waiting on top. */
export interface PageDriver {
  url(): Promise<string>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Runs `fn` on the (open or closed) shadow roots of the elements matching `hosts`: the first non-null result. */
  inShadowRoots<T, A = null>(hosts: string, fn: (root: ShadowRoot, arg: A) => T | null, arg?: A): Promise<T | null>;
  /** Evaluates a JavaScript expression (source text) in the page and awaits its value. */
  evaluateSource<T>(source: string): Promise<T>;
  /** A real mouse click on the element at `selector`. */
  click(selector: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** Clears the field and types `text`. */
  fill(selector: string, text: string): Promise<void>;
  selectValue(selector: string, value: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A `Tab` on a back end's page: elements are found in the page by `findInPage`, the same in every browser. */
export function makeTab(driver: PageDriver): Tab {
  const run = <T>(target: Target, op: FindOp) =>
    driver.evaluate(findInPage, { target: toWire(target), op }) as Promise<T>;
  /** Waits until `op` on `target` gives a value (not null). */
  const waitFor = async <T>(target: Target, op: FindOp, timeout = ELEMENT_TIMEOUT): Promise<T> => {
    const until = Date.now() + timeout;
    for (;;) {
      const found = await run<T | null>(target, op);
      if (found !== null) return found;
      if (Date.now() > until)
        throw new Error(`Not found on ${await driver.url()} within ${timeout / 1000} s: ${describe(target)}`);
      await pause(100);
    }
  };
  const tab: Tab = {
    url: () => driver.url(),
    count: (target) => run<number>(target, 'count'),
    texts: (target) => run<string[]>(target, 'texts'),
    async text(target) {
      await waitFor(target, 'mark');
      return (await run<string[]>(target, 'texts'))[0] ?? '';
    },
    value: (target) => waitFor<string>(target, 'value'),
    checked: (target) => waitFor<boolean>(target, 'checked'),
    click: async (target) => driver.click(await waitFor<string>(target, 'mark')),
    clickAt: ({ x, y }) => driver.clickAt(x, y),
    fill: async (target, text) => driver.fill(await waitFor<string>(target, 'mark'), text),
    async select(target, label) {
      const value = await waitFor<string>(target, `option:${label}`);
      await driver.selectValue(await waitFor<string>(target, 'mark'), value);
    },
    focus: async (target) => driver.focus(await waitFor<string>(target, 'mark')),
    press: (key) => driver.press(key),
    waitFor: async (target, timeout) => void (await waitFor(target, 'mark', timeout)),
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => driver.evaluate(fn, arg as A),
    inShadowRoots: (hosts, fn, arg) => driver.inShadowRoots(hosts, fn, arg),
    settled: (quietMs = 200) => driver.evaluate(waitQuiet, quietMs),
    setViewport: (size) => driver.setViewport(size),
    reload: () => driver.reload(),
    screenshot: (path) => driver.screenshot(path),
    close: () => driver.close(),
  };
  return tab;
}

/** Evaluated in the page: resolves once the DOM has not changed for `quietMs` (throws after 5 s). */
function waitQuiet(quietMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let quiet = setTimeout(done, quietMs);
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error('The page kept changing for 5 s.'));
    }, 5_000);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(giveUp);
      resolve();
    }
  });
}
