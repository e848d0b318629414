/**
 * fast-check arbitraries for simulation settings on a given scenario: every mediator,
 * decision rule, information model, goodwill level, mandate width, agenda and election
 * setting the simulator supports, in small sizes so properties run fast.
 */
import fc from 'fast-check'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { scenarioArb } from './arbitraries.js'
import { negotiationScenario } from './negotiationScenario.js'
import type { SimulateOptions } from '../../core/src/simulate/simulate.js'
import { allMediators } from '../../core/src/simulate/mediatorFor.js'
import type {
  AgendaItem,
  Councils,
  DecisionRule,
  Information,
  Involvement,
} from '../../core/src/simulate/SimulationConfig.js'

export interface SettingsArbOptions {
  /** Include elections (stake shifts). Default true. */
  readonly elections?: boolean
}

/** Random settings for a scenario (its parties may become veto holders). */
export const settingsArb = (scenario: Scenario, options: SettingsArbOptions = {}): fc.Arbitrary<SimulateOptions> => {
  const rounds = fc.integer({ min: 1, max: 6 })
  const decisionRule: fc.Arbitrary<DecisionRule> = fc.oneof(
    fc.constant({ _tag: 'unanimity' as const }),
    fc.record({
      _tag: fc.constant('qualifiedMajority' as const),
      quota: fc.constantFrom(0.5, 2 / 3, 0.75),
      vetoHolders: fc.subarray(
        scenario.parties.map((p) => p.id),
        { maxLength: 1 },
      ),
    }),
  )
  const information: fc.Arbitrary<Information> = fc.record({
    transparency: fc.oneof(
      fc.constant({ _tag: 'full' as const }),
      fc.record({ _tag: fc.constant('noisy' as const), sd: fc.constantFrom(0.2, 1) }),
      fc.record({
        _tag: fc.constant('strategic' as const),
        exaggeration: fc.constantFrom(0.5, 2),
        share: fc.constantFrom(0.5, 1),
      }),
    ),
    alternativesPrepared: fc.constantFrom(0.5, 1),
    learnFromRejections: fc.boolean(),
  })
  return rounds.chain((r) => {
    const agenda: fc.Arbitrary<readonly AgendaItem[]> = fc.oneof(
      fc.constant([]),
      fc.tuple(
        ...scenario.issues.map((issue) =>
          fc
            .integer({ min: 0, max: r - 1 })
            .chain((arrives) =>
              fc.integer({ min: arrives + 1, max: r + 1 }).map((deadline) => ({ issue: issue.id, arrives, deadline })),
            ),
        ),
      ),
    )
    return fc.record({
      rounds: fc.constant(r),
      agenda,
      mediator: fc.constantFrom(...allMediators),
      alternativesFirst: fc.boolean(),
      decisionRule,
      mandateWidth: fc.constantFrom(0, 0.5, 1),
      councils: fc.record({
        involvement: fc.constantFrom<Involvement>('front', 'during', 'after'),
        trust: fc.constantFrom(0, 0.5, 1),
        perParty: councilOwnArb(scenario),
      }),
      councilInterests: fc.record({
        localEmphasis: fc.constantFrom(0, 0.5, 2),
        latitude: fc.constantFrom(0, 0.1, 0.5),
        earliness: fc.constantFrom(
          { front: 1, during: 0.5, after: 0 },
          { front: 1, during: 1, after: 1 },
          { front: 0, during: 0, after: 0 },
        ),
      }),
      information,
      goodwill: fc.oneof(
        fc.constant({ altruism: 0, grant: 0 }),
        fc.record({ altruism: fc.constantFrom(0, 0.3), grant: fc.constantFrom(0, 0.2) }),
      ),
      elections:
        options.elections === false
          ? fc.constant(null)
          : fc.option(fc.record({ every: fc.constantFrom(1, 2), stakeShift: fc.constantFrom(0.3, 1) }), { nil: null }),
    })
  })
}

/** Councils' own settings for some parties: own red lines on non-status-quo options, sometimes their own local issues. */
export const councilOwnArb = (scenario: Scenario): fc.Arbitrary<Councils['perParty']> => {
  const refs = scenario.issues.flatMap((issue) =>
    issue.options
      .filter((o) => o.id !== scenario.statusQuo.choices[issue.id])
      .map((o) => ({ issue: issue.id, option: o.id })),
  )
  const own = fc.record(
    {
      redLines: fc.subarray(refs, { maxLength: Math.min(2, refs.length) }),
      localIssues: fc.subarray(scenario.issues.map((i) => i.id)),
    },
    { requiredKeys: ['redLines'] },
  )
  return fc.oneof(
    fc.constant({}),
    fc
      .subarray(
        scenario.parties.map((p) => p.id),
        { minLength: 1 },
      )
      .chain((ids) =>
        fc.tuple(...ids.map(() => own)).map((list) => Object.fromEntries(ids.map((id, k) => [id, list[k]!]))),
      ),
  )
}

/**
 * Scenarios for simulation laws: hard ones (mandates, reservations, interactions, partial
 * stakeholders), plain ones, and generated negotiations with four options and real-valued
 * preferences, where package deals (and so ratified deals with losers) are common.
 */
export const simulationScenarioArb: fc.Arbitrary<Scenario> = fc.oneof(
  scenarioArb({
    mandates: true,
    reservations: true,
    interactions: true,
    partialStakeholders: true,
    maxIssues: 4,
    maxParties: 4,
  }),
  scenarioArb({ maxIssues: 4, maxParties: 4, interactions: true }),
  fc
    .record({
      parties: fc.integer({ min: 2, max: 5 }),
      issues: fc.integer({ min: 2, max: 6 }),
      options: fc.integer({ min: 2, max: 4 }),
      seed: fc.nat(),
      interactions: fc.boolean(),
    })
    .map(negotiationScenario),
)
