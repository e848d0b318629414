import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { A, dealOf, townsAndProvince } from '@mandjes/testkit/reportFixtures.js'
import { councilNoteFor } from './councilNoteFor.js'
import { noteToHtml } from './noteToHtml.js'
import { noteToMarkdown } from './noteToMarkdown.js'

const hostile: Scenario = {
  ...townsAndProvince,
  parties: townsAndProvince.parties.map((p) =>
    p.id === 'B' ? { ...p, name: '<script>alert("x")</script> | *B*' } : p,
  ),
}
const deal = dealOf(townsAndProvince, { road: 'built', location: 'in-a', 'homes-a': '1250' })

describe('council notes as HTML and Markdown', () => {
  it('escapes every name from the scenario file in HTML', () => {
    const html = noteToHtml(councilNoteFor(hostile, deal, A), 'en')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('<title>Council note: proposed package deal, Gemeente A</title>')
  })

  it('is one self-contained page: no scripts, no external files', () => {
    const html = noteToHtml(councilNoteFor(townsAndProvince, deal, A), 'nl')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<html lang="nl">')
    expect(html).not.toMatch(/<script|<link|src=|href=/)
  })

  it('escapes Markdown table and emphasis characters in names', () => {
    const md = noteToMarkdown(councilNoteFor(hostile, deal, A), 'en')
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\| \\*B\\*')
  })

  it('writes the Dutch note in Dutch with Dutch numbers', () => {
    const md = noteToMarkdown(councilNoteFor(townsAndProvince, deal, A), 'nl')
    expect(md).toContain('# Raadsinformatie: voorstel voor een mandje, Gemeente A')
    expect(md).toContain('| Homes in A | 1.000 homes | 1.250 homes | +0,5 |')
    expect(md).toContain('**Netto winst** | **+1,5**')
    expect(md).toContain('Binnen de kaders (krap):')
  })

  it('says that nothing is left when the only other party says no', () => {
    const deal2 = dealOf(townsAndProvince, { road: 'built', location: 'in-a' })
    const md = noteToMarkdown(councilNoteFor(townsAndProvince, deal2, A, { othersMandateDetail: true }), 'en')
    expect(md).toContain('- **If Gemeente B says no:** nothing is left and everything stays as it is.')
    expect(md).toContain('Tight mandates: Gemeente B. A no is most likely there.')
    // By default a note is fit for a public council document: no other party's tight rules.
    const open = noteToMarkdown(councilNoteFor(townsAndProvince, deal2, A), 'en')
    expect(open).not.toContain('Tight mandates')
    expect(open).toContain('Gemeente B (within mandate)')
  })

  it('ends with the scenario notes as an appendix, and shows the date in the language of the note', () => {
    const md = noteToMarkdown(
      councilNoteFor({ ...townsAndProvince, notes: ['INVENTED: every home count'] }, deal, A, { date: '2026-12-01' }),
      'nl',
    )
    expect(md).toContain('Datum: 1 december 2026')
    expect(md).toContain('## Bijlage: bronnen en kanttekeningen bij de cijfers')
    expect(md).toContain('- INVENTED: every home count')
  })

  it('writes the English note in English with English numbers', () => {
    const md = noteToMarkdown(councilNoteFor(townsAndProvince, deal, A), 'en')
    expect(md).toContain('| Homes in A | 1,000 homes | 1,250 homes | +0.5 |')
    expect(md).toContain('## Risks: if a council says no')
    expect(md).toContain(
      '**If Gemeente B says no:** the rest of the deal (1 issue) still holds; our gain becomes +0.5.',
    )
  })
})
