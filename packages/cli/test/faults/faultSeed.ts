/**
 * The seed of the fault-injection suite (FAULT_SEED, else the day's date as a number, so CI
 * tries new cases every day and a failure replays with the seed it prints), and a tally of the
 * cases tried, printed at the end of the run.
 */
import { afterAll } from 'vitest'

const today = new Date()
/** The seed every fault-injection file uses. */
export const faultSeed = Number(
  process.env['FAULT_SEED'] ?? today.getUTCFullYear() * 10_000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate(),
)

const counts = new Map<string, number>()
/** Counts one case of a kind. */
export const tally = (kind: string, n = 1): void => {
  counts.set(kind, (counts.get(kind) ?? 0) + n)
}

afterAll(() => {
  const line = [...counts].map(([k, n]) => `${k} ${n}`).join(', ')
  process.stdout.write(`fault injection (seed ${faultSeed}): ${line}\n`)
})
