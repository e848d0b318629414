import { describe, expect, it } from 'vitest'
import { runCli, tempFiles } from '../../test/runCli.js'

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

  it('other commands refuse it with exit 1, naming the file and the issue', async () => {
    const dir = tempFiles({ 'open.yaml': scenario })
    for (const command of [['analyze'], ['deadlocks'], ['simulate'], ['diagnose'], ['report', '--party', 'A']]) {
      const r = await runCli([command[0]!, 'open.yaml', ...command.slice(1)], { cwd: dir })
      expect(r.code).toBe(1)
      expect(r.err).toContain('open.yaml: statusQuo.road: the issue "road" has no status quo')
    }
  })
})
