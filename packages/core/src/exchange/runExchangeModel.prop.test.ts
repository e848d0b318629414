import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import type { ExchangeModel } from './ExchangeModel.js'
import { runExchangeModel } from './runExchangeModel.js'

/** Small random exchange models: 2-5 actors, 2-4 issues with their own bounds, some positions missing. */
const modelArb: fc.Arbitrary<ExchangeModel> = fc
  .record({ actors: fc.integer({ min: 2, max: 5 }), issues: fc.integer({ min: 2, max: 4 }) })
  .chain(({ actors, issues }) =>
    fc
      .record({
        bounds: fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 200 })), {
          minLength: issues,
          maxLength: issues,
        }),
        cells: fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            s: fc.double({ min: 0.05, max: 1, noNaN: true }),
            c: fc.double({ min: 0.05, max: 1, noNaN: true }),
            present: fc.boolean(),
          }),
          { minLength: actors * issues, maxLength: actors * issues },
        ),
      })
      .map(({ bounds, cells }): ExchangeModel => ({
        actors: Array.from({ length: actors }, (_, a) => ({ id: `a${a}`, name: `a${a}` })),
        issues: bounds.map(([lower, width], i) => ({ id: `i${i}`, name: `i${i}`, lower, upper: lower + width })),
        positions: cells.flatMap((cell, k) => {
          const a = Math.floor(k / issues),
            i = k % issues
          if (!cell.present && a >= 2) return []
          const [lower, width] = bounds[i]!
          return [
            { actor: `a${a}`, issue: `i${i}`, position: lower + cell.at * width, salience: cell.s, power: cell.c },
          ]
        }),
      })),
  )

const lookup = (model: ExchangeModel, actor: string, issue: string) =>
  model.positions.find((p) => p.actor === actor && p.issue === issue)!

describe('the exchange model: laws', () => {
  it('gives both actors of every exchange the same positive gain, recomputed from the reported moves', () =>
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = runExchangeModel(model, { rounds: 3 })
        for (const round of result.rounds)
          for (const e of round.exchanges) {
            const [i, j] = e.actors
            const [q, p] = e.issues
            const span = (id: string) => {
              const issue = model.issues.find((x) => x.id === id)!
              return issue.upper - issue.lower
            }
            const weight = (id: string) =>
              model.positions.filter((x) => x.issue === id).reduce((w, x) => w + x.salience * x.power, 0)
            // Outcome shifts on the 0-100 copies: move × c × s / W.
            const dq =
              (((Math.abs(e.moves[i]!) * 100) / span(q)) * lookup(model, i, q).power * lookup(model, i, q).salience) /
              weight(q)
            const dp =
              (((Math.abs(e.moves[j]!) * 100) / span(p)) * lookup(model, j, p).power * lookup(model, j, p).salience) /
              weight(p)
            const gainI = dp * lookup(model, i, p).salience - dq * lookup(model, i, q).salience
            const gainJ = dq * lookup(model, j, q).salience - dp * lookup(model, j, p).salience
            expect(e.gain).toBeGreaterThan(0)
            expect(gainI).toBeCloseTo(e.gain, 6)
            expect(gainJ).toBeCloseTo(e.gain, 6)
          }
      }),
      { numRuns: 300 },
    ))

  it('keeps every outcome within its issue’s bounds, and the same input gives the same run', () =>
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = runExchangeModel(model, { rounds: 4 })
        for (const round of [{ outcome: result.initialOutcome }, ...result.rounds])
          for (const issue of model.issues) {
            expect(round.outcome[issue.id]!).toBeGreaterThanOrEqual(issue.lower - 1e-9)
            expect(round.outcome[issue.id]!).toBeLessThanOrEqual(issue.upper + 1e-9)
          }
        expect(JSON.stringify(runExchangeModel(structuredClone(model), { rounds: 4 }))).toBe(JSON.stringify(result))
      }),
      { numRuns: 200 },
    ))

  it('stopped by its signal anywhere, it reports exactly the whole rounds before the stop', () =>
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 60 }), (model, firesAt) => {
        const { signal } = firingSignal(firesAt)
        const stopped = runExchangeModel(model, { rounds: 4, signal })
        if (stopped.stopped === undefined) {
          expect(stopped).toEqual(runExchangeModel(model, { rounds: 4 }))
          return
        }
        const done = stopped.stopped.round - 1
        expect(stopped.rounds).toHaveLength(done)
        const shorter =
          done === 0
            ? { ...runExchangeModel(model, { rounds: 1 }), rounds: [] }
            : runExchangeModel(model, { rounds: done })
        expect({ ...stopped, stopped: undefined }).toEqual({ ...shorter, stopped: undefined })
      }),
      { numRuns: 200 },
    ))

  it('does not start a round when its signal was aborted before the run', () =>
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = runExchangeModel(model, { rounds: 3, signal: AbortSignal.abort() })
        expect(result.stopped).toEqual({ round: 1 })
        expect(result.rounds).toEqual([])
        expect(result.initialOutcome).toEqual(runExchangeModel(model, { rounds: 1 }).initialOutcome)
      }),
    ))
})
