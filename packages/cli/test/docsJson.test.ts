/**
 * docs/cli.md shows the JSON each command prints; this test reads those blocks and checks the
 * real `--json` output of the same command on the same example against them, so the page
 * cannot go stale. A block may shorten: `"..."` (or a text starting with `…`) stands for any
 * value, a `"..."` key for more keys, and lists show some of their elements. What it may not
 * do is show a field that is not printed, give a field another type, or leave out a
 * top-level field.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { twoActorStudy as study } from '@mandjes/testkit/exchangeStudy.js'
import { example, repoRoot, runCli, tempFiles } from './runCli.js'

/** The JSON blocks of docs/cli.md, by the command whose section they are in. */
const documentedJson = (): ReadonlyMap<string, readonly string[]> => {
  const page = readFileSync(join(repoRoot, 'docs', 'cli.md'), 'utf8')
  const blocks = new Map<string, string[]>()
  let command: string | undefined
  const lines = page.split('\n')
  for (let k = 0; k < lines.length; k++) {
    const heading = /^## mandjes (\w+)/.exec(lines[k]!)
    if (heading !== null) command = heading[1]
    if (lines[k] === '```json' && command !== undefined) {
      const end = lines.indexOf('```', k + 1)
      blocks.set(command, [...(blocks.get(command) ?? []), lines.slice(k + 1, end).join('\n')])
      k = end
    }
  }
  return blocks
}

const isWildcard = (x: unknown): boolean => x === '...' || (typeof x === 'string' && x.startsWith('…'))
const kind = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x)

/** Every way `actual` differs from the documented shape, as paths with what differs. */
export const shapeDifferences = (documented: unknown, actual: unknown, path = '$', top = true): string[] => {
  if (isWildcard(documented)) return []
  if (kind(documented) !== kind(actual))
    return [`${path}: documented as ${kind(documented)}, printed as ${kind(actual)}`]
  if (Array.isArray(documented)) {
    const list = actual as readonly unknown[]
    // Each documented element must look like some printed element (lists are shortened).
    return documented.flatMap((d, k) =>
      list.some((a) => shapeDifferences(d, a, path, false).length === 0)
        ? []
        : list.length === 0
          ? [`${path}[${k}]: documented, but the printed list is empty`]
          : shapeDifferences(d, list[0], `${path}[${k}]`, false),
    )
  }
  if (kind(documented) !== 'object') return []
  const doc = documented as Readonly<Record<string, unknown>>
  const act = actual as Readonly<Record<string, unknown>>
  const missing = Object.keys(doc)
    .filter((key) => key !== '...')
    .flatMap((key) =>
      key in act
        ? shapeDifferences(doc[key], act[key], `${path}.${key}`, false)
        : [`${path}.${key}: documented, not printed`],
    )
  const undocumented = top && !('...' in doc) ? Object.keys(act).filter((key) => !(key in doc)) : []
  return [...missing, ...undocumented.map((key) => `${path}.${key}: printed, not documented`)]
}

/** The command line each section's block documents: the example its text names. */
const runs: Readonly<Record<string, readonly string[]>> = {
  validate: ['validate', example('rivierenland'), '--json'],
  deadlocks: ['deadlocks', example('road-and-housing'), '--json'],
  solve: ['solve', example('road-and-housing'), '--json'],
  diagnose: ['diagnose', 'packages/testkit/fixtures/diagnose/road-red-line.yaml', '--json'],
  analyze: ['analyze', example('road-and-housing'), '--json'],
  simulate: ['simulate', example('rivierenland'), '--json'],
  exchange: ['exchange', 'study.csv', '--rounds', '2', '--json'],
}

describe('docs/cli.md: the JSON shapes shown are the ones printed', () => {
  const blocks = documentedJson()

  it('has a JSON block for every command that prints JSON, and each block is JSON', () => {
    expect([...blocks.keys()].sort()).toEqual(Object.keys(runs).sort())
    for (const [command, texts] of blocks)
      for (const text of texts) expect(() => JSON.parse(text), `${command}: ${text.slice(0, 60)}`).not.toThrow()
  })

  it('finds a changed field: the checker is not blind', () => {
    expect(shapeDifferences({ a: 1, b: [{ c: 'x' }] }, { a: 1, b: [{ c: 2 }] })).toEqual([
      '$.b[0].c: documented as string, printed as number',
    ])
    expect(shapeDifferences({ a: 1 }, { a: 1, z: true })).toEqual(['$.z: printed, not documented'])
    expect(shapeDifferences({ a: 1, '...': '...' }, { z: true })).toEqual(['$.a: documented, not printed'])
  })

  it.each(Object.entries(runs))('%s --json prints what the page shows', async (command, args) => {
    const cwd = command === 'exchange' ? tempFiles({ 'study.csv': study }) : repoRoot
    const r = await runCli(args, { cwd })
    expect(r.code, r.err).toBe(0)
    const actual: unknown = r.json()
    for (const text of blocks.get(command) ?? []) expect(shapeDifferences(JSON.parse(text), actual)).toEqual([])
  })
})
