/**
 * Accessibility and language: every control has a name a screen reader announces, the page
 * switches between Dutch and English and says which it is, and a Dutch link shows Dutch.
 */
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test('every form control has an accessible name', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const unnamed = await page.locator('input, select, button').evaluateAll((els) =>
    els.filter((el) => {
      const input = el as HTMLInputElement
      const labelled = (input.labels?.length ?? 0) > 0 || el.getAttribute('aria-label') !== null || el.getAttribute('aria-labelledby') !== null
      return !labelled && (el.tagName !== 'BUTTON' || el.textContent?.trim() === '')
    }).map((el) => el.outerHTML.slice(0, 120)))
  expect(unnamed).toEqual([])
})

test('the language switch changes the page and its lang attribute', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { name: 'Best deal', exact: true })).toBeVisible()
  await page.locator('#lang').selectOption('nl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(page.getByRole('heading', { name: 'Beste mandje', exact: true })).toBeVisible()
  await expect(page.getByTestId('deadlocks')).toContainText('Patstellingen')
  await expect(page).toHaveURL(/lang=nl/)
})

test('a keyboard user reaches the example menu and the objective choice', async ({ page }) => {
  await open(page, 'example=road-and-housing&lang=en')
  await page.locator('#lang').focus()
  await page.keyboard.press('Tab')
  await expect(page.locator('#example')).toBeFocused()
  await page.getByRole('radio', { name: 'fewest changes' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('radio', { name: 'fewest changes' })).toBeChecked()
  await expect(page).toHaveURL(/objective=fewest/)
})
