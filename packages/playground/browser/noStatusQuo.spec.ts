/**
 * A game without a status quo (the road must be built: `statusQuo.road` is null): the deal
 * view says "no status quo" where the status quo's option would be, and the deadlocks section
 * says why it has no table, instead of the page failing on core's refusal.
 */
import { requiredRoadFile } from '@mandjes/testkit/requiredRoad.js'
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test('a game without a status quo shows its deal with "no status quo" for the open issue', async ({ page }) => {
  await open(page, 'example=road-and-housing&lang=en')
  await page.getByTestId('files').setInputFiles({
    name: 'required-road.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(requiredRoadFile)),
  })
  await expect(page.getByTestId('loaded')).toContainText('required-road.json')
  await expect(page.getByTestId('best-deal')).toHaveAttribute('aria-busy', 'false')
  const changes = page.getByTestId('changes').first()
  await expect(changes.locator('li')).toHaveText(['road: no status quo, chosen east', 'h: from b to a'])
  await expect(page.getByTestId('no-status-quo')).toContainText('1 issue has no status quo')
  await expect(page.getByTestId('summary')).toContainText('1 issue has no status quo')
  await expect(page.getByRole('alert')).toHaveCount(0)
})
