/**
 * Line and column for problems found after parsing, so an editor can jump to them. JSON is
 * YAML too, so one locator serves both: the text is built into a YAML document (safely, see
 * `composeYaml`) and each problem's path is followed through it. A path that ends at a missing
 * key points at the mapping that should hold it; a path that ends at a key points at the key.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml'
import { composeYaml } from './composeYaml.js'
import type { Problem, ProblemPath } from './Problem.js'

// Locating walks the document once per problem; beyond this many the rest keep their paths only.
const maxLocated = 1000

const offsetOf = (root: Node | null, path: ProblemPath): number | undefined => {
  let node: unknown = root
  let offset = root?.range?.[0]
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      if (pair === undefined) break
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      node = node.items[step]
      offset = (node as Node | null)?.range?.[0] ?? offset
    } else break
    // An alias points elsewhere in the file; the place of the alias itself is the best answer.
    if (isAlias(node)) break
  }
  return offset
}

/**
 * Adds line and column to the problems that have none, when the text can be followed.
 * @example
 * locateProblems('a: 1\nb: x\n', [{ code: 'wrongType', path: ['b'], message: '...' }])[0].line // => 2
 */
export const locateProblems = <P extends Problem>(text: string, problems: readonly P[]): P[] => {
  if (problems.every((p) => p.line !== undefined)) return [...problems]
  const composed = composeYaml(text)
  if (composed._tag !== 'Composed' || composed.document.errors.length > 0) return [...problems]
  const root = composed.document.contents
  return problems.map((problem, index) => {
    if (problem.line !== undefined || index >= maxLocated) return problem
    const offset = offsetOf(root, problem.path)
    if (offset === undefined) return problem
    const { line, col } = composed.lineCounter.linePos(offset)
    return { ...problem, line, column: col }
  })
}
