/**
 * Opening files: a GENIUS folder (XML) and a GeniusWeb folder (JSON) chosen together, and a
 * broken file, which gets a message naming the file and the place in it.
 */
import { expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { open } from './helpers'

const harbourXml = ['harbour_domain.xml', 'Gemeente.xml', 'Provincie.xml'].map((f) =>
  fileURLToPath(new URL(`../../testkit/fixtures/genius/harbour/${f}`, import.meta.url)),
)

const json = (name: string, tree: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(tree)),
})
const profile = (name: string, weights: Record<string, number>, utilities: Record<string, Record<string, number>>) =>
  json(`${name}.json`, {
    LinearAdditiveUtilitySpace: {
      name,
      issueWeights: weights,
      issueUtilities: Object.fromEntries(
        Object.entries(utilities).map(([i, valueUtilities]) => [i, { discreteutils: { valueUtilities } }]),
      ),
      reservationBid: { issuevalues: { quay: 'west', contribution: '10' } },
    },
  })

test('a GENIUS folder opens: its parties and a best deal', async ({ page }) => {
  await open(page, 'example=road-and-housing&lang=en')
  await page.getByTestId('files').setInputFiles(harbourXml)
  await expect(page.getByTestId('loaded')).toContainText('harbour_domain.xml')
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  await expect(page.getByTestId('parties')).toContainText('Gemeente')
})

test('a GeniusWeb folder opens: its parties and a best deal', async ({ page }) => {
  await open(page, 'example=road-and-housing&lang=en')
  await page.getByTestId('files').setInputFiles([
    json('domain.json', {
      name: 'harbour',
      issuesValues: { quay: { values: ['north', 'south', 'west'] }, contribution: { values: ['0', '5', '10'] } },
    }),
    profile(
      'city',
      { quay: 0.6, contribution: 0.4 },
      { quay: { north: 0.2, south: 1, west: 0 }, contribution: { '0': 1, '5': 0.5, '10': 0 } },
    ),
    profile(
      'province',
      { quay: 0.25, contribution: 0.75 },
      { quay: { north: 1, south: 0.5, west: 0 }, contribution: { '0': 0, '5': 0.6, '10': 1 } },
    ),
  ])
  await expect(page.getByTestId('loaded')).toContainText('domain.json')
  await expect(page.getByTestId('gains')).toContainText('province')
  await expect(page.getByTestId('changes')).toContainText('quay')
})

test('a broken file gets a message naming the file and the place in it', async ({ page }) => {
  await open(page, 'example=road-and-housing&lang=en')
  await page.getByTestId('files').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('version: 1\nname: x\nparties: 3\n'),
  })
  await expect(page.getByTestId('problems')).toContainText('broken.yaml')
  await expect(page.getByTestId('problems')).toContainText('parties')
})
