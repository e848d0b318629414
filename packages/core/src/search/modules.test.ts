import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { checkDeal } from '../evaluate/checkDeal.js'
import { dealFrom } from '../evaluate/changesOf.js'
import type { Scenario } from '../model/Scenario.js'
import { councilNoteFor } from '../report/councilNoteFor.js'
import { moduleHeadline, stayingOutLine } from '../report/moduleSection.js'
import { noteToDocument } from '../report/noteToDocument.js'
import { documentToMarkdown } from '../report/documentToMarkdown.js'
import type { PartyId } from '../model/Party.js'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'
import { explainModules } from '../evaluate/explainModules.js'
import { findDeal } from './findDeal.js'
import { exhaustive } from './exhaustive.js'

const text = readFileSync(new URL('../../../testkit/fixtures/shared-service.yaml', import.meta.url), 'utf8')
const read = (source: string): Scenario => {
  const result = parseScenarioText(source, { format: 'yaml' })
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}
const scenario = read(text)

describe('a module (wisselende coalitie)', () => {
  it('becomes one issue with an option per coalition and host, and values from its terms', () => {
    const issue = scenario.issues[0]!
    // Coalitions of 2 to 5 of the 5 members that contain a or c, one option per possible host.
    expect(issue.options.length).toBe(31)
    expect(issue.options.slice(0, 4).map((o) => o.id)).toEqual(['none', 'a+b@a', 'a+c@a', 'a+c@c'])
    expect(issue.stakeholders).toEqual([])
    // b in a, b, c hosted by c: join 0.45 − 1.2 / 3.
    expect(scenario.parties[1]!.valuations[issue.id]!.values['a+b+c@c' as never]).toBeCloseTo(0.05, 12)
    // c hosts: 0.35 − 0.4 + 0.1.
    expect(scenario.parties[2]!.valuations[issue.id]!.values['a+b+c@c' as never]).toBeCloseTo(0.05, 12)
    // e outside a running module: affected +0.01; the province −0.02.
    expect(scenario.parties[4]!.valuations[issue.id]!.values['a+b@a' as never]).toBe(0.01)
    expect(scenario.parties[5]!.valuations[issue.id]!.values['a+b@a' as never]).toBe(-0.02)
  })

  it('makes only the coalition members participants: d and e have no say, the province must not lose', () => {
    const alone = checkDeal(scenario, dealFrom(scenario, { 'tax-office': 'a+b+c@c' }))
    expect(alone.participants).toEqual(['a', 'b', 'c'])
    // The province is an outsider that loses 0.02 from the module alone.
    expect(alone.flaws).toEqual([{ _tag: 'OutsiderLoses', party: 'province', gain: -0.02 }])
    // With the bus line it takes part (it has a say on the bus) and gains 0.28 in all.
    const both = checkDeal(scenario, dealFrom(scenario, { 'tax-office': 'a+b+c@c', bus: 'new-line' }))
    expect(both.valid).toBe(true)
    expect(both.participants).toEqual(['a', 'b', 'c', 'province'])
  })

  it('lets the search choose the coalition: three of five join, hosted by c', () => {
    const result = findDeal(scenario)
    expect(result._tag === 'Optimal' && result.best.deal.choices).toEqual({
      'tax-office': 'a+b+c@c',
      bus: 'new-line',
    })
    const oracle = exhaustive(scenario)
    expect(oracle._tag === 'Optimal' && oracle.best.value).toEqual(result._tag === 'Optimal' && result.best.value)
  })

  it('explains why d and e stay out: joining does not pay for either', () => {
    const deal = dealFrom(scenario, { 'tax-office': 'a+b+c@c', bus: 'new-line' })
    const [m] = explainModules(scenario, deal)
    expect(m!.members).toEqual(['a', 'b', 'c'])
    expect(m!.share).toBeCloseTo(0.4, 12)
    expect(m!.stayingOut.map((s) => [s.party, s.reason, s.wouldBe])).toEqual([
      ['d', 'joiningDoesNotPay', 'a+b+c+d@c'],
      ['e', 'joiningDoesNotPay', 'a+b+c+e@c'],
    ])
    // d would pay 1.2 / 4 = 0.3 for a service worth 0.2 to it.
    expect(m!.stayingOut[0]!.gainIfJoined).toBeCloseTo(-0.1, 12)
    const note = councilNoteFor(scenario, deal, 'a' as PartyId)
    expect(moduleHeadline(note.modules![0]!, 'en')).toBe(
      '3 of 5 join Shared tax office (host c): a, b and c; each pays 0.4 EUR million a year of the fixed cost.',
    )
    expect(stayingOutLine(note.modules![0]!.stayingOut[0]!, 'nl')).toBe(
      'd: meedoen loont niet (het aandeel in de vaste kosten zou 0,3 zijn; meedoen is 0,2 waard).',
    )
    expect(documentToMarkdown(noteToDocument(note, 'en'))).toContain('Why the others stay out:')
  })

  it('says when a party could join and the search preferred the smaller coalition', () => {
    // With d's join raised to 0.35, a four-member office is valid too (d gains 0.05).
    const richer = read(text.replace('{ party: d, join: 0.2 }', '{ party: d, join: 0.35 }'))
    const deal = dealFrom(richer, { 'tax-office': 'a+b+c@c', bus: 'new-line' })
    expect(explainModules(richer, deal)[0]!.stayingOut[0]!.reason).toBe('couldJoin')
  })
})
