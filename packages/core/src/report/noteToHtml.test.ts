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
const deal = dealOf(townsAndProvince, { road: 'via-b', housing: 'west', 'homes-a': '1250' })

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
    const deal2 = dealOf(townsAndProvince, { road: 'via-b', housing: 'west' })
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

  it('puts the summary first and the details in an appendix that starts a new printed page', () => {
    const note = councilNoteFor({ ...townsAndProvince, notes: ['INVENTED: all'] }, deal, A)
    const md = noteToMarkdown(note, 'nl')
    const titles = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]!)
    const firstAppendix = titles.findIndex((t) => t.startsWith('Bijlage'))
    expect(firstAppendix).toBeGreaterThan(0)
    // Every section after the first appendix section is appendix too: the summary is one block.
    expect(titles.slice(firstAppendix).every((t) => t.startsWith('Bijlage'))).toBe(true)
    expect(titles.slice(0, firstAppendix)).toEqual(
      expect.arrayContaining(['Samenvatting', 'Wat wij geven', 'Wat wij krijgen', 'De kaders van de raad']),
    )
    const html = noteToHtml(note, 'nl')
    const marker = html.indexOf('<div class="appendix">')
    expect(marker).toBeGreaterThan(html.indexOf('<h2>De kaders van de raad</h2>'))
    expect(html.indexOf('<h2>Bijlage: bronnen en kanttekeningen bij de cijfers</h2>')).toBeGreaterThan(marker)
    expect(html).toContain('.appendix{break-before:page')
  })

  it('names units in the language of the note, in the tables and in the mandate rules alike', () => {
    const dutch = { ...townsAndProvince, units: { homes: { nl: 'woningen' }, 'EUR million': { nl: 'miljoen euro' } } }
    const nl = noteToMarkdown(councilNoteFor(dutch, deal, A), 'nl')
    expect(nl).toContain('| Homes in A | 1.000 woningen | 1.250 woningen | +0,5 |')
    expect(nl).not.toMatch(/\bhomes\b/)
    // A language without a name keeps the unit as written.
    expect(noteToMarkdown(councilNoteFor(dutch, deal, A), 'en')).toContain('| Homes in A | 1,000 homes | 1,250 homes |')
  })

  it('gives the net gain as money by the party’s own money value, and only where it has one', () => {
    const dutch = { ...townsAndProvince, units: { 'EUR million': { nl: 'miljoen euro' } } }
    const note = councilNoteFor(dutch, deal, A)
    // Gemeente A values a million euro at 0.1 points: +1.5 points is +15 million euro to it.
    expect(note.netGain).toBeCloseTo(1.5)
    const nl = noteToMarkdown(note, 'nl')
    expect(nl).toContain('evenveel waard als +15 miljoen euro')
    expect(nl).toContain('| Netto winst uitgedrukt in geld (ter vergelijking) | +15 miljoen euro |')
    const priceless = {
      ...dutch,
      parties: dutch.parties.map((p) => (p.id === A ? { ...p, moneyValue: 0 } : p)),
    }
    expect(noteToMarkdown(councilNoteFor(priceless, deal, A), 'nl')).not.toContain('in geld')
    const { compensation: _, units: __, ...moneyless } = dutch
    expect(noteToMarkdown(councilNoteFor(moneyless, deal, A), 'en')).not.toContain('as money')
  })
})
