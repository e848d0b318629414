/**
 * What our YAML composer builds from the yaml package's syntax tree (CST): a small tree of
 * scalars, mappings, sequences and aliases, each with where it starts and ends in the text.
 * It holds only what reading a scenario needs: the value, the tag (to refuse non-plain data),
 * the anchor (to resolve aliases) and the offsets (to place problems). Comments are dropped.
 */
import type { CST } from 'yaml'

/** A place in the text, as the yaml library reports errors: a character offset. */
export type Offset = number

/** One error the composer found, with yaml's own message, at a character offset. */
export interface YamlError {
  readonly offset: Offset
  readonly message: string
}

interface NodeBase {
  /** Where the node starts in the text. */
  readonly start: Offset
  /** Where the node and what belongs to it (spaces, comments) end, as yaml's `range[2]`. */
  end: Offset
  tag?: string
  anchor?: string
}

/** A scalar with its value resolved by the YAML 1.2 core schema (or its explicit tag). */
export interface YamlScalar extends NodeBase {
  readonly kind: 'scalar'
  readonly value: null | boolean | number | string
}

/** An alias (`*name`), resolved only when the tree becomes a value. */
export interface YamlAlias extends NodeBase {
  readonly kind: 'alias'
  readonly name: string
}

/** One entry of a mapping; `value` is null for a key without a value. */
export interface YamlPair {
  readonly key: YamlNode
  readonly value: YamlNode | null
}

/** A block or flow mapping. */
export interface YamlMap extends NodeBase {
  readonly kind: 'map'
  readonly pairs: YamlPair[]
}

/** A block or flow sequence. */
export interface YamlSeq extends NodeBase {
  readonly kind: 'seq'
  readonly items: YamlNode[]
}

/** Any node of the composed tree. */
export type YamlNode = YamlScalar | YamlAlias | YamlMap | YamlSeq

/** The CST tokens the composer reads, as the yaml package types them. */
export type Token = CST.Token
/** A token in the `start`, `sep` and `end` lists of the CST. */
export type SourceToken = CST.SourceToken
/** A plain, quoted or alias token. */
export type FlowScalarToken = CST.FlowScalar
/** A literal or folded block scalar token. */
export type BlockScalarToken = CST.BlockScalar

/** Reports an error at an offset, or at the start of a token or range. */
export type OnError = (at: Offset | { readonly offset: Offset } | readonly Offset[], message: string) => void

/** The offset yaml's `getErrorPos` gives first, for a number, a token or a range. */
export const offsetOf = (at: Offset | { readonly offset: Offset } | readonly Offset[]): Offset =>
  typeof at === 'number' ? at : 'offset' in at ? at.offset : (at[0] ?? 0)

/** What composing a node needs to know about where it is. */
export interface ComposeContext {
  /** At the top of the document: a flow collection there "must end", a block scalar need not be indented. */
  atRoot: boolean
  /** Resolves a tag's handle (`!!`, `!`, `%TAG` handles) to its full name, or reports why not. */
  readonly tagName: (tag: SourceToken, onError: OnError) => string | null
  readonly onError: OnError
}

/** The two node composers, handed to the collection resolvers so that no import goes in a circle. */
export interface Composers {
  readonly composeNode: (ctx: ComposeContext, token: Token, props: Props) => YamlNode
  readonly composeEmptyNode: (
    ctx: ComposeContext,
    offset: Offset,
    before: readonly SourceToken[] | undefined,
    props: Props,
  ) => YamlNode
}

/** Where a node's properties were found, as the composer needs them. */
export interface Props {
  readonly comma: SourceToken | null
  readonly found: SourceToken | null
  readonly hasComment: boolean
  readonly hasNewline: boolean
  readonly anchor: SourceToken | null
  readonly tag: SourceToken | null
  readonly newlineAfterProp: SourceToken | null
  readonly end: Offset
  readonly start: Offset
}

/** What `resolveProps` is looking at. */
export interface PropsContext {
  readonly flow?: string
  readonly indicator: string
  readonly next: Token | undefined | null
  readonly offset: Offset
  readonly parentIndent: number
  readonly startOnNewline: boolean
}

/** Every node of a tree in document order, a node before its children and keys before values. */
export const preorder = (root: YamlNode | null): YamlNode[] => {
  const out: YamlNode[] = []
  const walk = (node: YamlNode | null): void => {
    if (node === null) return
    out.push(node)
    if (node.kind === 'map')
      for (const pair of node.pairs) {
        walk(pair.key)
        walk(pair.value)
      }
    else if (node.kind === 'seq') node.items.forEach(walk)
  }
  walk(root)
  return out
}
