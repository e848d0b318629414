/**
 * The reader's problems on a fixed corpus, kept as a golden file: every scenario file of the
 * test kit's fixtures and of the examples, the scenario files the fixture set builds in code,
 * and each of them broken one place at a time (a field removed, replaced by a value of each
 * JSON type, an unknown key added). Changing how the reader works inside (how many zod passes,
 * in which order) must leave every message, path and suggestion as it was; a change that is
 * meant to alter them rewrites the file with MANDJES_UPDATE_GOLDEN=1 and shows in the diff.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { roadAndHousingFile, roadAndHousingYaml } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { parseScenarioText } from './parseScenarioText.js'
import { formatProblem, type Problem } from './Problem.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const golden = join(root, 'packages', 'testkit', 'fixtures', 'reader-problems.golden.txt')

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.(ya?ml|json)$/.test(name) && !name.endsWith('.golden.txt') ? [path] : []
  })

type Tree = unknown
/** Every place in a tree, as a path of keys and positions. */
const places = (tree: Tree, path: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(tree)) return [path, ...tree.flatMap((x, k) => places(x, [...path, k]))]
  if (tree !== null && typeof tree === 'object')
    return [path, ...Object.entries(tree).flatMap(([key, x]) => places(x, [...path, key]))]
  return [path]
}
const replaced = (tree: Tree, path: readonly (string | number)[], value: unknown | typeof remove): Tree => {
  if (path.length === 0) return value
  const copy: any = Array.isArray(tree) ? [...tree] : { ...(tree as object) }
  const [head, ...rest] = path
  if (rest.length === 0 && value === remove) {
    if (Array.isArray(copy)) copy.splice(head as number, 1)
    else delete copy[head!]
  } else copy[head!] = replaced(copy[head!], rest, value)
  return copy
}
const remove = Symbol('remove')
const replacements: readonly [string, unknown][] = [
  ['null', null],
  ['text', 'x'],
  ['negative', -1],
  ['fraction', 0.5],
  ['list', []],
  ['mapping', {}],
  ['boolean', true],
]

const describeResult = (result: E.Either<readonly Problem[], unknown>): string =>
  E.isRight(result) ? '  ok' : result.left.map((p) => `  ${formatProblem(p)}`).join('\n')

/** The corpus, each case named, with what the reader says about it. */
const corpus = (): string => {
  const cases: string[] = []
  const files = [
    ...yamlFiles(join(root, 'packages', 'testkit', 'fixtures')),
    ...readdirSync(join(root, 'packages', 'examples'))
      .map((name) => join(root, 'packages', 'examples', name, 'scenario.yaml'))
      .filter((path) => existsSync(path)),
  ]
  for (const path of files) {
    const name = relative(root, path)
    cases.push(`${name}\n${describeResult(parseScenarioText(readFileSync(path, 'utf8'), { file: name }))}`)
  }
  cases.push(`roadAndHousingYaml\n${describeResult(parseScenarioText(roadAndHousingYaml))}`)
  const base = roadAndHousingFile()
  for (const path of places(base)) {
    const at = path.length === 0 ? '(top)' : path.join('.')
    const variants: [string, Tree][] = [
      ...(path.length > 0 ? [['removed', replaced(base, path, remove)] as [string, Tree]] : []),
      ...replacements.map(([what, value]): [string, Tree] => [what, replaced(base, path, value)]),
    ]
    const here = path.reduce<any>((t, k) => t[k], base)
    if (here !== null && typeof here === 'object' && !Array.isArray(here))
      variants.push(['unknown key', replaced(base, [...path, 'extra'], 1)])
    for (const [what, file] of variants) cases.push(`${at}: ${what}\n${describeResult(decodeScenario(file))}`)
  }
  return `${cases.join('\n')}\n`
}

describe('the reader’s problems on the fixture corpus', () => {
  it('are the ones in the golden file, message for message', () => {
    const text = corpus()
    if (process.env['MANDJES_UPDATE_GOLDEN'] === '1') writeFileSync(golden, text)
    const cases = text.split('\n').filter((l) => !l.startsWith('  ')).length
    expect(cases).toBeGreaterThan(500)
    expect(text.split('\n')).toEqual(readFileSync(golden, 'utf8').split('\n'))
  })
})
