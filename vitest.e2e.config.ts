import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (.output-e2e/chrome-mv3, or
// SK_EXTENSION_DIR).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Fails the run once, in words, when Chromium or the build is missing.
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time: deadline.test.ts mostly waits for a real deadline, so the others run
    // beside it. More Chromiums than that on a 2-CPU machine only slows each down.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './test/count-reporter.ts'],
  },
});
