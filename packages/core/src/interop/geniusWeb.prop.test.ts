import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { domainJson, profileJson } from '@mandjes/testkit/geniusWebFolder.js'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { compile, dealOfChoices } from '../evaluate/compile.js'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import type { Scenario } from '../model/Scenario.js'
import { formatProblem } from '../scenarioFile/Problem.js'
import { fromGeniusWeb } from './fromGeniusWeb.js'
import { toGeniusWeb } from './toGeniusWeb.js'

const unit = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0) // no -0: JSON writes it as 0

/** GeniusWeb folders as GeniusWeb allows them: weights summing to 1, utilities in [0, 1]. */
const folderArb = fc
  .record({
    optionCounts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    parties: fc.integer({ min: 1, max: 4 }),
    bids: fc.constantFrom('shared', 'each', 'none', 'some'),
  })
  .chain(({ optionCounts, parties, bids }) => {
    const issues = Object.fromEntries(
      optionCounts.map((n, i) => [`i${i}`, Array.from({ length: n }, (_, o) => `v${o}`)]),
    )
    const ids = Object.keys(issues)
    const bidArb = fc
      .tuple(...ids.map((id) => fc.constantFrom(...issues[id]!)))
      .map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]!])))
    const profileArb = fc.record({
      weights: fc.tuple(...ids.map(() => fc.double({ min: 0.01, max: 1, noNaN: true }))),
      utilities: fc.tuple(...ids.map((id) => fc.tuple(...issues[id]!.map(() => unit)))),
      bid: bidArb,
    })
    return fc
      .record({ profiles: fc.tuple(...Array.from({ length: parties }, () => profileArb)), shared: bidArb })
      .map(({ profiles, shared }) => {
        const files: Record<string, string> = { 'domain.json': domainJson(issues, 'ladder') }
        profiles.forEach((p, k) => {
          const total = p.weights.reduce((s, w) => s + w, 0)
          const bid =
            bids === 'shared' ? shared : bids === 'each' || (bids === 'some' && k % 2 === 0) ? p.bid : undefined
          files[`p${k}.json`] = profileJson({
            name: `p${k}`,
            weights: Object.fromEntries(ids.map((id, i) => [id, p.weights[i]! / total])),
            utilities: Object.fromEntries(
              ids.map((id, i) => [id, Object.fromEntries(issues[id]!.map((v, o) => [v, p.utilities[i]![o]!]))]),
            ),
            ...(bid === undefined ? {} : { bid }),
          })
        })
        return files
      })
  })

const read = (files: Readonly<Record<string, string>>): Scenario => {
  const result = fromGeniusWeb(files)
  if (E.isLeft(result)) throw new Error(result.left.map((p) => formatProblem(p)).join('\n'))
  return result.right
}

describe('GeniusWeb import and export', () => {
  it('reads a folder, writes it and reads it back to an equal scenario', () =>
    fc.assert(
      fc.property(folderArb, (files) => {
        const first = read(files)
        const again = read(toGeniusWeb(first))
        // Notes tell where a scenario came from, and the second folder is not the first: a folder
        // without reservation bids is written with the chosen status quo as a shared bid, and
        // read back the note says so. Everything the model holds is equal.
        expect({ ...again, notes: [] }).toEqual({ ...first, notes: [] })
        if (files['p0.json']!.includes('reservationBid')) expect(again.notes).toEqual(first.notes)
      }),
      { numRuns: 300 },
    ))

  it('keeps every party’s preferences when it has to rescale a scenario to GeniusWeb’s weights and utilities', () =>
    fc.assert(
      fc.property(outcomeSpaceArb({ minParties: 1, maxParties: 4, maxIssues: 4, maxOptions: 3 }), (scenario) => {
        const back = read(toGeniusWeb(scenario))
        const c = compile(scenario)
        const outcomes: Int32Array[] = []
        const choice = new Int32Array(c.issueCount)
        const visit = (i: number): void => {
          if (i === c.issueCount) return void outcomes.push(choice.slice())
          for (let o = 0; o < c.optionCount[i]!; o++) {
            choice[i] = o
            visit(i + 1)
          }
        }
        visit(0)
        scenario.parties.forEach((party, p) => {
          const before = outcomes.map((o) => utilityOfParty(scenario, party, dealOfChoices(c, o)))
          const after = outcomes.map((o) => utilityOfParty(back, back.parties[p]!, dealOfChoices(c, o)))
          const range = Math.max(...before) - Math.min(...before)
          for (let a = 0; a < outcomes.length; a++) {
            for (let b = 0; b < outcomes.length; b++) {
              const was = before[a]! - before[b]!
              const now = after[a]! - after[b]!
              // Utilities are integers here: a difference is 0 or at least 1.
              if (was === 0) expect(Math.abs(now)).toBeLessThan(1e-12)
              else expect(Math.sign(now)).toBe(Math.sign(was))
              if (range > 0) expect(now).toBeCloseTo(was / range, 12)
            }
          }
        })
        expect(back.statusQuo.choices).toEqual(scenario.statusQuo.choices)
      }),
      { numRuns: 200 },
    ))
})
