import { describe, expect, it } from 'vitest'
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'
import { scenarioSurvives } from '@mandjes/testkit/readerLaw.js'
import { findDeal } from '../search/findDeal.js'

// The fuzz suite found it (seed -1366406940): a file whose status quo on one issue was replaced
// by null is a game without a status quo; when no deal exists the reader law wrote its note on
// the status quo, which has no choice on that issue, and the note threw. A game without a status
// quo has no status-quo deal: the law now completes it with each open issue's first option.
describe('the reader law on a game without a status quo and without a deal', () => {
  it('writes its notes on a complete deal', () => {
    const noDeal = {
      ...requiredRoad,
      parties: requiredRoad.parties.map((p, k) => (k === 0 ? { ...p, reservationUtility: 10 } : p)),
    }
    expect(findDeal(noDeal)._tag).toBe('NoDeal')
    expect(() => scenarioSurvives(noDeal)).not.toThrow()
  })
})
