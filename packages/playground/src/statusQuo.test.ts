/**
 * The deal's changes as the page draws them: an issue without a status quo has no "from" and
 * is a change of every deal; an issue with one changes from what holds today.
 */
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'
import { findDeal, type IssueId, type OptionId } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { exampleForTests } from './exampleForTests'
import { bestOf } from './names'
import { changesOf } from './statusQuo'

const best = (s: Parameters<typeof findDeal>[0]) => {
  const deal = bestOf(findDeal(s, { objective: 'sum' }))
  if (deal === undefined) throw new Error('the fixture has a deal')
  return deal
}

describe('changesOf', () => {
  it('gives an issue without a status quo no "from", and the deal its option', () => {
    // The best deal of the road that must be built: east, and housing from b to a.
    expect(changesOf(requiredRoad, best(requiredRoad))).toEqual([
      { issue: 'road', to: 'east' },
      { issue: 'h', from: 'b', to: 'a' },
    ])
  })

  it('changes every issue from the status quo when every issue has one', () => {
    const scenario = exampleForTests('road-and-housing')
    const deal = best(scenario)
    const changes = changesOf(scenario, deal)
    expect(changes.map((c) => c.issue)).toEqual(deal.changes)
    for (const c of changes) {
      expect(c.from).toBe(scenario.statusQuo.choices[c.issue as IssueId])
      expect(c.to).toBe(deal.deal.choices[c.issue as IssueId])
      expect(c.to).not.toBe(c.from as OptionId)
    }
  })
})
