import type { Deal } from './Deal.js'
import type { Issue } from './Issue.js'
import type { Party } from './Party.js'
import type { PolicyDomain } from './PolicyDomain.js'
import type { Target } from './Target.js'

/** The scenario file format version this library reads and writes. @category model */
export const scenarioVersion = 1 as const

/**
 * Compensation settings. When present, deals may carry payments between parties, counted
 * in `unit` (e.g. "EUR million"); each party's `moneyValue` turns money into utility.
 * @category model
 */
export interface Compensation {
  readonly unit: string
}

/**
 * A unit's name in each language a note is written in, e.g. `{ nl: 'woningen' }` for the unit
 * `homes`. A language without a name shows the unit as the scenario writes it.
 * @category model
 */
export interface UnitNames {
  readonly nl?: string
  readonly en?: string
}

/**
 * A regional negotiation: who takes part, which issues are open in which policy domains,
 * what each party values, what its council allows, and what holds if nobody agrees.
 *
 * A `Scenario` is always valid: it is produced by `decodeScenario` (or `scenarioFrom`),
 * which checks every id, value and mandate. Treat it as read-only data.
 * @category model
 */
export interface Scenario {
  readonly version: typeof scenarioVersion
  readonly name: string
  readonly description?: string
  /** Where the numbers come from and which ones were invented. */
  readonly notes: readonly string[]
  readonly parties: readonly Party[]
  readonly domains: readonly PolicyDomain[]
  readonly issues: readonly Issue[]
  /**
   * What holds when nobody agrees. An issue it has no choice for has no status quo (the file
   * says `null`): every deal must choose one of its options, and a party whose utility depends
   * on it falls back to its `reservationUtility` (see `noAgreementUtility`).
   */
  readonly statusQuo: Deal
  readonly compensation?: Compensation
  /**
   * Names of the units (of quantity issues and of compensation) per language, keyed by the
   * unit as written (`homes`, `EUR million`); absent: units are shown as written.
   */
  readonly units?: Readonly<Record<string, UnitNames>>
  /**
   * Regional targets every deal must meet (absent: none). Absent rather than empty, so a
   * scenario without targets reads and writes as before.
   */
  readonly targets?: readonly Target[]
}
