// Browser tests: the real server (child process, fresh PGlite folder) driven by Chromium.
// One file at a time: they share one server and one demo workspace.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    // The journeys depend on earlier steps; a retry would hide real flakiness.
    retry: 0,
  },
});
