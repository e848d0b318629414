import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { example, repoRoot } from '../../test/runCli.js'

const seen: { search: string; timeMs: number | undefined; at: number }[] = []
vi.mock('mandjes', async (original) => {
  const real = await original<typeof import('mandjes')>()
  const spy = <F extends (...args: any[]) => any>(name: string, f: F, budgetAt: number) =>
    ((...args: Parameters<F>) => {
      seen.push({ search: name, timeMs: args[budgetAt]?.budget?.timeMs, at: performance.now() })
      return f(...args)
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

const read = parseScenarioText(readFileSync(join(repoRoot, example('rivierenland'))), { file: 'rivierenland.yaml' })

describe('one --time-limit per command, however many searches it runs (regression: --top and --all each got the whole limit again)', () => {
  it.each([
    ['--top 3', { top: 3, all: false }, 'topDeals'],
    ['--all', { top: 1, all: true }, 'allDeals'],
  ])('%s: the second search gets only what the first one left', (_, ranking, second) => {
    if (read._tag !== 'Right') throw new Error('example does not read')
    seen.length = 0
    const started = performance.now()
    rankDeals(read.right, { objective: ['sum'], timeLimit: 5, ...ranking })
    expect(seen.map((s) => s.search)).toEqual(['findDeal', second])
    expect(seen[0]!.timeMs).toBe(5000)
    expect(seen[1]!.timeMs).toBeLessThanOrEqual(5000 - (seen[1]!.at - started) + 1)
    expect(seen[1]!.timeMs).toBeLessThan(5000)
  })
})
