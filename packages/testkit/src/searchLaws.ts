/**
 * The six laws of the package-deal search (docs/search.md, STYLE.md section 7) as fast-check
 * properties over any scenario arbitrary and any search, so the same laws run on dense and
 * sparse scenarios and on every search: (1) every returned deal is valid and keeps the
 * constraints; (2) relabelling parties, issues and options changes neither the valid deals
 * nor the optimum; (3) rescaling one party changes neither the valid deals nor the Nash
 * optimum; (4) adding an option and (5) loosening a mandate never make the optimum worse;
 * (6) adding a constraint never makes it better, and keeps a deadlock a deadlock. Built on the
 * shared helpers (relabel, scaleParty, constraintsArb, isSound, the oracle's enumeration).
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import type { IssueOption, OptionId } from '../../core/src/model/Issue.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { startClock } from '../../core/src/search/engine/budget.js'
import { forEachValidDeal } from '../../core/src/search/exhaustive.js'
import { compareValues, objectivesOf } from '../../core/src/search/objectives.js'
import { scaleParty } from '../../core/src/search/scaleParty.js'
import type { ObjectiveSpec, RankedDeal, SearchOptions, SearchResult } from '../../core/src/search/Search.js'
import { problemOf } from '../../core/src/search/engine/SearchProblem.js'
import { relabel } from './relabel.js'
import { bestOf, constraintsArb, isSound } from './searchFixtures.js'

/** What a law needs of a search: how it ended and its best deal. */
export interface Outcome {
  readonly tag: SearchResult['_tag']
  readonly best: RankedDeal | undefined
}

/** A search under test, by name. */
export interface LawSearch {
  readonly name: string
  readonly run: (scenario: Scenario, options: SearchOptions) => Outcome
}

/** A `Search` (findDeal, exhaustive, ...) as a law search. */
export const lawSearch = (
  name: string,
  search: (scenario: Scenario, options: SearchOptions) => SearchResult,
): LawSearch => ({
  name,
  run: (scenario, options) => {
    const result = search(scenario, options)
    return { tag: result._tag, best: bestOf(result) }
  },
})

/** The valid deals of a scenario, as canonical strings of their choices. */
export const validDeals = (
  scenario: Scenario,
  options: SearchOptions = {},
  map: (c: Record<string, string>) => Record<string, string> = (c) => c,
): string[] => {
  const found: string[] = []
  forEachValidDeal(problemOf(scenario, options), startClock(), (d) => {
    const c = map(d.deal.choices)
    found.push(
      JSON.stringify(
        Object.keys(c)
          .sort()
          .map((k) => [k, c[k]]),
      ),
    )
    return true
  })
  return found.sort()
}

const valueOf = (o: Outcome): readonly number[] => o.best?.value ?? [-Infinity]
const better = (a: Outcome, b: Outcome) =>
  compareValues(
    [...valueOf(a)],
    [...valueOf(b)],
    valueOf(a).map(() => 1e-9),
  )
const sameValue = (a: Outcome, b: Outcome) =>
  valueOf(a).every((v, k) => v === valueOf(b)[k] || Math.abs(v - valueOf(b)[k]!) < 1e-9)
/** Objectives whose value does not depend on a party's scale (adding options changes the Nash scale). */
export const isLinear = (spec: ObjectiveSpec): boolean => !objectivesOf(spec).includes('nash')

/**
 * The objective a law runs with: one, or an arbitrary that draws one per run (so one property
 * covers several objectives with the runs of one, as the dense laws of findDeal do).
 */
export type LawObjective = ObjectiveSpec | fc.Arbitrary<ObjectiveSpec>

/** How a law draws what it varies. */
export interface LawSettings {
  /** Draws the index (modulo the count) of the party or issue a law changes; default `fc.nat(5)`. */
  readonly pick?: fc.Arbitrary<number>
}

const objectiveArb = (objective: LawObjective): fc.Arbitrary<ObjectiveSpec> =>
  objective instanceof fc.Arbitrary ? objective : fc.constant(objective)
const pickArb = (settings: LawSettings): fc.Arbitrary<number> => settings.pick ?? fc.nat(5)

/** A law: a property over scenarios from `arb`, for one search and one objective (or a draw of them). */
export type Law = (
  arb: fc.Arbitrary<Scenario>,
  search: LawSearch,
  objective: LawObjective,
  settings?: LawSettings,
) => fc.IProperty<any>

/** Law 1: every deal the search returns is valid and keeps the constraints. */
export const soundLaw = (arb: fc.Arbitrary<Scenario>, search: LawSearch, objectives: LawObjective) =>
  fc.property(
    arb.chain((s) => fc.tuple(fc.constant(s), fc.option(constraintsArb(s), { nil: undefined }))),
    objectiveArb(objectives),
    ([scenario, constraints], objective) => {
      const options: SearchOptions = { objective, ...(constraints === undefined ? {} : { constraints }) }
      const best = search.run(scenario, options).best
      if (best !== undefined) expect(isSound(scenario, options, best)).toBe(true)
    },
  )

/** A changed scenario, and (when its valid deals must be the original's) how a deal's choices map to it. */
interface Changed {
  readonly scenario: Scenario
  readonly sameDeals?: (choices: Record<string, string>) => Record<string, string>
}

/**
 * The shape laws 2 to 5 share: draw a scenario, the index of the party or issue to change and
 * the change's own value, change the scenario, check that the valid deals are kept when the
 * change says they must be, run the search on both with the same objective and compare.
 */
const changeLaw =
  <T>(
    draw: fc.Arbitrary<T>,
    change: (scenario: Scenario, pick: number, drawn: T) => Changed,
    compare: (before: Outcome, after: Outcome, objective: ObjectiveSpec) => void,
  ): Law =>
  (arb, search, objectives, settings = {}) =>
    fc.property(arb, pickArb(settings), draw, objectiveArb(objectives), (scenario, pick, drawn, objective) => {
      const changed = change(scenario, pick, drawn)
      if (changed.sameDeals !== undefined)
        expect(validDeals(changed.scenario)).toEqual(validDeals(scenario, {}, changed.sameDeals))
      compare(search.run(scenario, { objective }), search.run(changed.scenario, { objective }), objective)
    })

/** Law 2: relabelling changes neither the valid deals nor the optimal value. */
export const relabelLaw: Law = changeLaw(
  fc.constant(undefined),
  (scenario, shift) => {
    const { scenario: renamed, deal } = relabel(scenario, shift)
    return {
      scenario: renamed,
      sameDeals: (c) => deal({ choices: c as never, payments: [] }).choices as Record<string, string>,
    }
  },
  (a, b) => {
    expect(b.tag).toBe(a.tag)
    expect(sameValue(a, b)).toBe(true)
  },
)

/** Law 3: rescaling one party changes neither the valid deals nor (for nash) the optimum. */
export const rescaleLaw: Law = changeLaw(
  fc.constantFrom(2, 0.5, 4, 0.25),
  (scenario, who, factor) => ({
    scenario: scaleParty(scenario, scenario.parties[who % scenario.parties.length]!.id, factor),
    sameDeals: (c) => c,
  }),
  (a, b, objective) => {
    expect(b.tag).toBe(a.tag)
    if (objective === 'nash') expect(sameValue(a, b)).toBe(true)
  },
)

/** Laws 4 and 5: the changed scenario's optimum is at least as good as the original's. */
const neverWorse = (before: Outcome, after: Outcome) => expect(better(after, before)).toBeGreaterThanOrEqual(0)

/** Law 4: adding an option to an issue never makes the optimum worse (linear objectives). */
export const addOptionLaw: Law = changeLaw(
  fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 4, maxLength: 4 }),
  (scenario, which, values) => {
    const issue = scenario.issues[which % scenario.issues.length]!
    const added = 'added' as OptionId
    return {
      scenario: {
        ...scenario,
        issues: scenario.issues.map((i) =>
          i.id === issue.id
            ? { ...i, options: [...i.options, { id: added, label: 'added' } satisfies IssueOption] }
            : i,
        ),
        parties: scenario.parties.map((p, k) => {
          const v = p.valuations[issue.id]
          return v === undefined
            ? p
            : {
                ...p,
                valuations: { ...p.valuations, [issue.id]: { ...v, values: { ...v.values, [added]: values[k % 4]! } } },
              }
        }),
      },
    }
  },
  neverWorse,
)

/** Law 5: loosening one party's mandate never makes the optimum worse (linear objectives). */
export const loosenMandateLaw: Law = changeLaw(
  fc.constantFrom('redLines', 'allowedOptions', 'minGain', 'minDomainGain'),
  (scenario, who, rule) => {
    const id = scenario.parties[who % scenario.parties.length]!.id
    return {
      scenario: {
        ...scenario,
        parties: scenario.parties.map((p) => {
          if (p.id !== id) return p
          const m = p.mandate
          if (rule === 'redLines') return { ...p, mandate: { ...m, redLines: m.redLines.slice(1) } }
          if (rule === 'allowedOptions') return { ...p, mandate: { ...m, allowedOptions: {} } }
          if (rule === 'minGain')
            return { ...p, mandate: { ...m, ...(m.minGain === undefined ? {} : { minGain: m.minGain - 1 }) } }
          return {
            ...p,
            mandate: {
              ...m,
              minDomainGain: Object.fromEntries(Object.entries(m.minDomainGain).map(([d, g]) => [d, g! - 1])),
            },
          }
        }),
      },
    }
  },
  neverWorse,
)

/** Law 6: adding constraints never makes the optimum better, and a deadlock stays one. */
export const addConstraintLaw = (arb: fc.Arbitrary<Scenario>, search: LawSearch, objectives: LawObjective) =>
  fc.property(
    arb.chain((s) => fc.tuple(fc.constant(s), constraintsArb(s))),
    objectiveArb(objectives),
    ([scenario, constraints], objective) => {
      const free = search.run(scenario, { objective })
      const bound = search.run(scenario, { objective, constraints })
      expect(better(bound, free)).toBeLessThanOrEqual(0)
      if (free.tag === 'NoDeal') expect(bound.tag).toBe('NoDeal')
    },
  )

/**
 * The six laws by name, each applicable to the objectives `applies` accepts. `payments`:
 * whether the law also holds on scenarios with compensation. Adding an option or loosening a
 * mandate changes a party's scale or floor, which the compensation rule (`compensate`) pays
 * by, so with payments the optimum can get worse (found on the sparse arbitrary, e.g. the
 * exhaustive oracle's max-sum drops by 1 when an option is added); those two laws hold
 * without payments.
 */
export const searchLaws: readonly {
  readonly name: string
  readonly law: Law
  readonly applies: (spec: ObjectiveSpec) => boolean
  readonly payments: boolean
}[] = [
  { name: 'returns only valid deals that keep the constraints', law: soundLaw, applies: () => true, payments: true },
  { name: 'is unchanged by relabelling', law: relabelLaw, applies: () => true, payments: true },
  {
    name: 'keeps the valid deals (and the Nash optimum) when one party is rescaled',
    law: rescaleLaw,
    applies: () => true,
    payments: true,
  },
  { name: 'never gets worse when an option is added', law: addOptionLaw, applies: isLinear, payments: false },
  { name: 'never gets worse when a mandate is loosened', law: loosenMandateLaw, applies: isLinear, payments: false },
  { name: 'never gets better when a constraint is added', law: addConstraintLaw, applies: () => true, payments: true },
]
