/**
 * Small negotiations for simulation tests, built on the one road-and-housing fixture
 * (`roadAndHousing.ts`, its two-option form): A grants B the road through B (`road: via-b`),
 * B gives up its housing location for A's (`housing: west`). Neither issue has an agreement
 * on its own; the pair does. Same ids as every other test of the kit. What a simulation needs
 * beyond the fixture, each said where it is built: A's loss and gain as parameters, a lasting
 * deadlock (B's swimming pool) and a three-party vote (a pool alone). Numbers are invented.
 */
import type { IssueId } from '../../core/src/model/Issue.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decoded, roadAndHousingPairFile } from './roadAndHousing.js'

export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const C = 'C' as PartyId
export const road = 'road' as IssueId
export const housing = 'housing' as IssueId
export const pool = 'pool' as IssueId

/**
 * The two-option road and housing between A and B alone, in file form. The fixture's
 * watcher C is left out: a simulation counts every party at the table (votes, councils,
 * trust), so a third party with no stake would change what the tests count. A loses
 * `roadLossA` on the road and wins `housingGainA` on housing. The simulation's tests move
 * both to test councils and decision rules at the margin. Housing's default, 3, is A's value
 * for `west` in the fixture's file form rather than the pair's 2, so that the mandje gives A
 * and B the same gain, 2, as simulate.test.ts states ({ A: 2, B: 2 }).
 */
const roadAndHousingFileFor = (roadLossA: number, housingGainA: number) => ({
  ...roadAndHousingPairFile,
  name: 'road and housing, A and B',
  parties: roadAndHousingPairFile.parties
    .filter((p) => p.id !== C)
    .map((p) =>
      p.id === A
        ? {
            ...p,
            valuations: {
              road: { stake: 1, values: { none: 0, 'via-b': -roadLossA } },
              housing: { stake: 1, values: { none: 0, west: housingGainA } },
            },
          }
        : p,
    ),
})

/** The mandje between A and B: A loses `roadLossA` on the road and wins `housingGainA` on housing. */
export const roadAndHousing = (roadLossA = 1, housingGainA = 3): Scenario =>
  decoded(roadAndHousingFileFor(roadLossA, housingGainA))

/**
 * The mandje plus B's swimming pool, which A would close (gain 1) and B never gives up
 * (loss 5): no package makes up B's loss, so the pool stays a lasting deadlock beside an
 * agreed mandje (the tests of elections, reopening and revised kaders need one).
 */
export const roadHousingAndPool = (): Scenario => {
  const file = roadAndHousingFileFor(1, 3)
  return decoded({
    ...file,
    domains: [...file.domains, { id: 'amenities' }],
    issues: [...file.issues, { id: 'pool', domain: 'amenities', options: ['keep', 'close'] }],
    parties: file.parties.map((p) => ({
      ...p,
      valuations: { ...p.valuations, pool: { stake: 1, values: { keep: 0, close: p.id === A ? 1 : -5 } } },
    })),
    statusQuo: { ...file.statusQuo, pool: 'keep' },
  })
}

/**
 * Three municipalities and a swimming pool alone: A and B gain 2 from closing C's pool, C
 * loses 0.5. Not road and housing: the vote tests need a third party with a say, so that a
 * majority differs from unanimity and a vote weight can tip it.
 */
export const swimmingPool = (): Scenario =>
  decoded({
    version: 1,
    name: 'swimming pool',
    notes: ['Invented numbers for tests.'],
    domains: [{ id: 'amenities' }],
    issues: [{ id: 'pool', domain: 'amenities', options: ['keep', 'close'] }],
    parties: [A, B, C].map((id) => ({
      id,
      valuations: { pool: { stake: 1, values: { keep: 0, close: id === C ? -0.5 : 2 } } },
    })),
    statusQuo: { pool: 'keep' },
  })

/** Freezes a value and everything in it, so any mutation throws. */
export const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
