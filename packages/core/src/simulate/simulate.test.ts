import { describe, expect, it } from 'vitest'
import { A, B, housing, pool, road, roadAndHousing, roadHousingAndPool } from '@mandjes/testkit/simulationFixtures.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import { replay } from './History.js'
import { truthNow } from './pictures.js'
import { simulationConfig } from './SimulationConfig.js'
import { allMediators } from './mediatorFor.js'
import { resume, simulate } from './simulate.js'

const scenario = roadAndHousing()

describe('simulate: the road and the housing location', () => {
  it('issue-by-issue voting leaves both issues deadlocked and realises nothing', () => {
    const result = simulate(scenario, { seed: 1, rounds: 5, mediator: { _tag: 'noPackageDeals' } })
    expect(result._tag).toBe('Stuck')
    expect(result._tag === 'Stuck' && result.deadlocks).toEqual([road, housing])
    expect(result.share).toBe(0)
    expect(
      result.state.events
        .filter((e) => e._tag === 'MeetingHeld')
        .every((e) => e._tag === 'MeetingHeld' && e.deadlocks.length === 2),
    ).toBe(true)
  })

  it('the best package trades the road for the housing location at the first meeting', () => {
    const result = simulate(scenario, {
      seed: 1,
      rounds: 5,
      councils: { involvement: 'front', trust: 1, perParty: {} },
    })
    expect(result._tag).toBe('AllAgreed')
    expect(result.rounds).toBe(1)
    expect(result.agreements[0]?.changes).toEqual({ road: 'via-b', housing: 'west' })
    expect(result.gains).toEqual({ A: 2, B: 2 })
    expect(result.share).toBeCloseTo(1, 12)
  })

  it.each(allMediators.filter((m) => m._tag !== 'noPackageDeals'))(
    'every package mediator finds the mandje ($_tag)',
    (mediator) => {
      const result = simulate(scenario, {
        seed: 2,
        rounds: 20,
        mediator,
        councils: { involvement: 'front', trust: 1, perParty: {} },
      })
      expect(result._tag).toBe('AllAgreed')
      expect(result.share).toBeCloseTo(1, 12)
    },
  )

  it('a council involved only afterwards blocks more deals than one that set the kaders up front', () => {
    const failures = (involvement: 'front' | 'after') => {
      let failed = 0
      for (let seed = 0; seed < 200; seed++)
        failed += simulate(scenario, {
          seed,
          rounds: 3,
          history: false,
          councils: { involvement, trust: 0.2, perParty: {} },
        }).counts.failedRatifications
      return failed
    }
    const front = failures('front')
    const after = failures('after')
    expect(after).toBeGreaterThan(2 * front)
  })

  it('a blocked deal lowers trust, and its issues cool off before they come back', () => {
    // Seed chosen so that the first ratification fails (checked below, so the test cannot pass vacuously).
    const seeds = Array.from({ length: 50 }, (_, s) => s)
    const seed = seeds.find(
      (s) =>
        simulate(scenario, {
          seed: s,
          rounds: 12,
          history: false,
          councils: { involvement: 'after', trust: 0, perParty: {} },
        }).counts.failedRatifications > 0,
    )!
    const result = simulate(scenario, { seed, rounds: 12, councils: { involvement: 'after', trust: 0, perParty: {} } })
    const decided = result.events.filter((e) => e._tag === 'CouncilsDecided')
    expect(decided[0]?._tag === 'CouncilsDecided' && decided[0].ratified).toBe(false)
    const proposalRounds = result.events.flatMap((e) => (e._tag === 'Proposed' ? [e.round] : []))
    expect(proposalRounds[1]! - proposalRounds[0]!).toBeGreaterThanOrEqual(5)
    const trustEvent = result.events.find((e) => e._tag === 'TrustChanged')
    expect(trustEvent?._tag === 'TrustChanged' && trustEvent.cause).toBe('failed')
  })

  it('an issue whose deadline passes lapses, and the status quo holds', () => {
    const result = simulate(scenario, {
      seed: 1,
      rounds: 6,
      agenda: [
        { issue: road, arrives: 0, deadline: 2 },
        { issue: housing, arrives: 3, deadline: 6 },
      ],
    })
    expect(result.state.issues[road]).toBe('lapsed')
    expect(result.state.choices[road]).toBe('none')
    expect(result.events).toContainEqual({ _tag: 'DeadlinePassed', round: 2, issue: road })
    expect(result.agreements).toEqual([])
  })

  it('elections reshuffle the stakes but agreements made before stay in force', () => {
    const result = simulate(roadHousingAndPool(), {
      seed: 4,
      rounds: 10,
      elections: { every: 4, stakeShift: 1 },
      councils: { involvement: 'front', trust: 1, perParty: {} },
    })
    expect(result.agreements.map((a) => a.round)).toEqual([0])
    expect(result.events.filter((e) => e._tag === 'ElectionHeld').map((e) => e.round)).toEqual([4, 8])
    expect(result.state.choices).toEqual({ road: 'via-b', housing: 'west', pool: 'keep' })
    expect(Object.keys(result.state.programme).sort()).toEqual([A, B])
    expect(result.gainsNow).not.toEqual(result.gains)
    // Closing the pool gains A 1 and costs B 5 (times the stakes after the elections): the region
    // has nothing to gain from it, so it is no deadlock and the run ends with every deadlock broken.
    expect(
      findDeadlocks(
        truthNow(roadHousingAndPool(), simulationConfig({ elections: { every: 4, stakeShift: 1 } }), result.state),
      ).issues.find((a) => a.issue === pool)?.status,
    ).toBe('nothingToGain')
    expect(result._tag).toBe('AllAgreed')
  })

  it('the history replays to the final state, also after a trip through JSON', () => {
    const result = simulate(scenario, {
      seed: 3,
      rounds: 10,
      councils: { involvement: 'after', trust: 0.3, perParty: {} },
    })
    const saved = JSON.parse(JSON.stringify(result.history))
    expect(replay(saved)).toEqual(JSON.parse(JSON.stringify(result.state)))
    expect(replay(result.history!, 0)).toBe(result.history!.initial)
  })

  it('a run saved halfway and resumed ends exactly like the run that never stopped', () => {
    const settings = {
      rounds: 10,
      councils: { involvement: 'after' as const, trust: 0.2, perParty: {} },
      mediator: { _tag: 'alternatingOffers' as const, tactic: 'linear' as const },
    }
    const whole = simulate(scenario, { ...settings, seed: 5 })
    const half = simulate(scenario, { ...settings, seed: 5, stopAt: 4 })
    expect(half.state.round).toBe(4)
    const resumed = resume(scenario, JSON.parse(JSON.stringify(half.state)), settings)
    expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(whole.state))
  })

  it('rejects settings outside their range', () => {
    expect(() => simulate(scenario, { rounds: 0 })).toThrow(RangeError)
    expect(() =>
      simulate(scenario, { agenda: [{ issue: 'nowhere' as typeof road, arrives: 0, deadline: 3 }] }),
    ).toThrow(/unknown issue/)
  })
})
