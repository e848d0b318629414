/**
 * Fault injection 3: every grid key at its extremes. Each value (the bounds, one step past
 * them, the smallest and largest doubles, zero of either sign, wrong types) goes through the
 * same checks `mandjes sweep` makes (decodeGrid, then checkGridAgainst the scenario); a value
 * they accept is swept, and every run must finish with finite numbers. A value is either refused
 * naming its key and place, or it runs cleanly: nothing half-way, nothing silently NaN.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText, sweep, type Scenario } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/CliError.js'
import { checkGridAgainst, decodeGrid } from '../../src/readGridFile.js'
import { example, repoRoot } from '../runCli.js'
import { tally } from './faultSeed.js'
import { allMediators, mediatorLabel } from 'mandjes/engine'

const read = parseScenarioText(readFileSync(join(repoRoot, example('road-and-housing'))), { file: 'road.yaml' })
const scenario = (read._tag === 'Right' ? read.right : undefined) as Scenario

const tiny = Number.MIN_VALUE
const huge = Number.MAX_VALUE
const units = [
  0,
  -0,
  tiny,
  0.5,
  1 - Number.EPSILON / 2,
  1,
  1 + Number.EPSILON,
  -tiny,
  2,
  huge,
  -huge,
  '0.5',
  null,
  true,
]
const distortions = [0, tiny, 1, 1e6, 1e6 + 1, huge, -tiny, -1, '1']

const extremes: Readonly<Record<string, readonly unknown[]>> = {
  mandateWidth: units,
  trust: units,
  involvement: ['front', 'during', 'after', '', 'FRONT', 0, null],
  mediator: [
    ...allMediators.map(mediatorLabel),
    'bestPackage(fewest)',
    'bestPackage(nash)',
    'bestPackage()',
    '',
    'noPackageDeals ',
    3,
  ],
  information: [
    ...distortions.map((sd) => ({ transparency: { noisy: sd } })),
    ...distortions.map((exaggeration) => ({ transparency: { strategic: { exaggeration, share: 0.5 } } })),
    ...units.map((share) => ({ transparency: { strategic: { exaggeration: 1, share } } })),
    ...units.map((alternativesPrepared) => ({ transparency: 'full', alternativesPrepared })),
    { transparency: 'full', learnFromRejections: 'yes' },
    { transparency: 'opaque' },
    {},
    [],
  ],
  goodwill: [...units.map((altruism) => ({ altruism })), ...units.map((grant) => ({ grant })), {}, 'some'],
  decisionRule: [
    'unanimity',
    'majority',
    ...units.map((quota) => ({ quota })),
    { quota: 0.5, vetoHolders: ['A'] },
    { quota: 0.5, vetoHolders: ['nobody'] },
    { quota: 0.5, vetoHolders: 'A' },
    { quota: 0.5, vetoHolders: [] },
  ],
}
const seedExtremes = [
  [Number.MAX_SAFE_INTEGER],
  [-Number.MAX_SAFE_INTEGER],
  [0],
  [0.5],
  [Number.MAX_SAFE_INTEGER + 2],
  [],
]
const roundExtremes = [1, 2, 0, -1, 2.5, 10_001, 1e9, Number.MAX_SAFE_INTEGER + 2]

const finiteRow = (row: Record<string, unknown>): boolean =>
  Object.values(row).every((v) => typeof v !== 'number' || Number.isFinite(v))

describe('every grid key at its extremes: refused naming the value, or swept with finite results', () => {
  it.each(Object.entries(extremes))('%s', (key, values) => {
    values.forEach((value, k) => {
      tally('gridValues')
      const decoded = decodeGrid({ [key]: [value] })
      if (!decoded.ok) {
        tally('gridValuesRefused')
        expect(decoded.issues.some((line) => line.startsWith(`${key}[0]`))).toBe(true)
        return
      }
      try {
        checkGridAgainst(scenario, decoded.file, { rounds: 2 }, 'grid.yaml')
      } catch (error) {
        expect(error).toBeInstanceOf(InputError)
        expect((error as InputError).lines[0]).toMatch(new RegExp(`^grid\\.yaml: ${key}\\[0\\]: `))
        tally('gridValuesRefused')
        return
      }
      const result = sweep(scenario, decoded.file.grid, [1, 2], { base: { rounds: 2 } })
      tally('gridValuesSwept')
      expect(result.rows).toHaveLength(2)
      for (const row of result.rows)
        expect(finiteRow(row as unknown as Record<string, unknown>), `${key}[${k}] = ${JSON.stringify(value)}`).toBe(
          true,
        )
    })
  })

  it('seeds and rounds at their extremes', () => {
    for (const seeds of seedExtremes) {
      tally('gridValues')
      const decoded = decodeGrid({ seeds })
      if (!decoded.ok) {
        tally('gridValuesRefused')
        expect(decoded.issues[0]).toMatch(/^seeds: /)
        continue
      }
      tally('gridValuesSwept')
      expect(
        sweep(scenario, {}, decoded.file.seeds!, { base: { rounds: 2 } }).rows.every((r) =>
          finiteRow(r as unknown as Record<string, unknown>),
        ),
      ).toBe(true)
    }
    for (const rounds of roundExtremes) {
      tally('gridValues')
      const decoded = decodeGrid({ rounds })
      if (!decoded.ok) {
        tally('gridValuesRefused')
        expect(decoded.issues[0]).toMatch(/^rounds: /)
        continue
      }
      tally('gridValuesSwept')
      expect(
        sweep(scenario, {}, [1], { base: { rounds: decoded.file.rounds! } }).rows.every((r) =>
          finiteRow(r as unknown as Record<string, unknown>),
        ),
      ).toBe(true)
    }
  })
})
