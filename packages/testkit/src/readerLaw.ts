/**
 * The law every scenario reader keeps on any input, shared by the fuzz tests of the native
 * reader and of the GeniusWeb and GENIUS importers: reading ends in a valid scenario (one the
 * decoder accepts again, unchanged) or in a non-empty list of well-formed problems; it never
 * throws, never pollutes `Object.prototype`, and never takes over two seconds.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { expect } from 'vitest'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decodeScenario } from '../../core/src/scenarioFile/decodeScenario.js'
import { encodeScenario } from '../../core/src/scenarioFile/encodeScenario.js'
import { formatProblem, problemCodes, type Problem } from '../../core/src/scenarioFile/Problem.js'

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join()

/** Runs one read, checks the law, and returns the result with the milliseconds it took. */
export const checkReaderLaw = (
  read: () => E.Either<ReadonlyNonEmptyArray<Problem>, Scenario>,
): { readonly result: E.Either<ReadonlyNonEmptyArray<Problem>, Scenario>; readonly took: number } => {
  const started = performance.now()
  const result = read() // a throw fails the property, with the input as counterexample
  const took = performance.now() - started
  expect(took).toBeLessThan(2000)
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  if (E.isRight(result)) {
    // A valid scenario is one the decoder accepts again, unchanged.
    expect(decodeScenario(encodeScenario(result.right))).toEqual(result)
    return { result, took }
  }
  expect(result.left.length).toBeGreaterThan(0)
  for (const problem of result.left) {
    expect(problemCodes).toContain(problem.code)
    expect(Array.isArray(problem.path) && problem.path.every((s) => typeof s === 'string' || typeof s === 'number')).toBe(true)
    expect(problem.message.length).toBeGreaterThan(0)
    expect(formatProblem(problem)).not.toMatch(/[\n\r]/)
  }
  return { result, took }
}
