import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, not a stale build.
    conditions: ['source'],
  },
  // Tests run in Vite's server (SSR) environment, which has its own conditions: without this,
  // `import 'mandjes'` from another package resolves to packages/core/dist.
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'test/**/*.test.ts',
      'packages/examples/**/*.test.ts',
    ],
    // The playground's Playwright specs need a browser: `npm run test:browser` runs them.
    exclude: ['**/node_modules/**', '**/dist/**', 'packages/playground/browser/**'],
    testTimeout: 60_000,
    pool: 'threads',
  },
})
