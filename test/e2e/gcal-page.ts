import type { CDPSession, Page } from 'playwright-core';
import { waitFor } from './harness';

// A way into the add-on's own (isolated) world of the fake Google Calendar
// (scripts/lib/gcal-page.ts, shared with the benchmark): its strip and markers sit in closed
// shadow roots, which the page's world — and so Playwright's locators — cannot enter.

export * from '../../scripts/lib/gcal-page';

/**
 * Runs `fn` (its source text) in the add-on's isolated world of `page`, where
 * `chrome.dom.openOrClosedShadowRoot` opens the closed shadow roots. For tests only: what the
 * page itself can see is checked in the page's own world.
 */
export async function inAddonWorld<T>(page: Page, fn: string): Promise<T> {
  const cdp = await addonSession(page);
  const { contextId } = cdp;
  const { result, exceptionDetails } = (await cdp.session.send('Runtime.evaluate', {
    expression: `(${fn})()`,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (exceptionDetails) throw new Error(`In the add-on's world: ${exceptionDetails.text}`);
  return result.value;
}

const sessions = new WeakMap<Page, { session: CDPSession; contexts: Map<string, number> }>();

async function addonSession(page: Page): Promise<{ session: CDPSession; contextId: number }> {
  let entry = sessions.get(page);
  if (!entry) {
    const session = await page.context().newCDPSession(page);
    const contexts = new Map<string, number>();
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
        contexts.set(aux.frameId ?? '', context.id);
    });
    session.on('Runtime.executionContextsCleared', () => contexts.clear());
    await session.send('Runtime.enable');
    entry = { session, contexts };
    sessions.set(page, entry);
  }
  const { session, contexts } = entry;
  const contextId = await waitFor(
    async () => [...contexts.values()].at(-1),
    (id) => id !== undefined,
  );
  return { session, contextId: contextId! };
}

/** The strip's text in the open popup, or null when there is none. */
export function stripText(page: Page): Promise<string | null> {
  return inAddonWorld(
    page,
    `() => {
    const dialog = document.querySelector('[role="dialog"][data-chips-dialog="true"]');
    for (const child of dialog ? dialog.children : []) {
      const section = chrome.dom.openOrClosedShadowRoot(child)?.querySelector('section');
      if (section) return section.innerText;
    }
    return null;
  }`,
  );
}

/** How many strips the page holds (there must never be more than one). */
export function stripCount(page: Page): Promise<number> {
  return inAddonWorld(
    page,
    `() => [...document.querySelectorAll('[role="dialog"] > div')]
    .filter((el) => chrome.dom.openOrClosedShadowRoot(el)?.querySelector('section')).length`,
  );
}

/** Where a strip button is, to click it as a person would; null when it is not there. */
export function stripButton(page: Page, name: string): Promise<{ x: number; y: number; focused: boolean } | null> {
  return inAddonWorld(
    page,
    `() => {
    for (const child of document.querySelectorAll('[role="dialog"] > div')) {
      const root = chrome.dom.openOrClosedShadowRoot(child);
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
      if (!button) continue;
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, focused: root.activeElement === button };
    }
    return null;
  }`,
  );
}

/** The deadline marker's label on the chip of `eventId` (base64, as in the page), or null. */
export function markerLabel(page: Page, eventId: string): Promise<string | null> {
  return inAddonWorld(
    page,
    `() => {
    const chip = document.querySelector('div[data-eventchip][data-eventid="${eventId}"]');
    for (const child of chip ? chip.children : []) {
      const badge = chrome.dom.openOrClosedShadowRoot(child)?.querySelector('[role="img"]');
      if (badge) return badge.getAttribute('aria-label');
    }
    return null;
  }`,
  );
}

/**
 * Every error the page's renderer reports, from any world (the page's and the add-on's):
 * console errors, uncaught exceptions and the browser's own log (a failed module import).
 */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  session.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(args.map((a) => a.value ?? a.description).join(' '));
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`${entry.source}: ${entry.text}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return errors;
}
