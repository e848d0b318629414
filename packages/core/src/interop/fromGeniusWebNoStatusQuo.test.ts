import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { gainOf } from '../evaluate/gainOf.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import { findDeal } from '../search/findDeal.js'
import { fromGeniusWeb } from './fromGeniusWeb.js'
import { fromGeniusXml } from './fromGeniusXml.js'

// Two issues, two profiles. p0 has a reservation bid (i = a, j = x), worth 0.5 * 0 + 0.5 * 1 = 0.5
// to it; p1 has none, so no agreement is worth 0 to it.
const profile = (name: string, i: Record<string, number>, j: Record<string, number>, bid?: Record<string, string>) =>
  JSON.stringify({
    LinearAdditiveUtilitySpace: {
      name,
      domain: { name: 'd', issuesValues: { i: { values: ['a', 'b'] }, j: { values: ['x', 'y'] } } },
      issueUtilities: {
        i: { discreteutils: { valueUtilities: i } },
        j: { discreteutils: { valueUtilities: j } },
      },
      issueWeights: { i: 0.5, j: 0.5 },
      ...(bid === undefined ? {} : { reservationBid: { issuevalues: bid } }),
    },
  })

const folder = {
  'domain.json': JSON.stringify({ name: 'd', issuesValues: { i: { values: ['a', 'b'] }, j: { values: ['x', 'y'] } } }),
  'p0.json': profile('p0', { a: 0, b: 1 }, { x: 1, y: 0.2 }, { i: 'a', j: 'x' }),
  'p1.json': profile('p1', { a: 1, b: 0.4 }, { x: 0, y: 1 }),
}

describe('a GeniusWeb folder read without a status quo', () => {
  it('leaves every issue without a status quo and gives each party its reservation bid’s utility, or 0', () => {
    const read = fromGeniusWeb(folder, { statusQuo: 'none' })
    if (E.isLeft(read)) throw new Error(JSON.stringify(read.left))
    expect(read.right.statusQuo.choices).toEqual({})
    expect(read.right.parties.map((p) => p.reservationUtility)).toEqual([0.5, 0])
  })

  it('lets the search settle every issue, each party gaining over its reservation', () => {
    const read = fromGeniusWeb(folder, { statusQuo: 'none' })
    if (E.isLeft(read)) throw new Error('folder does not read')
    const result = findDeal(read.right, { objective: 'sum' })
    if (result._tag !== 'Optimal') throw new Error(result._tag)
    // b + x: p0 0.5 + 0.5 − 0.5 = 0.5, p1 0.2 + 0 − 0 = 0.2 (0.7); b + y: 0.6 − 0.5 and 0.2 + 0.5 (0.8);
    // a + y: 0.1 − 0.5 < 0 for p0; a + x: 0.5 − 0.5 = 0 for p0, no strict gain.
    expect(result.best.deal.choices).toEqual({ i: 'b', j: 'y' })
    expect(result.best.gains['p0' as never]).toBeCloseTo(0.1, 9)
    expect(result.best.gains['p1' as never]).toBeCloseTo(0.7, 9)
  })

  it('still chooses a status quo outcome by default', () => {
    const read = fromGeniusWeb(folder)
    if (E.isLeft(read)) throw new Error('folder does not read')
    expect(Object.keys(read.right.statusQuo.choices)).toEqual(['i', 'j'])
  })
})

describe('a GENIUS XML domain read without a status quo', () => {
  const dir = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
  const harbour: Record<string, string> = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => [f, readFileSync(dir + f, 'utf8')]),
  )

  it('leaves every issue without a status quo; the reservation value (0 when unset) is the fallback', () => {
    const read = fromGeniusXml(harbour, { statusQuo: 'none' })
    if (E.isLeft(read)) throw new Error(JSON.stringify(read.left))
    expect(read.right.statusQuo.choices).toEqual({})
    expect(Object.fromEntries(read.right.parties.map((p) => [p.id, p.reservationUtility]))).toEqual({
      Gemeente: 0.25,
      Provincie: 0,
    })
    const result = findDeal(read.right)
    const best = result._tag === 'Optimal' ? result.best : undefined
    for (const issue of read.right.issues) expect(best?.deal.choices[issue.id]).toBeDefined()
    for (const party of read.right.parties)
      expect(gainOf(read.right, party.id, best!.deal)).toBeCloseTo(
        utilityOf(read.right, party.id, best!.deal) - party.reservationUtility!,
        9,
      )
  })
})
