import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { dealFrom } from './changesOf.js'
import { checkDeal } from './checkDeal.js'

/** Kennemerland decides its allocation rules; Amsterdam values them but has no say. */
const scenario = (amsterdamValue: number): Scenario => {
  const decoded = decodeScenario({
    version: 1,
    name: 'a say versus an interest',
    domains: [{ id: 'allocation' }],
    issues: [
      {
        id: 'rules-kennemerland',
        domain: 'allocation',
        options: ['local', 'regional'],
        stakeholders: ['kennemerland'],
      },
    ],
    parties: [
      { id: 'kennemerland', valuations: { 'rules-kennemerland': { stake: 1, values: { local: 0, regional: 1 } } } },
      {
        id: 'amsterdam',
        valuations: { 'rules-kennemerland': { stake: 1, values: { local: 0, regional: amsterdamValue } } },
      },
    ],
    statusQuo: { 'rules-kennemerland': 'local' },
  })
  if (E.isLeft(decoded)) throw new Error('fixture does not decode')
  return decoded.right
}

describe('a say versus an interest', () => {
  it('a party with only an interest is no participant: it need not gain, so it cannot hold the change hostage', () => {
    const s = scenario(0)
    const check = checkDeal(s, dealFrom(s, { 'rules-kennemerland': 'regional' }))
    expect(check.participants).toEqual(['kennemerland'])
    expect(check.valid).toBe(true)
  })

  it('but it is an affected outsider: a change that makes it lose is not a valid deal', () => {
    const s = scenario(-0.5)
    expect(checkDeal(s, dealFrom(s, { 'rules-kennemerland': 'regional' })).flaws).toEqual([
      { _tag: 'OutsiderLoses', party: 'amsterdam', gain: -0.5 },
    ])
  })
})
