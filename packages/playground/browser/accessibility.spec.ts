/**
 * Accessibility and language: every control has a name a screen reader announces, the page
 * switches between Dutch and English and says which it is, and a Dutch link shows Dutch.
 */
import { expect, test } from '@playwright/test'
import { open } from './helpers'

test('every form control has an accessible name', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=tiel')
  const unnamed = await page.locator('input, select, button').evaluateAll((els) =>
    els
      .filter((el) => {
        const input = el as HTMLInputElement
        const labelled =
          (input.labels?.length ?? 0) > 0 ||
          el.getAttribute('aria-label') !== null ||
          el.getAttribute('aria-labelledby') !== null
        return !labelled && (el.tagName !== 'BUTTON' || el.textContent?.trim() === '')
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  )
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

// With a previous deal beside the new one, so the previous deal's colours are checked too.
test('text contrast is at least 4.5:1 (WCAG AA) everywhere on the page', async ({ page }) => {
  await open(page, 'example=rivierenland&lang=en&party=culemborg')
  await page.getByTestId('stake-homes-culemborg').fill('0')
  await expect(page.getByTestId('previous-deal')).toBeVisible()
  const failures = await page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const x = v / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
    }
    const background = (el: Element | null): number[] => {
      for (let e = el; e !== null; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c.length >= 3 && (c.length < 4 || c[3]! > 0)) return c.slice(0, 3)
      }
      return [255, 255, 255]
    }
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const el = n.parentElement
      if (el === null || (n.textContent ?? '').trim() === '' || el.closest('svg, .visually-hidden, option') !== null)
        continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      const fg = rgb(style.color)
      const a = lum(fg.slice(0, 3))
      const b = lum(background(el))
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
      if (ratio < 4.5) out.push(`${ratio.toFixed(2)}: ${(n.textContent ?? '').trim().slice(0, 40)}`)
    }
    return out
  })
  expect(failures).toEqual([])
})
