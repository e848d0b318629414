import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeScenario, parseScenarioText } from 'mandjes'
import { example, repoRoot, runCli, tempFiles } from '../../test/runCli.js'

const scenarioOf = (name: string) => {
  const read = parseScenarioText(readFileSync(join(repoRoot, example(name))), { file: name })
  if (read._tag === 'Left') throw new Error('example does not decode')
  return read.right
}

describe('mandjes analyze', () => {
  it('prints analyzeScenario’s object as JSON (timings aside)', async () => {
    const r = await runCli(['analyze', example('sww-social'), '--json'])
    expect(r.code).toBe(0)
    const { timingsMs, ...printed } = r.json()
    const { timingsMs: _, ...expected } = JSON.parse(JSON.stringify(analyzeScenario(scenarioOf('sww-social'))))
    expect(printed).toEqual(expected)
    expect(typeof timingsMs.total).toBe('number')
  })

  it('summarises the frontier and the bargaining solutions in words', async () => {
    const r = await runCli(['analyze', example('road-and-housing')])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Pareto frontier: 2 points')
    expect(r.out).toContain('Nash bargaining solution')
  })

  it('draws the frontier of two parties as SVG, and rejects an unknown party (exit 2)', async () => {
    const dir = tempFiles({})
    const file = join(repoRoot, example('sww-social'))
    const ok = await runCli(['analyze', file, '--chart', 'frontier.svg', '--parties', 'weesp,wijdemeren'], { cwd: dir })
    expect(ok.code).toBe(0)
    const svg = readFileSync(join(dir, 'frontier.svg'), 'utf8')
    expect(svg).toContain('Gain Gemeente Weesp')
    expect(svg).toContain('Nash')
    const bad = await runCli(['analyze', file, '--chart', 'frontier.svg', '--parties', 'weesp,amsterdam'], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('stichtse-vecht, weesp, wijdemeren')
  })
})
