/**
 * Ask the parties and export: a questionnaire becomes the party's valuations, the downloaded
 * scenario reads back through the page's reader with the same answers and the same deal, and
 * the council note downloads as HTML in Dutch and English.
 */
import { expect, test } from '@playwright/test'
import { changesAfter, changesText, downloadText, open } from './helpers'

// Weesp's answers in the SWW example: most of its points on the district teams (and its own
// preferred split), fewer on hosting the shared services. The best deal moves: the objections
// desk goes to Wijdemeren and costs are shared by population. (Rivierenland answers nearly
// every change to one party's valuations with no deal at all, so it cannot show a moved deal.)
const objections =
  'Gezamenlijke behandeling van bezwaar en beroep (shared objections): from Ieder behandelt zijn eigen bezwaren to'
const answers: Record<string, number> = {
  'financial-admin': 10,
  'client-management': 10,
  purchasing: 10,
  objections: 10,
  'district-teams': 40,
  'cost-sharing': 20,
}
const ratings: Record<string, number> = {
  'district-teams-own': 2,
  'district-teams-6-1-2': 0,
  'district-teams-5-2-2': 10,
  'district-teams-5-1-3': 0,
  'cost-sharing-population': 10,
  'cost-sharing-use': 5,
  'cost-sharing-fixed-base': 0,
}

// fixme: the answers below name SWW's service options from before its services became modules.
// A module's values come from its terms, so the questionnaire now asks about choice issues
// only (elicit.test.ts); this test needs new answers on SWW's two choice issues that move
// the deal.
test.fixme('a questionnaire round-trips through the downloaded scenario file', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=weesp')
  const before = await changesText(page)
  expect(before).toContain(`${objections} Gedeeld, ondergebracht in Weesp`)
  expect(before).toContain('Verdeelsleutel voor de gezamenlijke kosten')
  const ask = page.getByTestId('ask')
  for (const [issue, points] of Object.entries(answers)) await ask.getByTestId(`points-${issue}`).fill(String(points))
  await ask.getByTestId('points-district-teams').fill('45')
  await expect(ask.getByTestId('points-left')).toHaveText('5 points too many')
  await expect(ask.getByTestId('apply-answers')).toBeDisabled()
  await ask.getByTestId('points-district-teams').fill('40')
  for (const [option, rating] of Object.entries(ratings)) await ask.getByTestId(`rating-${option}`).fill(String(rating))
  await ask.getByTestId('apply-answers').click()
  await expect(page.getByTestId('tweak-count')).toContainText('changes to the scenario')
  const asked = await changesAfter(page, before)
  expect(asked).toContain(`${objections} Gedeeld, ondergebracht in Wijdemeren`)
  // By population is the status quo: the cost-sharing key no longer changes.
  expect(asked).not.toContain('Verdeelsleutel voor de gezamenlijke kosten')

  const file = await downloadText(page, 'download-scenario')
  expect(file.name).toMatch(/\.yaml$/)
  // Weesp's total stake was 6; 40 of 100 points on the district teams is a stake of 2.4.
  expect(file.text).toContain('stake: 2.4')

  await page
    .getByTestId('files')
    .setInputFiles({ name: file.name, mimeType: 'application/yaml', buffer: Buffer.from(file.text) })
  await expect(page.getByTestId('loaded')).toHaveText(`Loaded: ${file.name}`)
  await expect(page.getByTestId('tweak-count')).toHaveText('')
  await page.locator('#party').selectOption('weesp')
  for (const [issue, points] of Object.entries(answers))
    await expect(page.getByTestId(`points-${issue}`)).toHaveValue(String(points))
  for (const [option, rating] of Object.entries(ratings))
    await expect(page.getByTestId(`rating-${option}`)).toHaveValue(String(rating))
  expect(await changesText(page)).toBe(asked)
})

test('the council note downloads as HTML in Dutch and in English', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  await page.locator('#note-lang').selectOption('nl')
  const nl = await downloadText(page, 'download-note')
  expect(nl.name).toBe('regio-rivierenland-wonen-en-zorg-housing-and-care-gemeente-tiel-nl.html')
  expect(nl.text).toMatch(/^<!doctype html>/i)
  expect(nl.text).toContain('Raadsinformatie: voorstel voor een mandje, Gemeente Tiel')
  await page.locator('#note-lang').selectOption('en')
  const en = await downloadText(page, 'download-note')
  expect(en.text).toContain('Council note: proposed package deal, Gemeente Tiel')
})
