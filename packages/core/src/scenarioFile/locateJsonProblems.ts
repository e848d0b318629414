/**
 * Line and column for problems found in a JSON file, without a YAML parser: the JSON-only
 * reader (`parseScenarioJson`) must not pull the yaml library into a browser bundle.
 *
 * The text has already been read by `JSON.parse`, so it is valid JSON. One pass (iterative,
 * no recursion) records where every value and every key starts; each problem's path is then
 * followed through that index exactly as `locateProblems` follows it through a YAML document:
 * a step into a mapping points at the key, a step into a list at the item, and a path that
 * ends at a missing key keeps the place reached so far. Where `locateProblems` gives up (a
 * repeated key, nesting past its token-depth guard) this gives up too, so both place every
 * problem of a JSON text identically (property-tested in locateJsonProblems.prop.test.ts).
 */
import type { Problem, ProblemPath } from './Problem.js'
import { scenarioFileLimits as limits } from './limits.js'
import { linePositions } from './readText.js'

/** Where a value starts, and for a list or mapping where its entries start. */
interface Placed {
  readonly start: number
  /** Keys of a mapping, in order; undefined for lists and scalars. */
  readonly keys?: string[]
  /** Offset of each key's opening quote, parallel to `keys`. */
  readonly keyAt?: number[]
  readonly children: Placed[]
}

// As in locateProblems: beyond this many problems the rest keep their paths only.
const maxLocated = 1000
// composeYaml's guard, in JSON's terms: a value at nesting level L is a YAML token at depth L + 2.
const maxLevel = 2 * limits.maxDepth + 8 - 2

const stringPattern = /"(?:[^"\\]|\\.)*"/y
const scalarPattern = /[^,\]}\s]*/y

/** The index of a valid JSON text, or undefined where the YAML locator would not place anything. */
const indexJson = (text: string): Placed | undefined => {
  const stack: { node: Placed; seen?: Set<string> }[] = []
  let root: Placed | undefined
  let key: { name: string; at: number } | undefined
  let expectKey = false
  let i = 0
  const read = (pattern: RegExp): string => {
    pattern.lastIndex = i
    const found = pattern.exec(text)![0]
    i += found.length
    return found
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ':') {
      i++
      continue
    }
    const top = stack[stack.length - 1]
    if (c === ',') {
      expectKey = top?.node.keys !== undefined
      i++
      continue
    }
    if (c === '}' || c === ']') {
      stack.pop()
      i++
      continue
    }
    if (expectKey) {
      const at = i
      key = { name: JSON.parse(read(stringPattern)) as string, at }
      if (top!.seen!.has(key.name)) return undefined
      top!.seen!.add(key.name)
      expectKey = false
      continue
    }
    if (stack.length > maxLevel) return undefined
    const node: Placed = c === '{' ? { start: i, keys: [], keyAt: [], children: [] } : { start: i, children: [] }
    if (top === undefined) root = node
    else {
      if (top.node.keys !== undefined) {
        top.node.keys.push(key!.name)
        top.node.keyAt!.push(key!.at)
      }
      top.node.children.push(node)
    }
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? { node, seen: new Set() } : { node })
      expectKey = c === '{'
      i++
    } else read(c === '"' ? stringPattern : scalarPattern)
  }
  return root
}

const offsetOf = (root: Placed, path: ProblemPath): number => {
  let node: Placed | undefined = root
  let offset = root.start
  for (const step of path) {
    if (node?.keys !== undefined) {
      const k = node.keys.indexOf(String(step))
      if (k < 0) break
      offset = node.keyAt![k]!
      node = node.children[k]
    } else if (node !== undefined && typeof step === 'number' && step < node.children.length) {
      node = node.children[step]!
      offset = node.start
    } else break
  }
  return offset
}

/**
 * Adds line and column to the problems that have none, following their paths through a JSON
 * text that `JSON.parse` accepted.
 * @example
 * locateJsonProblems('{"a": 1,\n "b": "x"}', [{ code: 'wrongType', path: ['b'], message: '...' }])[0].line // => 2
 * @category scenarioFile
 */
export const locateJsonProblems = <P extends Problem>(text: string, problems: readonly P[]): P[] => {
  if (problems.every((p) => p.line !== undefined)) return [...problems]
  const root = indexJson(text)
  if (root === undefined) return [...problems]
  const position = linePositions(text)
  return problems.map((problem, index) => {
    if (problem.line !== undefined || index >= maxLocated) return problem
    return { ...problem, ...position(offsetOf(root, problem.path)) }
  })
}
