/**
 * Scenarios for the outcome-space analysis: every party values every issue (stake ≥ 1 mostly),
 * so that the frontier above the reservation points is usually non-empty, and values are small
 * integers (or dyadic reals) so that ties between different outcomes come up often.
 */
import fc from 'fast-check'
import type { IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { Interaction } from '../../core/src/model/Valuation.js'

export interface OutcomeSpaceArbOptions {
  readonly minParties?: number
  readonly maxParties?: number
  readonly maxIssues?: number
  readonly maxOptions?: number
  readonly interactions?: boolean
  readonly reservations?: boolean
  readonly realValues?: boolean
}

const domain = 'd' as DomainId

/** Random scenarios with every party caring about every issue. */
export const outcomeSpaceArb = (options: OutcomeSpaceArbOptions = {}): fc.Arbitrary<Scenario> => {
  const { minParties = 2, maxParties = 4, maxIssues = 5, maxOptions = 3 } = options
  const value = options.realValues ? fc.double({ min: -4, max: 4, noNaN: true }) : fc.integer({ min: -3, max: 3 })
  // A zero stake now and then: a party indifferent to an issue is a case worth covering.
  const stake = fc.oneof(
    {
      arbitrary: options.realValues ? fc.double({ min: 0.25, max: 3, noNaN: true }) : fc.integer({ min: 1, max: 3 }),
      weight: 9,
    },
    { arbitrary: fc.constant(0), weight: 1 },
  )
  return fc
    .record({
      parties: fc.integer({ min: minParties, max: maxParties }),
      optionCounts: fc.array(fc.integer({ min: 1, max: maxOptions }), {
        minLength: 1,
        maxLength: maxIssues,
        size: 'max',
      }),
    })
    .chain(({ parties, optionCounts }) => {
      const partyIds = Array.from({ length: parties }, (_, p) => `p${p}` as PartyId)
      const issueIds = optionCounts.map((_, i) => `i${i}` as IssueId)
      const optionIds = optionCounts.map((n) => Array.from({ length: n }, (_, o) => `o${o}` as OptionId))
      const refArb = fc
        .integer({ min: 0, max: issueIds.length - 1 })
        .chain((i) => fc.constantFrom(...optionIds[i]!).map((option) => ({ issue: issueIds[i]!, option })))
      const interactionArb: fc.Arbitrary<Interaction> = fc
        .tuple(refArb, refArb, value)
        .filter(([a, b]) => a.issue !== b.issue)
        .map(([a, b, v]) => ({ between: [a, b] as const, value: v }))
      const partyArb = fc.record({
        stakes: fc.tuple(...issueIds.map(() => stake)),
        values: fc.tuple(...optionIds.map((ids) => fc.tuple(...ids.map(() => value)))),
        interactions:
          options.interactions && issueIds.length > 1 ? fc.array(interactionArb, { maxLength: 2 }) : fc.constant([]),
        // Above the status quo by this much (the status quo utility is added below).
        reservation: options.reservations
          ? fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined })
          : fc.constant(undefined),
      })
      return fc
        .record({
          parties: fc.tuple(...partyIds.map(() => partyArb)),
          statusQuo: fc.tuple(...optionIds.map((ids) => fc.constantFrom(...ids))),
          // Mostly, the status quo is poor for everyone (there is room to agree); sometimes not.
          poorStatusQuo: fc.boolean(),
          // Twin options: option o1 of the last and every odd issue is worth exactly what o0 is, to everyone,
          // so different outcomes tie.
          twins: fc.boolean(),
        })
        .map(({ parties: drawn, statusQuo, poorStatusQuo, twins }): Scenario => {
          const last = issueIds.length - 1
          const twin = (i: number, k: number): number => (twins && (i === last || i % 2 === 1) && k === 1 ? 0 : k)
          const poor = (i: number, k: number): number => (poorStatusQuo && optionIds[i]![k] === statusQuo[i] ? 3 : 0)
          const valueOf = (p: number, i: number, k: number): number =>
            drawn[p]!.values[i]![twin(i, k)]! - poor(i, twin(i, k))
          const statusQuoUtility = (p: number): number =>
            issueIds.reduce(
              (u, _, i) => u + drawn[p]!.stakes[i]! * valueOf(p, i, optionIds[i]!.indexOf(statusQuo[i]!)),
              0,
            )
          return {
            version: 1,
            name: 'random analysis scenario',
            notes: [],
            domains: [{ id: domain, name: 'd' }],
            issues: issueIds.map((id, i) => ({
              id,
              name: id,
              domain,
              kind: 'choice',
              options: optionIds[i]!.map((o) => ({ id: o, label: o })),
              stakeholders: partyIds,
            })),
            parties: drawn.map((d, p) => ({
              id: partyIds[p]!,
              name: partyIds[p]!,
              kind: 'municipality',
              valuations: Object.fromEntries(
                issueIds.map((id, i) => [
                  id,
                  {
                    stake: d.stakes[i]!,
                    values: Object.fromEntries(optionIds[i]!.map((o, k) => [o, valueOf(p, i, k)])) as Record<
                      OptionId,
                      number
                    >,
                  },
                ]),
              ),
              interactions: d.interactions,
              mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
              moneyValue: 0,
              ...(d.reservation === undefined ? {} : { reservationUtility: statusQuoUtility(p) + d.reservation }),
            })),
            statusQuo: {
              choices: Object.fromEntries(
                issueIds.map((id, i) => [id, statusQuo[i]!]),
              ) as Scenario['statusQuo']['choices'],
              payments: [],
            },
          }
        })
    })
}
