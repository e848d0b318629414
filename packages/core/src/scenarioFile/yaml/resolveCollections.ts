/**
 * Block mappings, block sequences and flow collections, from CST items to nodes. A port of
 * yaml 2.9's `resolve-block-map.js`, `resolve-block-seq.js` and `resolve-flow-collection.js`
 * (ISC licence, Eemeli Aro): the same structural checks in the same order with the same
 * messages and offsets, so a broken file reads as it did with the full library. Duplicate
 * keys are found with a set per mapping: yaml's own check compares every key with every
 * earlier one, which takes minutes on a mapping of 150,000 keys.
 */
import { containsNewline, resolveEnd, resolveProps } from './resolveProps.js'
import type { ComposeContext, Composers, Token, YamlMap, YamlNode, YamlPair, YamlSeq } from './YamlNode.js'

type BlockMapToken = Extract<Token, { type: 'block-map' }>
type BlockSeqToken = Extract<Token, { type: 'block-seq' }>
type FlowToken = Extract<Token, { type: 'flow-collection' }>

const startColumn = 'All mapping items must start at the same column'
const blockInFlow = 'Block collections are not allowed within flow collections'
// yaml's `uniqueKeys` check (scalar keys equal by ===) with a set, so that it takes linear time.
const duplicateKey = 'Map keys must be unique'
const isRepeated = (keys: Set<unknown>, key: YamlNode): boolean => {
  if (key.kind !== 'scalar' || Number.isNaN(key.value)) return false
  if (keys.has(key.value)) return true
  keys.add(key.value)
  return false
}
const isBlock = (token: Token | null | undefined): boolean => token?.type === 'block-map' || token?.type === 'block-seq'

/** A block mapping (yaml's `resolveBlockMap`). */
export const resolveBlockMap = (cn: Composers, ctx: ComposeContext, bm: BlockMapToken): YamlMap => {
  const err = ctx.onError
  ctx.atRoot = false
  const pairs: YamlPair[] = []
  const keys = new Set<unknown>()
  let offset = bm.offset
  let commentEnd: number | null = null
  for (const { start, key, sep, value } of bm.items) {
    const keyProps = resolveProps(
      start,
      { indicator: 'explicit-key-ind', next: key ?? sep?.[0], offset, parentIndent: bm.indent, startOnNewline: true },
      err,
    )
    const implicitKey = !keyProps.found
    if (implicitKey) {
      if (key?.type === 'block-seq') err(offset, 'A block sequence may not be used as an implicit map key')
      else if (key && 'indent' in key && key.indent !== bm.indent) err(offset, startColumn)
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        // A line of comments only.
        commentEnd = keyProps.end
        continue
      }
      if (keyProps.newlineAfterProp || containsNewline(key))
        err(key ?? start[start.length - 1] ?? offset, 'Implicit keys need to be on a single line')
    } else if (keyProps.found?.indent !== bm.indent) err(offset, startColumn)
    const keyNode = key ? cn.composeNode(ctx, key, keyProps) : cn.composeEmptyNode(ctx, keyProps.end, start, keyProps)
    if (isRepeated(keys, keyNode)) err(keyProps.end, duplicateKey)
    const valueProps = resolveProps(
      sep ?? [],
      {
        indicator: 'map-value-ind',
        next: value,
        offset: keyNode.end,
        parentIndent: bm.indent,
        startOnNewline: !key || key.type === 'block-scalar',
      },
      err,
    )
    offset = valueProps.end
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === 'block-map' && !valueProps.hasNewline)
          err(offset, 'Nested mappings are not allowed in compact mappings')
        if (keyProps.start < valueProps.found.offset - 1024)
          err(
            keyNode.start,
            'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
          )
      }
      const valueNode = value
        ? cn.composeNode(ctx, value, valueProps)
        : cn.composeEmptyNode(ctx, offset, sep, valueProps)
      offset = valueNode.end
      pairs.push({ key: keyNode, value: valueNode })
    } else {
      if (implicitKey) err(keyNode.start, 'Implicit map keys need to be followed by map values')
      pairs.push({ key: keyNode, value: null })
    }
  }
  if (commentEnd && commentEnd < offset) err(commentEnd, 'Map comment with trailing content')
  return { kind: 'map', start: bm.offset, end: commentEnd ?? offset, pairs }
}

/** A block sequence (yaml's `resolveBlockSeq`). */
export const resolveBlockSeq = (cn: Composers, ctx: ComposeContext, bs: BlockSeqToken): YamlSeq => {
  const err = ctx.onError
  ctx.atRoot = false
  const items: YamlNode[] = []
  let offset = bs.offset
  let commentEnd: number | null = null
  for (const { start, value } of bs.items) {
    const props = resolveProps(
      start,
      { indicator: 'seq-item-ind', next: value, offset, parentIndent: bs.indent, startOnNewline: true },
      err,
    )
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === 'block-seq') err(props.end, 'All sequence items must start at the same column')
        else err(offset, 'Sequence item without - indicator')
      } else {
        commentEnd = props.end
        continue
      }
    }
    const node = value ? cn.composeNode(ctx, value, props) : cn.composeEmptyNode(ctx, props.end, start, props)
    offset = node.end
    items.push(node)
  }
  return { kind: 'seq', start: bs.offset, end: commentEnd ?? offset, items }
}

/** A flow mapping or sequence (yaml's `resolveFlowCollection`). */
export const resolveFlowCollection = (cn: Composers, ctx: ComposeContext, fc: FlowToken): YamlMap | YamlSeq => {
  const err = ctx.onError
  const isMap = fc.start.source === '{'
  const fcName = isMap ? 'flow map' : 'flow sequence'
  const atRoot = ctx.atRoot
  ctx.atRoot = false
  const pairs: YamlPair[] = []
  const keys = new Set<unknown>()
  const items: YamlNode[] = []
  let offset = fc.offset + fc.start.source.length
  for (let i = 0; i < fc.items.length; ++i) {
    const { start, key, sep, value } = fc.items[i]!
    const props = resolveProps(
      start,
      {
        flow: fcName,
        indicator: 'explicit-key-ind',
        next: key ?? sep?.[0],
        offset,
        parentIndent: fc.indent,
        startOnNewline: false,
      },
      err,
    )
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma) err(props.comma, `Unexpected , in ${fcName}`)
        else if (i < fc.items.length - 1) err(props.start, `Unexpected empty item in ${fcName}`)
        offset = props.end
        continue
      }
      if (!isMap && containsNewline(key)) err(key!, 'Implicit keys of flow sequence pairs need to be on a single line')
    }
    if (i === 0) {
      if (props.comma) err(props.comma, `Unexpected , in ${fcName}`)
    } else if (!props.comma) err(props.start, `Missing , between ${fcName} items`)
    if (!isMap && !sep && !props.found) {
      const valueNode = value ? cn.composeNode(ctx, value, props) : cn.composeEmptyNode(ctx, props.end, sep, props)
      items.push(valueNode)
      offset = valueNode.end
      if (isBlock(value)) err(valueNode.start, blockInFlow)
      continue
    }
    const keyNode = key ? cn.composeNode(ctx, key, props) : cn.composeEmptyNode(ctx, props.end, start, props)
    if (isBlock(key)) err(keyNode.start, blockInFlow)
    const valueProps = resolveProps(
      sep ?? [],
      {
        flow: fcName,
        indicator: 'map-value-ind',
        next: value,
        offset: keyNode.end,
        parentIndent: fc.indent,
        startOnNewline: false,
      },
      err,
    )
    if (valueProps.found) {
      if (!isMap && !props.found) {
        for (const st of sep ?? []) {
          if (st === valueProps.found) break
          if (st.type === 'newline') {
            err(st, 'Implicit keys of flow sequence pairs need to be on a single line')
            break
          }
        }
        if (props.start < valueProps.found.offset - 1024)
          err(
            valueProps.found,
            'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
          )
      }
    } else if (value) {
      if ('source' in value && value.source?.[0] === ':') err(value, `Missing space after : in ${fcName}`)
      else err(valueProps.start, `Missing , or : between ${fcName} items`)
    }
    const valueNode = value
      ? cn.composeNode(ctx, value, valueProps)
      : valueProps.found
        ? cn.composeEmptyNode(ctx, valueProps.end, sep, valueProps)
        : null
    if (valueNode && isBlock(value)) err(valueNode.start, blockInFlow)
    const pair = { key: keyNode, value: valueNode }
    // A `key: value` inside a flow sequence is a mapping of one pair.
    if (isMap) {
      if (isRepeated(keys, keyNode)) err(props.end, duplicateKey)
      pairs.push(pair)
    } else items.push({ kind: 'map', start: keyNode.start, end: (valueNode ?? keyNode).end, pairs: [pair] })
    offset = valueNode ? valueNode.end : valueProps.end
  }
  const expectedEnd = isMap ? '}' : ']'
  const [ce, ...ee] = fc.end
  let cePos = offset
  if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length
  else {
    const name = isMap ? 'Flow map' : 'Flow sequence'
    err(
      offset,
      atRoot
        ? `${name} must end with a ${expectedEnd}`
        : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`,
    )
    if (ce && ce.source.length !== 1) ee.unshift(ce)
  }
  const end = ee.length > 0 ? resolveEnd(ee, cePos, true, err) : cePos
  return isMap ? { kind: 'map', start: fc.offset, end, pairs } : { kind: 'seq', start: fc.offset, end, items }
}
