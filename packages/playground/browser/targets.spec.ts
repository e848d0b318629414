/**
 * The targets switch: a regional target turned off re-solves the deals without it. The
 * examples' targets do not bind (their best deals meet them anyway), so this loads the test
 * kit's small homes-target scenario through the file input: 4,000 homes between A and B, who
 * each lose by building and gain from a new bus line.
 */
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { changesAfter, changesText } from './helpers'

const file = new URL('../../testkit/fixtures/homes-target.yaml', import.meta.url)

test('switching a regional target off changes the deal, and on again brings it back', async ({ page }) => {
  await page.goto('index.html?lang=en')
  await page
    .getByTestId('files')
    .setInputFiles({ name: 'homes-target.yaml', mimeType: 'application/yaml', buffer: readFileSync(file) })
  await expect(page.getByTestId('loaded')).toHaveText('Loaded: homes-target.yaml')
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  const before = await changesText(page)
  // Cheapest for the two: 1,000 homes in A (it loses 0.001 a home), 3,000 in B (0.0005 a home).
  expect(before).toContain('homes-a: from 0 homes to 1000 homes')
  expect(before).toContain('homes-b: from 0 homes to 3000 homes')
  const target = page.getByTestId('target-homes-2030')
  await expect(target).toBeChecked()
  await expect(page.getByTestId('targets')).toContainText('4,000 homes to 2030')
  await target.uncheck()
  const after = await changesAfter(page, before)
  expect(after).not.toContain('homes-a')
  expect(after).not.toContain('homes-b')
  expect(after).toContain('bus: from none to new-line')
  await expect(page.getByTestId('tweak-count')).toHaveText('1 change to the scenario')
  await target.check()
  await expect.poll(async () => changesText(page)).toBe(before)
})
