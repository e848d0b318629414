/**
 * A fixed piece of pure JavaScript work, timed in the same process as the benchmark, so a
 * reader can divide every time by it and compare runs made on different or busy machines.
 * The work: every deal of a fixed random scenario (3 parties, 12 issues of 3 options, 531 441
 * deals), each party's gain summed from the compiled arrays. No solver, no allocation per deal.
 */
import { type DomainId, type IssueId, type OptionId, type PartyId, type Scenario } from 'mandjes'
import { compile, gainOfChoices } from 'mandjes/engine'

const calibrationScenario = (): Scenario => {
  // A small linear congruential generator: the same numbers on every machine.
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const issueIds = Array.from({ length: 12 }, (_, i) => `i${i}` as IssueId)
  const options = ['a', 'b', 'c'] as OptionId[]
  const partyIds = ['p0', 'p1', 'p2'] as PartyId[]
  const domain = 'd' as DomainId
  return {
    version: 1,
    name: 'calibration',
    notes: [],
    domains: [{ id: domain, name: 'd' }],
    issues: issueIds.map((id) => ({
      id,
      name: id,
      domain,
      kind: 'choice',
      options: options.map((o) => ({ id: o, label: o })),
      stakeholders: partyIds,
    })),
    parties: partyIds.map((id) => ({
      id,
      name: id,
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
      valuations: Object.fromEntries(
        issueIds.map((i) => [i, { stake: next(), values: Object.fromEntries(options.map((o) => [o, next()])) }]),
      ),
    })),
    statusQuo: {
      choices: Object.fromEntries(issueIds.map((i) => [i, options[0]!])) as Scenario['statusQuo']['choices'],
      payments: [],
    },
  }
}

/** One pass of the calibration work; returns a checksum so the work cannot be optimised away. */
const calibrationPass = (scenario: Scenario): number => {
  const c = compile(scenario)
  const choices = new Int32Array(c.issueCount)
  let checksum = 0
  for (;;) {
    for (let p = 0; p < c.partyCount; p++) checksum += gainOfChoices(c, p, choices)
    let i = c.issueCount - 1
    while (i >= 0 && choices[i] === c.optionCount[i]! - 1) choices[i--] = 0
    if (i < 0) return checksum
    choices[i] = choices[i]! + 1
  }
}

/** Median milliseconds of `runs` calibration passes (after one warm-up pass). */
export const calibrate = (runs = 5): number => {
  const scenario = calibrationScenario()
  calibrationPass(scenario)
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const started = performance.now()
    calibrationPass(scenario)
    times.push(performance.now() - started)
  }
  return median(times)
}

/** The median of a non-empty list. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
