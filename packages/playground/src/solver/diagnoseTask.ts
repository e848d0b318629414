/**
 * The worker's diagnose step, loaded on first use (so the first search does not wait for it):
 * for a deal, core's `margins` and `firmnessProbability`; without one, core's `diagnose`.
 */
import { diagnose, firmnessProbability, margins } from 'mandjes'
import type { DiagnoseRequest, Reply } from './protocol'

/** Monte Carlo draws for the firmness chance: enough for a ±3.5 point interval, quick enough to follow a slider. */
export const FIRMNESS_SAMPLES = 200
/** The Monte Carlo seed, shown on the page (same seed, same figure). */
export const FIRMNESS_SEED = 1
/** At most this many remedies of each kind. */
const MAX_REMEDIES = 3

/** Runs one diagnose request. */
export const runDiagnosis = (r: DiagnoseRequest): Reply => {
  if (r.deal !== undefined)
    return {
      kind: 'firmness',
      id: r.id,
      margins: margins(r.scenario, r.deal),
      firmness: firmnessProbability(r.scenario, r.deal, {
        samples: FIRMNESS_SAMPLES,
        seed: FIRMNESS_SEED,
        spread: 0.1,
      }),
    }
  const d = diagnose(r.scenario, {
    maxRemedies: MAX_REMEDIES,
    timeLimitMs: r.timeMs,
    monteCarlo: false,
    ...(r.payments === undefined ? {} : { payments: r.payments }),
  })
  return {
    kind: 'remedies',
    id: r.id,
    dealExists: d.dealExists,
    remedies: d.remedies,
    complete: d.complete,
    elapsedMs: Math.round(d.elapsedMs),
  }
}
