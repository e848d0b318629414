import fc from 'fast-check'
import { describe, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import {
  addConstraintLaw,
  addOptionLaw,
  lawSearch,
  loosenMandateLaw,
  relabelLaw,
  rescaleLaw,
} from '@mandjes/testkit/searchLaws.js'
import { findDeal } from './findDeal.js'
import type { Objective } from './Search.js'

// The laws of findDeal on dense scenarios (every party may value every issue), stated once in
// @mandjes/testkit/searchLaws.ts and run here with this file's own draws: the objective is
// drawn per run (one property covers several objectives), the party a law changes is drawn by
// fc.nat(3) (at most four parties), and the run counts are this file's (900 runs in all).
const rich = {
  minIssues: 2,
  maxIssues: 5,
  maxOptions: 3,
  maxParties: 4,
  mandates: true,
  reservations: true,
  interactions: true,
  partialStakeholders: true,
}
const all = fc.constantFrom<Objective>('sum', 'nash', 'maxmin', 'fewest')
const linear = fc.constantFrom<Objective>('sum', 'maxmin', 'fewest')
const search = lawSearch('findDeal', findDeal)
const party = { pick: fc.nat(3) }

describe('search laws: relabelling and rescaling', () => {
  it('renaming and reordering parties, issues and options changes neither the valid deals nor the optimal value', () =>
    fc.assert(relabelLaw(scenarioArb(rich), search, all), { numRuns: 150 }))

  it('multiplying one party’s valuations (and its floors) by a positive constant changes neither the valid deals nor the Nash optimum', () =>
    fc.assert(rescaleLaw(scenarioArb({ ...rich, compensation: true }), search, 'nash', party), { numRuns: 150 }))
})

describe('search laws: monotonicity', () => {
  it('adding an option to an issue never makes the optimum worse', () =>
    fc.assert(addOptionLaw(scenarioArb(rich), search, linear), { numRuns: 200 }))

  it('loosening a mandate never makes the optimum worse', () =>
    fc.assert(loosenMandateLaw(scenarioArb(rich), search, linear, party), { numRuns: 200 }))

  it('adding a constraint never makes the optimum better, with or without payments', () =>
    fc.assert(addConstraintLaw(scenarioArb({ ...rich, compensation: true }), search, all), { numRuns: 200 }))
})
