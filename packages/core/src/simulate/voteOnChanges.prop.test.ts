import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dealArb, scenarioArb } from '@mandjes/testkit/arbitraries.js'
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { changesOf } from '../evaluate/changesOf.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { gainOf } from '../evaluate/gainOf.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import { densePicture, gainsOfChanges, type DenseChange } from './densePicture.js'
import { restrictScenario } from './restrictScenario.js'
import { voteOnChanges } from './voteOnChanges.js'

const hard = {
  mandates: true,
  reservations: true,
  interactions: true,
  partialStakeholders: true,
  maxIssues: 5,
  maxParties: 4,
}
const unanimity = {
  decisionRule: { _tag: 'unanimity' as const },
  goodwill: { altruism: 0, grant: 0 },
  gainRule: 'strict' as const,
}

const denseChanges = (scenario: Scenario, deal: Deal): DenseChange[] => {
  const { c } = densePicture(scenario)
  return changesOf(scenario, deal).map((id) => {
    const i = c.issueIds.indexOf(id)
    return { issue: i, option: c.optionIds[i]!.indexOf(deal.choices[id]!) }
  })
}
const ruleArb = fc.oneof(
  fc.constant({ _tag: 'unanimity' as const }),
  fc.record({
    _tag: fc.constant('qualifiedMajority' as const),
    quota: fc.constantFrom(0.25, 0.5, 0.75),
    vetoHolders: fc.constant([]),
  }),
)
const goodwillArb = fc.record({ altruism: fc.constantFrom(0, 0.5), grant: fc.constantFrom(0, 0.5) })
const withPair = scenarioArb(hard).chain((s) => fc.tuple(fc.constant(s), dealArb(s), dealArb(s)))

describe('the vote at the table', () => {
  it(
    'gives every party the gain gainOf gives it',
    () =>
      fc.assert(
        fc.property(withPair, ([scenario, deal]) => {
          const gains = gainsOfChanges(densePicture(scenario), denseChanges(scenario, deal))
          scenario.parties.forEach((p, k) => expect(gains[k]).toBeCloseTo(gainOf(scenario, p.id, deal), 9))
        }),
      ),
    20_000,
  )

  it(
    'under unanimity and without goodwill adopts only valid deals, and every valid deal with participants',
    () =>
      fc.assert(
        fc.property(withPair, ([scenario, deal]) => {
          const changes = denseChanges(scenario, deal)
          fc.pre(changes.length > 0)
          const check = checkDeal(scenario, deal)
          const adopted = voteOnChanges(densePicture(scenario), changes, unanimity).adopted
          if (adopted) expect(check.flaws).toEqual([])
          if (check.valid && check.participants.length > 0) expect(adopted).toBe(true)
        }),
        { numRuns: 300 },
      ),
    20_000,
  )

  it(
    'under any rule and goodwill, an adopted proposal crosses no red line and every yes-voter meets its floors',
    () =>
      fc.assert(
        fc.property(withPair, ruleArb, goodwillArb, ([scenario, deal], decisionRule, goodwill) => {
          const changes = denseChanges(scenario, deal)
          fc.pre(changes.length > 0)
          const decision = voteOnChanges(densePicture(scenario), changes, {
            decisionRule,
            goodwill,
            gainRule: 'strict',
          })
          if (!decision.adopted) return
          const yes = new Set(decision.votes.filter((v) => v.accepts).map((v) => v.party))
          for (const flaw of checkDeal(scenario, deal).flaws) {
            expect(['RedLine', 'OptionNotAllowed', 'PaymentCapExceeded']).not.toContain(flaw._tag)
            if (
              'party' in flaw &&
              (flaw._tag === 'BelowMinGain' || flaw._tag === 'BelowDomainGain' || flaw._tag === 'BelowReservation')
            )
              expect(yes.has(flaw.party)).toBe(false)
          }
        }),
        { numRuns: 500 },
      ),
    20_000,
  )

  it(
    'a restricted picture gives the same verdicts and gains as the full one, from the agreements in force',
    () =>
      fc.assert(
        fc.property(
          withPair,
          fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
          ([scenario, inForce, deal], closed) => {
            // The agreements in force: `inForce` on the closed issues, the status quo elsewhere.
            const closedIds = scenario.issues.filter((_, k) => closed[k]).map((i) => i.id)
            const picture: Scenario = {
              ...scenario,
              statusQuo: {
                choices: {
                  ...scenario.statusQuo.choices,
                  ...Object.fromEntries(closedIds.map((id) => [id, inForce.choices[id]!])),
                },
                payments: [],
              },
            }
            const open = scenario.issues.filter((i) => !closedIds.includes(i.id)).map((i) => i.id)
            const prepared = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options.map((o) => o.id)]))
            const restricted = restrictScenario(picture, open, prepared)
            const onOpen: Deal = {
              choices: {
                ...picture.statusQuo.choices,
                ...Object.fromEntries(open.map((id) => [id, deal.choices[id]!])),
              },
              payments: [],
            }
            const onRestricted: Deal = {
              choices: Object.fromEntries(open.map((id) => [id, deal.choices[id]!])) as Deal['choices'],
              payments: [],
            }
            const full = checkDeal(picture, onOpen)
            const cut = checkDeal(restricted, onRestricted)
            expect(cut.valid).toBe(full.valid)
            expect(cut.participants).toEqual(full.participants)
            scenario.parties.forEach((p, k) => {
              expect(cut.gains[p.id]).toBeCloseTo(full.gains[p.id]!, 9)
              // The margin over the reservation utility (an absolute level) is the same too.
              const r = restricted.parties[k]!
              if (p.reservationUtility !== undefined)
                expect(utilityOf(restricted, r.id, onRestricted) - r.reservationUtility!).toBeCloseTo(
                  utilityOf(picture, p.id, onOpen) - p.reservationUtility,
                  9,
                )
            })
          },
        ),
        { numRuns: 300 },
      ),
    20_000,
  )
})
