/**
 * Browser tests of the built playground (`npm run test:browser`), in the system's Chromium:
 * Playwright's own browser download is not used (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Set
 * CHROMIUM to use another binary. Not part of `npm test`, which must pass without a browser.
 */
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: './browser',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    cwd: import.meta.dirname,
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
