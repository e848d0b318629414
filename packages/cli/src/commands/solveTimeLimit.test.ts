import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { example, repoRoot } from '../../test/runCli.js'

const seen: { search: string; timeMs: number | undefined; at: number; end: number }[] = []
vi.mock('mandjes', async (original) => {
  const real = await original<typeof import('mandjes')>()
  const spy = <F extends (...args: any[]) => any>(name: string, f: F, budgetAt: number) =>
    ((...args: Parameters<F>) => {
      const entry = { search: name, timeMs: args[budgetAt]?.budget?.timeMs, at: performance.now(), end: NaN }
      seen.push(entry)
      const result = f(...args)
      entry.end = performance.now()
      return result
    }) as F
  return {
    ...real,
    findDeal: spy('findDeal', real.findDeal, 1),
    topDeals: spy('topDeals', real.topDeals, 2),
    allDeals: spy('allDeals', real.allDeals, 1),
  }
})
const { rankDeals } = await import('./solve.js')
const { parseScenarioText } = await import('mandjes')
const findDealReal = (await vi.importActual<typeof import('mandjes')>('mandjes')).findDeal

const read = parseScenarioText(readFileSync(join(repoRoot, example('rivierenland'))), { file: 'rivierenland.yaml' })

describe('one --time-limit per command, however many searches it runs (regression: --top and --all each got the whole limit again)', () => {
  it('--all: the second search gets only what the first one left', () => {
    if (read._tag !== 'Right') throw new Error('example does not read')
    seen.length = 0
    rankDeals(read.right, { objective: ['sum'], timeLimit: 5, top: 1, all: true })
    expect(seen.map((s) => s.search)).toEqual(['findDeal', 'allDeals'])
    expect(seen[0]!.timeMs).toBe(5000)
    // At most what is left after the first search, however long the machine took between
    // the two calls (no timing slack that a busy machine could exceed).
    expect(seen[1]!.timeMs).toBeLessThanOrEqual(5000 - (seen[0]!.end - seen[0]!.at))
    expect(seen[1]!.timeMs).toBeLessThan(5000)
  })

  it('--top 3: one search, whose certificate proves the first deal (no second search re-proving it)', () => {
    if (read._tag !== 'Right') throw new Error('example does not read')
    seen.length = 0
    const ranking = rankDeals(read.right, { objective: ['sum'], timeLimit: 5, top: 3, all: false })
    expect(seen.map((s) => s.search)).toEqual(['topDeals'])
    expect(seen[0]!.timeMs).toBe(5000)
    const alone = findDealReal(read.right, { objective: 'sum' })
    expect(ranking.result._tag).toBe('Optimal')
    if (ranking.result._tag === 'Optimal' && alone._tag === 'Optimal') {
      expect(ranking.result.best.value).toEqual(alone.best.value)
      expect(ranking.result.bound).toEqual(alone.bound)
    }
    expect(ranking.deals[0]).toBe(ranking.result._tag === 'Optimal' ? ranking.result.best : undefined)
  })

  it('--top with no valid deal still runs findDeal, for the deadlock certificate', () => {
    if (read._tag !== 'Right') throw new Error('example does not read')
    seen.length = 0
    const frozen = { ...read.right, issues: read.right.issues.map((i) => ({ ...i, options: i.options.slice(0, 1) })) }
    const statusQuo = {
      ...read.right.statusQuo,
      choices: Object.fromEntries(frozen.issues.map((i) => [i.id, i.options[0]!.id])),
    }
    const ranking = rankDeals({ ...frozen, statusQuo }, { objective: ['sum'], timeLimit: 5, top: 2, all: false })
    expect(seen.map((s) => s.search)).toEqual(['topDeals', 'findDeal'])
    expect(ranking.result._tag).toBe('NoDeal')
    expect(ranking.deals).toEqual([])
  })
})
