/**
 * The screenshots in docs/playground/, refreshed with `npm run playground:screenshots`
 * (skipped otherwise, so a test run never rewrites tracked files).
 */
import { expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'

const out = (name: string) => fileURLToPath(new URL(`../../../docs/playground/${name}.png`, import.meta.url))

test.skip(process.env['SCREENSHOTS'] !== '1', 'set SCREENSHOTS=1 to refresh docs/playground/')
test.use({ viewport: { width: 1200, height: 1000 } })

test('screenshots of the main views', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('index.html?example=rivierenland&lang=en')
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  await page.screenshot({ path: out('deadlocks-and-best-deal'), fullPage: false })
  await page.getByTestId('best-deal').screenshot({ path: out('best-deal') })
  await page.selectOption('#party', 'culemborg')
  await page.getByTestId('stake-homes-culemborg').fill('0')
  await expect(page.getByTestId('previous-deal')).toBeVisible()
  await page.getByTestId('best-deal').screenshot({ path: out('change-and-previous-deal') })
  await page.getByTestId('tweaks').screenshot({ path: out('change-controls') })
  await page.getByTestId('ask').screenshot({ path: out('ask-the-parties') })
  await page.getByTestId('frontier-chart').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('frontier-chart').locator('svg')).toBeVisible()
  await page.locator('section[aria-labelledby="h-frontier"]').screenshot({ path: out('frontier') })
  await expect(page.getByTestId('firmness')).toBeVisible({ timeout: 60_000 })
  await page.getByTestId('diagnose').screenshot({ path: out('firmness') })
  const redLine = { stakes: {}, values: {}, redLines: { gelderland: { 'dike-roads': { province: true } } } }
  await page.goto(`index.html?example=rivierenland&lang=en&changes=${encodeURIComponent(JSON.stringify(redLine))}`)
  await expect(page.getByTestId('remedies')).toBeVisible({ timeout: 60_000 })
  await page.getByTestId('diagnose').screenshot({ path: out('diagnose-remedies') })
  await page.goto('index.html?example=sww-social&lang=en&party=stichtse-vecht')
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  await page.getByTestId('weight-domain-social').fill('3')
  await expect(page.getByTestId('weighted-deal')).toBeVisible()
  await page.getByTestId('weighted-deal').screenshot({ path: out('swing-weighted-deal') })
  await page.getByTestId('swing').screenshot({ path: out('swing-weights') })
  await page.goto('index.html?example=rivierenland&lang=nl')
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  await page.screenshot({ path: out('dutch'), fullPage: false })
})
