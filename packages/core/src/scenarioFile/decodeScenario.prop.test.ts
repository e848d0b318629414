import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDeal } from '../evaluate/checkDeal.js'
import { gainOf } from '../evaluate/gainOf.js'
import type { Scenario } from '../model/Scenario.js'
import { dealArb, scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everything, hasContradictoryMandate, withQuantities } from '@mandjes/testkit/scenarioFileArbitraries.js'
import type { LooseFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { encodeScenario } from './encodeScenario.js'

const validScenarioArb = scenarioArb(everything)

it('the shared scenario arbitrary never makes a mandate rule out every option (the decoder refuses those)', () =>
  fc.assert(
    fc.property(validScenarioArb, (s) => !hasContradictoryMandate(s)),
    { numRuns: 300 },
  ))

const decoded = (file: unknown): Scenario => {
  const result = decodeScenario(file)
  if (E.isLeft(result)) throw new Error(`expected a scenario:\n${JSON.stringify(result.left, null, 1)}`)
  return result.right
}

// A small seeded shuffle, so that fast-check can shrink and replay the order it chose.
const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items]
  let state = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
const shuffleKeys = (record: Record<string, unknown>, seed: number) =>
  Object.fromEntries(shuffle(Object.entries(record), seed))

/** The same file with every list and mapping in another order. */
const reordered = (file: LooseFile, seed: number): LooseFile => ({
  ...file,
  domains: shuffle(file.domains, seed + 1),
  issues: shuffle(file.issues, seed + 2).map((issue: LooseFile, i: number) => ({
    ...issue,
    options: shuffle(issue.options, seed + 10 + i),
  })),
  parties: shuffle(file.parties, seed + 3).map((party: LooseFile, p: number) => ({
    ...party,
    ...(party.valuations === undefined
      ? {}
      : {
          valuations: shuffleKeys(
            Object.fromEntries(
              Object.entries(party.valuations).map(([k, v]: [string, LooseFile]) => [
                k,
                { ...v, values: shuffleKeys(v.values, seed + p) },
              ]),
            ),
            seed + 20 + p,
          ),
        }),
  })),
  statusQuo: shuffleKeys(file.statusQuo, seed + 4),
})

const withoutStakeholders = (file: LooseFile): LooseFile => ({
  ...file,
  issues: file.issues.map(({ stakeholders: _, ...issue }: LooseFile) => issue),
})

describe('decodeScenario', () => {
  it('accepts the encoding of every valid scenario and gives it back unchanged', () =>
    fc.assert(
      fc.property(fc.oneof(validScenarioArb, scenarioArb({ maxOptions: 4 }).map(withQuantities)), (s) => {
        expect(decoded(encodeScenario(s))).toEqual(s)
      }),
      { numRuns: 300 },
    ))

  it('gives the same gains and verdicts whatever order the file lists things in', () =>
    fc.assert(
      fc.property(
        validScenarioArb.chain((s) => fc.tuple(fc.constant(s), dealArb(s), fc.integer(), fc.boolean())),
        ([s, deal, seed, defaultStakeholders]) => {
          const file = defaultStakeholders ? withoutStakeholders(encodeScenario(s)) : encodeScenario(s)
          const inOrder = decoded(file)
          const shuffled = decoded(reordered(file, seed))
          for (const party of s.parties)
            expect(gainOf(shuffled, party.id, deal)).toBeCloseTo(gainOf(inOrder, party.id, deal), 9)
          expect(checkDeal(shuffled, deal).valid).toBe(checkDeal(inOrder, deal).valid)
          for (const issue of inOrder.issues) {
            const other = shuffled.issues.find((i) => i.id === issue.id)!
            expect(new Set(other.stakeholders)).toEqual(new Set(issue.stakeholders))
          }
        },
      ),
      { numRuns: 200 },
    ))

  it('makes the default stakeholders exactly the parties with a stake or a mandate on the issue', () =>
    fc.assert(
      fc.property(validScenarioArb, (s) => {
        const read = decoded(withoutStakeholders(encodeScenario(s)))
        for (const issue of read.issues) {
          const expected = s.parties.filter(
            (p) =>
              (Object.hasOwn(p.valuations, issue.id) && p.valuations[issue.id]!.stake > 0) ||
              p.mandate.redLines.some((r) => r.issue === issue.id) ||
              Object.hasOwn(p.mandate.allowedOptions, issue.id),
          )
          expect(issue.stakeholders).toEqual(expected.map((p) => p.id))
        }
      }),
      { numRuns: 200 },
    ))

  it('never returns a scenario when any problem was found', () =>
    fc.assert(
      fc.property(validScenarioArb, fc.nat(), (s, pick) => {
        // Break one valuation: drop the value of one option. The rest of the file is fine.
        const file = encodeScenario(s) as LooseFile
        const valued = file.parties.flatMap((p: LooseFile) => Object.values(p.valuations ?? {}) as LooseFile[])
        fc.pre(valued.length > 0)
        const values = valued[pick % valued.length].values
        delete values[Object.keys(values)[0]!]
        const result = decodeScenario(file)
        expect(E.isLeft(result) && result.left.some((p) => p.code === 'missingValue')).toBe(true)
      }),
      { numRuns: 100 },
    ))
})
