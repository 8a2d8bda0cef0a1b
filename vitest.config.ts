import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/test/**/*.test.ts', 'runtime/test/**/*.test.ts', 'designer/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // The runtime serves designer/dist; the browser suites (test/browser) need it built.
    globalSetup: ['test/support/webAppSetup.ts'],
    // Under CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
