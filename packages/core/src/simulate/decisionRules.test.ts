import { describe, expect, it } from 'vitest'
import { A, B, C, road, roadAndHousing, swimmingPool } from '@mandjes/testkit/simulationFixtures.js'
import { simulate } from './simulate.js'

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }

describe('decision rules, goodwill and information', () => {
  it('under unanimity the municipality that keeps its pool blocks the closure', () => {
    const result = simulate(swimmingPool(), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
    })
    expect(result._tag).toBe('Stuck')
    expect(result.agreements).toEqual([])
  })

  it('under a two-thirds majority the closure passes, and the run reports who was outvoted and by how much', () => {
    const result = simulate(swimmingPool(), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      decisionRule: { _tag: 'qualifiedMajority', quota: 2 / 3, vetoHolders: [] },
    })
    expect(result.agreements).toHaveLength(1)
    expect(result.agreements[0]!.outvoted).toEqual([{ party: C, gain: -0.5, margin: 2 / 3 - 2 / 3 }])
    expect(result.gains[C]).toBe(-0.5)
    expect(result.counts.outvoted).toBe(1)
  })

  it('a veto holder blocks what the majority wants', () => {
    const result = simulate(swimmingPool(), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      decisionRule: { _tag: 'qualifiedMajority', quota: 0.5, vetoHolders: [C] },
    })
    expect(result.agreements).toEqual([])
  })

  it('with a shared vision a municipality grants its neighbour the road at a small loss', () => {
    const small = roadAndHousing(0.5)
    const selfish = simulate(small, { seed: 1, rounds: 2, councils: trusting, mediator: { _tag: 'noPackageDeals' } })
    expect(selfish.agreements).toEqual([])
    // The council judges by its own valuation: it lets its executive grant a loss only within
    // its latitude (a share of the party's largest swing), so with room enough the road passes.
    const roomy = { localEmphasis: 0.5, latitude: 0.5, earliness: { front: 1, during: 0.5, after: 0 } }
    const granting = simulate(small, {
      seed: 1,
      rounds: 2,
      councils: trusting,
      councilInterests: roomy,
      mediator: { _tag: 'noPackageDeals' },
      goodwill: { altruism: 0.2, grant: 0 },
    })
    expect(granting.agreements.map((a) => a.changes)).toEqual([{ road: 'via-b' }])
    const vote = granting.events.find((e) => e._tag === 'Voted')
    expect(vote?._tag === 'Voted' && vote.votes.find((v) => v.party === A)?.reason).toBe('goodwill')
    // With the default latitude the executive's goodwill goes beyond what its council accepts.
    const strict = simulate(small, {
      seed: 1,
      rounds: 2,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      goodwill: { altruism: 0.2, grant: 0 },
    })
    expect(strict.agreements).toEqual([])
    const decided = strict.events.find((e) => e._tag === 'CouncilsDecided')
    const councilA = decided?._tag === 'CouncilsDecided' ? decided.councils.find((c) => c.party === A) : undefined
    expect(councilA?.accepts).toBe(false)
    expect(councilA!.councilGain).toBeLessThan(councilA!.threshold)
  })

  it('a hidden agenda makes a package fail at the table, after which the mediator knows better', () => {
    // A truly loses 2.5 on the road and wins 2 on housing: no package is good for A.
    const scenario = roadAndHousing(2.5, 2)
    const honest = simulate(scenario, { seed: 1, rounds: 4, councils: trusting })
    expect(honest.counts.proposals).toBe(0)
    const hidden = simulate(scenario, {
      seed: 1,
      rounds: 4,
      councils: trusting,
      information: {
        transparency: { _tag: 'strategic', exaggeration: 1, share: 1 },
        alternativesPrepared: 1,
        learnFromRejections: true,
      },
    })
    expect(hidden.counts.rejectedAtTable).toBe(1)
    expect(hidden.events).toContainEqual({ _tag: 'InformationRevealed', round: 0, party: A, issues: [road, 'housing'] })
    expect(hidden.agreements).toEqual([])
  })

  it('without learning from rejections, the mediator keeps tabling the same failing package', () => {
    const scenario = roadAndHousing(2.5, 2)
    const result = simulate(scenario, {
      seed: 1,
      rounds: 4,
      councils: trusting,
      information: {
        transparency: { _tag: 'strategic', exaggeration: 1, share: 1 },
        alternativesPrepared: 1,
        learnFromRejections: false,
      },
    })
    expect(result.counts.rejectedAtTable).toBe(4)
  })

  it('an executive with no room to give anything away cannot trade the road for housing', () => {
    const result = simulate(roadAndHousing(), { seed: 1, rounds: 3, councils: trusting, mandateWidth: 0 })
    expect(result.agreements).toEqual([])
    const wide = simulate(roadAndHousing(), { seed: 1, rounds: 3, councils: trusting, mandateWidth: 1 })
    expect(wide.agreements).toHaveLength(1)
    expect(wide.gains[B]).toBe(2)
  })
})
