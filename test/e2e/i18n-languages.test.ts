import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readChromeMessages } from '../../lib/i18n/chrome-messages';
import { catalogueDir, LOCALES, type Locale } from '../../lib/i18n/locales';
import { closeAll, waitFor } from './harness';
import { settled } from './harness/a11y';
import { CHROME_EXTENSION_DIR, launchChromium } from './harness/chromium/launch';

// Chromium only. Chromium started in each language (`--lang` and `LANGUAGE`; Debian's
// chromium-l10n holds the packs) shows the popup, side panel and options page in it. The words
// expected are read from the built catalogue, never copied here. One launch per language.

const built = (locale: Locale) =>
  readChromeMessages(
    JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, '_locales', catalogueDir(locale), 'messages.json'), 'utf8')),
  );
const english = built('en');
/** Each page, and headings it shows on the demo calendar whatever the time. */
const PAGES = {
  popup: ['popup_upcomingHeading', 'common_settings'],
  sidepanel: ['sidepanel_exercisesHeading', 'sidepanel_suggested'],
  options: ['options_therapistsHeading', 'options_addTherapist'],
} as const;

afterAll(closeAll);

describe.each(LOCALES.filter((l) => l !== 'en'))('Chromium in %s', (locale) => {
  it('shows the popup, side panel and options page in that language', async () => {
    const own = built(locale);
    // A regional variant holds only what it spells differently; the rest is its language's.
    const expected = (key: string) => own.get(key.toLowerCase()) ?? english.get(key.toLowerCase()) ?? '';
    const ext = await launchChromium({ lang: locale });
    try {
      expect(await ext.evaluate(() => chrome.i18n.getMessage('catalogue_locale'))).toBe(locale);
      await waitFor(
        () => ext.badge(),
        (b) => b.text !== '',
      );
      for (const [name, keys] of Object.entries(PAGES)) {
        const page = await ext.open(name as keyof typeof PAGES);
        for (const key of keys) await page.getByText(expected(key), { exact: true }).first().waitFor();
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await page.close();
      }
      // Every key the page checks is translated, not English left in place (en-GB aside).
      if (!locale.startsWith('en-')) {
        const untranslated = Object.values(PAGES)
          .flat()
          .filter((key) => expected(key) === english.get(key.toLowerCase()));
        expect(untranslated).toEqual([]);
      }
    } finally {
      await ext.close();
    }
  });
});
