import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (.output/chrome-mv3).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', './test/count-reporter.ts'],
  },
});
