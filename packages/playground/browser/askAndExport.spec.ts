/**
 * Ask the parties and export: a questionnaire becomes the party's valuations, the downloaded
 * scenario reads back through the page's reader with the same answers and the same deal, and
 * the council note downloads as HTML in Dutch and English.
 */
import { expect, test } from '@playwright/test'
import { changesAfter, changesText, downloadText, open } from './helpers'

// Weesp's answers in the SWW example. Its pooled services are modules, valued by their terms,
// so the questionnaire asks about its two choice issues: the district teams and the
// cost-sharing key. With most of its points on the key (70 of 100), sharing costs by
// population (today's key, its favourite) outweighs the change to costs by use, and the best
// deal keeps today's key. (Rivierenland answers nearly every change to one party's
// valuations with no deal at all, so it cannot show a moved deal.)
const answers: Record<string, number> = { 'district-teams': 30, 'cost-sharing': 70 }

test('a questionnaire round-trips through the downloaded scenario file', async ({ page }) => {
  await open(page, 'example=sww-social&lang=en&party=weesp')
  const before = await changesText(page)
  expect(before).toContain('Verdeelsleutel voor de gezamenlijke kosten')
  const ask = page.getByTestId('ask')
  await expect(ask.getByTestId('points-financial-admin')).toHaveCount(0)
  for (const [issue, points] of Object.entries(answers)) await ask.getByTestId(`points-${issue}`).fill(String(points))
  await ask.getByTestId('points-district-teams').fill('35')
  await expect(ask.getByTestId('points-left')).toHaveText('5 points too many')
  await expect(ask.getByTestId('apply-answers')).toBeDisabled()
  await ask.getByTestId('points-district-teams').fill('30')
  await ask.getByTestId('apply-answers').click()
  await expect(page.getByTestId('tweak-count')).toContainText('changes to the scenario')
  const asked = await changesAfter(page, before)
  // By population is the status quo: the cost-sharing key no longer changes.
  expect(asked).not.toContain('Verdeelsleutel voor de gezamenlijke kosten')

  const file = await downloadText(page, 'download-scenario')
  expect(file.name).toMatch(/\.yaml$/)
  // Weesp's stake on its two choice issues was 2 in all; 70 of 100 points is a stake of 1.4.
  expect(file.text).toContain('stake: 1.4')

  await page
    .getByTestId('files')
    .setInputFiles({ name: file.name, mimeType: 'application/yaml', buffer: Buffer.from(file.text) })
  await expect(page.getByTestId('loaded')).toHaveText(`Loaded: ${file.name}`)
  await expect(page.getByTestId('tweak-count')).toHaveText('')
  await page.locator('#party').selectOption('weesp')
  for (const [issue, points] of Object.entries(answers))
    await expect(page.getByTestId(`points-${issue}`)).toHaveValue(String(points))
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
