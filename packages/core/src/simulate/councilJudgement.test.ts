import { describe, expect, it } from 'vitest'
import { A, B, housing, road, roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import type { OptionId } from '../model/Issue.js'
import { isLocalByDefault } from './councilJudgement.js'
import { densePicture } from './densePicture.js'
import { simulate, type SimulateOptions } from './simulate.js'
import type { Councils } from './SimulationConfig.js'

// A loses 2.5 on the road through its town and wins 3 on housing: its executive gains 0.5.
const scenario = roadAndHousing(2.5, 3)
const trusting = { involvement: 'front' as const, trust: 1 }
// Councils that weigh their local issues half as much again (the default is 0: as the executive).
const interests = { localEmphasis: 0.5, latitude: 0.1, earliness: { front: 1, during: 0.5, after: 0 } }
const run = (perParty: Councils['perParty'], extra: SimulateOptions = {}) =>
  simulate(scenario, { seed: 1, rounds: 2, councils: { ...trusting, perParty }, councilInterests: interests, ...extra })
const councilsOf = (result: ReturnType<typeof simulate>) =>
  result.events.flatMap((e) => (e._tag === 'CouncilsDecided' ? e.councils : []))

describe('councils with interests', () => {
  it('by default an issue is local to the stakeholder with the largest swing on it', () => {
    const dense = densePicture(scenario)
    // Road: A swings 2.5, B 3, so the road is B's; housing: A swings 3, B 1, so it is A's.
    expect([isLocalByDefault(dense, 0, 0), isLocalByDefault(dense, 1, 0)]).toEqual([false, true])
    expect([isLocalByDefault(dense, 0, 1), isLocalByDefault(dense, 1, 1)]).toEqual([true, false])
  })

  it('the mandje passes when each council weighs what it gains locally', () => {
    const result = run({})
    expect(result.agreements.map((a) => a.changes)).toEqual([{ road: 'via-b', housing: 'west' }])
    expect(run({}, { councilInterests: { ...interests, localEmphasis: 0 } }).agreements).toHaveLength(1)
    // A's council counts housing 1.5 times: -2.5 + 1.5 x 3 = 2.
    expect(councilsOf(result).find((c) => c.party === A)?.councilGain).toBeCloseTo(2, 12)
  })

  it('a council that counts the road through its own town as local blocks the mandje its executive accepted', () => {
    const result = run({ [A]: { localIssues: [road] } })
    const councilA = councilsOf(result).find((c) => c.party === A)!
    // -2.5 x 1.5 + 3 = -0.75, beyond the latitude of a fully trusting council (0.1 x its swing 3).
    expect(councilA.councilGain).toBeCloseTo(-0.75, 12)
    expect(councilA.threshold).toBeCloseTo(-0.3, 12)
    expect(councilA.accepts).toBe(false)
    expect(result.agreements).toEqual([])
    // With a wider latitude the same council lets its executive have the deal.
    const roomy = run(
      { [A]: { localIssues: [road] } },
      { councilInterests: { localEmphasis: 0.5, latitude: 0.3, earliness: { front: 1, during: 0.5, after: 0 } } },
    )
    expect(roomy.agreements).toHaveLength(1)
  })

  it("a council's own red line blocks a deal its executive's mandate allows, whatever its trust", () => {
    const result = run({ [B]: { redLines: [{ issue: housing, option: 'west' as OptionId }] } })
    expect(councilsOf(result).find((c) => c.party === B)).toMatchObject({
      redLine: true,
      accepts: false,
      probability: 0,
      ratifies: false,
    })
    expect(result.agreements).toEqual([])
  })

  it('a council involved only afterwards gets no latitude from its trust', () => {
    const roomy = { localEmphasis: 0.5, latitude: 0.3, earliness: { front: 1, during: 0.5, after: 0 } }
    const late = simulate(scenario, {
      seed: 1,
      rounds: 2,
      councils: { involvement: 'after', trust: 1, perParty: { [A]: { localIssues: [road] } } },
      councilInterests: roomy,
    })
    expect(councilsOf(late).find((c) => c.party === A)).toMatchObject({ threshold: -0, accepts: false })
    expect(late.agreements).toEqual([])
  })
})
