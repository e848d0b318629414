import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { compile, dealOfChoices } from '../evaluate/compile.js'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import { chooseStatusQuo } from './chooseStatusQuo.js'

describe('choosing a status quo for formats without one', () => {
  it('picks an outcome whose largest scaled excess over the targets is the smallest of all outcomes', () =>
    fc.assert(
      fc.property(
        outcomeSpaceArb({ minParties: 1, maxParties: 4, maxIssues: 4, maxOptions: 3 }),
        fc.array(fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
        (scenario, drawn) => {
          const c = compile(scenario)
          const targets = scenario.parties.map((_, p) => drawn[p])
          const outcomes: Int32Array[] = []
          const visit = (i: number, prefix: number[]): void => {
            if (i === c.issueCount) return void outcomes.push(Int32Array.from(prefix))
            for (let o = 0; o < c.optionCount[i]!; o++) visit(i + 1, [...prefix, o])
          }
          visit(0, [])
          const utilities = outcomes.map((o) =>
            scenario.parties.map((party) => utilityOfParty(scenario, party, dealOfChoices(c, o))),
          )
          const worst = scenario.parties.map((_, p) => Math.min(...utilities.map((u) => u[p]!)))
          const range = scenario.parties.map((_, p) => Math.max(...utilities.map((u) => u[p]!)) - worst[p]! || 1)
          const score = (u: readonly number[]) =>
            Math.max(...u.map((x, p) => (x - (targets[p] ?? worst[p]!)) / range[p]!))
          const chosen = chooseStatusQuo(scenario, targets)
          expect(chosen.exact).toBe(true)
          const index = outcomes.findIndex((o) => o.every((x, i) => x === chosen.choices[i]))
          expect(score(utilities[index]!)).toBeCloseTo(Math.min(...utilities.map(score)), 9)
          chosen.excess.forEach((e, p) => expect(e).toBeCloseTo(utilities[index]![p]! - (targets[p] ?? worst[p]!), 9))
        },
      ),
    ))
})
