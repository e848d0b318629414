import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { compile } from '../evaluate/compile.js'
import { issueGroups } from './issueGroups.js'

describe('grouping interacting issues', () => {
  it('puts both issues of every interaction in one group, every issue in exactly one group, groups in issue order', () =>
    fc.assert(
      fc.property(outcomeSpaceArb({ maxParties: 3, maxIssues: 6, interactions: true }), (scenario) => {
        const c = compile(scenario)
        const groups = issueGroups(c)
        expect(groups.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: c.issueCount }, (_, i) => i))
        const groupOf = (i: number) => groups.findIndex((g) => g.includes(i))
        for (const t of c.pairs) expect(groupOf(t.issueA)).toBe(groupOf(t.issueB))
        expect(groups.map((g) => g[0])).toEqual([...groups.map((g) => g[0])].sort((a, b) => a! - b!))
        // No group is larger than its interactions force: without interactions every issue is alone.
        if (c.pairs.length === 0) expect(groups.every((g) => g.length === 1)).toBe(true)
      }),
    ))
})
