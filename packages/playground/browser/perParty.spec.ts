/** Per party: what it gives and what it gets in the best deal, and its net gain, the same as its bar. */
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test('what Tiel gives and gets, with the net gain of its bar', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const view = page.getByTestId('gives-gets')
  await expect(view.getByRole('heading', { level: 3 })).toHaveText('What we give, what we get: Gemeente Tiel')
  await expect(view.getByRole('heading', { name: 'We give', exact: true })).toBeVisible()
  await expect(view.getByRole('heading', { name: 'We get', exact: true })).toBeVisible()
  const bar = await page.getByTestId('gains').locator('tr[data-party="tiel"]').getByTestId('gain').innerText()
  await expect(view).toContainText(`Net gain: ${bar}`)
  // Every change Tiel gives is a loss for Tiel, every change it gets a gain.
  for (const text of await view.locator('div > div').first().locator('li').allInnerTexts())
    expect(text).toMatch(/\(-[\d.]+\)$/)
  for (const text of await view.locator('div > div').nth(1).locator('li').allInnerTexts())
    expect(text).toMatch(/\(\+[\d.]+\)$/)
})

test('a file dropped on the page opens', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en')
  const yaml =
    'version: 1\nname: Dropped\ndomains: [{ id: d, name: D }]\nissues:\n  - { id: i, name: Issue, domain: d, options: [{ id: a, label: A }, { id: b, label: B }] }\n' +
    'parties:\n  - { id: p, name: P, kind: municipality, valuations: { i: { stake: 1, values: { a: 0, b: 1 } } } }\nstatusQuo: { i: a }\n'
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }))
    return dt
  }, yaml)
  await page.locator('section.source').dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByTestId('loaded')).toHaveText('Loaded: dropped.yaml')
  await expect(page.getByTestId('changes')).toContainText('Issue: from A to B')
})
