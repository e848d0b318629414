/**
 * Change and see it move: a slider, a red line and the compensation switch re-solve the deal,
 * the previous deal is shown beside the new one, and the address reproduces the changed view.
 */
import { expect, test } from '@playwright/test'
import { changesAfter, changesText, open } from './helpers'

// Rivierenland is tight: most single changes leave no deal at all (the diagnose tests use that).
// Culemborg's own housing plans are one that moves the deal: with no stake in them, Culemborg
// no longer minds a deeper cut, which the corporations and the province want.
const culemborgPlans = 'Woningen in de plannen van Culemborg tot 2020: from 1000 homes to'

test('moving a stake slider changes the best deal and shows the previous one beside it', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=culemborg')
  const before = await changesText(page)
  expect(before).toContain(`${culemborgPlans} 800 homes`)
  await expect(page.getByTestId('previous-deal')).toHaveCount(0)
  await page.getByTestId('stake-homes-culemborg').fill('0')
  const after = await changesAfter(page, before)
  expect(after).toContain(`${culemborgPlans} 600 homes`)
  await expect(page.getByTestId('previous-deal')).toContainText(`${culemborgPlans} 800 homes`)
  await expect(page.getByTestId('gains').locator('thead')).toContainText('Previous deal')
})

test('the keyboard moves a slider too', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const slider = page.getByTestId('stake-business-park')
  await slider.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(slider).toHaveValue('1.95')
  await expect(page.getByTestId('tweaks')).toContainText('1 change to the scenario')
})

// In Rivierenland every red line on the deal's options leaves no deal (see diagnose.spec.ts);
// the three SWW municipalities have other ways to split their nine district teams.
test('a red line keeps its option out of the deal, and undo brings the deal back', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=weesp')
  const before = await changesText(page)
  expect(before).toContain('5 Stichtse Vecht, 2 Weesp, 2 Wijdemeren')
  await page.getByTestId('redline-district-teams-5-2-2').check()
  const after = await changesAfter(page, before)
  expect(after).not.toContain('5 Stichtse Vecht, 2 Weesp, 2 Wijdemeren')
  expect(after).toContain('5 Stichtse Vecht, 1 Weesp, 3 Wijdemeren')
  await page.getByRole('button', { name: 'Undo all changes' }).click()
  await expect.poll(async () => changesText(page)).toBe(before)
})

test('a mandate that no longer allows an option keeps it out of the deal', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=wijdemeren')
  const before = await changesText(page)
  expect(before).toContain('5 Stichtse Vecht, 2 Weesp, 2 Wijdemeren')
  // Wijdemeren's kaders keep at least two district teams in its villages (6-1-2 is out);
  // without 5-2-2 as well, the split that gives Wijdemeren three teams is left.
  await expect(page.getByTestId('allowed-district-teams-6-1-2')).not.toBeChecked()
  await page.getByTestId('allowed-district-teams-5-2-2').uncheck()
  const after = await changesAfter(page, before)
  expect(after).not.toContain('5 Stichtse Vecht, 2 Weesp, 2 Wijdemeren')
  expect(after).toContain('5 Stichtse Vecht, 1 Weesp, 3 Wijdemeren')
})

test('switching compensation off changes the MRA deal', async ({ page }) => {
  await open(page, 'example=mra-housing&lang=en')
  // The new deal's column (the previous deal, with its payments, appears beside it).
  const payments = page
    .getByTestId('best-deal')
    .locator('.deal-columns > div')
    .first()
    .getByRole('heading', { name: 'Payments' })
  await expect(payments).toBeVisible()
  await page.getByLabel('Allow compensation payments').uncheck()
  await expect(payments).toHaveCount(0)
  await expect(page.getByTestId('previous-deal').getByRole('heading', { name: 'Payments' })).toBeVisible()
})

test('the address reproduces a changed view', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=culemborg')
  await page.getByTestId('stake-homes-culemborg').fill('0')
  await expect(page.getByTestId('previous-deal')).toBeVisible()
  const changed = await changesText(page)
  const url = page.url()
  expect(url).toContain('changes=')
  const other = await page.context().newPage()
  await open(other, url.slice(url.indexOf('?') + 1))
  expect(await changesText(other)).toBe(changed)
  expect(changed).toContain(`${culemborgPlans} 600 homes`)
  await expect(other.getByTestId('stake-homes-culemborg')).toHaveValue('0')
  await expect(other.locator('#party')).toHaveValue('culemborg')
})
