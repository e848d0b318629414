/**
 * Diagnose on the page: Rivierenland has two valid deals only, so a red line on any option of
 * its deal leaves no deal at all. The page then shows diagnose's remedies with names and
 * numbers, and applying one brings a deal back. With a deal, it shows how firm the deal is.
 */
import { expect, test, type Page } from '@playwright/test'
import { changesText, open } from './helpers'

const dikeRoads = 'Onderhoud van de dijkwegen met vrachtverkeer (maintenance of the dike roads)'
const liftGelderland = `Provincie Gelderland: lift the red line on ${dikeRoads}: Provincie neemt het onderhoud over (province takes over)`
const allowTiel = 'Gemeente Tiel: allow Woningen in de plannen van Tiel tot 2020: 1000 homes'

/** Rivierenland with Gelderland's red line on the province taking over the dike roads, by address. */
const noDealQuery = `example=rivierenland&lang=en&party=tiel&changes=${encodeURIComponent(
  JSON.stringify({ stakes: {}, values: {}, redLines: { gelderland: { 'dike-roads': { province: true } } } }),
)}`

const remediesShown = async (page: Page) => {
  await expect(page.getByTestId('no-deal')).toBeVisible()
  await expect(page.getByTestId('diagnose')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 })
  return page.getByTestId('remedies')
}

test('a scenario with no deal shows what it would take, in English and in Dutch', async ({ page }) => {
  await page.goto(`index.html?${noDealQuery}`)
  const remedies = await remediesShown(page)
  await expect(page.getByRole('heading', { name: 'What would it take' })).toBeVisible()
  await expect(remedies.getByTestId('remedy-liftRedLine')).toContainText(liftGelderland)
  // Tiel's kaders allow 1300 and 1600 homes; allowing 1000 as well makes another deal possible.
  await expect(remedies.getByTestId('remedy-allowOption')).toContainText(allowTiel)
  await expect(remedies.getByTestId('remedy-liftRedLine')).toContainText(
    /Then a deal changes \d+ issues; \d+ parties take part/,
  )
  await page.locator('#lang').selectOption('nl')
  await expect(page.getByRole('heading', { name: 'Wat is ervoor nodig' })).toBeVisible()
  await expect(remedies.getByTestId('remedy-liftRedLine')).toContainText(
    `Provincie Gelderland: hef de rode lijn op bij ${dikeRoads}`,
  )
})

test('toggling a red line shows a remedy, and applying it by keyboard brings the deal back', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=gelderland')
  const before = await changesText(page)
  await page.getByTestId('redline-dike-roads-province').check()
  const remedies = await remediesShown(page)
  const apply = remedies.getByRole('button', { name: `Apply: ${liftGelderland}` })
  await apply.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('no-deal')).toHaveCount(0)
  await expect.poll(async () => changesText(page)).toBe(before)
  await expect(page.getByTestId('redline-dike-roads-province')).not.toBeChecked()
})

test('applying another remedy gives another deal, and the change shows in the controls', async ({ page }) => {
  await page.goto(`index.html?${noDealQuery}`)
  const remedies = await remediesShown(page)
  await remedies.getByRole('button', { name: `Apply: ${allowTiel}` }).click()
  await expect(page.getByTestId('no-deal')).toHaveCount(0)
  expect(await changesText(page)).toContain('Woningen in de plannen van Tiel tot 2020: from 1600 homes to 1000 homes')
  await expect(page.getByTestId('allowed-homes-tiel-1000')).toBeChecked()
  await expect(page.getByTestId('tweak-count')).toHaveText('2 changes to the scenario')
  await expect(page).toHaveURL(/changes=.*allowed/)
})

test('a deal shows how firm it is, party by party, with the chance that it holds', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en')
  const firmness = page.getByTestId('firmness')
  await expect(firmness).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('heading', { name: 'How firm this deal is' })).toBeVisible()
  // Culemborg's council wants a gain of at least 0.1 and gets 0.25: room 0.15, the least of
  // all (Maasdriel's is 0.15 too); the rows go from the least room up.
  const culemborg = firmness.locator('tbody tr', { hasText: 'Gemeente Culemborg' })
  await expect(culemborg).toContainText('0.15')
  await expect(culemborg).toContainText('minimum gain')
  await expect(firmness.locator('tbody tr').first().locator('td').first()).toHaveText('0.15')
  await expect(firmness.locator('tbody tr').last()).toContainText('Gemeente Tiel')
  await expect(page.getByTestId('firmness-chance')).toContainText(
    /uncertain by ±10%, the deal holds for every party with probability \d+(\.\d)?% \(95% interval .*200 draws, seed 1\)/,
  )
})
