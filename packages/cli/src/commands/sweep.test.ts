import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, example, runCli, tempFiles } from '../../test/runCli.js'

const grid = 'mandateWidth: [0.5, 1]\nmediator: [noPackageDeals, "bestPackage(sum)"]\nseeds: [1, 2]\nrounds: 6\n'
const scenario = join(repoRoot, example('road-and-housing'))

describe('mandjes sweep', () => {
  it('runs every combination and seed and prints one CSV row per run, progress as plain lines', async () => {
    const dir = tempFiles({ 'grid.yaml': grid })
    const r = await runCli(['sweep', scenario, '--grid', 'grid.yaml', '--workers', '2'], { cwd: dir })
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n')
    expect(lines).toHaveLength(1 + 2 * 2 * 2)
    expect(lines[0]).toMatch(/^index,seed,mediator,mandateWidth,/)
    expect(r.err).toContain('sweep: 8/8 runs')
    const header = lines[0]!.split(',')
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, k) => [header[k], v])))
    // Without package deals the two deadlocked issues stay stuck; the package mediator with a full mandate settles them.
    expect(rows.filter((r) => r['mediator'] === 'noPackageDeals').map((r) => r['outcome'])).toEqual([
      'Stuck',
      'Stuck',
      'Stuck',
      'Stuck',
    ])
    expect(
      rows.filter((r) => r['mediator'] === 'bestPackage(sum)' && r['mandateWidth'] === '1').map((r) => r['outcome']),
    ).toEqual(['AllAgreed', 'AllAgreed'])
  })

  it('writes JSON with rows and summaries, and a heatmap', async () => {
    const dir = tempFiles({ 'grid.yaml': grid })
    const r = await runCli(
      [
        'sweep',
        scenario,
        '--grid',
        'grid.yaml',
        '--workers',
        '1',
        '--format',
        'json',
        '--out',
        'runs.json',
        '--chart',
        'heat.svg',
        '--x',
        'mediator',
        '--y',
        'mandateWidth',
      ],
      { cwd: dir },
    )
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
    const json = JSON.parse(readFileSync(join(dir, 'runs.json'), 'utf8'))
    expect(json.rows).toHaveLength(8)
    expect(json.summaries).toHaveLength(4)
    expect(readFileSync(join(dir, 'heat.svg'), 'utf8')).toContain('share of the available gain realised')
  })

  it('draws a progress bar when stderr is a terminal', async () => {
    const dir = tempFiles({ 'grid.yaml': grid })
    const r = await runCli(['sweep', scenario, '--grid', 'grid.yaml', '--workers', '1', '--seeds', '1'], {
      cwd: dir,
      isTTY: true,
    })
    expect(r.code).toBe(0)
    expect(r.err).toContain('4/4 runs')
    expect(r.err).toContain('█')
  })

  it('lists every problem of a bad grid file (exit 1)', async () => {
    const dir = tempFiles({ 'grid.yaml': 'trust: [0.2, 1.5]\nspeed: [1]\ninvolvement: [later]\n' })
    const r = await runCli(['sweep', scenario, '--grid', 'grid.yaml'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.err).toContain('grid.yaml: trust[1]: trust must be a number from 0 to 1.')
    expect(r.err).toContain('grid.yaml: speed: not a sweep parameter')
    expect(r.err).toContain('grid.yaml: involvement[0]: involvement must be one of front, during, after.')
    expect((await runCli(['sweep', scenario, '--grid', 'missing.yaml'], { cwd: dir })).code).toBe(1)
  })

  it('sweeps transparency written as a grid key, and draws it on the axis of the same name', async () => {
    const dir = tempFiles({
      'grid.yaml': 'transparency: [full, { noisy: 0.3 }]\nmandateWidth: [0.5, 1]\nseeds: [1]\nrounds: 2\n',
    })
    const r = await runCli(
      [
        'sweep',
        scenario,
        '--grid',
        'grid.yaml',
        '--workers',
        '1',
        '--chart',
        'heat.svg',
        '--x',
        'transparency',
        '--y',
        'mandateWidth',
      ],
      { cwd: dir },
    )
    expect(r.err).not.toContain('not a sweep parameter')
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n')
    expect(lines).toHaveLength(1 + 2 * 2)
    expect(readFileSync(join(dir, 'heat.svg'), 'utf8')).toContain('<svg')
  })

  it.each([
    ['decisionRule: [{ quota: 0 }]', 'decisionRule[0]: a decision rule is unanimity or { quota: <above 0, at most 1>'],
    [
      'information: [{ transparency: { strategic: { exaggeration: -1, share: 0.5 } } }]',
      'information[0].transparency: transparency must be full',
    ],
    ['information: [{ transparency: { noisy: 1e308 } }]', 'information[0].transparency: transparency must be full'],
    ['information: [{ transparency: { noisy: .inf } }]', 'information[0].transparency: transparency must be full'],
    [
      'decisionRule: [unanimity, { quota: 0.5, vetoHolders: [nobody] }]',
      'decisionRule[1]: unknown veto holder nobody.',
    ],
  ])('refuses %s before running a single case (exit 1, regression: exit 70 half-way)', async (line, message) => {
    const dir = tempFiles({ 'grid.yaml': `${line}\nseeds: [1]\nrounds: 2\n` })
    const r = await runCli(['sweep', scenario, '--grid', 'grid.yaml', '--workers', '1'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.err).toContain(`grid.yaml: ${message}`)
    expect(r.err).not.toContain('runs')
    expect(r.out).toBe('')
  })

  it('refuses a grid file that is a device or a named pipe without reading or blocking', async () => {
    const r = await runCli(['sweep', scenario, '--grid', '/dev/zero'])
    expect(r.code).toBe(1)
    expect(r.err).toContain(
      '/dev/zero: cannot read the grid file: this is a named pipe, a device or a socket, not a file',
    )
  })

  it('needs both axes for a heatmap (exit 2)', async () => {
    const dir = tempFiles({ 'grid.yaml': grid })
    const r = await runCli(['sweep', scenario, '--grid', 'grid.yaml', '--chart', 'heat.svg', '--x', 'trust'], {
      cwd: dir,
    })
    expect(r.code).toBe(2)
    expect(r.err).toContain('--chart needs --x and --y')
  })
})
