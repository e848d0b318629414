/**
 * Line and column for problems found after parsing, so an editor can jump to them. JSON is
 * YAML too, so one locator serves both: the text is built into a YAML document (safely, see
 * `composeYaml`) and each problem's path is followed through it. A path that ends at a missing
 * key points at the mapping that should hold it; a path that ends at a key points at the key.
 */
import { composeYaml } from './composeYaml.js'
import type { Problem, ProblemPath } from './Problem.js'
import { linePositions } from './readText.js'
import type { YamlNode, YamlPair } from './yaml/YamlNode.js'

// Locating walks the document once per problem; beyond this many the rest keep their paths only.
const maxLocated = 1000

const offsetOf = (root: YamlNode | null, path: ProblemPath): number | undefined => {
  let node: YamlNode | null | undefined = root
  let offset = root?.start
  for (const step of path) {
    if (node?.kind === 'map') {
      const pair: YamlPair | undefined = node.pairs.find(
        (p) => p.key.kind === 'scalar' && String(p.key.value) === String(step),
      )
      if (pair === undefined) break
      offset = pair.key.start
      node = pair.value
    } else if (node?.kind === 'seq' && typeof step === 'number' && step < node.items.length) {
      node = node.items[step]!
      offset = node.start
    } else break
    // An alias points elsewhere in the file; the place of the alias itself is the best answer.
    if (node?.kind === 'alias') break
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
  if (composed._tag !== 'Composed' || composed.errors.length > 0) return [...problems]
  const root = composed.contents
  const position = linePositions(text)
  return problems.map((problem, index) => {
    if (problem.line !== undefined || index >= maxLocated) return problem
    const offset = offsetOf(root, problem.path)
    return offset === undefined ? problem : { ...problem, ...position(offset) }
  })
}
