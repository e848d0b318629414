/**
 * Every built-in example opened by its link shows its deadlocks and its best deal, with the
 * parties' names and gains, without a click.
 */
import { expect, test } from '@playwright/test'

const examples = [
  { name: 'rivierenland', party: 'Gemeente Tiel', deadlock: 'Regionaal bedrijventerrein' },
  { name: 'road-and-housing', party: null, deadlock: null },
  { name: 'mra-housing', party: null, deadlock: null },
  { name: 'sww-social', party: null, deadlock: null },
]

for (const example of examples) {
  test(`?example=${example.name} shows deadlocks and the best deal`, async ({ page }) => {
    await page.goto(`index.html?example=${example.name}&lang=en`)
    const deadlocks = page.getByTestId('deadlocks')
    await expect(deadlocks.locator('tbody tr').first()).toBeVisible()
    const gains = page.getByTestId('gains')
    await expect(gains.locator('tbody tr').first()).toBeVisible()
    await expect(page.getByTestId('changes').locator('li').first()).toBeVisible()
    if (example.party !== null) await expect(gains).toContainText(example.party)
    if (example.deadlock !== null) await expect(deadlocks).toContainText(example.deadlock)
  })
}
