import { describe, expect, it } from 'vitest'
import { decoded, roadAndHousing, roadAndHousingFile } from '@mandjes/testkit/roadAndHousing.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'
import { analyzeScenario } from './analyzeScenario.js'

const choicesOf = (points: readonly { readonly choices: Readonly<Record<string, string>> }[]) =>
  points.map((p) => p.choices)

describe('analyzing the outcome space of a scenario', () => {
  it('finds the road-for-housing package as the only outcome both municipalities strictly prefer to the status quo', () => {
    const analysis = analyzeScenario(roadAndHousing)
    expect(analysis.status).toBe('complete')
    expect(analysis.outcomes).toBe('6')
    expect(analysis.statusQuo).toEqual({ road: 'none', housing: 'none' })
    expect(analysis.reservation).toEqual({ A: 0, B: 0 })
    expect(analysis.frontier).toEqual([{ choices: { road: 'via-b', housing: 'west' }, utilities: { A: 2, B: 3 } }])
    for (const solution of [
      analysis.nash,
      analysis.kalaiSmorodinsky,
      analysis.kalaiSmorodinskySpread,
      analysis.egalitarian,
      analysis.maxWelfare,
    ])
      expect(solution).toEqual(analysis.frontier)
    expect(analysis.conflict).toMatchObject({
      frontierPoints: 1,
      frontierOutcomes: '1',
      acceptableOutcomes: '1',
      acceptableMethod: 'exact',
    })
    expect(analysis.conflict.acceptableShare).toBeCloseTo(1 / 6, 12)
  })

  it('lists the plain frontier, outcomes one side loses on included, when no reservation counts', () => {
    const analysis = analyzeScenario(roadAndHousing, { reference: 'none' })
    expect(analysis.statusQuo).toBeNull()
    // Sorted by A's utility, high first.
    expect(choicesOf(analysis.frontier)).toEqual([
      { road: 'none', housing: 'west' },
      { road: 'via-b', housing: 'west' },
      { road: 'via-b', housing: 'none' },
      { road: 'via-b', housing: 'east' },
    ])
    // Gains from each party's worst outcome (A: −2, B: −1): the package maximises the product 4 × 4.
    expect(analysis.reservation).toEqual({ A: -2, B: -1 })
    expect(choicesOf(analysis.nash)).toEqual([{ road: 'via-b', housing: 'west' }])
    expect(analysis.conflict.acceptableOutcomes).toBe('6')
  })

  it('does not count an outcome that only reaches a reservation utility', () => {
    const strict = decoded({
      ...roadAndHousingFile,
      parties: [{ ...roadAndHousingFile.parties[0], reservationUtility: 2 }, roadAndHousingFile.parties[1]],
    })
    const analysis = analyzeScenario(strict)
    expect(analysis.reservation).toEqual({ A: 2, B: 0 })
    expect(analysis.frontier).toEqual([])
    expect(analysis.nash).toEqual([])
    expect(analysis.conflict.acceptableOutcomes).toBe('0')
  })

  it('reports outcomes with equal utilities as ties, in option order', () => {
    const withIdleIssue = decoded({
      ...roadAndHousingFile,
      issues: [...roadAndHousingFile.issues, { id: 'name', domain: 'housing', options: ['x', 'y', 'z'] }],
      statusQuo: { ...roadAndHousingFile.statusQuo, name: 'y' },
    })
    const analysis = analyzeScenario(withIdleIssue)
    expect(choicesOf(analysis.frontier)).toEqual(
      ['x', 'y', 'z'].map((name) => ({ road: 'via-b', housing: 'west', name })),
    )
    expect(analysis.conflict).toMatchObject({ frontierPoints: 1, frontierOutcomes: '3', truncatedTies: 0 })
    const capped = analyzeScenario(withIdleIssue, { maxTiesPerPoint: 2 })
    expect(capped.frontier).toHaveLength(2)
    expect(capped.conflict).toMatchObject({ frontierOutcomes: '3', truncatedTies: 1 })
  })

  it('prints the same object after a JSON round trip', () => {
    const analysis = analyzeScenario(roadAndHousing)
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis)
    expect(Object.keys(analysis.timingsMs)).toEqual([
      'frontier',
      'nash',
      'kalaiSmorodinsky',
      'kalaiSmorodinskySpread',
      'egalitarian',
      'maxWelfare',
      'conflict',
      'total',
    ])
  })

  it('says the frontier was not completed when the budget runs out, and still estimates the room for agreement', () => {
    // Ten parties with unrelated valuations over 40 issues: almost every partial outcome is
    // undominated, far too many to merge in 300 ms.
    let seed = 12345
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const issues = Array.from({ length: 40 }, (_, i) => ({
      id: `i${i}`,
      domain: 'mobility',
      options: ['a', 'b', 'c', 'd'],
    }))
    const party = (id: string) => ({
      id,
      valuations: Object.fromEntries(
        issues.map((issue) => [
          issue.id,
          { stake: random(), values: { a: random(), b: random(), c: random(), d: random() } },
        ]),
      ),
    })
    const parties = Array.from({ length: 10 }, (_, p) => party(`P${p}`))
    const huge = decoded({
      ...roadAndHousingFile,
      issues,
      parties,
      statusQuo: Object.fromEntries(issues.map((i) => [i.id, 'a'])),
    })
    const analysis = analyzeScenario(huge, { timeMs: 300 })
    expect(analysis.outcomes).toBe((4n ** 40n).toString())
    expect(analysis.status).toBe('budgetExceeded')
    expect(analysis.message).toMatch(/not completed/)
    expect(analysis.frontier).toEqual([])
    expect(analysis.conflict.acceptableMethod).toBe('estimated')
    expect(analysis.conflict.acceptableStandardError).toBeGreaterThanOrEqual(0)
    expect(analysis.timingsMs.frontier).toBeLessThan(3000)
  })

  it('refuses to merge interacting issues into a group larger than allowed', () => {
    const linked = decoded({
      ...roadAndHousingFile,
      parties: [
        {
          ...roadAndHousingFile.parties[0],
          interactions: [
            {
              between: [
                { issue: 'road', option: 'via-b' },
                { issue: 'housing', option: 'east' },
              ],
              value: 5,
            },
          ],
        },
        roadAndHousingFile.parties[1],
      ],
    })
    const analysis = analyzeScenario(linked, { maxGroupOutcomes: 4 })
    expect(analysis.status).toBe('groupTooLarge')
    expect(analysis.message).toMatch(/2 issues with 6 option combinations/)
    expect(analyzeScenario(linked).status).toBe('complete')
  })

  it('treats utility differences far below the gain tolerance as ties, even subnormal ones', () => {
    // Found by fast-check: values of 1e-323 used to push the analysis grid past 2^1023.
    const tiny = decoded({
      version: 1,
      name: 'tiny differences',
      domains: [{ id: 'd' }],
      issues: [{ id: 'i0', domain: 'd', options: ['o0', 'o1'] }],
      parties: [
        { id: 'p2', valuations: { i0: { stake: 0.25, values: { o0: 0, o1: 1.5e-323 } } } },
        {
          id: 'p3',
          valuations: { i0: { stake: 0.25, values: { o0: 3.131513062514072e-294, o1: -7.127189703030878e-308 } } },
        },
      ],
      statusQuo: { i0: 'o0' },
    })
    const analysis = analyzeScenario(tiny, { reference: 'none' })
    expect(analysis.status).toBe('complete')
    expect(analysis.frontier.map((p) => p.choices['i0' as never])).toEqual(['o0', 'o1'])
  })

  it('takes the two Kalai-Smorodinsky variants apart on the road-and-housing example (docs/bargaining.md)', () => {
    const file = join(import.meta.dirname, '../../../examples/road-and-housing/scenario.yaml')
    const read = parseScenarioText(readFileSync(file, 'utf8'), { file })
    if (read._tag === 'Left') throw new Error('the example does not read')
    const analysis = analyzeScenario(read.right)
    const utilities = (points: readonly { readonly utilities: Readonly<Record<string, number>> }[]) =>
      points.map((p) => Object.values(p.utilities).map((u) => Math.round(u * 1e9) / 1e9))
    expect(utilities(analysis.frontier)).toEqual([
      [1.8, 0.7],
      [1, 1],
    ])
    // Ideal over the frontier (1.8, 1): shares (1, 0.7) beat (0.56, 1) on the smallest share.
    expect(utilities(analysis.kalaiSmorodinsky)).toEqual([[1.8, 0.7]])
    // Ideal over all outcomes (3, 3): shares (0.33, 0.33) have no spread, (0.6, 0.23) do.
    expect(utilities(analysis.kalaiSmorodinskySpread)).toEqual([[1, 1]])
  })

  it('analyses a scenario without parties: both outcomes are on the frontier and every solution (the fuzz found a crash)', () => {
    const empty = decoded({
      version: 1,
      name: 'nobody at the table',
      domains: [{ id: 'd' }],
      issues: [{ id: 'i', domain: 'd', options: ['a', 'b'] }],
      parties: [],
      statusQuo: { i: 'a' },
    })
    const analysis = analyzeScenario(empty)
    expect(choicesOf(analysis.frontier)).toEqual([{ i: 'a' }, { i: 'b' }])
    expect(choicesOf(analysis.kalaiSmorodinskySpread)).toEqual([{ i: 'a' }, { i: 'b' }])
  })
})
