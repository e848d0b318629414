import { describe, expect, it } from 'vitest'
import { gainOf, utilityOf, type Deal, type DomainId, type PartyId } from '../index.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { domainGainOf } from '../engine.js'

const scenario = negotiationScenario({ parties: 3, issues: 3, seed: 2 })
const party = scenario.parties[0]!.id
const deal = scenario.statusQuo

describe('mistakes in a call are TypeErrors and RangeErrors naming the argument (regression: "internal error ... please report")', () => {
  it('names swapped party and deal', () => {
    expect(() => gainOf(scenario, deal as unknown as PartyId, party as unknown as Deal)).toThrow(TypeError)
    expect(() => gainOf(scenario, deal as unknown as PartyId, party as unknown as Deal)).toThrow(
      'gainOf: party must be a party id (text); got an object. Are party and deal swapped?',
    )
    expect(() => utilityOf(scenario, deal as unknown as PartyId, party as unknown as Deal)).toThrow(
      /^utilityOf: party must be/,
    )
    expect(() =>
      domainGainOf(scenario, deal as unknown as PartyId, party as unknown as Deal, 'd0' as DomainId),
    ).toThrow(/^domainGainOf: party must be/)
  })

  it('names an unknown party, a missing scenario and a deal without choices', () => {
    expect(() => gainOf(scenario, 'Zwolle' as PartyId, deal)).toThrow(RangeError)
    expect(() => gainOf(scenario, 'Zwolle' as PartyId, deal)).toThrow(
      /gainOf: party "Zwolle" is not a party of this scenario/,
    )
    expect(() => gainOf(undefined as never, party, deal)).toThrow('gainOf: scenario must be a decoded scenario')
    expect(() => gainOf(scenario, party, {} as Deal)).toThrow('gainOf: deal must be a deal')
  })

  it('names an option the deal chooses that the issue does not have', () => {
    const issue = scenario.issues[0]!.id
    const valued = scenario.parties.find((p) => p.valuations[issue] !== undefined)!.id
    const bad = { choices: { ...deal.choices, [issue]: 'nonsense' }, payments: [] } as unknown as Deal
    expect(() => gainOf(scenario, valued, bad)).toThrow(RangeError)
    expect(() => gainOf(scenario, valued, bad)).toThrow(`deal: "nonsense" is not an option of issue "${issue}".`)
  })

  it('still computes gains for a correct call', () => {
    expect(gainOf(scenario, party, deal)).toBe(0)
  })
})
