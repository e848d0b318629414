import { describe, expect, it } from 'vitest'
import { simulate, type PartyId } from '../index.js'
import { settingsProblems, scaleParty } from '../engine.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'

const scenario = negotiationScenario({ parties: 3, issues: 4, seed: 5 })
const noisy = (sd: number) => ({
  information: { transparency: { _tag: 'noisy' as const, sd }, alternativesPrepared: 1, learnFromRejections: true },
})
const strategic = (exaggeration: number) => ({
  information: {
    transparency: { _tag: 'strategic' as const, exaggeration, share: 0.5 },
    alternativesPrepared: 1,
    learnFromRejections: true,
  },
})

describe('settings that would turn values into Infinity or NaN are refused (regression: the search looped forever)', () => {
  it.each([
    ['noise sd 1e308', noisy(1e308), 'noise sd must be a number from 0 to 1000000'],
    ['noise sd Infinity', noisy(Infinity), 'noise sd must be a number from 0 to 1000000'],
    ['noise sd NaN', noisy(NaN), 'noise sd must be a number from 0 to 1000000'],
    ['exaggeration 1e308', strategic(1e308), 'exaggeration must be a number from 0 to 1000000'],
    ['exaggeration -1', strategic(-1), 'exaggeration must be a number from 0 to 1000000'],
    ['grant Infinity', { goodwill: { altruism: 0, grant: Infinity } }, 'a finite grant'],
    ['stake shift 1e6', { elections: { every: 2, stakeShift: 1e6 } }, 'stakeShift from 0 to 10'],
  ])('%s: settingsProblems names it and simulate throws a RangeError at once', (_, settings, message) => {
    expect(settingsProblems(scenario, settings)).toEqual([expect.stringContaining(message)])
    expect(() => simulate(scenario, settings)).toThrow(RangeError)
  })

  it("refuses noise that is allowed in general but overflows this scenario's huge values", () => {
    const huge = scaleParty(scenario, scenario.parties[0]!.id, 1e303)
    expect(settingsProblems(huge, noisy(1e5))).toEqual([expect.stringContaining('overflow to Infinity')])
    expect(() => simulate(huge, noisy(1e5))).toThrow(/overflow to Infinity/)
    expect(settingsProblems(scenario, noisy(1e5))).toEqual([])
  })

  it('names unknown ids in the settings', () => {
    expect(
      settingsProblems(scenario, {
        decisionRule: { _tag: 'qualifiedMajority', quota: 0.5, vetoHolders: ['Zwolle' as PartyId] },
      }),
    ).toEqual(['[mandjes] simulation config: unknown veto holder Zwolle'])
  })
})
