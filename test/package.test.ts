/**
 * Installs the packed `mandjes` tarball into a fresh temporary project and uses it the way
 * users do: `import` from ESM, `require` from CommonJS, each running a small scenario. This
 * catches what unit tests on the sources cannot: a missing file in `files`, a broken
 * `exports` map, an fp-ts deep import that only works in a bundler.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const core = resolve(import.meta.dirname, '../packages/core')
let project = ''

const script = `
const { checkDeal, findDeadlocks } = mandjes
const A = 'A', B = 'B'
const party = (id, road, housing) => ({ id, name: id, kind: 'municipality', moneyValue: 0, interactions: [],
  mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
  valuations: { road: { stake: 1, values: road }, housing: { stake: 1, values: housing } } })
const scenario = { version: 1, name: 'road and housing', notes: [],
  domains: [{ id: 'mobility', name: 'Mobility' }, { id: 'housing', name: 'Housing' }],
  issues: [
    { id: 'road', name: 'Road', domain: 'mobility', kind: 'choice', options: [{ id: 'none', label: 'none' }, { id: 'built', label: 'built' }], stakeholders: [A, B] },
    { id: 'housing', name: 'Housing', domain: 'housing', kind: 'choice', options: [{ id: 'both', label: 'both' }, { id: 'in-a', label: 'in A' }], stakeholders: [A, B] },
  ],
  parties: [party(A, { none: 0, built: -1 }, { both: 0, 'in-a': 2 }), party(B, { none: 0, built: 3 }, { both: 0, 'in-a': -1 })],
  statusQuo: { choices: { road: 'none', housing: 'both' }, payments: [] } }
const deal = { choices: { road: 'built', housing: 'in-a' }, payments: [] }
console.log(JSON.stringify({ valid: checkDeal(scenario, deal).valid, deadlocks: findDeadlocks(scenario).deadlocks }))
`

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'mandjes-consumer-'))
  execFileSync('npm', ['pack', '--pack-destination', project, '--silent'], {
    cwd: core,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, dependencies: { mandjes: `file:./${tarball}` } }),
  )
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  writeFileSync(join(project, 'esm.mjs'), `import * as mandjes from 'mandjes'\n${script}`)
  writeFileSync(join(project, 'cjs.cjs'), `const mandjes = require('mandjes')\n${script}`)
}, 240_000)

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true })
})

describe('the published package', () => {
  it('bundles for the browser with no Node built-ins', async () => {
    const { build } = await import('esbuild')
    writeFileSync(join(project, 'browser.mjs'), `import * as mandjes from 'mandjes'\n${script}`)
    const result = await build({
      entryPoints: [join(project, 'browser.mjs')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    expect(result.errors).toEqual([])
    expect(result.outputFiles[0]!.text).toContain('findDeadlocks')
  })

  it('bundles findDeal from the built files without a warning (no bare chunk imports)', async () => {
    // From packages/core/dist itself: esbuild keeps quiet about files inside node_modules.
    const { build } = await import('esbuild')
    const result = await build({
      stdin: { contents: `import { findDeal } from './dist/index.js'\nglobalThis.used = findDeal`, resolveDir: core },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    expect(result.warnings.map((w) => w.text)).toEqual([])
  })

  it('runs in Deno without any permission (nothing reads the environment, the disk or the net)', () => {
    const deno = resolve(import.meta.dirname, '../node_modules/.bin/deno')
    const text = `version: 1\nname: x\ndomains: [{ id: d }]\nissues: [{ id: road, domain: d, options: [none, built] }, { id: h, domain: d, options: [b, a] }]\nparties: [{ id: A, valuations: { road: { stake: 1, values: { none: 0, built: -1 } }, h: { stake: 1, values: { b: 0, a: 2 } } } }, { id: B, valuations: { road: { stake: 1, values: { none: 0, built: 3 } }, h: { stake: 1, values: { b: 0, a: -1 } } } }]\nstatusQuo: { road: none, h: b }`
    writeFileSync(
      join(project, 'deno.mjs'),
      `import * as mandjes from 'mandjes'\n${script}
const parsed = mandjes.parseScenarioText(${JSON.stringify(text)}, { format: 'yaml' })
const yamlScenario = parsed.right
console.log(JSON.stringify({ parsed: parsed._tag, found: mandjes.findDeal(yamlScenario)._tag, simulated: mandjes.simulate(yamlScenario, { seed: 1 })._tag }))
`,
    )
    const out = execFileSync(deno, ['run', '--no-prompt', '--node-modules-dir=manual', 'deno.mjs'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    })
    const [first, second] = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(first).toEqual({ valid: true, deadlocks: ['road', 'housing'] })
    expect(second).toEqual({ parsed: 'Right', found: 'Optimal', simulated: 'AllAgreed' })
  })

  it.each(['esm.mjs', 'cjs.cjs'])('runs a small scenario when loaded by %s', (file) => {
    const out = execFileSync('node', [file], { cwd: project, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual({ valid: true, deadlocks: ['road', 'housing'] })
  })
})
