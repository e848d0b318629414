/**
 * YAML text to a YAML document, safely. The yaml library builds documents recursively and
 * runs out of stack on deeply nested input (`[[[[...`), which can bring down the whole process.
 * So the text is first tokenised (the tokeniser does not recurse), the nesting of the tokens is
 * measured without recursion, and only documents within the depth limit are built.
 *
 * Duplicate keys are found here too, in one pass with a set per mapping: the library's own
 * check (`uniqueKeys`) compares every key with every earlier one, which takes minutes on a
 * mapping of 150,000 keys.
 */
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
} from 'yaml'
import { scenarioFileLimits as limits } from './limits.js'

/** A built document with its line counter, or where the nesting got too deep. */
export type ComposedYaml =
  | {
      readonly _tag: 'Composed'
      readonly document: Document.Parsed
      readonly lineCounter: LineCounter
      readonly extraDocumentAt?: number
    }
  | { readonly _tag: 'TooDeep'; readonly offset: number; readonly lineCounter: LineCounter }

// Token nesting runs about twice as deep as data nesting (an entry holds a key and a value).
const maxTokenDepth = 2 * limits.maxDepth + 8

/** The first token nested deeper than the limit, found with an explicit stack. */
const tooDeepAt = (tokens: readonly CST.Token[]): number | undefined => {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 1])
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!
    if (depth > maxTokenDepth) return 'offset' in token ? token.offset : 0
    if (token.type === 'document' && token.value !== undefined) stack.push([token.value, depth + 1])
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1])
        if (item.value) stack.push([item.value, depth + 1])
      }
    }
  }
  return undefined
}

/**
 * Builds the first YAML document of a text (core schema, unique keys), or reports that the
 * text nests too deeply. `extraDocumentAt` is set when a second document follows.
 */
export const composeYaml = (text: string): ComposedYaml => {
  const lineCounter = new LineCounter()
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text))
  const deep = tooDeepAt(tokens)
  if (deep !== undefined) return { _tag: 'TooDeep', offset: deep, lineCounter }
  // logLevel 'error': nothing is printed to the console; problems are returned instead.
  const composer = new Composer({
    schema: 'core',
    uniqueKeys: false,
    strict: true,
    logLevel: 'error',
    prettyErrors: false,
  })
  let document: Document.Parsed | undefined
  for (const next of composer.compose(tokens, true, text.length)) {
    if (document !== undefined)
      return { _tag: 'Composed', document: withDuplicateKeys(document), lineCounter, extraDocumentAt: next.range[0] }
    document = next
  }
  // compose(…, forceDoc = true) always yields a document, even for an empty text.
  return { _tag: 'Composed', document: withDuplicateKeys(document!), lineCounter }
}

/** Adds a DUPLICATE_KEY error for every repeated scalar key, as `uniqueKeys` would, in linear time. */
const withDuplicateKeys = (document: Document.Parsed): Document.Parsed => {
  const found: YAMLParseError[] = []
  const stack: unknown[] = [document.contents]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      const seen = new Set<string>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`
          if (seen.has(id))
            found.push(
              new YAMLParseError(
                [key.range?.[0] ?? 0, key.range?.[1] ?? 0],
                'DUPLICATE_KEY',
                'Map keys must be unique',
              ),
            )
          seen.add(id)
        }
        stack.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item)
    } else if (isAlias(node)) continue
  }
  if (found.length > 0) {
    document.errors.push(...found)
    document.errors.sort((a, b) => a.pos[0] - b.pos[0])
  }
  return document
}
