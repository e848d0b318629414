/**
 * Ask the parties: the questionnaire's answers become valuations that survive the scenario
 * file (write, then read back), and reading them back into the form gives the same answers.
 */
import fc from 'fast-check'
import { parseScenarioText, writeScenarioText, type OptionId } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { exampleForTests } from './exampleForTests'
import {
  answerProblems,
  answersToTweaks,
  askedIssues,
  largestRemainder,
  questionsFor,
  totalStake,
  type Question,
} from './elicit'
import { applyTweaks, noTweaks } from './tweaks'

const rivierenland = exampleForTests('rivierenland')
const tiel = rivierenland.parties.find((p) => p.id === 'tiel')!

/** Answers for Tiel: points from `weights` (scaled to sum 100), ratings from `ratings`. */
const answersArb = fc.record({
  weights: fc
    .array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 })
    .filter((w) => w.some((x) => x > 0)),
  ratings: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 20, maxLength: 20 }),
})

const answersFrom = ({ weights, ratings }: { weights: number[]; ratings: number[] }): Question[] => {
  const base = questionsFor(rivierenland, tiel)
  const points = largestRemainder(weights, 100)
  let k = 0
  return base.map((q, i) => ({
    ...q,
    points: points[i]!,
    ratings: Object.fromEntries(Object.keys(q.ratings).map((o) => [o, ratings[k++ % ratings.length]! / 10])) as Record<
      OptionId,
      number
    >,
  }))
}

describe('ask the parties', () => {
  it('prefills points that sum to 100 and ratings from 0 to 10', () => {
    const qs = questionsFor(rivierenland, tiel)
    expect(qs.map((q) => q.issue)).toEqual([
      'homes-tiel',
      'care-ready-homes',
      'adaptation-costs',
      'care-location',
      'owner-adaptation',
      'business-park',
    ])
    expect(answerProblems(qs)).toEqual([])
    // Tiel's stakes are 1, 1, 1, 1, 1 and 2 (the business park) of 7; the leftover point goes to the
    // first of equal remainders.
    expect(qs.map((q) => q.points)).toEqual([15, 14, 14, 14, 14, 29])
  })

  it('reports points that do not sum to 100 and ratings out of range', () => {
    const qs = questionsFor(rivierenland, tiel)
    const bad = [
      { ...qs[0]!, points: qs[0]!.points + 5, ratings: { ...qs[0]!.ratings, ['1000' as OptionId]: 11 } },
      ...qs.slice(1),
    ]
    expect(answerProblems(bad)).toEqual([
      { kind: 'pointsSum', sum: 105 },
      { kind: 'rating', issue: 'homes-tiel', option: '1000' },
    ])
  })

  it('answers round-trip: through the tweaks, the YAML file, the reader and back into the form', () => {
    fc.assert(
      fc.property(answersArb, (raw) => {
        const answers = answersFrom(raw)
        const { scenario, ignored } = applyTweaks(rivierenland, answersToTweaks(rivierenland, tiel, answers, noTweaks))
        expect(ignored).toEqual([])
        const read = parseScenarioText(writeScenarioText(scenario, 'yaml'), { file: 'asked.yaml' })
        if (read._tag === 'Left') throw new Error(read.left.map((p) => p.message).join('\n'))
        const back = read.right.parties.find((p) => p.id === 'tiel')!
        // The party keeps its weight against the others.
        expect(totalStake(read.right, back)).toBeCloseTo(totalStake(rivierenland, tiel), 9)
        expect(questionsFor(read.right, back)).toEqual(answers)
      }),
      { numRuns: 40, seed: 15 },
    )
  })
})

describe('modules in the questionnaire', () => {
  it('asks about choice issues only: a module is valued by its terms, which an answer cannot carry', () => {
    const sww = exampleForTests('sww-social')
    const weesp = sww.parties.find((p) => p.id === 'weesp')!
    const modules = sww.issues.filter((i) => i.module !== undefined).map((i) => i.id)
    expect(modules.length).toBeGreaterThan(0)
    const asked = askedIssues(sww, weesp)
    expect(asked.length).toBeGreaterThan(0)
    for (const id of modules) expect(asked).not.toContain(id)
  })
})

describe('largestRemainder', () => {
  it('gives whole numbers with the asked sum, each within 1 of its exact share', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 12 })
          .filter((xs) => xs.some((x) => x > 1e-6)),
        (xs) => {
          const out = largestRemainder(xs, 100)
          const total = xs.reduce((s, x) => s + x, 0)
          expect(out.reduce((s, x) => s + x, 0)).toBe(100)
          out.forEach((n, k) => {
            expect(Number.isInteger(n)).toBe(true)
            expect(Math.abs(n - (xs[k]! / total) * 100)).toBeLessThan(1)
          })
        },
      ),
      { seed: 15 },
    )
  })
})

describe('prefilling the questionnaire', () => {
  it('reads values in [0, 1] as ratings times 10, even with rounding noise below 0', () => {
    // Tiel's care-ready homes are linear: 0.0003 per home minus 0.45, so 1500 homes is -5.6e-17.
    const care = questionsFor(rivierenland, tiel).find((q) => q.issue === 'care-ready-homes')!
    expect(care.ratings).toEqual({ 1500: 0, 3000: 4.5, 4500: 9 })
  })

  it('rescales other values to 0-10 within the issue', () => {
    const homes = questionsFor(rivierenland, tiel).find((q) => q.issue === 'homes-tiel')!
    expect(homes.ratings).toEqual({ 1000: 0, 1300: 5, 1600: 10 })
  })
})
