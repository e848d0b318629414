import { describe, expect, it } from 'vitest'
import { runCli, tempFiles, unfold } from '../../test/runCli.js'

// The road has no status quo: a deal must route it east or west. A values west, B east; with
// no deal, A falls back to its reservation 1 and B to 0.5. East plus housing a gives A
// 0 + 2 − 1 = 1 and B 3 + 1 − 0.5 = 3.5 (total 4.5); west plus a gives 3 and 0.5 (3.5).
const scenario = `version: 1
name: a road that must be built
domains: [{ id: d }]
issues:
  - { id: road, domain: d, options: [east, west] }
  - { id: h, domain: d, options: [b, a] }
parties:
  - { id: A, reservationUtility: 1, valuations: { road: { stake: 1, values: { east: 0, west: 2 } }, h: { stake: 1, values: { b: 0, a: 2 } } } }
  - { id: B, reservationUtility: 0.5, valuations: { road: { stake: 1, values: { east: 3, west: 0 } }, h: { stake: 1, values: { b: 0, a: 1 } } } }
statusQuo: { road: null, h: b }
`

describe('a scenario with an issue without a status quo on the command line', () => {
  it('solve settles the issue and measures gains from the reservations', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    const r = await runCli(['solve', 'open.yaml', '--json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.json().deals[0]).toMatchObject({ choices: { road: 'east', h: 'a' }, gains: { A: 1, B: 3.5 } })
    const text = await runCli(['solve', 'open.yaml'], { cwd: dir })
    expect(text.out).toContain('road: east (no status quo)')
  })

  it('validate accepts it and says which issues have no status quo', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    const r = await runCli(['validate', 'open.yaml'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.out).toContain('1 issue without a status quo (road): every deal settles it')
  })

  it('analyze measures the frontier from the reservations', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    const r = await runCli(['analyze', 'open.yaml', '--json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.json()).toMatchObject({
      statusQuo: { h: 'b' },
      reservation: { A: 1, B: 0.5 },
      frontier: [{ choices: { road: 'west', h: 'a' } }, { choices: { road: 'east', h: 'a' } }],
      nash: [{ choices: { road: 'east', h: 'a' } }],
    })
    const text = await runCli(['analyze', 'open.yaml'], { cwd: dir })
    expect(unfold(text.out)).toContain('its reservation utility when it values an issue without a status quo')
    expect(unfold(text.out)).toContain('road: east')
  })

  it('report writes the note against no agreement', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    const r = await runCli(['report', 'open.yaml', '--party', 'B', '--lang', 'en', '--date', '2026-12-02'], {
      cwd: dir,
    })
    expect(r.code).toBe(0)
    expect(r.out).toContain('| road | to be settled (no status quo) | east | +3 |')
    expect(r.out).toContain('net over no agreement (our reservation value)')
  })

  it('other commands refuse it with exit 1, naming the file and the issue', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    for (const command of [['deadlocks'], ['simulate'], ['diagnose']]) {
      const r = await runCli([command[0]!, 'open.yaml', ...command.slice(1)], { cwd: dir })
      expect(r.code).toBe(1)
      expect(r.err).toContain('open.yaml: statusQuo.road: the issue "road" has no status quo')
      expect(r.err).toContain('Only mandjes validate, solve, analyze and report handle issues without a status quo')
    }
  })
})

// A GeniusWeb folder: p0's reservation bid (i = a, j = x) is worth 0.5 to it; p1 has none (0).
// Deals by their utilities for p0 and p1: b + x 1 and 0.2, b + y 0.6 and 0.7, a + x 0.5 and 0.5,
// a + y 0.1 and 1.
const profile = (name: string, i: Record<string, number>, j: Record<string, number>, bid?: Record<string, string>) =>
  JSON.stringify({
    LinearAdditiveUtilitySpace: {
      name,
      issueUtilities: { i: { discreteutils: { valueUtilities: i } }, j: { discreteutils: { valueUtilities: j } } },
      issueWeights: { i: 0.5, j: 0.5 },
      ...(bid === undefined ? {} : { reservationBid: { issuevalues: bid } }),
    },
  })
const folder = {
  'domain.json': JSON.stringify({
    name: 'd',
    issuesValues: { i: { values: ['a', 'b'] }, j: { values: ['x', 'y'] } },
  }),
  'p0.json': profile('p0', { a: 0, b: 1 }, { x: 1, y: 0.2 }, { i: 'a', j: 'x' }),
  'p1.json': profile('p1', { a: 1, b: 0.4 }, { x: 0, y: 1 }),
}

describe('--status-quo none: importing a GeniusWeb folder without a status quo', () => {
  it('validate says every issue is left without one', async () => {
    const dir = tempFiles(folder)
    const r = await runCli(['validate', '.', '--status-quo', 'none'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.out).toContain('2 issues without a status quo (i, j): every deal settles them')
    const chosen = await runCli(['validate', '.'], { cwd: dir })
    expect(chosen.out).not.toContain('without a status quo')
  })

  it('solve settles every issue, each party gaining over its reservation value', async () => {
    const dir = tempFiles(folder)
    const r = await runCli(['solve', '.', '--status-quo', 'none', '--json'], { cwd: dir })
    expect(r.code).toBe(0)
    const best = r.json().deals[0]
    expect(best.choices).toEqual({ i: 'b', j: 'y' })
    expect(best.gains.p0).toBeCloseTo(0.1, 9)
    expect(best.gains.p1).toBeCloseTo(0.7, 9)
  })

  it('combines with --gain-rule: nonNegative lets p0 meet its reservation exactly (a + x)', async () => {
    const dir = tempFiles(folder)
    const strict = await runCli(['solve', '.', '--status-quo', 'none', '--all', '--json'], { cwd: dir })
    const exact = await runCli(
      ['solve', '.', '--status-quo', 'none', '--all', '--gain-rule', 'nonNegative', '--json'],
      { cwd: dir },
    )
    const choices = (r: typeof strict) => r.json().deals.map((d: { choices: object }) => d.choices)
    expect(choices(strict)).toHaveLength(2)
    expect(choices(exact)).toHaveLength(3)
    expect(choices(exact)).toContainEqual({ i: 'a', j: 'x' })
    expect(choices(strict)).not.toContainEqual({ i: 'a', j: 'x' })
  })

  it('analyze measures from the reservation values', async () => {
    const dir = tempFiles(folder)
    const r = await runCli(['analyze', '.', '--status-quo', 'none', '--json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.json()).toMatchObject({ statusQuo: {}, reservation: { p0: 0.5, p1: 0 }, outcomes: '4' })
  })

  it('is refused on a scenario file (exit 2), which marks its issues itself', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    const r = await runCli(['solve', 'open.yaml', '--status-quo', 'none'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toContain('--status-quo applies to GeniusWeb and GENIUS folders')
  })

  it('is not an option of the commands that need a status quo', async () => {
    const dir = tempFiles(folder)
    const r = await runCli(['deadlocks', '.', '--status-quo', 'none'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toContain("unknown option '--status-quo'")
  })
})
