import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { sweep } from 'mandjes'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { sweepWorkerLocation } from './workerLocation.js'

const run = promisify(execFile)
// Inside node_modules (ignored by git), so the bundle still resolves piscina from the repository.
const dir = fileURLToPath(new URL('../../node_modules/.cache/sweep-bundle-test/', import.meta.url))

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('sweepWorkerLocation: the worker from sources and from the build', () => {
  it('from TypeScript sources it starts the .ts worker through tsx, resolving mandjes to the sources', () => {
    const location = sweepWorkerLocation()
    expect(location.filename).toMatch(/\/sweep\/sweepWorker\.ts$/)
    expect(location.execArgv).toContain('--conditions=source')
    expect(location.execArgv[0]).toBe('--import')
    expect(location.execArgv[1]).toMatch(/^file:\/\/.*tsx/)
  })

  it('bundled like the build (worker as its own entry), plain node runs the .js worker and gets the same rows', async () => {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await build({
      entryPoints: {
        index: fileURLToPath(new URL('./sweepParallel.ts', import.meta.url)),
        location: fileURLToPath(new URL('./workerLocation.ts', import.meta.url)),
        sweepWorker: fileURLToPath(new URL('./sweepWorker.ts', import.meta.url)),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      splitting: true,
      outdir: dir,
      external: ['piscina'],
      conditions: ['source'],
      logLevel: 'silent',
    })
    const scenario = negotiationScenario({ parties: 4, issues: 5, seed: 9 })
    const base = { rounds: 5 }
    await writeFile(`${dir}/scenario.json`, JSON.stringify(scenario))
    await writeFile(
      `${dir}/main.mjs`,
      `import { readFileSync } from 'node:fs'
import { sweepParallel } from './index.js'
import { sweepWorkerLocation } from './location.js'
const scenario = JSON.parse(readFileSync(new URL('./scenario.json', import.meta.url), 'utf8'))
const result = await sweepParallel(scenario, { trust: [0.2, 0.9] }, [1, 2, 3], { workers: 2, base: ${JSON.stringify(base)} })
console.log(JSON.stringify({ location: sweepWorkerLocation(), rows: result.rows }))
`,
    )
    const { stdout } = await run(process.execPath, [`${dir}/main.mjs`], { cwd: dir })
    const out = JSON.parse(stdout) as { location: { filename: string; execArgv: string[] }; rows: unknown }
    expect(out.location).toEqual({ filename: `file://${dir}sweepWorker.js`, execArgv: [] })
    expect(JSON.stringify(out.rows)).toBe(
      JSON.stringify(sweep(scenario, { trust: [0.2, 0.9] }, [1, 2, 3], { base }).rows),
    )
  }, 20_000)
})
