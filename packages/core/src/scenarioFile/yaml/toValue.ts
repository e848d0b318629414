/**
 * A composed tree to plain values: `Map`s for mappings (keys as written, so no `__proto__`
 * assignment), arrays for sequences, aliases resolved to the value of their anchor. Alias
 * bombs are stopped exactly where yaml's `toJS({ maxAliasCount })` stops them (the same
 * count: uses of an anchor times the aliases inside it), since that decides which files read.
 */
import { preorder, type YamlNode } from './YamlNode.js'

/** The value, or why there is none. */
export type ValueResult =
  | { readonly _tag: 'Value'; readonly value: unknown }
  | { readonly _tag: 'TooManyAliases' }
  | { readonly _tag: 'UnresolvedAlias'; readonly name: string; readonly offset: number }

interface Anchored {
  count: number
  aliasCount: number
  res: unknown
}

class Stop {
  constructor(readonly result: ValueResult) {}
}

/**
 * The value of a composed document.
 * @example
 * toValue({ kind: 'scalar', start: 0, end: 1, value: 1 }, 100) // => { _tag: 'Value', value: 1 }
 * toValue({ kind: 'alias', start: 0, end: 2, name: 'a' }, 100)._tag // => 'UnresolvedAlias'
 */
export const toValue = (root: YamlNode | null, maxAliasCount: number): ValueResult => {
  // The anchor an alias refers to: the last one of its name before it in document order
  // (as yaml's Alias.resolve finds it, but in one pass rather than a scan per alias).
  const targets = new Map<YamlNode, YamlNode | undefined>()
  const latest = new Map<string, YamlNode>()
  for (const node of preorder(root)) {
    if (node.kind === 'alias') targets.set(node, latest.get(node.name))
    else if (node.anchor) latest.set(node.anchor, node)
  }
  const target = (alias: YamlNode): YamlNode | undefined => targets.get(alias)
  const anchors = new Map<YamlNode, Anchored>()
  const aliasCount = (node: YamlNode | null): number => {
    if (node === null || node.kind === 'scalar') return 1
    if (node.kind === 'alias') {
      const source = target(node)
      const anchor = source && anchors.get(source)
      return anchor ? anchor.count * anchor.aliasCount : 0
    }
    let count = 0
    if (node.kind === 'map')
      for (const { key, value } of node.pairs) count = Math.max(count, aliasCount(key), aliasCount(value))
    else for (const item of node.items) count = Math.max(count, aliasCount(item))
    return count
  }
  const value = (node: YamlNode | null): unknown => {
    if (node === null) return null
    if (node.kind === 'alias') {
      const source = target(node)
      if (source === undefined) throw new Stop({ _tag: 'UnresolvedAlias', name: node.name, offset: node.start })
      if (!anchors.has(source)) value(source)
      const data = anchors.get(source)!
      data.count += 1
      if (data.aliasCount === 0) data.aliasCount = aliasCount(source)
      if (data.count * data.aliasCount > maxAliasCount) throw new Stop({ _tag: 'TooManyAliases' })
      return data.res
    }
    const data: Anchored | undefined = node.anchor ? { count: 1, aliasCount: 0, res: undefined } : undefined
    if (data) anchors.set(node, data)
    if (node.kind === 'scalar') {
      if (data) data.res = node.value
      return node.value
    }
    // A collection exists before its entries, so an alias inside it can refer to it.
    if (node.kind === 'seq') {
      const seq: unknown[] = []
      if (data) data.res = seq
      for (const item of node.items) seq.push(value(item))
      return seq
    }
    const map = new Map<unknown, unknown>()
    if (data) data.res = map
    for (const pair of node.pairs) {
      const key = value(pair.key)
      map.set(key, value(pair.value))
    }
    return map
  }
  try {
    return { _tag: 'Value', value: value(root) }
  } catch (error) {
    if (error instanceof Stop) return error.result
    throw error
  }
}
