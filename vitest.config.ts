import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The API suites that cannot run on PostgreSQL: each opens or builds a SQLite file itself (a crash in the
 * middle of a SQLite write; a database file of an older OneGo; the deprecated ONEGO_DB, a SQLite file).
 */
const SQLITE_ONLY = ['test/api/crashSafety.test.ts', 'test/api/before011.test.ts', 'test/api/hardening.test.ts'];

export default defineConfig({
  test: {
    // Under CI, a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'sqlite',
          include: ['engine/test/**/*.test.ts', 'runtime/test/**/*.test.ts', 'designer/test/**/*.test.ts', 'test/**/*.test.ts'],
          // Several processes over one database: PostgreSQL only.
          exclude: [...configDefaults.exclude, 'test/cluster/**'],
          testTimeout: 30_000,
          // The runtime serves designer/dist; the browser suites (test/browser) need it built.
          globalSetup: ['test/support/webAppSetup.ts'],
        },
      },
      {
        // The same API suites again, each test server on a database of its own on one throwaway
        // PostgreSQL server started for the run (test/support/testDatabase.ts).
        test: {
          name: 'postgres',
          include: ['test/api/**/*.test.ts', 'test/cluster/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
          testTimeout: 30_000,
          env: { ONEGO_TEST_DATABASE: 'postgres' },
          globalSetup: ['test/support/webAppSetup.ts', 'test/support/postgresSetup.ts'],
        },
      },
    ],
  },
});
