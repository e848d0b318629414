import { describe, expect, it } from 'vitest'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import { roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import { replay } from './History.js'
import { resume, simulate } from './simulate.js'

const scenario = roadAndHousing()
// Issue by issue nobody agrees, so the run holds every one of its ten meetings.
const settings = { rounds: 10, mediator: { _tag: 'noPackageDeals' } } as const

/**
 * A signal that reads as aborted from meeting `after` on: simulate looks before and after
 * each meeting (this mediator runs no search, so nothing else looks).
 */
const abortedAfter = (after: number): AbortSignal => firingSignal(2 * after + 1).signal

describe('stopping a simulation early', () => {
  it('ends a run whose signal fired before the first meeting with no meeting held', () => {
    const result = simulate(scenario, { ...settings, seed: 4, signal: AbortSignal.abort() })
    expect(result.stopped).toEqual({ reason: 'aborted', round: 0 })
    expect(result.rounds).toBe(0)
    expect(result.history?.steps).toEqual([])
  })

  it('ends at the meeting reached when the signal fires, with a history that replays to its state', () => {
    const full = simulate(scenario, { ...settings, seed: 4 })
    const stopped = simulate(scenario, { ...settings, seed: 4, signal: abortedAfter(3) })
    expect(full.rounds).toBe(10)
    expect(full.stopped).toBeUndefined()
    expect(stopped.stopped).toEqual({ reason: 'aborted', round: 3 })
    expect(stopped.rounds).toBe(3)
    expect(stopped.state.finished).toBe(false)
    expect(replay(stopped.history!)).toEqual(stopped.state)
    // The meetings held are those of the full run, step for step.
    expect(stopped.history!.steps).toEqual(full.history!.steps.filter((s) => s.round < 3))
  })

  it('resumes a stopped run, saved as JSON, to the same end as a run never stopped', () => {
    const full = simulate(scenario, { ...settings, seed: 9 })
    const stopped = simulate(scenario, { ...settings, seed: 9, signal: abortedAfter(4) })
    const saved = JSON.parse(JSON.stringify(stopped.state))
    const resumed = resume(scenario, saved, settings)
    expect(resumed.stopped).toBeUndefined()
    expect(resumed.state).toEqual(full.state)
  })

  it('stops at once on a time budget of zero and not at all on a generous one', () => {
    expect(simulate(scenario, { ...settings, seed: 1, timeMs: 0 }).stopped).toEqual({ reason: 'timeLimit', round: 0 })
    const generous = simulate(scenario, { ...settings, seed: 1, timeMs: 60_000 })
    expect(generous.stopped).toBeUndefined()
    expect(generous.state).toEqual(simulate(scenario, { ...settings, seed: 1 }).state)
  })
})
