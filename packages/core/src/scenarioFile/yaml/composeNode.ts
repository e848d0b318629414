/**
 * One CST token to one node: scalars resolved by the YAML 1.2 core schema (or their explicit
 * tag), collections by `resolveCollections`, aliases kept for later. A port of yaml 2.9's
 * `compose-node.js`, `compose-scalar.js` and `compose-collection.js` (ISC licence, Eemeli
 * Aro), with the same checks and messages. What it leaves out never changes whether a
 * scenario file is accepted: comments, custom schemas, and the YAML 1.1 tags (`!!binary`,
 * `!!set`, `!!omap`, `!!pairs`, `!!timestamp`), which keep their tag, so the reader refuses them.
 */
import { resolveBlockScalar } from './resolveBlockScalar.js'
import { resolveBlockMap, resolveBlockSeq, resolveFlowCollection } from './resolveCollections.js'
import { resolveFlowScalar } from './resolveFlowScalar.js'
import { emptyScalarPosition, resolveEnd } from './resolveProps.js'
import type {
  BlockScalarToken,
  ComposeContext,
  Composers,
  FlowScalarToken,
  Props,
  SourceToken,
  Token,
  YamlNode,
  YamlScalar,
} from './YamlNode.js'

type Value = YamlScalar['value']
const yamlTag = (name: string): string => `tag:yaml.org,2002:${name}`

// The core schema's scalar tags in yaml's order: the first whose test matches resolves a plain scalar.
const coreTags: readonly (readonly [string, RegExp, (s: string) => Value])[] = [
  ['null', /^(?:~|[Nn]ull|NULL)?$/, () => null],
  ['bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  ['int', /^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
  ['int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  ['int', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
  [
    'float',
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
  ],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
]

/** The value of a scalar's text: by the first core tag that matches (of `tagName` only, when given). */
const resolveCore = (source: string, tagName?: string): Value => {
  for (const [name, test, resolve] of coreTags)
    if ((tagName === undefined || yamlTag(name) === tagName) && test.test(source)) return resolve(source)
  // Text, also for a tag whose test fails (yaml warns, keeps the text and the tag).
  return source
}

type ScalarToken = FlowScalarToken | BlockScalarToken

const composeScalar = (ctx: ComposeContext, token: ScalarToken, tagToken: SourceToken | null): YamlScalar => {
  const { value: source, end } =
    token.type === 'block-scalar'
      ? resolveBlockScalar(token, ctx.atRoot, ctx.onError)
      : resolveFlowScalar(token, ctx.onError)
  const tagName = tagToken ? ctx.tagName(tagToken, ctx.onError) : null
  const value = tagName
    ? tagName === '!'
      ? source
      : resolveCore(source, tagName)
    : token.type === 'scalar'
      ? resolveCore(source)
      : source
  return tagName
    ? { kind: 'scalar', start: token.offset, end, value, tag: tagName }
    : { kind: 'scalar', start: token.offset, end, value }
}

type CollectionToken = Extract<Token, { type: 'block-map' | 'block-seq' | 'flow-collection' }>

const composeCollection = (ctx: ComposeContext, token: CollectionToken, props: Props): YamlNode => {
  const tagToken = props.tag
  const tagName = tagToken ? ctx.tagName(tagToken, ctx.onError) : null
  if (token.type === 'block-seq') {
    const { anchor, newlineAfterProp: nl } = props
    const lastProp = anchor && tagToken ? (anchor.offset > tagToken.offset ? anchor : tagToken) : (anchor ?? tagToken)
    if (lastProp && (!nl || nl.offset < lastProp.offset))
      ctx.onError(lastProp, 'Missing newline after block sequence props')
  }
  const node =
    token.type === 'block-map'
      ? resolveBlockMap(composers, ctx, token)
      : token.type === 'block-seq'
        ? resolveBlockSeq(composers, ctx, token)
        : resolveFlowCollection(composers, ctx, token)
  // The non-specific tag `!` names the collection's own kind; any other tag is kept as written.
  if (tagName) node.tag = tagName === '!' ? yamlTag(node.kind) : tagName
  return node
}

/** A node for a token (yaml's `composeNode`). */
const composeNode = (ctx: ComposeContext, token: Token, props: Props): YamlNode => {
  const { anchor, tag } = props
  let node: YamlNode | undefined
  switch (token.type) {
    case 'alias': {
      const name = token.source.substring(1)
      if (name === '') ctx.onError(token.offset, 'Alias cannot be an empty string')
      const valueEnd = token.offset + token.source.length
      node = { kind: 'alias', start: token.offset, end: resolveEnd(token.end, valueEnd, true, ctx.onError), name }
      if (anchor || tag) ctx.onError(token, 'An alias node must not specify any properties')
      break
    }
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      node = composeScalar(ctx, token, tag)
      if (anchor) node.anchor = anchor.source.substring(1)
      break
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      node = composeCollection(ctx, token, props)
      if (anchor) node.anchor = anchor.source.substring(1)
      break
    default:
      ctx.onError(
        'offset' in token ? token.offset : 0,
        token.type === 'error' ? token.message : `Unsupported token (type: ${token.type})`,
      )
  }
  node ??= composeEmptyNode(ctx, 'offset' in token ? token.offset : 0, undefined, props)
  if (anchor && node.anchor === '') ctx.onError(anchor, 'Anchor cannot be an empty string')
  return node
}

/** An empty node (a null scalar, or an empty text under `!!str`) where a value was left out. */
const composeEmptyNode = (
  ctx: ComposeContext,
  offset: number,
  before: readonly SourceToken[] | undefined,
  props: Props,
): YamlNode => {
  const token: ScalarToken = { type: 'scalar', offset: emptyScalarPosition(offset, before), indent: -1, source: '' }
  const node = composeScalar(ctx, token, props.tag)
  if (props.anchor) {
    node.anchor = props.anchor.source.substring(1)
    if (node.anchor === '') ctx.onError(props.anchor, 'Anchor cannot be an empty string')
  }
  // A comment after an empty value belongs to it, so the node ends after the comment.
  if (props.hasComment) node.end = props.end
  return node
}

/** The two composers, for the collection resolvers and the document. */
export const composers: Composers = { composeNode, composeEmptyNode }
