import { describe, expect, it } from 'vitest'
import { findDeal, gainOf, parseScenarioText } from '../index.js'
import { issueId, optionId, partyId } from './ids.js'

const text = `version: 1\nname: x\ndomains: [{ id: d }]\nissues: [{ id: road, domain: d, options: [none, built] }, { id: h, domain: d, options: [b, a] }]\nparties: [{ id: A, valuations: { road: { stake: 1, values: { none: 0, built: -1 } }, h: { stake: 1, values: { b: 0, a: 2 } } } }, { id: B, valuations: { road: { stake: 1, values: { none: 0, built: 3 } }, h: { stake: 1, values: { b: 0, a: -1 } } } }]\nstatusQuo: { road: none, h: b }`

describe('ids from plain strings', () => {
  it('name parties, issues and options of a parsed scenario without casts', () => {
    const parsed = parseScenarioText(text, { format: 'yaml' })
    if (parsed._tag === 'Left') throw new Error('fixture does not parse')
    const scenario = parsed.right
    const result = findDeal(scenario)
    if (result._tag !== 'Optimal') throw new Error('expected a deal')
    expect(result.best.deal.choices[issueId('road')]).toBe(optionId('built'))
    expect(result.best.gains[partyId('A')]).toBeCloseTo(1, 9)
    expect(gainOf(scenario, partyId('B'), result.best.deal)).toBeCloseTo(2, 9)
  })
})
