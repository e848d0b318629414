/**
 * What a diagnosis proposes when a scenario has no valid deal: remedies, each the smallest
 * change of one kind that makes a package deal (mandje) possible, with its proof. A remedy is
 * data; `applyRemedy` turns it into the relaxed scenario, in which `deal` is valid.
 *
 * Laws (property-tested against brute force in `diagnose.prop.test.ts`): for every remedy,
 * `checkDeal(applyRemedy(scenario, remedy), remedy.deal.deal).valid`; a remedy whose
 * `proof.minimal` is true cannot be made smaller (for `relaxMinGain` and `relaxDomainFloor`,
 * `to` is the largest value at which a deal exists, within the tolerance).
 */
import type { Deal, Payment } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { TargetId } from '../model/Target.js'

/**
 * A valid deal in a relaxed scenario, with every party's gain there.
 * @category diagnose
 */
export interface RemedyDeal {
  readonly deal: Deal
  readonly gains: Readonly<Record<PartyId, number>>
  readonly changes: readonly IssueId[]
  readonly participants: readonly PartyId[]
}

/**
 * How a remedy was established.
 * - `method`: the search that proved it (`branchAndBound` is `findDeal`, `enumeration` a
 *   complete enumeration of the choice vectors);
 * - `minimal`: whether the proof shows that nothing smaller works. False when the time
 *   limit ran out first; then `bound` says how far the answer may be off;
 * - `nodes`: search nodes (or enumerated vectors) spent on this remedy;
 * - `probe`: for a supremum (`to`), the value just above it at which the search proved that
 *   no valid deal exists;
 * - `bound`: when not minimal, a proven bound: for `to`, the largest value it could still
 *   reach; for a payment, the total no smaller payment was proven to fail below.
 * @category diagnose
 */
export interface RemedyProof {
  readonly method: 'branchAndBound' | 'enumeration'
  readonly minimal: boolean
  readonly nodes: number
  readonly probe?: number
  readonly bound?: number
}

/** One kader (mandate item) relaxed, as a step of a remedy. @category diagnose */
export type KaderStep =
  | { readonly kind: 'relaxMinGain'; readonly party: PartyId; readonly from: number; readonly to: number }
  | {
      readonly kind: 'relaxDomainFloor'
      readonly party: PartyId
      readonly domain: DomainId
      readonly from: number
      readonly to: number
    }
  | { readonly kind: 'liftRedLine'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }
  | { readonly kind: 'allowOption'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }

/**
 * What a new option on a deadlocked issue must be worth to each party with a say, per party
 * the value (in that party's valuation of the issue) the option must reach: plus the
 * tolerance under the strict gain rule. `null` when no value can do it (the party puts no
 * stake on the issue but needs a gain). `needsAllowance`: parties whose allowed-options rule
 * on the issue would have to admit the new option.
 * @category diagnose
 */
export interface OptionBrief {
  readonly values: Readonly<Record<PartyId, number | null>>
  readonly needsAllowance: readonly PartyId[]
}

/**
 * One remedy. See `docs/diagnose.md` for each kind with an example.
 * - `relaxMinGain`: lower one party's minimum gain from `from` to `to`, the largest value at
 *   which a deal exists (a supremum: at `to` the deal is valid, above it none is);
 * - `relaxDomainFloor`: the same for one party's floor in one policy domain;
 * - `liftRedLine`: lift one red line; `allowOption`: add one option to an allowed-options rule;
 * - `combination`: two or three kader steps together, when none of them alone suffices and no
 *   smaller subset of them does (minimal sets, ranked by how little they ask);
 * - `payment`: the smallest total compensation between the deal's participants, within the
 *   payment caps (`hypothetical` when the scenario does not allow compensation yet);
 * - `newOption`: the brief for an alternative on a deadlocked issue, to pass alone, and
 *   (`inDeal`) to enter a package deal with the other issues as in `inDeal.choices`;
 * - `coalition`: a largest set of parties among whom a deal exists when the others (`left`)
 *   stand aside; `outsiderGains` is what the deal would do to those who left.
 * @category diagnose
 */
export type Remedy =
  | (Extract<KaderStep, { kind: 'relaxMinGain' }> & { readonly deal: RemedyDeal; readonly proof: RemedyProof })
  | (Extract<KaderStep, { kind: 'relaxDomainFloor' }> & { readonly deal: RemedyDeal; readonly proof: RemedyProof })
  | (Extract<KaderStep, { kind: 'liftRedLine' }> & { readonly deal: RemedyDeal; readonly proof: RemedyProof })
  | (Extract<KaderStep, { kind: 'allowOption' }> & { readonly deal: RemedyDeal; readonly proof: RemedyProof })
  | {
      readonly kind: 'combination'
      readonly steps: readonly KaderStep[]
      readonly deal: RemedyDeal
      readonly proof: RemedyProof
    }
  | {
      readonly kind: 'payment'
      readonly payments: readonly Payment[]
      readonly total: number
      readonly hypothetical: boolean
      readonly deal: RemedyDeal
      readonly proof: RemedyProof
    }
  | {
      readonly kind: 'newOption'
      readonly issue: IssueId
      readonly values: Readonly<Record<PartyId, number | null>>
      readonly needsAllowance: readonly PartyId[]
      readonly inDeal?: OptionBrief & { readonly choices: Readonly<Record<IssueId, OptionId>> }
      readonly deal?: RemedyDeal
      readonly proof: RemedyProof
    }
  | {
      /** A regional target's bound moved to `to`, the nearest value at which a deal exists. */
      readonly kind: 'relaxTarget'
      readonly target: TargetId
      readonly bound: 'atLeast' | 'atMost'
      readonly from: number
      readonly to: number
      readonly deal: RemedyDeal
      readonly proof: RemedyProof
    }
  | {
      readonly kind: 'coalition'
      readonly parties: readonly PartyId[]
      readonly left: readonly PartyId[]
      readonly outsiderGains: Readonly<Record<PartyId, number>>
      readonly deal: RemedyDeal
      readonly proof: RemedyProof
    }

/** The kinds of remedy, in the order a diagnosis lists them. @category diagnose */
export const remedyKinds = [
  'relaxMinGain',
  'relaxDomainFloor',
  'liftRedLine',
  'allowOption',
  'combination',
  'payment',
  'newOption',
  'coalition',
  'relaxTarget',
] as const

/** One kind of remedy. @category diagnose */
export type RemedyKind = (typeof remedyKinds)[number]

/**
 * A remedy that relaxes parties' kaders: one step (`relaxMinGain`, `relaxDomainFloor`,
 * `liftRedLine`, `allowOption`) or several together (`combination`). The other kinds add
 * what the scenario lacks (compensation, an option) or change the table or a target.
 * @category diagnose
 */
export type KaderRemedy = Extract<Remedy, { readonly kind: KaderStep['kind'] } | { readonly kind: 'combination' }>

const kaderKinds: ReadonlySet<RemedyKind> = new Set([
  'relaxMinGain',
  'relaxDomainFloor',
  'liftRedLine',
  'allowOption',
  'combination',
])

/**
 * Whether a remedy relaxes kaders, so that its kader steps (`kaderSteps`) say all it changes.
 * One answer for every place that turns a remedy into changes: core's `applyRemedy`, the
 * playground's page changes.
 * @example
 * isKaderRemedy({ kind: 'relaxMinGain', party: 'A', from: 2.5, to: 2 } as Remedy) // => true
 * isKaderRemedy({ kind: 'payment', payments: [], total: 0, hypothetical: true } as Remedy) // => false
 * @category diagnose
 */
export const isKaderRemedy = (remedy: Remedy): remedy is KaderRemedy => kaderKinds.has(remedy.kind)

/**
 * The kader steps of a kader remedy: the remedy itself when it is one step, a combination's
 * steps otherwise.
 * @example
 * const lift = { kind: 'liftRedLine', party: 'A', issue: 'road', option: 'via-b' } as KaderRemedy
 * kaderSteps(lift).map((s) => s.kind) // => ['liftRedLine']
 * @category diagnose
 */
export const kaderSteps = (remedy: KaderRemedy): readonly KaderStep[] =>
  remedy.kind === 'combination' ? remedy.steps : [remedy]
