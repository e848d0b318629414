/**
 * Every built-in example opened by its link shows its deadlocks and its best deal, with the
 * parties' names and gains, without a click. The expected figures are the library's own
 * (expected.ts: findDeadlocks and findDeal with objective 'sum', run here in Node).
 */
import { expect, test } from '@playwright/test'
import { expectedFor } from './expected'

const examples = ['rivierenland', 'road-and-housing', 'mra-housing', 'sww-social'].map((name) => ({
  name,
  ...expectedFor(name),
}))

for (const example of examples) {
  test(`?example=${example.name} shows its deadlocks and its best deal with names and gains`, async ({ page }) => {
    await page.goto(`index.html?example=${example.name}&lang=en`)
    const deadlocks = page.getByTestId('deadlocks')
    await expect(deadlocks.getByRole('heading')).toHaveText(`Deadlocks (${example.deadlocks})`)
    await expect(deadlocks.locator('tbody tr')).toHaveCount(example.deadlocks)
    await expect(deadlocks.locator('tbody tr').first()).toContainText(example.firstDeadlock)
    await expect(page.getByTestId('total-gain')).toHaveText(example.total)
    await expect(page.getByTestId('best-deal')).toContainText(`Participants: ${example.participants}`)
    const row = page.getByTestId('gains').locator('tbody tr').filter({ hasText: example.party })
    await expect(row.getByTestId('gain')).toHaveText(/^\+\d/)
    await expect(page.getByTestId('changes').locator('li').first()).toBeVisible()
    await expect(page.getByTestId('summary')).toContainText(`${example.deadlocks} issues are deadlocked on their own.`)
    await expect(page.getByTestId('summary')).toContainText(
      `${example.participants} parties take part, gaining ${example.total} in total.`,
    )
  })
}
