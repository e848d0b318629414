import { describe, expect, it } from 'vitest'
import { example, runCli } from '../../test/runCli.js'

const redLine = 'packages/testkit/fixtures/diagnose/road-red-line.yaml'

describe('mandjes diagnose', () => {
  it('names A’s red line on the road as the remedy, with the deal it unlocks and its proof, as JSON', async () => {
    const r = await runCli(['diagnose', redLine, '--json'])
    expect(r.code).toBe(0)
    const json = r.json()
    expect(json.dealExists).toBe(false)
    expect(json.binding).toEqual(['A: red line road = via-b'])
    expect(json.remedies[0]).toEqual({
      kind: 'liftRedLine',
      party: 'A',
      issue: 'road',
      option: 'via-b',
      deal: {
        choices: { road: 'via-b', housing: 'west' },
        changes: ['road', 'housing'],
        participants: ['A', 'B', 'C'],
        gains: { A: 2, B: 3, C: 0.5 },
        payments: [],
      },
      proof: { method: 'branchAndBound', minimal: true, nodes: expect.any(Number) },
    })
    expect(json.remedies.map((x: any) => x.kind)).toEqual([
      'liftRedLine',
      'newOption',
      'newOption',
      'coalition',
      'coalition',
    ])
    expect(json.complete).toBe(true)
  })

  it('explains in words, every line under 100 columns', async () => {
    const r = await runCli(['diagnose', redLine])
    expect(r.code).toBe(0)
    expect(r.out).toContain('A: lift the red line on road: via-b (proven smallest).')
    for (const line of r.out.split('\n')) expect(line.length).toBeLessThan(100)
  })

  it('diagnoses one issue alone with --issue, and a smaller table with --parties', async () => {
    const alone = (await runCli(['diagnose', redLine, '--issue', 'road', '--json'])).json()
    expect(alone.dealExists).toBe(false)
    expect(alone.binding).toEqual([])
    expect(alone.remedies.length).toBeGreaterThan(0)
    expect(alone.remedies.flatMap((x: any) => x.deal?.changes ?? [])).toEqual(
      alone.remedies.flatMap((x: any) => (x.deal === undefined ? [] : ['road'])),
    )
    const pair = (await runCli(['diagnose', redLine, '--parties', 'B,C', '--json'])).json()
    expect(pair.dealExists).toBe(true)
  })

  it('says how firm the Rivierenland deal is, with a seeded probability', async () => {
    const args = ['diagnose', example('rivierenland'), '--samples', '200', '--seed', '5', '--json']
    const json = (await runCli(args)).json()
    expect(json.dealExists).toBe(true)
    expect(json.margins.length).toBeGreaterThan(0)
    expect(json.firmness).toMatchObject({ samples: 200, seed: 5, spread: 0.1 })
    expect((await runCli(args)).json().firmness).toEqual(json.firmness)
  })

  it('rejects an issue or party that is not in the scenario, naming the ones that are (exit 2)', async () => {
    const r = await runCli(['diagnose', redLine, '--issue', 'bridge'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('the issues are: road, housing')
    const p = await runCli(['diagnose', redLine, '--parties', 'A,Z'])
    expect(p.code).toBe(2)
    expect(p.err).toContain('"Z"')
  })
})

describe('mandjes report on a deadlock', () => {
  it('writes the note "what it would take" instead of failing', async () => {
    const r = await runCli(['report', redLine, '--party', 'A', '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('## What it would take')
    expect(r.out).toContain('A: lift the red line on road: via-b.')
  })
})

describe('mandjes solve on a deadlock', () => {
  it('names the kader that binds in the certificate', async () => {
    const json = (await runCli(['solve', redLine, '--json'])).json()
    expect(json.certificate).toMatchObject({ status: 'noDeal', binding: ['A: red line road = via-b'] })
  })
})
