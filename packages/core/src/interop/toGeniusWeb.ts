/**
 * Writes a scenario as a GeniusWeb folder: `domain.json` plus one `LinearAdditiveUtilitySpace`
 * profile per party, returned as file name → JSON text (pure; the command line writes them).
 *
 * What GeniusWeb can hold is kept exactly: a party whose stakes add up to 1 and whose values
 * lie in [0, 1] is written as it is, so a folder read by `fromGeniusWeb` and written again reads
 * back to the same scenario. Any other party is rescaled (a positive affine change of its
 * utility, which keeps every preference): weight ∝ stake × value range, values mapped onto
 * [0, 1]. Reservation bids invert `fromGeniusWeb`: without reservation utilities every profile
 * gets the status quo as reservation bid; with them, a party's bid is the best outcome at or
 * below its reservation utility (see `bidAtOrBelow`), and a party without one gets none.
 *
 * GeniusWeb has no interactions, mandates, compensation, stakeholders, policy domains, labels
 * or party kinds: `geniusWebExportLosses` lists what a scenario loses.
 */
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { bidAtOrBelow } from './bidAtOrBelow.js'
import { chooseStatusQuo } from './chooseStatusQuo.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

const L = 'LinearAdditiveUtilitySpace'

interface Export {
  readonly files: Readonly<Record<string, string>>
  readonly losses: readonly string[]
}

/** Whether a party's valuations are already a valid GeniusWeb profile. */
const fitsGeniusWeb = (scenario: Scenario, party: Party): boolean => {
  let sum = 0
  for (const issue of scenario.issues) {
    const v = party.valuations[issue.id]
    if (v === undefined) return false
    sum += v.stake
    if (issue.options.some((o) => !(v.values[o.id]! >= 0 && v.values[o.id]! <= 1))) return false
  }
  return Math.abs(sum - 1) <= 1e-9
}

/** Simple names (letters and digits), as GeniusWeb wants for profile names. */
const simpleName = (name: string, fallback: string): string =>
  /^[A-Za-z0-9]+$/.test(name) ? name : name.replace(/[^A-Za-z0-9]/g, '') || fallback

const exportGeniusWeb = (scenario: Scenario): Export => {
  requireStatusQuo('toGeniusWeb', scenario)
  const losses: string[] = []
  const issuesValues = Object.fromEntries(
    scenario.issues.map((issue) => [issue.id, { values: issue.options.map((o) => o.id) }]),
  )
  const domain = { name: scenario.name, issuesValues }
  const files: Record<string, string> = { 'domain.json': JSON.stringify(domain, null, 2) }
  const terms = scenario.parties.map((party) =>
    scenario.issues.map((issue) => {
      const v = party.valuations[issue.id]
      return issue.options.map((o) => (v === undefined ? 0 : v.stake * v.values[o.id]!))
    }),
  )
  const statusQuo = scenario.issues.map((issue) =>
    issue.options.findIndex((o) => o.id === scenario.statusQuo.choices[issue.id]),
  )
  const bids = reservationBids(scenario, terms, statusQuo, losses)
  const used = new Set(['domain'])
  scenario.parties.forEach((party, k) => {
    const fits = fitsGeniusWeb(scenario, party)
    if (!fits)
      losses.push(
        `${party.id}: stakes and values were rescaled to GeniusWeb's weights (summing to 1) and utilities in [0, 1]; preferences are unchanged.`,
      )
    const bid = bids[k]
    const profile = {
      [L]: {
        name: simpleName(party.name, `party${k + 1}`),
        issueUtilities: Object.fromEntries(
          scenario.issues.map((issue, i) => [
            issue.id,
            {
              discreteutils: {
                valueUtilities: Object.fromEntries(
                  issue.options.map((o, j) => [
                    o.id,
                    fits ? party.valuations[issue.id]!.values[o.id]! : rescaled(terms[k]![i]!)[j]!,
                  ]),
                ),
              },
            },
          ]),
        ),
        issueWeights: Object.fromEntries(
          scenario.issues.map((issue, i) => [
            issue.id,
            fits ? party.valuations[issue.id]!.stake : weights(terms[k]!)[i]!,
          ]),
        ),
        domain,
        ...(bid === undefined
          ? {}
          : {
              reservationBid: {
                issuevalues: Object.fromEntries(
                  scenario.issues.map((issue, i) => [issue.id, issue.options[bid[i]!]!.id]),
                ),
              },
            }),
      },
    }
    let stem = /^[A-Za-z0-9_.-]+$/.test(party.id) && !used.has(party.id.toLowerCase()) ? party.id : `party${k + 1}`
    while (used.has(stem.toLowerCase())) stem = `${stem}_`
    used.add(stem.toLowerCase())
    files[`${stem}.json`] = JSON.stringify(profile, null, 2)
  })
  if (scenario.parties.some((p) => p.interactions.length > 0))
    losses.push('Interactions between options were dropped: GeniusWeb profiles are linear additive.')
  if (
    scenario.parties.some(
      (p) =>
        p.mandate.redLines.length > 0 ||
        Object.keys(p.mandate.allowedOptions).length > 0 ||
        p.mandate.minGain !== undefined ||
        Object.keys(p.mandate.minDomainGain).length > 0 ||
        p.mandate.maxPayment !== undefined,
    )
  ) {
    losses.push(
      'Mandates (red lines, allowed options, minimum gains, payment caps) were dropped: GeniusWeb has no mandates.',
    )
  }
  if (scenario.compensation !== undefined)
    losses.push('Compensation payments were dropped: GeniusWeb has no money transfers.')
  if (scenario.domains.length > 1) losses.push('Policy domains were merged into one GeniusWeb domain.')
  return { files, losses }
}

/**
 * The reservation bid of each party, the inverse of how `fromGeniusWeb` reads them. Without
 * reservation utilities, every profile gets the status quo (read back as the shared bid). With
 * them, each party with one gets the best outcome at or below it and the others get none (read
 * back as "accepts any agreement"); the status quo is then chosen again when read.
 */
const reservationBids = (
  scenario: Scenario,
  terms: readonly (readonly (readonly number[])[])[],
  statusQuo: readonly number[],
  losses: string[],
): (ArrayLike<number> | undefined)[] => {
  const reservations = scenario.parties.map((p) => p.reservationUtility)
  if (reservations.every((r) => r === undefined)) return scenario.parties.map(() => statusQuo)
  const bids = scenario.parties.map((party, k): Int32Array | undefined => {
    const r = reservations[k]
    if (r === undefined) return undefined
    const found = bidAtOrBelow(terms[k]!, r)
    if (found.choices === undefined)
      losses.push(
        `${party.id}: every outcome lies above its reservation utility ${r}; it gets no reservation bid (it accepts any agreement).`,
      )
    else if (!found.exact)
      losses.push(
        `${party.id}: the reservation bid is the best outcome found at or below its reservation utility within the search budget.`,
      )
    else if (found.utility !== r)
      losses.push(
        `${party.id}: no outcome has utility exactly ${r}; the reservation bid is the best below it (utility ${found.utility}), which accepts the same outcomes.`,
      )
    return found.choices
  })
  // Bids that are all the same would read back as a shared status quo: give one party another
  // bid of the same utility, when it has one.
  const first = bids[0]
  if (first !== undefined && bids.every((b) => b !== undefined && b.every((o, i) => o === first[i]))) {
    for (let k = 0; k < bids.length; k++) {
      const alternative = bidAtOrBelow(terms[k]!, reservations[k]!, { exclude: first })
      const utility = terms[k]!.reduce((s, row, i) => s + row[first[i]!]!, 0)
      if (alternative.choices !== undefined && alternative.utility === utility) {
        bids[k] = alternative.choices
        break
      }
    }
  }
  const chosen = chooseStatusQuo(scenario, reservations)
  if (!scenario.issues.every((_, i) => chosen.choices[i] === statusQuo[i])) {
    losses.push(
      'The status quo cannot be written: GeniusWeb profiles with reservation bids of their own have no common outcome, and reading the folder back chooses another one.',
    )
  }
  return bids
}

/** Per-issue span of a party's utility, normalised to weights summing to 1 (equal weights when it is indifferent). */
const weights = (terms: readonly (readonly number[])[]): number[] => {
  const spans = terms.map((row) => Math.max(...row) - Math.min(...row))
  const total = spans.reduce((s, x) => s + x, 0)
  return total > 0 ? spans.map((x) => x / total) : spans.map(() => 1 / Math.max(1, spans.length))
}

/** One issue's utility terms mapped onto [0, 1]. */
const rescaled = (row: readonly number[]): number[] => {
  const lo = Math.min(...row)
  const span = Math.max(...row) - lo
  return row.map((x) => (span > 0 ? (x - lo) / span : 0))
}

/**
 * The GeniusWeb files of a scenario, by file name.
 * @example
 * Object.keys(toGeniusWeb(scenario)) // => ['domain.json', 'A.json', 'B.json']
 * @category interop
 */
export const toGeniusWeb = (scenario: Scenario): Readonly<Record<string, string>> => exportGeniusWeb(scenario).files

/**
 * What a scenario loses when written as a GeniusWeb folder, one sentence each (empty: nothing).
 * @example
 * // A counterfactual: A's council rules out the road via B
 * const scenarioWithMandates = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * geniusWebExportLosses(scenarioWithMandates).filter((l) => l.startsWith('Mandates'))
 * // => ['Mandates (red lines, allowed options, minimum gains, payment caps) were dropped: GeniusWeb has no mandates.']
 * @category interop
 */
export const geniusWebExportLosses = (scenario: Scenario): readonly string[] => exportGeniusWeb(scenario).losses
