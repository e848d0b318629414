/**
 * Laws of a run stopped by its signal, wherever the signal fires: between meetings or inside
 * one, in the middle of the mediator's search. A stopped run reports exactly the state of a
 * run told to stop before the interrupted meeting (`stopAt`), with the same seed; it resumes
 * to the end of a run never stopped; and a search cut short is not remembered for later runs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import type { Scenario } from '../model/Scenario.js'
import { replay } from './History.js'
import type { Mediator } from './Mediator.js'
import { mediatorFor } from './mediatorFor.js'
import { resume, simulate, type SimulateOptions } from './simulate.js'
import { clearSimulationCaches } from './simulationCaches.js'

// firingSignal counts every look: the run's own between meetings and its searches' inside
// them. With the same seed a run looks in the same order, so a count names one moment of it.

/**
 * The best-package mediator, noting per meeting the looks at the signal before and after it
 * proposes: a stop between the two falls inside that meeting's search.
 */
const watchedBestPackage = (looks: () => number, windows: Map<number, [number, number]>): Mediator => {
  const inner = mediatorFor({ _tag: 'bestPackage' })
  return function watched(view) {
    const start = looks()
    const move = inner(view)
    windows.set(view.round, [start, looks()])
    return move
  }
}

/** A run from cold caches, so runs look at their signals the same number of times. */
const cold = (scenario: Scenario, options: SimulateOptions) => {
  clearSimulationCaches()
  return simulate(scenario, options)
}

/** Checks the laws for a run stopped at the `firesAt`-th look; returns the meeting it stopped before. */
const checkStoppedRun = (scenario: Scenario, settings: SimulateOptions, seed: number, firesAt: number) => {
  const full = cold(scenario, { ...settings, seed })
  const { signal } = firingSignal(firesAt)
  const stopped = cold(scenario, { ...settings, seed, signal })
  if (stopped.stopped === undefined) {
    // It fired only after the last meeting (while the available gain was computed).
    expect(stopped.state).toEqual(full.state)
    return undefined
  }
  const round = stopped.stopped.round
  expect(stopped.stopped.reason).toBe('aborted')
  const before = cold(scenario, { ...settings, seed, stopAt: round })
  expect(stopped.state).toEqual(before.state)
  expect(stopped.history!.steps).toEqual(before.history!.steps)
  expect(replay(stopped.history!)).toEqual(stopped.state)
  // (Resuming from JSON is stoppingEarly.test.ts's; JSON would turn a -0 threshold into 0 here.)
  const resumed = cold(scenario, { ...(({ seed: _s, ...rest }) => rest)(settings), from: stopped.state })
  expect(resumed.state).toEqual(full.state)
  return round
}

const runArb = simulationScenarioArb.chain((s) =>
  fc.tuple(fc.constant(s), settingsArb(s), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 })),
)

describe('a run stopped by its signal', () => {
  it('reports the state before the meeting it was stopped in, and resumes to the unstopped end', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, firesAt]) => {
        checkStoppedRun(scenario, settings, seed, firesAt)
      }),
      { numRuns: 60 },
    ))

  it('stopped inside meeting k, in the middle of its search, reports the state after meeting k - 1', () =>
    fc.assert(
      fc.property(
        simulationScenarioArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (scenario, seed, pickMeeting, pickLook) => {
          // Learn, on an unstopped run, which looks at the signal fall inside each meeting's search.
          const windows = new Map<number, [number, number]>()
          const watch = firingSignal(Infinity)
          const settings = { rounds: 5, mediator: watchedBestPackage(watch.looks, windows) }
          cold(scenario, { ...settings, seed, signal: watch.signal })
          const searched = [...windows].filter(([, [start, end]]) => end > start)
          fc.pre(searched.length > 0)
          const [meeting, [start, end]] = searched[Math.floor(pickMeeting * searched.length)]!
          const firesAt = start + 1 + Math.floor(pickLook * (end - start))
          const plain = { rounds: 5, mediator: { _tag: 'bestPackage' } } as const
          expect(checkStoppedRun(scenario, plain, seed, firesAt)).toBe(meeting)
        },
      ),
      { numRuns: 40 },
    ))

  it('leaves a meeting untouched when its signal was aborted before it began', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, stopAt]) => {
        const k = stopAt % 4
        const reached = simulate(scenario, { ...settings, seed, stopAt: k })
        const saved = reached.state
        const again = resume(scenario, saved, {
          ...(({ seed: _s, ...rest }) => rest)(settings),
          signal: AbortSignal.abort(),
        })
        expect(again.state).toEqual(saved)
        expect(again.history?.steps ?? []).toEqual([])
        expect(again.stopped).toEqual(saved.finished ? undefined : { reason: 'aborted', round: saved.round })
      }),
      { numRuns: 60 },
    ))

  it('does not remember a search the signal cut short: later runs are as if it never happened', () => {
    const scenario = negotiationScenario({ parties: 4, issues: 8, seed: 3 })
    const settings = { rounds: 4, mediator: { _tag: 'bestPackage' } } as const
    const full = cold(scenario, { ...settings, seed: 2 })
    expect(full.agreements.length).toBeGreaterThan(0)
    // Learn when the first meeting's search looks at the signal, then stop it at its first
    // look, before it found anything: remembered, that empty answer would change the next run.
    const windows = new Map<number, [number, number]>()
    const watch = firingSignal(Infinity)
    cold(scenario, { ...settings, seed: 2, signal: watch.signal, mediator: watchedBestPackage(watch.looks, windows) })
    const [start, end] = windows.get(0)!
    expect(end).toBeGreaterThan(start)
    clearSimulationCaches()
    const stopped = simulate(scenario, { ...settings, seed: 2, signal: firingSignal(start + 1).signal })
    expect(stopped.stopped).toEqual({ reason: 'aborted', round: 0 })
    expect(stopped.rounds).toBe(0)
    // Same thread, warm caches: the cut-short search must not answer the next run's first meeting.
    expect(simulate(scenario, { ...settings, seed: 2 }).state).toEqual(full.state)
  })
})
