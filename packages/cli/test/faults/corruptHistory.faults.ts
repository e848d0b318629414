/**
 * Fault injection 2: fuzzed corruption of history files. A valid history (Rivierenland,
 * stopped at meeting 4 of 8) is damaged at a random place: a field deleted or replaced by a
 * random JSON value, a number nudged, a string changed, a step dropped or swapped, the text
 * truncated or a byte flipped. Resuming it must either refuse it (exit 1, naming the file) or,
 * when the damage does not touch the run (the scenario's display name), give exactly the
 * output of the undamaged resume. Never exit 70, never another run with exit 0.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli, tempFiles } from '../runCli.js'
import { faultSeed, tally } from './faultSeed.js'

const rivierenland = join(repoRoot, example('rivierenland'))
const settings = ['--mediator', 'alternatingOffers(boulware)', '--rounds', '8', '--json']
const runs = Number(process.env['FAULT_RUNS'] ?? 200)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const pathsOf = (x: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
  out.push(at)
  if (Array.isArray(x)) x.forEach((v, k) => pathsOf(v, [...at, k], out))
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) pathsOf(v, [...at, k], out)
  return out
}
const parentOf = (root: Json, path: readonly (string | number)[]): Json =>
  path.slice(0, -1).reduce<Json>((node, k) => (node as Record<string, Json>)[k as string]!, root)

const damage = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), by: fc.constantFrom(1, -1, 1e-9, 1e308, -0.5) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flipByte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('dropStep' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapSteps' as const), at: fc.nat() }),
)

const apply = (text: string, d: any): string => {
  if (d.kind === 'truncate') return text.slice(0, d.at % text.length)
  if (d.kind === 'flipByte') {
    const bytes = Buffer.from(text)
    bytes[d.at % bytes.length] = d.byte
    return bytes.toString('latin1')
  }
  const root = JSON.parse(text) as Json & { history: { steps: Json[] } }
  const steps = root.history.steps
  if (d.kind === 'dropStep') steps.splice(d.at % steps.length, 1)
  else if (d.kind === 'swapSteps') {
    const k = d.at % (steps.length - 1)
    ;[steps[k], steps[k + 1]] = [steps[k + 1]!, steps[k]!]
  } else {
    const paths = pathsOf(root).slice(1)
    const path = paths[d.at % paths.length]!
    const parent = parentOf(root, path) as Record<string | number, Json>
    const key = path.at(-1)!
    if (d.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    } else if (d.kind === 'replace') parent[key] = d.value
    else {
      const old = parent[key]
      parent[key] =
        typeof old === 'number'
          ? old + d.by
          : typeof old === 'string'
            ? `${old}x`
            : typeof old === 'boolean'
              ? !old
              : d.by
    }
  }
  return JSON.stringify(root)
}

describe(`fuzzed corruption of history files (seed ${faultSeed}, ${runs} runs)`, () => {
  it('every damaged history is refused with exit 1 naming the file, or resumes to exactly the undamaged run', async () => {
    const dir = tempFiles({})
    const first = await runCli([
      'simulate',
      rivierenland,
      ...settings,
      '--stop-at',
      '4',
      '--history',
      join(dir, 'run.json'),
    ])
    expect(first.code).toBe(0)
    const text = readFileSync(join(dir, 'run.json'), 'utf8')
    const undamaged = await runCli(['simulate', rivierenland, ...settings, '--resume', join(dir, 'run.json')])
    expect(undamaged.code).toBe(0)
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        const path = join(dir, 'damaged.json')
        const changed = apply(text, d)
        writeFileSync(path, changed, changed === text ? 'utf8' : 'latin1')
        const r = await runCli(['simulate', rivierenland, ...settings, '--resume', path])
        tally('historyCorruptions')
        if (r.code === 1) {
          tally('historyRefused')
          expect(r.err.startsWith(`${path}: `)).toBe(true)
          expect(r.out).toBe('')
        } else {
          expect(r.code).toBe(0)
          tally('historyHarmless')
          expect(r.out).toBe(undamaged.out)
        }
      }),
      { seed: faultSeed, numRuns: runs },
    )
  }, 180_000)
})
