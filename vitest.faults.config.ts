import { defineConfig } from 'vitest/config'

// The fault-injection suite (npm run test:faults): seeded, kill -9 during writes, fuzzed
// history files, every grid key at its extremes. Kept out of `npm test` (it spawns processes).
// Same resolution as vitest.config.ts: the tests run against the TypeScript sources.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['packages/cli/test/faults/**/*.faults.ts'], testTimeout: 180_000, pool: 'threads' },
})
