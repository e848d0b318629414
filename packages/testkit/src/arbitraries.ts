/**
 * fast-check arbitraries for scenarios and deals, shared by every property test. Ids are
 * minted here directly (the only place besides `decodeScenario`). Values default to small
 * integers so that ties and exact zero gains, the hard cases, come up often.
 */
import fc from 'fast-check'
import type { Deal, Payment } from '../../core/src/model/Deal.js'
import type { Issue, IssueId, IssueOption, OptionId } from '../../core/src/model/Issue.js'
import type { Mandate } from '../../core/src/model/Mandate.js'
import type { Party, PartyId, PartyKind } from '../../core/src/model/Party.js'
import type { DomainId, PolicyDomain } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { Interaction, Valuation } from '../../core/src/model/Valuation.js'

export interface ScenarioArbOptions {
  readonly minParties?: number
  readonly maxParties?: number
  readonly minIssues?: number
  readonly maxIssues?: number
  readonly maxOptions?: number
  readonly maxDomains?: number
  /** Add pairwise interaction terms. */
  readonly interactions?: boolean
  /** Add mandates: red lines, allowed options, minimum gains, domain floors, payment caps. */
  readonly mandates?: boolean
  /** Give some parties a reservation utility. */
  readonly reservations?: boolean
  /** Allow compensation payments (parties get a money value). */
  readonly compensation?: boolean
  /** Let some issues have fewer stakeholders than the parties that value them. */
  readonly partialStakeholders?: boolean
  /** Use arbitrary doubles instead of small integers for values and stakes. */
  readonly realValues?: boolean
}

const valueArb = (real: boolean) =>
  real ? fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }) : fc.integer({ min: -4, max: 4 })
const stakeArb = (real: boolean) =>
  real ? fc.double({ min: 0, max: 5, noNaN: true, noDefaultInfinity: true }) : fc.integer({ min: 0, max: 3 })
const kinds: readonly PartyKind[] = ['municipality', 'province', 'housingCorporation', 'waterBoard', 'business']

/** Random valid scenarios. @example fc.sample(scenarioArb({ maxIssues: 3 }), 1)[0]!.issues.length <= 3 */
export const scenarioArb = (options: ScenarioArbOptions = {}): fc.Arbitrary<Scenario> => {
  const { minParties = 2, maxParties = 4, minIssues = 1, maxIssues = 4, maxOptions = 3, maxDomains = 3 } = options
  const real = options.realValues ?? false
  return fc
    .record({
      partyCount: fc.integer({ min: minParties, max: maxParties }),
      optionCounts: fc.array(fc.integer({ min: 1, max: maxOptions }), { minLength: minIssues, maxLength: maxIssues }),
      domainCount: fc.integer({ min: 1, max: maxDomains }),
    })
    .chain(({ partyCount, optionCounts, domainCount }) => {
      const partyIds = Array.from({ length: partyCount }, (_, p) => `p${p}` as PartyId)
      const issueIds = optionCounts.map((_, i) => `i${i}` as IssueId)
      const domainIds = Array.from({ length: domainCount }, (_, d) => `d${d}` as DomainId)
      const optionIds = optionCounts.map((n) => Array.from({ length: n }, (_, o) => `o${o}` as OptionId))
      const issueOptions = (i: number) => optionIds[i]!
      const valuationArb = (i: number): fc.Arbitrary<Valuation> =>
        fc
          .record({ stake: stakeArb(real), values: fc.tuple(...issueOptions(i).map(() => valueArb(real))) })
          .map(({ stake, values }) => ({
            stake,
            values: Object.fromEntries(issueOptions(i).map((o, k) => [o, values[k]!])) as Record<OptionId, number>,
          }))
      const optionRefArb = fc
        .integer({ min: 0, max: issueIds.length - 1 })
        .chain((i) => fc.constantFrom(...issueOptions(i)).map((option) => ({ issue: issueIds[i]!, option })))
      const interactionArb: fc.Arbitrary<Interaction> = fc
        .tuple(optionRefArb, optionRefArb, valueArb(real))
        .filter(([a, b]) => a.issue !== b.issue)
        .map(([a, b, value]) => ({ between: [a, b] as const, value }))
      const mandateArb: fc.Arbitrary<Mandate> = options.mandates
        ? fc
            .record({
              redLines: fc.array(optionRefArb, { maxLength: 2 }),
              allowed: fc.option(optionRefArb, { nil: undefined }),
              minGain: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
              domainFloor: fc.option(fc.tuple(fc.constantFrom(...domainIds), fc.integer({ min: -2, max: 1 })), {
                nil: undefined,
              }),
              maxPayment: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
            })
            .map(({ redLines, allowed, minGain, domainFloor, maxPayment }) => ({
              redLines,
              allowedOptions: allowed === undefined ? {} : { [allowed.issue]: [allowed.option] },
              minDomainGain: domainFloor === undefined ? {} : { [domainFloor[0]]: domainFloor[1] },
              ...(minGain === undefined ? {} : { minGain }),
              ...(maxPayment === undefined ? {} : { maxPayment }),
            }))
        : fc.constant({ redLines: [], allowedOptions: {}, minDomainGain: {} })
      const partyArb = (p: number): fc.Arbitrary<Party> =>
        fc
          .record({
            kind: fc.constantFrom(...kinds),
            cares: fc.array(fc.boolean(), { minLength: issueIds.length, maxLength: issueIds.length }),
            valuations: fc.tuple(...issueIds.map((_, i) => valuationArb(i))),
            interactions:
              options.interactions && issueIds.length > 1
                ? fc.array(interactionArb, { maxLength: 2 })
                : fc.constant([]),
            mandate: mandateArb,
            reservation: options.reservations
              ? fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined })
              : fc.constant(undefined),
            moneyValue: options.compensation ? fc.constantFrom(1, 2, 0.5) : fc.constant(0),
          })
          .map(({ kind, cares, valuations, interactions, mandate, reservation, moneyValue }) => ({
            id: partyIds[p]!,
            name: `Party ${p}`,
            kind,
            valuations: Object.fromEntries(
              issueIds.flatMap((id, i) => (cares[i] ? [[id, valuations[i]!]] : [])),
            ) as Party['valuations'],
            interactions,
            mandate,
            moneyValue,
            ...(reservation === undefined ? {} : { reservationUtility: reservation }),
          }))
      return fc
        .record({
          parties: fc.tuple(...partyIds.map((_, p) => partyArb(p))),
          statusQuo: fc.tuple(...issueIds.map((_, i) => fc.constantFrom(...issueOptions(i)))),
          domainOf: fc.tuple(...issueIds.map(() => fc.constantFrom(...domainIds))),
          dropStakeholder: options.partialStakeholders
            ? fc.array(fc.option(fc.integer({ min: 0, max: partyCount - 1 }), { nil: undefined }), {
                minLength: issueIds.length,
                maxLength: issueIds.length,
              })
            : fc.constant(issueIds.map(() => undefined)),
        })
        .map(({ parties: drawn, statusQuo, domainOf, dropStakeholder }): Scenario => {
          // Mandates never rule out the status quo: keeping it is not agreeing to anything, and a
          // mandate that rules out every option of an issue is a decode error (contradictoryMandate).
          const isStatusQuo = (issue: IssueId, option: OptionId) => statusQuo[issueIds.indexOf(issue)] === option
          const parties = drawn.map((p) => ({
            ...p,
            mandate: {
              ...p.mandate,
              redLines: p.mandate.redLines.filter((r) => !isStatusQuo(r.issue, r.option)),
              allowedOptions: Object.fromEntries(
                Object.entries(p.mandate.allowedOptions).map(([issue, only]) => {
                  const sq = statusQuo[issueIds.indexOf(issue as IssueId)]!
                  return [issue, only!.includes(sq) ? only! : [...only!, sq]]
                }),
              ),
            },
          }))
          const issues: Issue[] = issueIds.map((id, i) => {
            const cares = parties.filter(
              (p) =>
                (p.valuations[id]?.stake ?? 0) > 0 ||
                p.mandate.redLines.some((r) => r.issue === id) ||
                p.mandate.allowedOptions[id] !== undefined,
            )
            const drop = dropStakeholder[i]
            return {
              id,
              name: `Issue ${i}`,
              domain: domainOf[i]!,
              kind: 'choice',
              options: issueOptions(i).map((o): IssueOption => ({ id: o, label: o })),
              stakeholders: cares.filter((p) => drop === undefined || p.id !== partyIds[drop]).map((p) => p.id),
            }
          })
          const domains: PolicyDomain[] = domainIds.map((id) => ({ id, name: id }))
          return {
            version: 1,
            name: 'random',
            notes: [],
            parties,
            domains,
            issues,
            statusQuo: {
              choices: Object.fromEntries(issueIds.map((id, i) => [id, statusQuo[i]!])) as Deal['choices'],
              payments: [],
            },
            ...(options.compensation ? { compensation: { unit: 'EUR' } } : {}),
          }
        })
    })
}

/** A random deal (choices only) for a scenario. */
export const dealArb = (scenario: Scenario): fc.Arbitrary<Deal> =>
  fc.tuple(...scenario.issues.map((issue) => fc.constantFrom(...issue.options.map((o) => o.id)))).map((chosen) => ({
    choices: Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, chosen[i]!])) as Deal['choices'],
    payments: [],
  }))

/** A random deal with payments, for scenarios that allow compensation. */
export const dealWithPaymentsArb = (scenario: Scenario): fc.Arbitrary<Deal> => {
  const ids = scenario.parties.map((p) => p.id)
  const paymentArb: fc.Arbitrary<Payment> = fc
    .record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), amount: fc.integer({ min: 1, max: 4 }) })
    .filter((p) => p.from !== p.to)
  return fc
    .tuple(dealArb(scenario), fc.array(paymentArb, { maxLength: 2 }))
    .map(([deal, payments]) => ({ ...deal, payments }))
}

/** A scenario paired with one of its deals. */
export const scenarioAndDealArb = (options: ScenarioArbOptions = {}): fc.Arbitrary<readonly [Scenario, Deal]> =>
  scenarioArb(options).chain((s) =>
    (options.compensation ? dealWithPaymentsArb(s) : dealArb(s)).map((d) => [s, d] as const),
  )
