/**
 * The law every scenario reader keeps on any input, shared by the fuzz tests of the native
 * reader and of the GeniusWeb and GENIUS importers: reading ends in a valid scenario (one the
 * decoder accepts again, unchanged) or in a non-empty list of well-formed problems; it never
 * throws, never pollutes `Object.prototype`, and never takes over two seconds.
 *
 * And what the reader accepts, the library can work with: every accepted scenario survives
 * `compile`, every search, `simulate`, the council note and `diagnose` (`scenarioSurvives`). Whatever ids it
 * has (`toString`, `valueOf`...), none of them may end in a thrown error, except the one refusal
 * that is part of the contract: a stage that needs a status quo on every issue refuses a
 * scenario with an issue without one with `requireStatusQuo`'s RangeError.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { expect } from 'vitest'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decodeScenario } from '../../core/src/scenarioFile/decodeScenario.js'
import { analyzeScenario } from '../../core/src/analyze/analyzeScenario.js'
import { compile } from '../../core/src/evaluate/compile.js'
import { requiredIssues } from '../../core/src/evaluate/noAgreementUtility.js'
import {
  allDeals,
  councilNoteFor,
  dealFrontier,
  diagnose,
  findDeal,
  noteToMarkdown,
  simulate,
  topDeals,
} from '../../core/src/index.js'
import { encodeScenario } from '../../core/src/scenarioFile/encodeScenario.js'
import { formatProblem, problemCodes, type Problem } from '../../core/src/scenarioFile/Problem.js'

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join()

/** Runs one read, checks the law, and returns the result with the milliseconds it took. */
export const checkReaderLaw = (
  read: () => E.Either<ReadonlyNonEmptyArray<Problem>, Scenario>,
): { readonly result: E.Either<ReadonlyNonEmptyArray<Problem>, Scenario>; readonly took: number } => {
  const started = performance.now()
  const result = read() // a throw fails the property, with the input as counterexample
  const took = performance.now() - started
  expect(took).toBeLessThan(2000)
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  if (E.isRight(result)) {
    // A valid scenario is one the decoder accepts again, unchanged.
    expect(decodeScenario(encodeScenario(result.right))).toEqual(result)
    scenarioSurvives(result.right)
    return { result, took }
  }
  expect(result.left.length).toBeGreaterThan(0)
  for (const problem of result.left) {
    expect(problemCodes).toContain(problem.code)
    expect(
      Array.isArray(problem.path) && problem.path.every((s) => typeof s === 'string' || typeof s === 'number'),
    ).toBe(true)
    expect(problem.message.length).toBeGreaterThan(0)
    expect(formatProblem(problem)).not.toMatch(/[\n\r]/)
  }
  return { result, took }
}

// Small time budgets: the law is that nothing throws, not that every search finishes.
const budget = { timeMs: 10 }

/**
 * The stages every accepted scenario must get through without throwing, in pipeline order. Each
 * is a name (shown when it fails) and a function of the scenario.
 */
export const survivalStages: readonly (readonly [string, (scenario: Scenario) => unknown])[] = [
  ['compile', (s) => compile(s)],
  [
    'findDeal (every objective)',
    (s) => (['sum', 'nash', 'maxmin', 'fewest'] as const).map((objective) => findDeal(s, { objective, budget })),
  ],
  ['topDeals', (s) => topDeals(s, 2, { budget })],
  ['allDeals', (s) => allDeals(s, { budget })],
  ['dealFrontier', (s) => dealFrontier(s, { budget })],
  ['analyzeScenario', (s) => analyzeScenario(s, { timeMs: 10, count: { samples: 100 } })],
  ['simulate', (s) => simulate(s, { rounds: 2, seed: 1 })],
  [
    'simulate (noisy, elections)',
    (s) =>
      simulate(s, {
        rounds: 2,
        seed: 2,
        information: { transparency: { _tag: 'noisy', sd: 0.5 }, alternativesPrepared: 0.5, learnFromRejections: true },
        elections: { every: 2, stakeShift: 0.5 },
      }),
  ],
  [
    'report',
    (s) => {
      const found = findDeal(s, { budget })
      const deal =
        found._tag === 'Optimal'
          ? found.best.deal
          : found._tag === 'BudgetExhausted' && found.best._tag === 'Some'
            ? found.best.value.deal
            : statusQuoCompleted(s)
      return s.parties.slice(0, 2).map((p) => noteToMarkdown(councilNoteFor(s, deal, p.id), 'en'))
    },
  ],
  [
    'diagnose',
    (s) => [
      // The whole diagnosis (remedies when no deal exists, firmness when one does), then a
      // table of two parties (the coalition's restricted scenario), each under a tiny time
      // limit: the law is that nothing throws, not that it finishes.
      diagnose(s, { timeLimitMs: 5, monteCarlo: { samples: 10, seed: 1 } }),
      diagnose(s, { parties: s.parties.slice(0, 2).map((p) => p.id), timeLimitMs: 2, monteCarlo: false }),
    ],
  ],
]

/** The stages that handle issues without a status quo; the others refuse such a scenario. */
const withoutStatusQuo = new Set([
  'compile',
  'findDeal (every objective)',
  'topDeals',
  'allDeals',
  'dealFrontier',
  'analyzeScenario',
  'report',
])

/**
 * The deal a note is written on when no search found one: the status quo, with the first option
 * on every issue that has none (a game without a status quo has no status-quo deal, and a note
 * on an incomplete deal is a caller's error, not a reader's).
 */
const statusQuoCompleted = (s: Scenario): Scenario['statusQuo'] => {
  const open = requiredIssues(s)
  if (open.length === 0) return s.statusQuo
  const choices = { ...s.statusQuo.choices }
  for (const issue of s.issues) if (open.includes(issue.id)) choices[issue.id] = issue.options[0]!.id
  return { ...s.statusQuo, choices }
}

/** Runs every stage on an accepted scenario; a throw fails with the stage's name. */
export const scenarioSurvives = (scenario: Scenario): void => {
  const open = requiredIssues(scenario).length > 0
  for (const [name, stage] of survivalStages) {
    try {
      stage(scenario)
    } catch (error) {
      if (open && !withoutStatusQuo.has(name) && error instanceof RangeError && /has no status quo/.test(error.message))
        continue
      throw new Error(
        `an accepted scenario does not survive ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        { cause: error },
      )
    }
  }
}
