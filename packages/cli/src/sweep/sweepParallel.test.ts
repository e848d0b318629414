import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sweep, type SweepBase, type SweepGrid } from 'mandjes'
import { staggeredAgenda, sweepCases } from 'mandjes/engine'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { raiseStop, stopFlag } from '../liveSignal.js'
import { sweepParallel, type SweepProgress } from './sweepParallel.js'
import { runSweepChunk } from './sweepWorker.js'

const scenario = negotiationScenario({ parties: 5, issues: 8, seed: 3 })
const base: SweepBase = {
  rounds: 8,
  agenda: staggeredAgenda(scenario, { rounds: 8, seed: 3 }),
  councils: { involvement: 'after', trust: 0.5, perParty: {} },
}
const grid: SweepGrid = { trust: [0.2, 0.9], mediator: [{ _tag: 'bestPackage' }, { _tag: 'bilateralExchanges' }] }
const seeds = [1, 2, 3, 4, 5]
const single = sweep(scenario, grid, seeds, { base })

describe('sweepParallel: the same experiment on worker threads', () => {
  it('gives exactly the rows of the single-threaded sweep, whatever the number of workers or the chunk size', async () => {
    const one = await sweepParallel(scenario, grid, seeds, { base, workers: 1, chunkSize: 7 })
    const two = await sweepParallel(scenario, grid, seeds, { base, workers: 2, chunkSize: 3 })
    expect(one._tag).toBe('Completed')
    expect(JSON.stringify(one._tag === 'Completed' && one.rows)).toBe(JSON.stringify(single.rows))
    expect(JSON.stringify(two._tag === 'Completed' && two.summaries)).toBe(JSON.stringify(single.summaries))
    expect(JSON.stringify(two._tag === 'Completed' && two.rows)).toBe(JSON.stringify(single.rows))
  }, 20_000)

  it('reports progress after every chunk, up to the total', async () => {
    const progress: SweepProgress[] = []
    await sweepParallel(scenario, grid, seeds, { base, workers: 2, chunkSize: 4, onProgress: (p) => progress.push(p) })
    expect(progress).toHaveLength(5)
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b))
    expect(progress.at(-1)).toEqual({ done: 20, total: 20 })
  }, 20_000)

  it('stops when cancelled and returns the rows finished so far, in case order', async () => {
    const controller = new AbortController()
    const result = await sweepParallel(scenario, grid, seeds, {
      base,
      workers: 1,
      chunkSize: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort()
      },
    })
    expect(result._tag).toBe('Cancelled')
    expect(result.rows.length).toBeGreaterThanOrEqual(2)
    expect(result.rows.length).toBeLessThan(20)
    expect(result.rows.map((r) => r.index)).toEqual([...result.rows.map((r) => r.index)].sort((a, b) => a - b))
    for (const row of result.rows) expect(row).toEqual(single.rows[row.index])
  }, 20_000)

  it('stopped inside a chunk, keeps only rows an unstopped sweep gives, in case order', async () => {
    const controller = new AbortController()
    // One chunk of every case: the stop falls inside it (or before it started, on a slow machine).
    const running = sweepParallel(scenario, grid, seeds, { base, workers: 1, chunkSize: 20, signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const result = await running
    expect(result._tag).toBe('Cancelled')
    expect(result.rows.length).toBeLessThan(20)
    expect(result.rows.map((r) => r.index)).toEqual(result.rows.map((_, k) => k))
    for (const row of result.rows) expect(row).toEqual(single.rows[row.index])
  }, 20_000)

  it("a worker's chunk ends with the runs it finished once the stop flag is raised", () => {
    const cases = sweepCases(grid, seeds)
    const stop = stopFlag()
    const shared = { scenario, base, available: single.available, stop }
    expect(runSweepChunk({ cases }, shared)).toEqual(single.rows)
    raiseStop(stop)
    expect(runSweepChunk({ cases }, shared)).toEqual([])
  })

  it("a sweep's rows do not depend on the number of workers (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.subarray(seeds, { minLength: 1 }),
        fc.subarray([0.1, 0.5, 0.9], { minLength: 1 }),
        async (workers, chunkSize, someSeeds, trusts) => {
          const expected = sweep(scenario, { trust: trusts }, someSeeds, { base })
          const result = await sweepParallel(scenario, { trust: trusts }, someSeeds, { base, workers, chunkSize })
          expect(JSON.stringify(result._tag === 'Completed' && result.rows)).toBe(JSON.stringify(expected.rows))
        },
      ),
      { numRuns: 2 },
    )
  }, 20_000)

  it('fails with the reason when the worker cannot start', async () => {
    const result = await sweepParallel(scenario, grid, seeds, {
      base,
      workers: 1,
      worker: { filename: new URL('./noSuchWorker.js', import.meta.url).href, execArgv: [] },
    })
    expect(result._tag).toBe('Failed')
    expect(String(result._tag === 'Failed' && result.error)).toMatch(/noSuchWorker/)
  })

  it('keeps every finished run when one case fails, in case order (regression: the sweep used to discard them)', async () => {
    // quota 0 is refused by the simulator; the sweep command checks the grid first, sweepParallel does not.
    const rules: SweepGrid = {
      decisionRule: [{ _tag: 'unanimity' }, { _tag: 'qualifiedMajority', quota: 0, vetoHolders: [] }],
    }
    const result = await sweepParallel(scenario, rules, [1, 2], { base, workers: 1, chunkSize: 1 })
    expect(result._tag).toBe('Failed')
    expect(String(result._tag === 'Failed' && result.error)).toContain('quota must be in (0, 1]')
    expect(result.rows.map((r) => r.index)).toEqual([0, 1])
    const alone = sweep(scenario, { decisionRule: [{ _tag: 'unanimity' }] }, [1, 2], { base })
    expect(JSON.stringify(result.rows)).toBe(JSON.stringify(alone.rows))
  }, 20_000)

  it('does not start at all when the signal is already aborted', async () => {
    const result = await sweepParallel(scenario, grid, seeds, { base, signal: AbortSignal.abort() })
    expect(result).toMatchObject({ _tag: 'Cancelled', rows: [], total: 20 })
  })
})
