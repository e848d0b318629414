import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from './parseScenarioText.js'
import type { Problem } from './Problem.js'

const text = readFileSync(new URL('../../../testkit/fixtures/shared-service.yaml', import.meta.url), 'utf8')
const problemsOf = (source: string): readonly Problem[] => {
  const result = parseScenarioText(source, { format: 'yaml' })
  return E.isLeft(result) ? result.left : []
}
const one = (source: string) => {
  const problems = problemsOf(source)
  expect(problems).toHaveLength(1)
  const [p] = problems
  return {
    code: p!.code,
    path: p!.path.join('.'),
    message: p!.message,
    ...(p!.suggestion ? { suggestion: p!.suggestion } : {}),
  }
}

describe('module problems name the place and what to do', () => {
  it('reads the fixture without problems', () => expect(problemsOf(text)).toEqual([]))

  it('refuses more than eight eligible members, saying why and what to do', () => {
    const members = Array.from({ length: 9 }, (_, k) => `        - { party: m${k}, join: 1 }`).join('\n')
    const parties = Array.from({ length: 9 }, (_, k) => `  - { id: m${k} }`).join('\n')
    const big = text
      .replace(/ {6}members:\n( {8}- .*\n)+/, `      members:\n${members}\n`)
      .replace('      hosts: [a, c]\n', '')
      .replace('parties:\n', `parties:\n${parties}\n`)
    expect(one(big)).toEqual({
      code: 'tooMany',
      path: 'issues.0.module.members',
      message:
        'the module "tax-office" has 9 eligible members, more than the limit of 8: it becomes one issue with an option per coalition (512 here). Split it into smaller modules, or leave out parties whose choice is known.',
    })
  })

  it('names an unknown member with a suggestion', () => {
    expect(one(text.replace('{ party: d, join: 0.2 }', '{ party: dd, join: 0.2 }'))).toMatchObject({
      code: 'unknownParty',
      path: 'issues.0.module.members.3.party',
    })
  })

  it('refuses a party valuation of a module: its values come from the module', () => {
    const withValues = text.replace(
      '  - { id: c }',
      '  - { id: c, valuations: { tax-office: { stake: 1, values: {} } } }',
    )
    expect(one(withValues)).toEqual({
      code: 'conflictingFields',
      path: 'parties.2.valuations.tax-office',
      message:
        'the values of the module "tax-office" come from its module section (members\' join and host, fixedCost, affected); remove this valuation.',
    })
  })

  it('refuses options on a module, a module on a choice issue, a host outside the module and a bad minMembers', () => {
    expect(one(text.replace('    kind: module\n', '    kind: module\n    options: [x]\n'))).toMatchObject({
      code: 'conflictingFields',
      path: 'issues.0.options',
    })
    expect(problemsOf(text.replace('    kind: module\n', '')).map((p) => [p.code, p.path.join('.')])).toContainEqual([
      'conflictingFields',
      'issues.0.module',
    ])
    expect(one(text.replace('hosts: [a, c]', 'hosts: [a, province]'))).toMatchObject({
      code: 'invalidValue',
      path: 'issues.0.module.hosts.1',
    })
    expect(one(text.replace('hosts: [a, c]', 'hosts: [a, c]\n      minMembers: 6'))).toMatchObject({
      code: 'outOfRange',
      path: 'issues.0.module.minMembers',
    })
  })

  it('checks the status quo against the coalitions, with the options listed', () => {
    expect(one(text.replace('tax-office: none', 'tax-office: a+b'))).toMatchObject({
      code: 'statusQuoNotAnOption',
      path: 'statusQuo.tax-office',
    })
  })
})
