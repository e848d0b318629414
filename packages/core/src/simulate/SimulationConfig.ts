/**
 * The parameters of a simulated regional negotiation: the agenda and its deadlines, who
 * mediates, how decisions are taken, how councils ratify, what the mediator knows, how much
 * goodwill there is, and when municipal elections reshuffle the stakes.
 *
 * Every field is plain data (except a custom mediator function), so a configuration can be
 * saved next to a run's history and swept over in experiments.
 */
import { preparationProblems, type Basiscoalitie, type CivilServants } from './Preparation.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { OptionRef } from '../model/Valuation.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { defaultDealRules } from '../evaluate/DealRules.js'
import type { Mediator, MediatorSpec } from './Mediator.js'

/**
 * When an issue (opgave) comes up and until when it can be decided. It can be decided in
 * meetings `arrives ≤ round < deadline`; from the `deadline` meeting on, the status quo holds.
 * @example
 * const road: AgendaItem = { issue: 'road' as IssueId, arrives: 4, deadline: 20 }
 * @category simulate
 */
export interface AgendaItem {
  readonly issue: IssueId
  readonly arrives: number
  readonly deadline: number
}

/**
 * When a council (gemeenteraad) is involved: `front` sets the kaders up front and follows the
 * talks, `during` joins regional meetings while the deal is made, `after` only sees the
 * result (and then tends to use its blocking power, hindermacht).
 * @category simulate
 */
export type Involvement = 'front' | 'during' | 'after'

/**
 * How the basiscoalitie adopts a proposal at the table.
 * - `unanimity` (default): every voter must accept, so every adopted deal improves each party.
 * - `qualifiedMajority`: at least `quota` of the voters accept and no `vetoHolders` voter
 *   rejects. Votes are weighted by each party's `weight` (votes by population or budget
 *   share; 1 when a party has none), so the quota is a share of the voters' total weight. Red lines and payment caps of every council still hold; the run reports who was
 *   outvoted and by how much.
 * @example
 * const rule: DecisionRule = { _tag: 'qualifiedMajority', quota: 2 / 3, vetoHolders: ['Tiel' as PartyId] }
 * @category simulate
 */
export type DecisionRule =
  | { readonly _tag: 'unanimity' }
  | { readonly _tag: 'qualifiedMajority'; readonly quota: number; readonly vetoHolders: readonly PartyId[] }

/**
 * The councils: how they are involved and how much they trust their executive at the start
 * (0 none, 1 full), with optional per-party overrides of both, and per party the council's
 * own settings (`CouncilOwnSettings`: its local issues, its own red lines).
 * @category simulate
 */
export interface Councils {
  readonly involvement: Involvement
  readonly trust: number
  readonly perParty: Readonly<
    Partial<Record<PartyId, { readonly involvement?: Involvement; readonly trust?: number } & CouncilOwnSettings>>
  >
}

/**
 * The parameters of councils' own interests. None is calibrated: the source document gives
 * their direction (local interests weigh more, early involvement gives room, late involvement
 * leaves hindermacht), not their size, so the defaults are invented (marked so here) and
 * every figure that depends on them is a sensitivity case.
 * - `localEmphasis` in [0, 4] (default 0, the neutral choice: the council weighs issues as its
 *   executive does, so results without council settings are the executive's model): extra
 *   weight on local issues. On Rivierenland (seed 1) the best package survives up to 0.25 and
 *   is blocked by Culemborg's council at 0.5, where its own homes weigh more than its gains;
 * - `latitude` in [0, 1] (default 0.1): the largest loss by its own measure a fully trusting,
 *   fully involved council accepts, as a share of the party's largest swing on one issue;
 * - `earliness` in [0, 1] per involvement (default front 1, during 0.5, after 0): the share of
 *   the latitude each way of being involved gives. Must not rise from front to after.
 * @category simulate
 */
export interface CouncilInterests {
  readonly localEmphasis: number
  readonly latitude: number
  readonly earliness: Readonly<Record<Involvement, number>>
}

/** The defaults (see `CouncilInterests`). @category simulate */
export const defaultCouncilInterests: CouncilInterests = {
  localEmphasis: 0,
  latitude: 0.1,
  earliness: { front: 1, during: 0.5, after: 0 },
}

/**
 * One council's own settings: the issues it counts as local (replacing the default rule) and
 * its own red lines, which its executive's mandate need not contain.
 * @category simulate
 */
export interface CouncilOwnSettings {
  readonly localIssues?: readonly IssueId[]
  readonly redLines?: readonly OptionRef[]
}

/**
 * The ratification rule's parameters (see `ratificationProbability` for the formula):
 * `hindrance` is a council's propensity to block per involvement, `visibilityWeight` how much
 * visible gains in its own policy domains take that propensity away. After a council blocks a
 * deal, its issues cannot be tabled again for `coolingOff` meetings: the executives go back to
 * their councils first, so blocking power costs time against the deadlines.
 * @category simulate
 */
export interface RatificationRule {
  readonly hindrance: Readonly<Record<Involvement, number>>
  readonly visibilityWeight: number
  readonly coolingOff: number
}

/**
 * How trust moves with history: after a kept (ratified) deal a participating council's trust
 * moves `afterKept` of the way to 1; after a failed ratification every participant's trust
 * loses the share `afterFailed` of itself.
 * @category simulate
 */
export interface TrustDynamics {
  readonly afterKept: number
  readonly afterFailed: number
}

/**
 * What the mediator learns about the parties' valuations.
 * - `full`: the truth (gezamenlijke feiten, shared facts);
 * - `noisy`: every option value off by a normal error with standard deviation `sd` times the
 *   spread of the party's values on that issue;
 * - `strategic`: a `share` of the parties (chosen at random) overstate what they win from the
 *   changes they want by the factor `1 + exaggeration` (a hidden agenda).
 * @category simulate
 */
export type Transparency =
  | { readonly _tag: 'full' }
  | { readonly _tag: 'noisy'; readonly sd: number }
  | { readonly _tag: 'strategic'; readonly exaggeration: number; readonly share: number }

/**
 * The civil servants' preparation: how good the facts are (`transparency`), which share of
 * each issue's alternatives is prepared (`alternativesPrepared` in (0, 1]; at least one per
 * issue), and whether a party that rejects a proposal explains itself, so the mediator learns
 * its true valuation of the issues in it (`learnFromRejections`).
 * @category simulate
 */
export interface Information {
  readonly transparency: Transparency
  readonly alternativesPrepared: number
  readonly learnFromRejections: boolean
}

/**
 * Goodwill (elkaar iets gunnen) from a shared vision: `altruism` is the weight a party puts on
 * the mean gain of the other voters; `grant` is the loss it accepts, as a share of its largest
 * swing on a single issue. Both 0 (the default) is plain self-interest.
 * @category simulate
 */
export interface Goodwill {
  readonly altruism: number
  readonly grant: number
}

/**
 * Municipal elections every `every` meetings: new college programmes multiply each party's
 * stakes by `exp(stakeShift × z)`, z standard normal. Agreements made before stay in force.
 * @category simulate
 */
export interface Elections {
  readonly every: number
  readonly stakeShift: number
  /**
   * Whether new councils may reopen agreements their party now loses by (`reopenAgreements`).
   * Default false: agreements made before an election stay in force.
   */
  readonly reopen?: boolean
  /**
   * Whether new councils revise the kaders the mandate width sets: with it, the width's red
   * lines are derived from the valuations after the election instead of the scenario's.
   * Kaders written in the scenario (its red lines, minimum gains) stay. Default false.
   */
  readonly reviseKaders?: boolean
}

/**
 * A complete simulation configuration. Build one with `simulationConfig(settings)`.
 * @category simulate
 */
export interface SimulationConfig {
  /** Number of meetings of the basiscoalitie. */
  readonly rounds: number
  /** Arrival and deadline per issue; issues not listed arrive at 0 with deadline `rounds`. */
  readonly agenda: readonly AgendaItem[]
  readonly mediator: MediatorSpec | Mediator
  /**
   * The source's order of remedies: single-issue alternatives before packages
   * (`alternativesFirst`). Default false: the mediator alone decides.
   */
  readonly alternativesFirst: boolean
  readonly decisionRule: DecisionRule
  /** The validity rules executives and searches use (strict gains by default). */
  readonly dealRules: DealRules
  /**
   * Room the councils give their executives, in [0, 1]: an executive may not give away more on
   * any single option than `mandateWidth ×` its largest possible loss on one issue (see
   * `withMandateWidth`). 1 (default) keeps the scenario's mandates as they are.
   */
  readonly mandateWidth: number
  readonly councils: Councils
  /** How councils judge a deal by their own interests (see `councilVerdict`). */
  readonly councilInterests: CouncilInterests
  readonly ratification: RatificationRule
  readonly trustDynamics: TrustDynamics
  readonly information: Information
  readonly goodwill: Goodwill
  readonly elections: Elections | null
  /** A basiscoalitie that prepares every package before the wider table (default null: none). */
  readonly basiscoalitie: Basiscoalitie | null
  /** The civil servants' freedom to prepare alternatives and share facts (default null: only what was prepared at the start). */
  readonly civilServants: CivilServants | null
  /** Node budget of every package search (deterministic, unlike a time budget). */
  readonly searchNodes: number
}

/** Settings to override; nested objects replace the defaults as a whole. @category simulate */
export type SimulationSettings = Partial<SimulationConfig>

/**
 * The defaults: 40 meetings, best-package mediator by total gain, unanimity, councils
 * involved during the talks with trust 0.5, full information, no goodwill, no elections.
 * @category simulate
 */
export const defaultSimulationConfig: SimulationConfig = {
  rounds: 40,
  agenda: [],
  mediator: { _tag: 'bestPackage', objective: 'sum' },
  alternativesFirst: false,
  decisionRule: { _tag: 'unanimity' },
  dealRules: defaultDealRules,
  mandateWidth: 1,
  councils: { involvement: 'during', trust: 0.5, perParty: {} },
  councilInterests: defaultCouncilInterests,
  ratification: { hindrance: { front: 0.1, during: 0.3, after: 0.8 }, visibilityWeight: 0.8, coolingOff: 4 },
  trustDynamics: { afterKept: 0.1, afterFailed: 0.2 },
  information: { transparency: { _tag: 'full' }, alternativesPrepared: 1, learnFromRejections: true },
  goodwill: { altruism: 0, grant: 0 },
  elections: null,
  basiscoalitie: null,
  civilServants: null,
  searchNodes: 200_000,
}

/**
 * The largest noise sd or exaggeration a configuration may have: a million times
 * the spread of the values is noise only; far beyond it, values overflow to Infinity.
 * @category simulate
 */
export const maxDistortion = 1e6

/**
 * A complete configuration from partial settings (each given field replaces the default).
 * Throws a `RangeError` for values outside their range: a configuration is written by a
 * program, so a bad one is a bug in the caller.
 * @example
 * simulationConfig({ rounds: 12 }).rounds // => 12
 * simulationConfig({ rounds: 12 }).decisionRule // => { _tag: 'unanimity' }
 * @category simulate
 */
export const simulationConfig = (settings: SimulationSettings = {}): SimulationConfig => {
  const config: SimulationConfig = { ...defaultSimulationConfig, ...settings }
  const fail = (message: string): never => {
    throw new RangeError(`[mandjes] simulation config: ${message}`)
  }
  const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1
  if (!Number.isInteger(config.rounds) || config.rounds < 1) fail('rounds must be a positive integer')
  if (!unit(config.mandateWidth)) fail('mandateWidth must be in [0, 1]')
  if (!unit(config.councils.trust)) fail('councils.trust must be in [0, 1]')
  for (const [party, o] of Object.entries(config.councils.perParty))
    if (o?.trust !== undefined && !unit(o.trust)) fail(`trust of ${party} must be in [0, 1]`)
  if (!Object.values(config.ratification.hindrance).every(unit) || !unit(config.ratification.visibilityWeight))
    fail('ratification parameters must be in [0, 1]')
  const ci = config.councilInterests
  if (
    !(ci.localEmphasis >= 0 && ci.localEmphasis <= 4) ||
    !unit(ci.latitude) ||
    !Object.values(ci.earliness).every(unit)
  )
    fail('councilInterests need localEmphasis in [0, 4], latitude and earliness in [0, 1]')
  if (!(ci.earliness.front >= ci.earliness.during && ci.earliness.during >= ci.earliness.after))
    fail('councilInterests.earliness must not rise from front to after')
  if (!(Number.isInteger(config.ratification.coolingOff) && config.ratification.coolingOff >= 0))
    fail('coolingOff must be a non-negative integer')
  if (!unit(config.trustDynamics.afterKept) || !unit(config.trustDynamics.afterFailed))
    fail('trustDynamics must be in [0, 1]')
  const info = config.information
  if (!(info.alternativesPrepared > 0 && info.alternativesPrepared <= 1)) fail('alternativesPrepared must be in (0, 1]')
  // Bounded, not just non-negative: noise of 1e308 times a value is Infinity, and a picture
  // with Infinity or NaN in it makes every gain comparison meaningless.
  const distortion = (x: number) => Number.isFinite(x) && x >= 0 && x <= maxDistortion
  if (info.transparency._tag === 'noisy' && !distortion(info.transparency.sd))
    fail(`noise sd must be a number from 0 to ${maxDistortion}`)
  if (
    info.transparency._tag === 'strategic' &&
    !(distortion(info.transparency.exaggeration) && unit(info.transparency.share))
  )
    fail(`exaggeration must be a number from 0 to ${maxDistortion} and share in [0, 1]`)
  if (!(unit(config.goodwill.altruism) && Number.isFinite(config.goodwill.grant) && config.goodwill.grant >= 0))
    fail('goodwill needs altruism in [0, 1] and a finite grant >= 0')
  if (
    config.decisionRule._tag === 'qualifiedMajority' &&
    !(config.decisionRule.quota > 0 && config.decisionRule.quota <= 1)
  )
    fail('quota must be in (0, 1]')
  if (
    config.elections !== null &&
    !(
      Number.isInteger(config.elections.every) &&
      config.elections.every >= 1 &&
      Number.isFinite(config.elections.stakeShift) &&
      config.elections.stakeShift >= 0 &&
      config.elections.stakeShift <= 10
    )
  )
    fail('elections need every >= 1 and stakeShift from 0 to 10 (a factor exp(10 z) already turns a stake upside down)')
  if (!(Number.isInteger(config.searchNodes) && config.searchNodes > 0)) fail('searchNodes must be a positive integer')
  for (const problem of preparationProblems(config.basiscoalitie, config.civilServants)) fail(problem)
  for (const item of config.agenda)
    if (!(
      Number.isInteger(item.arrives) &&
      Number.isInteger(item.deadline) &&
      item.arrives >= 0 &&
      item.deadline > item.arrives
    ))
      fail(`agenda item ${item.issue} needs 0 <= arrives < deadline`)
  return config
}
