import { describe, expect, it } from 'vitest'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { exhaustive } from './exhaustive.js'
import type { Scenario } from '../model/Scenario.js'

// Why two of the six search laws (searchLaws.ts) are checked without payments: the
// compensation rule equalises surplus relative to each party's scale, and adding an option
// widens a scale even when the deal does not use the option. Found by the sparse arbitrary.
const file = (withAddedOption: boolean) => ({
  version: 1,
  name: 'payments and scale',
  notes: ['invented for the test'],
  compensation: { unit: 'EUR' },
  domains: [{ id: 'housing' }, { id: 'mobility' }],
  issues: [
    { id: 'i0', domain: 'housing', options: withAddedOption ? ['o0', 'o1', 'added'] : ['o0', 'o1'] },
    { id: 'i1', domain: 'mobility', options: ['o0', 'o1', 'o2'], stakeholders: ['p1', 'p2'] },
  ],
  parties: [
    { id: 'p0', valuations: { i0: { stake: 1, values: { o0: 0, o1: 0, ...(withAddedOption ? { added: 0 } : {}) } } } },
    {
      id: 'p1',
      moneyValue: 1,
      valuations: {
        i1: { stake: 1, values: { o0: 0, o1: 0, o2: 0 } },
        i0: { stake: 1, values: { o0: 0, o1: 0, ...(withAddedOption ? { added: -4 } : {}) } },
      },
    },
    {
      id: 'p2',
      moneyValue: 2,
      valuations: {
        i1: { stake: 1, values: { o0: 0, o1: 1, o2: 0 } },
        i0: { stake: 1, values: { o0: 0, o1: 0, ...(withAddedOption ? { added: 0 } : {}) } },
      },
    },
  ],
  statusQuo: { i0: 'o1', i1: 'o0' },
})
const read = (raw: unknown): Scenario => {
  const d = decodeScenario(raw)
  if (d._tag === 'Left') throw new Error(JSON.stringify(d.left))
  return d.right
}

describe('payments depend on every option, chosen or not', () => {
  it('adding an option nobody picks can lower the max-sum when payments are on, and changes nothing when they are off', () => {
    const [before, after] = [read(file(false)), read(file(true))]
    const withPay = [exhaustive(before, { objective: 'sum' }), exhaustive(after, { objective: 'sum' })]
    if (withPay[0]!._tag !== 'Optimal' || withPay[1]!._tag !== 'Optimal') throw new Error('expected deals')
    // The same choices, but p1's scale grew from 0 to 4, so the rule moves more money to p1.
    expect(withPay[1]!.best.deal.choices).toEqual(withPay[0]!.best.deal.choices)
    expect(withPay[0]!.best.value[0]).toBeCloseTo(2 / 3, 9)
    expect(withPay[1]!.best.value[0]).toBeCloseTo(5 / 9, 9)
    const noPay = [
      exhaustive(before, { objective: 'sum', payments: false }),
      exhaustive(after, { objective: 'sum', payments: false }),
    ]
    // Without money p1 gains nothing from i1, so there is no deal either way: the option changes nothing.
    expect(noPay.map((r) => r._tag)).toEqual(['NoDeal', 'NoDeal'])
  })
})
