import { beforeAll, describe, expect, it } from 'vitest'
import { roadAndHousingPair as roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { checkDeal, type IssueId, type OptionId, type PartyId, type Scenario, type Search } from 'mandjes'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

const C = 'C' as PartyId
const road = 'road' as IssueId
const housing = 'housing' as IssueId
const o = (s: string) => s as OptionId
const open = { redLines: [], allowedOptions: {}, minDomainGain: {} }

// The two-option road and housing with the watcher C, from the one fixture (see
// roadAndHousingPair for why this variant): one valid deal, found only when both issues move.

// The WASM module loads once for the whole file.
let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

describe('highsSearch', () => {
  it('finds the package deal: the road for B and the housing location for A', () => {
    const result = search(roadAndHousing, { objective: 'sum' })
    expect(result._tag).toBe('Optimal')
    if (result._tag !== 'Optimal') return
    expect(result.best.changes).toEqual([road, housing])
    expect(result.best.value[0]).toBeCloseTo(3, 9)
    expect(result.bound[0]).toBeCloseTo(3, 9)
    expect(checkDeal(roadAndHousing, result.best.deal).valid).toBe(true)
  })

  it('reports fewest as minus the number of changes, like every search', () => {
    const result = search(roadAndHousing, { objective: ['fewest', 'maxmin'] })
    expect(result._tag === 'Optimal' && result.best.value).toEqual([-2, 1])
  })

  it('proves a deadlock and names the constraint that causes it', () => {
    const result = search(roadAndHousing, { constraints: { maxChanges: 1 } })
    expect(result._tag).toBe('NoDeal')
    if (result._tag !== 'NoDeal') return
    expect(result.certificate.binding).toEqual(['maxChanges'])
    expect(result.certificate.proof.method).toBe('milp')
  })

  it('honours a red line: without the road there is no deal', () => {
    const redLined: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === C ? { ...p, mandate: { ...open, redLines: [{ issue: road, option: o('via-b') }] } } : p,
      ),
    }
    expect(search(redLined)._tag).toBe('NoDeal')
  })

  it('stops at once on an aborted signal and says nothing was proved', () => {
    const controller = new AbortController()
    controller.abort()
    const result = search(roadAndHousing, { budget: { signal: controller.signal } })
    expect(result._tag).toBe('BudgetExhausted')
    if (result._tag === 'BudgetExhausted') expect(result.gap).toBe(Infinity)
  })

  it('refuses what it cannot model rather than answer wrongly', () => {
    expect(() => search(roadAndHousing, { objective: 'nash' })).toThrow(/not linear/)
    expect(() => search({ ...roadAndHousing, compensation: { unit: 'EUR' } })).toThrow(/payments: false/)
    expect(search({ ...roadAndHousing, compensation: { unit: 'EUR' } }, { payments: false })._tag).toBe('Optimal')
  })
})
