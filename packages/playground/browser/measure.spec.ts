/**
 * Measures, on Rivierenland, the time from a slider change to the redrawn deal (the status
 * line back to "solved in"), and prints it: `MEASURE=1 npx playwright test -c
 * packages/playground/playwright.config.ts measure` after `npm run playground:build`.
 * Skipped otherwise: speed is measured, never asserted in a test.
 */
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test.skip(process.env['MEASURE'] !== '1', 'set MEASURE=1 to measure change-to-redraw times')

test('change to redraw on Rivierenland', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const times: number[] = []
  for (const value of [0, 1.5, 0.5, 2.5, 1, 0.25, 3, 1.75, 0.75, 2, 0, 1.25]) {
    const ms = await page.evaluate(async (v) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="stake-business-park"]')!
      const status = document.querySelector('[data-testid="best-deal"] .status')!
      const start = performance.now()
      const done = new Promise<number>((resolve) => {
        let busy = false
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? ''
          if (text.startsWith('Solving')) busy = true
          else if (busy && text.startsWith('solved')) {
            observer.disconnect()
            // One more frame: the redraw is painted.
            requestAnimationFrame(() => resolve(performance.now() - start))
          }
        })
        observer.observe(status, { childList: true, characterData: true, subtree: true })
      })
      input.value = String(v)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      return done
    }, value)
    times.push(ms)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  console.log(
    `change to redraw, Rivierenland, ${times.length} changes: median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
  )
  expect(times.length).toBe(12)
})
