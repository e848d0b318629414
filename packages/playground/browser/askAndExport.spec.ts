/**
 * Ask the parties and export: a questionnaire becomes the party's valuations, the downloaded
 * scenario reads back through the page's reader with the same answers and the same deal, and
 * the council note downloads as HTML in Dutch and English.
 */
import { expect, test } from '@playwright/test'
import { changesAfter, changesText, downloadText, open } from './helpers'

const answers: Record<string, number> = {
  'homes-tiel': 40,
  'care-ready-homes': 10,
  'adaptation-costs': 10,
  'care-location': 10,
  'business-park': 20,
  'tax-office': 10,
}
const ratings: Record<string, number> = {
  'homes-tiel-1000': 0,
  'homes-tiel-1300': 3.5,
  'homes-tiel-1600': 10,
  'business-park-local': 6,
  'business-park-medel': 10,
  'business-park-bommelerwaard': 0,
}

// Pending: the corrected Rivierenland example (issue 13: no tax office as an open issue) no longer answers these inputs with another deal; choose new inputs (see the closing note of issue 15).
test.fixme('a questionnaire round-trips through the downloaded scenario file', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const before = await changesText(page)
  const ask = page.getByTestId('ask')
  for (const [issue, points] of Object.entries(answers)) await ask.getByTestId(`points-${issue}`).fill(String(points))
  await ask.getByTestId('points-homes-tiel').fill('45')
  await expect(ask.getByTestId('points-left')).toHaveText('5 points too many')
  await expect(ask.getByTestId('apply-answers')).toBeDisabled()
  await ask.getByTestId('points-homes-tiel').fill('40')
  for (const [option, rating] of Object.entries(ratings)) await ask.getByTestId(`rating-${option}`).fill(String(rating))
  await ask.getByTestId('apply-answers').click()
  await expect(page.getByTestId('tweak-count')).toContainText('changes to the scenario')
  const asked = await changesAfter(page, before)

  const file = await downloadText(page, 'download-scenario')
  expect(file.name).toMatch(/\.yaml$/)
  // Tiel's total stake was 7; 40 of 100 points on its housing plans is a stake of 2.8.
  expect(file.text).toContain('stake: 2.8')

  await page
    .getByTestId('files')
    .setInputFiles({ name: file.name, mimeType: 'application/yaml', buffer: Buffer.from(file.text) })
  await expect(page.getByTestId('loaded')).toHaveText(`Loaded: ${file.name}`)
  await expect(page.getByTestId('tweak-count')).toHaveText('')
  await page.locator('#party').selectOption('tiel')
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
