/**
 * Swing weights: a party's weight on a domain or an issue changes which valid deal is best,
 * never which deals are valid. The SWW example has dozens of valid deals, so weights can move
 * the choice; the best deal by total gain stays as it was, and every participant of the
 * weighted choice still gains by its own valuations.
 */
import { expect, test, type Page } from '@playwright/test'
import { changesText, open } from './helpers'

// The services are modules: an option is a coalition with its host.
const all = 'from nobody joins to Gemeente Stichtse Vecht, Gemeente Weesp, Gemeente Wijdemeren; host Gemeente'
const clients = `Gezamenlijk klantbeheer (shared client management): ${all}`
const finance = `Eén financiële administratie (shared financial administration): ${all}`

const weightedChanges = async (page: Page) => {
  const weighted = page.getByTestId('weighted-deal')
  await expect(weighted).toBeVisible()
  await expect(page.getByTestId('best-deal')).toHaveAttribute('aria-busy', 'false')
  return weighted
}

/** Every participant's real gain in the weighted choice is positive. */
const everyoneGains = async (page: Page) => {
  const gains = await page.getByTestId('weighted-gains').locator('.gain').allInnerTexts()
  expect(gains.length).toBeGreaterThan(0)
  for (const g of gains) expect(Number(g.replace('−', '-'))).toBeGreaterThan(0)
}

test('a domain weight moves the best deal by the weights, and the deal by total gain stays', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=stichtse-vecht')
  const before = await changesText(page)
  expect(before).toContain(`${clients} Wijdemeren`)
  await expect(page.getByTestId('weighted-deal')).toHaveCount(0)
  // Stichtse Vecht weighs the social domain three times: hosting client management itself wins.
  await page.getByTestId('weight-domain-social').fill('3')
  const weighted = await weightedChanges(page)
  await expect(weighted.getByTestId('changes')).toContainText(`${clients} Stichtse Vecht`)
  await everyoneGains(page)
  expect(await changesText(page)).toBe(before)
  await expect(page).toHaveURL(/weights=/)
})

test('an issue weight moves it too, and the address keeps the weights', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=stichtse-vecht')
  expect(await changesText(page)).toContain(`${finance} Weesp`)
  // Stichtse Vecht weighs the financial administration three times: it hosts it.
  await page.getByTestId('weight-issue-financial-admin').fill('3')
  const weighted = await weightedChanges(page)
  await expect(weighted.getByTestId('changes')).toContainText(`${finance} Stichtse Vecht`)
  await everyoneGains(page)
  const other = await page.context().newPage()
  await open(other, page.url().slice(page.url().indexOf('?') + 1))
  await expect(other.getByTestId('weight-issue-financial-admin')).toHaveValue('3')
  await expect((await weightedChanges(other)).getByTestId('changes')).toContainText(`${finance} Stichtse Vecht`)
  await other.getByRole('button', { name: 'Weights back to ×1' }).click()
  await expect(other.getByTestId('weighted-deal')).toHaveCount(0)
})
