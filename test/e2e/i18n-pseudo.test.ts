import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_THERAPIST } from '../../lib/demo';
import { closeAll, waitFor } from './harness';
import { settled } from './harness/a11y';
import { CHROME_EXTENSION_DIR, launchChromium, type ChromiumExtension } from './harness/chromium/launch';
import { intlWords, outsideMarkers, pageTexts, pseudoExtension, untranslatedPart } from './harness/i18n';

// Chromium only. Every page on the demo calendar in the pseudo-locale: all text must come from
// the catalogue (inside its markers), from the user's data, or from `Intl`.

/** Something each page shows once its stored data is in (no words: they are pseudo here). */
const READY = { popup: '[data-testid="sessions"]', options: 'main h2', sidepanel: '[data-testid="exercise"]' };

let ext: ChromiumExtension;
let copy: ReturnType<typeof pseudoExtension>;
let userData: string[] = [];
let intl: Set<string>;

beforeAll(async () => {
  copy = pseudoExtension(CHROME_EXTENSION_DIR);
  ext = await launchChromium({ extensionDir: copy.dir, lang: 'en' });
  await waitFor(
    () => ext.badge(),
    (b) => b.text !== '',
  );
  // The user's data as stored: what the client typed or a calendar holds (names, titles,
  // places, addresses). Words the extension stores (a sync error) are not data and must be looked up.
  const stored = await ext.evaluate(() => chrome.storage.local.get(null));
  // The demo calendar's therapist and source stand for the user's own (lib/demo.ts).
  userData = [...collectStrings(stored, false), ...collectStrings([DEMO_THERAPIST], false)];
  const zone = await ext.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  intl = intlWords('en', zone);
});
afterAll(async () => {
  await closeAll();
  copy.remove();
});

const USER_FIELDS = new Set(['name', 'email', 'title', 'location', 'clientName', 'portalUrl', 'url', 'keywords']);

function collectStrings(value: unknown, isUserField: boolean): string[] {
  if (typeof value === 'string') return isUserField && value.length > 1 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => collectStrings(v, isUserField));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => collectStrings(v, USER_FIELDS.has(k)));
  }
  return [];
}

async function untranslatedOn(page: Page): Promise<string[]> {
  const { nodes, attributes } = await pageTexts(page);
  const problems: string[] = [];
  const check = (texts: { text: string; where: string }[]) => {
    const { outside, unclosed } = outsideMarkers(texts.map((t) => t.text));
    texts.forEach(({ text, where }, i) => {
      const left = untranslatedPart(outside[i] ?? '', userData, intl);
      if (left) problems.push(`${where}: "${text.trim().slice(0, 80)}" (untranslated: ${left})`);
    });
    if (unclosed)
      problems.push(
        `a message is cut short: ${texts
          .map((t) => t.text)
          .join('')
          .slice(-80)}`,
      );
  };
  check(nodes);
  for (const attribute of attributes) check([attribute]);
  return problems;
}

describe.each(['popup', 'sidepanel', 'options'] as const)('the %s page in the pseudo-locale', (name) => {
  it('shows no text that was not looked up in the catalogue', async () => {
    const page = await ext.open(name);
    await page.locator(READY[name]).first().waitFor();
    await settled(page);
    expect(await untranslatedOn(page)).toEqual([]);
    await page.close();
  });
});

it('names the extension and its toolbar button from the catalogue', async () => {
  const { title } = await ext.badge();
  const { outside, unclosed } = outsideMarkers([title]);
  expect([untranslatedPart(outside[0] ?? '', userData, intl), unclosed]).toEqual(['', false]);
  const name = await ext.evaluate(() => chrome.runtime.getManifest().name);
  expect(name).toMatch(/^⟦.*⟧$/);
});
