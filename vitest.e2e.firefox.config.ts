import { defineConfig, mergeConfig } from 'vitest/config';
import chromium from './vitest.e2e.config';

// The same end-to-end tests in real Firefox (Debian's ESR, driven by puppeteer over WebDriver
// BiDi) with the Firefox build (.output-e2e/firefox-mv2). Files written against Playwright's
// own API (axe-core, Chromium's side panel internals) stay in the Chromium run only: listed here.
// Set here, not in `test.env`, so that the global setup (in this process) sees it too.
process.env.SK_BROWSER = 'firefox';

export default mergeConfig(
  chromium,
  defineConfig({
    test: {
      exclude: ['test/e2e/a11y.test.ts', 'test/e2e/panel-page.test.ts', 'test/e2e/calendar-addon.test.ts'],
    },
  }),
);
