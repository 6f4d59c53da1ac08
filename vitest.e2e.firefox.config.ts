import { defineConfig, mergeConfig } from 'vitest/config';
import chromium from './vitest.e2e.config';

// The same end-to-end tests in real Firefox (Debian's ESR, driven by puppeteer over WebDriver
// BiDi) with the Firefox build (.output-e2e/firefox-mv2).
// Set here, not in `test.env`, so that the global setup (in this process) sees it too.
process.env.SK_BROWSER = 'firefox';

export default mergeConfig(
  chromium,
  defineConfig({
    test: {
      // Written against Playwright's own page API, so Chromium only (the page code they test is
      // the same in Firefox): axe-core through @axe-core/playwright (a11y), reduced-motion
      // emulation and a clipboard stub (panel-page), and the calendar add-on's and stored
      // data's in-depth suites (calendar-addon, data), the options-page setup journey (setup), which reach into Playwright pages and
      // routes; calendar-strip.test.ts runs the add-on's main flows in both browsers. The side
      // panel's Gmail composer suite (gmail) uses Playwright's locators too; sending through Gmail
      // itself (grant, undo, one message byte for byte, the request tracked) runs here in
      // gmail-requests.test.ts, through the popup.
      exclude: [
        'test/e2e/gmail.test.ts',
        'test/e2e/setup.test.ts',
        'test/e2e/a11y.test.ts',
        'test/e2e/panel-page.test.ts',
        'test/e2e/calendar-addon.test.ts',
        'test/e2e/data.test.ts',
      ],
    },
  }),
);
