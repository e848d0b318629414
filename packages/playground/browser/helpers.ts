/** Shared steps of the browser tests. */
import { expect, type Download, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

/** Opens a page link and waits for the best deal's gains. */
export const open = async (page: Page, query: string): Promise<void> => {
  await page.goto(`index.html?${query}`)
  await expect(page.getByTestId('gains').locator('tbody tr').first()).toBeVisible()
  await expect(page.getByTestId('best-deal')).toHaveAttribute('aria-busy', 'false')
}

/** The text of the changes of the best deal, once it is no longer being solved. */
export const changesText = async (page: Page): Promise<string> => {
  await expect(page.getByTestId('best-deal')).toHaveAttribute('aria-busy', 'false')
  return page.getByTestId('changes').first().innerText()
}

/** Waits until the best deal's changes differ from `before`, and returns them. */
export const changesAfter = async (page: Page, before: string): Promise<string> => {
  await expect.poll(async () => changesText(page)).not.toBe(before)
  return changesText(page)
}

/** Clicks a button that offers a download and returns the downloaded text. */
export const downloadText = async (
  page: Page,
  testId: string,
): Promise<{ name: string; text: string; download: Download }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), download }
}
