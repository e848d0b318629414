import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { formatPath, formatProblem, type Problem } from '../scenarioFile/Problem.js'
import { fromGeniusXml } from './fromGeniusXml.js'

const folder = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
const harbour: Record<string, string> = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => [f, readFileSync(folder + f, 'utf8')]),
)

const read = (files: Record<string, string>): Scenario => {
  const result = fromGeniusXml(files)
  if (E.isLeft(result)) throw new Error(result.left.map((p) => formatProblem(p)).join('\n'))
  return result.right
}
const problems = (files: Record<string, string>): readonly Problem[] => {
  const result = fromGeniusXml(files)
  if (E.isRight(result)) throw new Error('expected problems')
  return result.left
}
const where = (p: Problem) => [p.file, p.code, formatPath(p.path), p.line]
const edit = (file: string, from: string, to: string): Record<string, string> => {
  expect(harbour[file]).toContain(from)
  return { ...harbour, [file]: harbour[file]!.replace(from, to) }
}
/** The line (1-based) of the first line holding `needle`. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1
const deal = (choices: Record<string, string>): Deal => ({ choices, payments: [] }) as unknown as Deal
const utilities = (scenario: Scenario, choices: Record<string, string>) =>
  scenario.parties.map((p) => utilityOfParty(scenario, p, deal(choices)))

describe('reading a GENIUS XML folder', () => {
  it('divides each evaluation by the largest of its issue and weighs the issues, as GENIUS does', () => {
    const scenario = read(harbour)
    expect(scenario.name).toBe('harbour')
    expect(scenario.issues.map((i) => [i.id, i.options.map((o) => o.id)])).toEqual([
      ['Quay location', ['North bank', 'South bank', 'West pier']],
      ['Contribution (EUR million)', ['0', '5', '10', '15']],
      ['Planning', ['Fast', 'Slow']],
    ])
    expect(scenario.parties.map((p) => p.id)).toEqual(['Gemeente', 'Provincie'])
    const [gemeente, provincie] = utilities(scenario, {
      'Quay location': 'South bank',
      'Contribution (EUR million)': '5',
      Planning: 'Fast',
    })
    expect(gemeente).toBeCloseTo(0.5 * (8 / 8) + 0.3 * (6 / 10) + 0.2 * (5 / 5), 12)
    expect(provincie).toBeCloseTo(0.2 * (3 / 9) + 0.6 * (4 / 8) + 0.2 * (1 / 4), 12)
    const [g2, p2] = utilities(scenario, {
      'Quay location': 'West pier',
      'Contribution (EUR million)': '15',
      Planning: 'Slow',
    })
    expect(g2).toBeCloseTo(0.5 * (2 / 8) + 0.3 * (1 / 10) + 0.2 * 1, 12)
    expect(p2).toBeCloseTo(0.2 * (6 / 9) + 0.6 * 1 + 0.2 * 1, 12)
  })

  it('keeps the reservation value as reservation utility, and lists the discount factor it cannot use', () => {
    const scenario = read(harbour)
    expect(scenario.parties.map((p) => p.reservationUtility)).toEqual([0.25, undefined])
    expect(scenario.notes).toContain('Provincie: discount factor 0.9 ignored (the analysis has no time).')
  })

  it('chooses as status quo the outcome that exceeds the reservations least', () => {
    const scenario = read(harbour)
    const [quay, money, planning] = scenario.issues.map((i) => i.options.map((o) => o.id))
    const all = quay!.flatMap((q) =>
      money!.flatMap((m) =>
        planning!.map((p) => ({ 'Quay location': q, 'Contribution (EUR million)': m, Planning: p })),
      ),
    )
    const utilityTable = all.map((choices) => utilities(scenario, choices))
    // Targets: the municipality's reservation value; the province (none) its worst outcome.
    const targets = [0.25, Math.min(...utilityTable.map((u) => u[1]!))]
    const ranges = [0, 1].map(
      (p) => Math.max(...utilityTable.map((u) => u[p]!)) - Math.min(...utilityTable.map((u) => u[p]!)),
    )
    const excess = (u: number[]) => Math.max(...u.map((x, p) => (x - targets[p]!) / ranges[p]!))
    const best = Math.min(...utilityTable.map(excess))
    expect(excess(utilities(scenario, scenario.statusQuo.choices as Record<string, string>))).toBeCloseTo(best, 12)
  })
})

describe('problems in GENIUS XML files name the file, the place and the line', () => {
  it('reports text that is not XML', () => {
    const broken = edit('Gemeente.xml', '</issue>', '')
    const [problem] = problems(broken)
    // The first issue is never closed: the parser notices at the end of the objective.
    expect(problem).toMatchObject({
      code: 'invalidXml',
      file: 'Gemeente.xml',
      line: lineOf(broken['Gemeente.xml']!, '</objective>'),
    })
    expect(problem!.message).toMatch(/^the text is not valid XML: .*issue/)
  })

  it('reports a missing evaluation at its item', () => {
    const found = problems(
      edit('Gemeente.xml', 'value="South bank" cost="0.0" evaluation="8"', 'value="South bank" cost="0.0"'),
    )
    expect(found.map(where)).toEqual([
      [
        'Gemeente.xml',
        'missingValue',
        'utility_space.objective.issue[0].item[1]',
        lineOf(harbour['Gemeente.xml']!, 'South bank'),
      ],
    ])
    expect(found[0]!.message).toBe(
      'no evaluation for item "South bank" of issue "Quay location"; give every item an evaluation.',
    )
  })

  it('reports weights and reservation values that are not numbers, and a negative weight', () => {
    const files = {
      ...edit('Provincie.xml', '<weight index="2" value="0.6">', '<weight index="2" value="lots">'),
      'Gemeente.xml': harbour['Gemeente.xml']!.replace(
        '<reservation value="0.25" />',
        '<reservation value="a quarter" />',
      ),
    }
    expect(problems(files).map(where)).toEqual([
      [
        'Gemeente.xml',
        'invalidValue',
        'utility_space.reservation.value',
        lineOf(harbour['Gemeente.xml']!, '<reservation'),
      ],
      [
        'Provincie.xml',
        'invalidValue',
        'utility_space.objective.weight[1].value',
        lineOf(harbour['Provincie.xml']!, '<weight index="2"'),
      ],
    ])
    // A negative weight passes the reader and is caught by the scenario decoder, then moved back.
    const negative = problems(edit('Gemeente.xml', '<weight index="1" value="0.5">', '<weight index="1" value="-0.5">'))
    expect(negative.map(where)).toEqual([
      [
        'Gemeente.xml',
        'negativeStake',
        'utility_space.objective.weight[0]',
        lineOf(harbour['Gemeente.xml']!, '<weight index="1"'),
      ],
    ])
  })

  it('says integer issues and nested objectives cannot be read yet', () => {
    const integer = problems(
      edit(
        'harbour_domain.xml',
        'name="Planning" vtype="discrete" type="discrete" etype="discrete"',
        'name="Planning" type="integer" lowerbound="0" upperbound="10"',
      ),
    )
    expect(integer.map(where)).toEqual([
      [
        'harbour_domain.xml',
        'unsupported',
        'negotiation_template.utility_space.objective.issue[2].type',
        lineOf(harbour['harbour_domain.xml']!, 'name="Planning"'),
      ],
    ])
    const nested = problems(
      edit('Gemeente.xml', '<issue index="3"', '<objective index="9" name="sub"></objective><issue index="3"'),
    )
    expect(nested.map((p) => [p.file, p.code, formatPath(p.path)])).toEqual([
      ['Gemeente.xml', 'unsupported', 'utility_space.objective'],
    ])
  })

  it('reports an issue whose name differs between the domain and a profile', () => {
    const found = problems(edit('Provincie.xml', 'name="Planning">', 'name="Timing">'))
    expect(found.map(where)).toEqual([
      [
        'Provincie.xml',
        'conflictingFields',
        'utility_space.objective.issue[2].name',
        lineOf(harbour['Provincie.xml']!, 'name="Planning"'),
      ],
    ])
  })
})
