/** The frontier of two chosen parties: drawn once in sight, redrawn for another pair. */
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test('the frontier is drawn for the chosen parties, with the bargaining points', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&x=tiel&y=gelderland')
  const chart = page.getByTestId('frontier-chart')
  await chart.scrollIntoViewIfNeeded()
  await expect(chart.locator('svg')).toBeVisible()
  await expect(chart).toContainText('Gain Gemeente Tiel')
  await expect(chart).toContainText('Gain Provincie Gelderland')
  await expect(chart).toContainText('Nash')
  await page.locator('#frontier-y').selectOption('culemborg')
  await expect(chart).toContainText('Gain Gemeente Culemborg')
  await expect(page).toHaveURL(/y=culemborg/)
})
