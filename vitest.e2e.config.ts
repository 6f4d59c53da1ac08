import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (.output-e2e/chrome-mv3, or
// SK_EXTENSION_DIR), one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Fails the run once, in words, when Chromium or the build is missing.
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', './test/count-reporter.ts'],
  },
});
