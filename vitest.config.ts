import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/web/e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One throwaway PostgreSQL per run for the dialect-looped store and API tests (see packages/store/README.md).
    globalSetup: ['packages/store/src/testing/global-setup.ts'],
  },
});
