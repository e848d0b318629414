/**
 * The JSON `mandjes diagnose --json` prints, in the shape `docs/cli.md` documents field by
 * field. Deals print as `solve` prints them (`DealJson`); numbers that are not finite (a
 * margin a number cannot break) print as `null`.
 */
import { type Diagnosis, type FirmnessEstimate, type PartyMargin, type Remedy } from 'mandjes'
import { type RemedyDeal, kaderLabel, type Shortfall } from 'mandjes/engine'
import type { DealJson } from './dealJson.js'

/** A remedy as JSON: the remedy's own fields, its deal as `DealJson`. @category cli */
export type RemedyJson = Omit<Remedy, 'deal'> & { readonly deal?: DealJson }

/** What `mandjes diagnose --json` prints. @category cli */
export interface DiagnosisJson {
  readonly dealExists: boolean | null
  readonly remedies: readonly RemedyJson[]
  readonly binding: readonly string[]
  readonly undetermined: readonly string[]
  readonly shortfalls: readonly Shortfall[]
  readonly complete: boolean
  readonly deal?: DealJson
  readonly margins?: readonly PartyMargin[]
  readonly firmness?: FirmnessEstimate
}

const dealOf = (d: RemedyDeal): DealJson => ({
  choices: d.deal.choices,
  changes: d.changes,
  participants: d.participants,
  gains: d.gains,
  payments: d.deal.payments,
})

/**
 * A diagnosis as JSON.
 * @example
 * diagnosisJson(diagnose(scenario)).remedies[0].kind // => 'liftRedLine'
 * @category cli
 */
export const diagnosisJson = (d: Diagnosis): DiagnosisJson => ({
  dealExists: d.dealExists,
  remedies: d.remedies.map((r) => ({ ...r, ...(r.deal === undefined ? {} : { deal: dealOf(r.deal) }) }) as RemedyJson),
  binding: d.binding.map(kaderLabel),
  undetermined: d.undetermined.map(kaderLabel),
  shortfalls: d.shortfalls,
  complete: d.complete,
  ...(d.deal === undefined ? {} : { deal: dealOf(d.deal) }),
  ...(d.margins === undefined ? {} : { margins: d.margins }),
  ...(d.firmness === undefined ? {} : { firmness: d.firmness }),
})
