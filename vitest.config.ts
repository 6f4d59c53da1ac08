import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['test/i18n-setup.ts'],
    include: ['lib/**/*.test.ts', 'test/unit/**/*.test.ts', 'components/**/*.test.ts'],
    reporters: ['default', './test/count-reporter.ts'],
  },
});
