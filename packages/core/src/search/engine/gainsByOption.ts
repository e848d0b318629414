/**
 * The compiled gains in option-major order, for the node relaxations whose inner loops walk
 * the parties of one option (maxminRefiner, nashRefiner, participationRefiner): the compiled
 * form keeps them party-major (`gain[p * T + k]`).
 */
import type { CompiledScenario } from '../../evaluate/compile.js'

/**
 * A copy of the gains with `byOption[k * P + p] = gain[p * T + k]` (k a flat option).
 * @example
 * gainsByOption(problem.c)[1] === problem.c.gain[problem.c.totalOptions] // => true: party 1 on flat option 0
 * @category search
 */
export const gainsByOption = (c: CompiledScenario): Float64Array => {
  const { partyCount: P, totalOptions: T, gain } = c
  const byOption = new Float64Array(T * P)
  for (let p = 0; p < P; p++) for (let k = 0; k < T; k++) byOption[k * P + p] = gain[p * T + k]!
  return byOption
}
