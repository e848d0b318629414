/** Changes on the page: applied to a copy, never to the scenario; unknown ids are listed, not applied. */
import type { IssueId, OptionId } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { exampleForTests } from './exampleForTests'
import { applyTweaks, hasRedLine, isAllowed, noTweaks, tweakCount } from './tweaks'

const scenario = exampleForTests('road-and-housing')
const [a] = scenario.parties
const issue = scenario.issues[0]!
// A (the first party) has a red line on the road through A, none on the sunken road.
const option = 'sunken' as OptionId

describe('applyTweaks', () => {
  it('changes nothing without tweaks', () => {
    expect(applyTweaks(scenario, noTweaks)).toEqual({ scenario, ignored: [] })
  })

  it('sets a stake, a value and a red line on a copy', () => {
    const t = {
      stakes: { [a!.id]: { [issue.id]: 7 } },
      values: { [a!.id]: { [issue.id]: { [option]: -4 } } },
      redLines: { [a!.id]: { [issue.id]: { [option]: true } } },
    }
    const { scenario: s, ignored } = applyTweaks(scenario, t)
    const p = s.parties[0]!
    expect(ignored).toEqual([])
    expect(p.valuations[issue.id as IssueId]?.stake).toBe(7)
    expect(p.valuations[issue.id as IssueId]?.values[option as OptionId]).toBe(-4)
    expect(hasRedLine(p, issue.id, option)).toBe(true)
    expect(hasRedLine(scenario.parties[0]!, issue.id, option)).toBe(false)
    expect(tweakCount(t)).toBe(3)
    // Switching the red line off again removes it.
    const off = applyTweaks(s, { ...noTweaks, redLines: { [a!.id]: { [issue.id]: { [option]: false } } } })
    expect(hasRedLine(off.scenario.parties[0]!, issue.id, option)).toBe(false)
  })

  it('switches an existing red line off', () => {
    expect(hasRedLine(a!, issue.id, 'through-a' as OptionId)).toBe(true)
    const { scenario: s } = applyTweaks(scenario, {
      ...noTweaks,
      redLines: { [a!.id]: { road: { 'through-a': false } } },
    })
    expect(s.parties[0]!.mandate.redLines).toEqual([])
  })

  it('narrows and widens what a mandate allows, in scenario order, no rule when everything is allowed', () => {
    const narrowed = applyTweaks(scenario, { ...noTweaks, allowed: { [a!.id]: { road: { sunken: false } } } }).scenario
      .parties[0]!
    expect(narrowed.mandate.allowedOptions['road' as IssueId]).toEqual(['none', 'through-a', 'through-a-screened'])
    expect(isAllowed(narrowed, 'road' as IssueId, option)).toBe(false)
    const widened = applyTweaks(
      { ...scenario, parties: [narrowed, ...scenario.parties.slice(1)] },
      { ...noTweaks, allowed: { [a!.id]: { road: { sunken: true } } } },
    )
    expect(widened.scenario.parties[0]!.mandate.allowedOptions).toEqual({})
  })

  it('lists changes that name an unknown party, issue or option', () => {
    const t = {
      stakes: { nobody: { x: 1 }, [a!.id]: { 'no-issue': 1, __proto__: 2 } },
      values: {},
      redLines: { [a!.id]: { [issue.id]: { 'no-option': true } } },
    }
    const { scenario: s, ignored } = applyTweaks(scenario, t)
    expect(ignored).toEqual(['nobody', `${a!.id}: no-issue`, `${a!.id}: ${issue.id} = no-option`])
    expect(s.parties).toEqual(scenario.parties)
  })

  it('lowers a minimum gain and a domain floor, and switches a target off', () => {
    const target = exampleForTests('mra-housing')
    const [p] = target.parties
    const domain = target.domains[0]!.id
    const t = {
      ...noTweaks,
      minGains: { [p!.id]: -1 },
      domainFloors: { [p!.id]: { [domain]: -2 } },
      targetsOff: [target.targets![0]!.id],
    }
    const { scenario: s, ignored } = applyTweaks(target, t)
    expect(ignored).toEqual([])
    expect(s.parties[0]!.mandate.minGain).toBe(-1)
    expect(s.parties[0]!.mandate.minDomainGain[domain]).toBe(-2)
    expect(s.targets).toBeUndefined()
    expect(target.targets).toHaveLength(1)
    expect(tweakCount(t)).toBe(3)
    expect(applyTweaks(target, { ...noTweaks, targetsOff: ['no-such-target'] }).ignored).toEqual(['no-such-target'])
  })
})
