import type { IssueId, PartyId } from './ids.js'
import type { Interaction, Valuation } from './Valuation.js'
import type { Mandate } from './Mandate.js'

export type { PartyId } from './ids.js'

/**
 * What kind of organisation sits at the table. Regional deals increasingly include more than
 * municipalities (gemeenten): provinces, housing corporations, water boards, businesses.
 * @category model
 */
export type PartyKind =
  | 'municipality'
  | 'province'
  | 'housingCorporation'
  | 'waterBoard'
  | 'business'
  | 'knowledgeInstitution'
  | 'civilSociety'

/** Every party kind, in a stable order (for schemas and messages). @category model */
export const partyKinds: readonly PartyKind[] = [
  'municipality',
  'province',
  'housingCorporation',
  'waterBoard',
  'business',
  'knowledgeInstitution',
  'civilSociety',
]

/**
 * A party at the regional table (gemeente, provincie, woningcorporatie, ...), with what it
 * values (its belangen), what its council lets it do (its mandate, the kaders) and its
 * best alternative outside any deal.
 *
 * Its utility for a deal is additive: the sum over issues of `stake × value of the chosen
 * option`, plus interaction terms, plus `moneyValue × net compensation received`.
 *
 * @category model
 */
export interface Party {
  readonly id: PartyId
  readonly name: string
  readonly kind: PartyKind
  /** What the party values, per issue it cares about. Issues it does not list are worth 0 to it. */
  readonly valuations: Readonly<Partial<Record<IssueId, Valuation>>>
  /** Pairs of options worth more (or less) together than apart. */
  readonly interactions: readonly Interaction[]
  readonly mandate: Mandate
  /**
   * The utility the party can get without any deal (its BATNA, or a minimum its principals
   * demand). A deal must give it more than this, as well as more than the status quo. Required
   * when the party values an issue without a status quo: it is then its disagreement point.
   */
  readonly reservationUtility?: number
  /** Utility per unit of compensation money (verevening). 0 means money does not move it. */
  readonly moneyValue: number
  /**
   * The party's vote under a weighted decision rule (population, budget share), > 0. Absent:
   * 1. Only the simulator's qualified majority reads it; a deal's validity never does.
   */
  readonly weight?: number
  /**
   * The most this party may lose in a deal it does not take part in (it has an interest in a
   * changed issue but no say), ≥ 0: a rule the region states, such as owner-occupiers who
   * accept a small loss for a regional task. Absent: 0, an outsider must not lose.
   */
  readonly lossBound?: number
}
