/**
 * A fast-check arbitrary for sparse scenarios, shaped like a region rather than like the
 * GeniusWeb ladder: each party values one to three issues (more only when there are more
 * than three issues per party: every issue is valued by someone), each issue's stakeholders are a
 * subset of the parties that value it (sometimes plus a party with a say but no stake),
 * mandates carry minGain, domain floors, red lines and allowed options, and some scenarios
 * allow compensation. Built in the file form and read through `decodeScenario`, so every
 * scenario is one the reader accepts; small enough (at most 6 issues of at most 3 options)
 * for the exhaustive oracle.
 */
import fc from 'fast-check'
import { decodeScenario } from '../../core/src/scenarioFile/decodeScenario.js'
import type { Scenario } from '../../core/src/model/Scenario.js'

/** Sizes and features of the sparse scenarios. */
export interface SparseArbOptions {
  readonly minParties?: number
  readonly maxParties?: number
  readonly minIssues?: number
  readonly maxIssues?: number
  readonly maxOptions?: number
  /** Allow compensation in some scenarios (parties get money values and payment caps). */
  readonly compensation?: boolean
  /** Add interaction terms between two issues a party values. */
  readonly interactions?: boolean
}

const domains = ['housing', 'mobility', 'services']

/** Random sparse scenarios, valid by construction. @example fc.sample(sparseScenarioArb(), 1)[0]!.issues.length >= 2 */
export const sparseScenarioArb = (options: SparseArbOptions = {}): fc.Arbitrary<Scenario> => {
  const { minParties = 2, maxParties = 5, minIssues = 2, maxIssues = 5, maxOptions = 3 } = options
  return fc
    .record({
      parties: fc.integer({ min: minParties, max: maxParties }),
      optionCounts: fc.array(fc.integer({ min: 2, max: maxOptions }), { minLength: minIssues, maxLength: maxIssues }),
      compensation: options.compensation === true ? fc.boolean() : fc.constant(false),
    })
    .chain(({ parties, optionCounts, compensation }) => {
      const issues = optionCounts.length
      const partyIds = Array.from({ length: parties }, (_, p) => `p${p}`)
      const issueIds = optionCounts.map((_, i) => `i${i}`)
      const optionsOf = (i: number) => Array.from({ length: optionCounts[i]! }, (_, o) => `o${o}`)
      // Which issues each party values: one to three of them.
      const caresArb = fc.array(fc.uniqueArray(fc.nat(issues - 1), { minLength: 1, maxLength: Math.min(3, issues) }), {
        minLength: parties,
        maxLength: parties,
      })
      return fc
        .tuple(caresArb, fc.array(fc.nat(maxOptions - 1), { minLength: issues, maxLength: issues }))
        .chain(([drawnCares, sqRaw]) => {
          // Every issue is valued by someone: an issue nobody values goes to the party valuing fewest.
          const cares = drawnCares.map((c) => [...c])
          for (let i = 0; i < issues; i++) {
            if (cares.some((c) => c.includes(i))) continue
            cares.reduce((least, c) => (c.length < least.length ? c : least)).push(i)
          }
          const statusQuo = issueIds.map((_, i) => sqRaw[i]! % optionCounts[i]!)
          const valuers = issueIds.map((_, i) => partyIds.filter((_, p) => cares[p]!.includes(i)))
          const partyArb = (p: number) =>
            fc.record({
              valuations: fc.tuple(
                ...cares[p]!.map((i) =>
                  fc.record({
                    stake: fc.integer({ min: 1, max: 3 }),
                    values: fc.array(fc.integer({ min: -4, max: 4 }), {
                      minLength: optionCounts[i]!,
                      maxLength: optionCounts[i]!,
                    }),
                  }),
                ),
              ),
              minGain: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 3 }),
              floor: fc.option(fc.tuple(fc.constantFrom(...domains), fc.integer({ min: -2, max: 1 })), {
                nil: undefined,
                freq: 3,
              }),
              redLine: fc.option(fc.tuple(fc.nat(2), fc.nat(maxOptions - 1)), { nil: undefined, freq: 3 }),
              allowed: fc.option(fc.tuple(fc.nat(2), fc.nat(maxOptions - 1)), { nil: undefined, freq: 5 }),
              interaction:
                options.interactions === true
                  ? fc.option(
                      fc.tuple(fc.nat(maxOptions - 1), fc.nat(maxOptions - 1), fc.integer({ min: -2, max: 2 })),
                      { nil: undefined, freq: 3 },
                    )
                  : fc.constant(undefined),
              moneyValue: fc.constantFrom(0, 0.5, 1, 2),
              maxPayment: fc.option(fc.constantFrom(0, 1, 3), { nil: undefined, freq: 3 }),
            })
          // Stakeholders: a non-empty subset of the valuers (in order), sometimes plus one party with a say only.
          const stakeholdersArb = (i: number) =>
            fc.tuple(
              fc.subarray(valuers[i]!, { minLength: Math.min(1, valuers[i]!.length) }),
              fc.option(fc.constantFrom(...partyIds), { nil: undefined, freq: 4 }),
              fc.boolean(),
            )
          return fc
            .record({
              parties: fc.tuple(...partyIds.map((_, p) => partyArb(p))),
              stakeholders: fc.tuple(...issueIds.map((_, i) => stakeholdersArb(i))),
            })
            .map(({ parties: drawn, stakeholders }) => {
              const file = {
                version: 1,
                name: 'sparse',
                notes: ['invented for property tests'],
                ...(compensation ? { compensation: { unit: 'EUR' } } : {}),
                domains: domains.map((id) => ({ id })),
                issues: issueIds.map((id, i) => {
                  const [subset, extra, listed] = stakeholders[i]!
                  const say = [...new Set([...subset, ...(extra === undefined ? [] : [extra])])]
                  return {
                    id,
                    domain: domains[i % domains.length]!,
                    options: optionsOf(i),
                    // Half the time the default (every valuer); otherwise the drawn subset.
                    ...(listed && say.length > 0 ? { stakeholders: partyIds.filter((p) => say.includes(p)) } : {}),
                  }
                }),
                parties: partyIds.map((id, p) => {
                  const d = drawn[p]!
                  const mine = cares[p]!
                  const pickIssue = (k: number) => mine[k % mine.length]!
                  const nonSq = (i: number, k: number) =>
                    optionsOf(i).filter((_, o) => o !== statusQuo[i])[k % (optionCounts[i]! - 1)]!
                  const mandate = {
                    ...(d.minGain === undefined ? {} : { minGain: d.minGain }),
                    ...(d.floor === undefined ? {} : { minDomainGain: { [d.floor[0]]: d.floor[1] } }),
                    ...(d.redLine === undefined
                      ? {}
                      : {
                          redLines: [
                            {
                              issue: issueIds[pickIssue(d.redLine[0])]!,
                              option: nonSq(pickIssue(d.redLine[0]), d.redLine[1]),
                            },
                          ],
                        }),
                    ...(d.allowed === undefined
                      ? {}
                      : {
                          allowedOptions: {
                            [issueIds[pickIssue(d.allowed[0])]!]: [
                              optionsOf(pickIssue(d.allowed[0]))[statusQuo[pickIssue(d.allowed[0])]!]!,
                              nonSq(pickIssue(d.allowed[0]), d.allowed[1]),
                            ],
                          },
                        }),
                    ...(compensation && d.maxPayment !== undefined ? { maxPayment: d.maxPayment } : {}),
                  }
                  const interactions =
                    d.interaction === undefined || mine.length < 2
                      ? []
                      : [
                          {
                            between: [
                              {
                                issue: issueIds[mine[0]!]!,
                                option: optionsOf(mine[0]!)[d.interaction[0] % optionCounts[mine[0]!]!]!,
                              },
                              {
                                issue: issueIds[mine[1]!]!,
                                option: optionsOf(mine[1]!)[d.interaction[1] % optionCounts[mine[1]!]!]!,
                              },
                            ],
                            value: d.interaction[2],
                          },
                        ]
                  return {
                    id,
                    ...(compensation ? { moneyValue: d.moneyValue } : {}),
                    valuations: Object.fromEntries(
                      mine.map((i, k) => [
                        issueIds[i]!,
                        {
                          stake: d.valuations[k]!.stake,
                          values: Object.fromEntries(optionsOf(i).map((o, j) => [o, d.valuations[k]!.values[j]!])),
                        },
                      ]),
                    ),
                    ...(interactions.length === 0 ? {} : { interactions }),
                    mandate,
                  }
                }),
                statusQuo: Object.fromEntries(issueIds.map((id, i) => [id, optionsOf(i)[statusQuo[i]!]!])),
              }
              const read = decodeScenario(file)
              if (read._tag === 'Left')
                throw new Error(`sparseScenarioArb built a scenario the reader rejects: ${JSON.stringify(read.left)}`)
              return read.right
            })
        })
    })
}
