/**
 * YAML text to a tree of nodes, safely and with the yaml library's own error messages, but
 * without its document model. The text is tokenised and parsed by yaml's `Parser` (the only
 * part of yaml in the reading path: a browser bundle then carries its lexer and parser, not its
 * composer, document classes, schemas and stringifier); our composer in `yaml/` builds the tree.
 *
 * Before composing, the nesting of the tokens is measured without recursion, and only texts
 * within the depth limit are composed: the composer recurses and would run out of stack on
 * `[[[[...`.
 *
 * Only the first document is composed; `extraDocumentAt` says where a second one starts.
 * Errors are yaml's: those of the first document, in the order yaml reports them.
 */
import { Parser, type CST } from 'yaml'
import { scenarioFileLimits as limits } from './limits.js'
import { composers } from './yaml/composeNode.js'
import { resolveEnd, resolveProps } from './yaml/resolveProps.js'
import { offsetOf, type ComposeContext, type OnError, type YamlError, type YamlNode } from './yaml/YamlNode.js'

/** A composed first document, or where the nesting got too deep. */
export type ComposedYaml =
  | {
      readonly _tag: 'Composed'
      /** The document's root node; null when the text holds no document at all. */
      readonly contents: YamlNode | null
      readonly errors: readonly YamlError[]
      readonly extraDocumentAt?: number
    }
  | { readonly _tag: 'TooDeep'; readonly offset: number }

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

/** Resolves tag handles as yaml's `Directives.tagName` does, with the `%TAG` handles in force. */
const tagResolver =
  (handles: Readonly<Record<string, string>>) =>
  (token: CST.SourceToken, onError: OnError): string | null => {
    const source = token.source
    const fail = (message: string): null => (onError(token, message), null)
    if (source === '!') return '!'
    if (source[0] !== '!') return fail(`Not a valid tag: ${source}`)
    if (source[1] === '<') {
      const verbatim = source.slice(2, -1)
      if (verbatim === '!' || verbatim === '!!') return fail(`Verbatim tags aren't resolved, so ${source} is invalid.`)
      if (source[source.length - 1] !== '>') onError(token, 'Verbatim tags must end with a >')
      return verbatim
    }
    const [, handle, suffix] = /^(.*!)([^!]*)$/s.exec(source)!
    if (!suffix) onError(token, `The ${source} tag has no suffix`)
    const prefix = Object.hasOwn(handles, handle!) ? handles[handle!] : undefined
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix!)
      } catch (error) {
        return fail(String(error))
      }
    }
    return handle === '!' ? source : fail(`Could not resolve tag: ${source}`)
  }

/** Reads a `%TAG` or `%YAML` line as yaml's `Directives.add` does; only its errors matter here. */
const readDirective = (token: CST.Directive, handles: Record<string, string>, onError: OnError): void => {
  const [name, ...parts] = token.source.trim().split(/[ \t]+/)
  const at = (offset: number, message: string): void => onError(token.offset + offset, message)
  if (name === '%TAG') {
    if (parts.length !== 2) at(0, '%TAG directive should contain exactly two parts')
    if (parts.length >= 2) handles[parts[0]!] = parts[1]!
  } else if (name === '%YAML') {
    if (parts.length !== 1) at(0, '%YAML directive should contain exactly one part')
    // An unknown version of the right form (1.3) is only a warning in yaml.
    else if (parts[0] !== '1.1' && parts[0] !== '1.2' && !/^\d+\.\d+$/.test(parts[0]!))
      at(6, `Unsupported YAML version ${parts[0]}`)
  }
  // Unknown directives are warnings in yaml, not errors.
}

/** The root node of a document, and whether it started with `---`. */
const composeDocument = (token: CST.Document, ctx: ComposeContext): { contents: YamlNode; docStart: boolean } => {
  const { offset, start, value, end } = token
  const props = resolveProps(
    start,
    { indicator: 'doc-start', next: value ?? end?.[0], offset, parentIndent: 0, startOnNewline: true },
    ctx.onError,
  )
  if (props.found && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline)
    ctx.onError(props.end, 'Block collection cannot start on same line with directives-end marker')
  const contents = value
    ? composers.composeNode(ctx, value, props)
    : composers.composeEmptyNode(ctx, props.end, start, props)
  resolveEnd(end, contents.end, false, ctx.onError)
  return { contents, docStart: props.found !== null }
}

/**
 * Composes the first YAML document of a text, or reports that the text nests too deeply.
 * @example
 * composeYaml('a: 1\n').errors // => []
 * composeYaml('[1').errors[0]?.message // => 'Flow sequence must end with a ]'
 */
export const composeYaml = (text: string): ComposedYaml => {
  const tokens = Array.from(new Parser().parse(text))
  const deep = tooDeepAt(tokens)
  if (deep !== undefined) return { _tag: 'TooDeep', offset: deep }
  // Errors before and between documents wait in `pending`, as in yaml's Composer: they join
  // the first document when it is composed or when the stream (or the document) ends.
  let pending: YamlError[] = []
  let own: YamlError[] | undefined
  let contents: YamlNode | null = null
  let atDirectives = false
  const handles: Record<string, string> = { '!!': 'tag:yaml.org,2002:' }
  const toPending: OnError = (at, message) => void pending.push({ offset: offsetOf(at), message })
  for (const token of tokens) {
    if (token.type === 'directive') {
      readDirective(token, handles, toPending)
      atDirectives = true
    } else if (token.type === 'document') {
      if (own !== undefined) return done(contents, own, token.offset)
      const document = composeDocument(token, {
        atRoot: true,
        tagName: tagResolver({ ...handles }),
        onError: toPending,
      })
      contents = document.contents
      if (atDirectives && !document.docStart) toPending(token, 'Missing directives-end/doc-start indicator line')
      own = pending
      pending = []
      atDirectives = false
    } else if (token.type === 'error') {
      const message = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message
      ;(atDirectives || own === undefined ? pending : own).push({ offset: token.offset, message })
    } else if (token.type === 'doc-end') {
      if (own === undefined) toPending(token, 'Unexpected doc-end without preceding document')
      else {
        resolveEnd(token.end, token.offset + token.source.length, true, toPending)
        own.push(...pending)
        pending = []
      }
    } else if (
      token.type !== 'byte-order-mark' &&
      token.type !== 'space' &&
      token.type !== 'comment' &&
      token.type !== 'newline'
    )
      toPending(token, `Unsupported token ${token.type}`)
  }
  if (own === undefined && atDirectives) toPending(text.length, 'Missing directives-end indicator line')
  return done(contents, [...(own ?? []), ...pending])
}

const done = (contents: YamlNode | null, errors: YamlError[], extraDocumentAt?: number): ComposedYaml =>
  extraDocumentAt === undefined
    ? { _tag: 'Composed', contents, errors }
    : { _tag: 'Composed', contents, errors, extraDocumentAt }
