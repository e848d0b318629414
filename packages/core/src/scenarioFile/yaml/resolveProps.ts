/**
 * The tokens around a node: its properties (anchor, tag), its indicator (`-`, `?`, `:`, `---`)
 * and what follows it (spaces, comments). A port of yaml 2.9's `resolve-props.js`,
 * `resolve-end.js` and two of its compose utilities (ISC licence, Eemeli Aro), with the same
 * checks and messages, keeping only what reading needs: comments are seen, not kept.
 */
import type { OnError, Offset, Props, PropsContext, SourceToken, Token } from './YamlNode.js'

const sepMessage = 'Tags and anchors must be separated from the next token by white space'
const commentMessage = 'Comments must be separated from other tokens by white space characters'

/** Reads the tokens before a node (yaml's `resolveProps`). */
export const resolveProps = (tokens: readonly SourceToken[], context: PropsContext, onError: OnError): Props => {
  const { flow, indicator, next, offset, parentIndent, startOnNewline } = context
  let atNewline = startOnNewline
  let hasSpace = startOnNewline
  let hasComment = false
  let hasNewline = false
  let reqSpace = false
  let tab: SourceToken | null = null
  let anchor: SourceToken | null = null
  let tag: SourceToken | null = null
  let newlineAfterProp: SourceToken | null = null
  let comma: SourceToken | null = null
  let found: SourceToken | null = null
  let start: Offset | null = null
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comma')
        onError(token.offset, sepMessage)
      reqSpace = false
    }
    if (tab) {
      if (atNewline && token.type !== 'comment' && token.type !== 'newline')
        onError(tab, 'Tabs are not allowed as indentation')
      tab = null
    }
    switch (token.type) {
      case 'space':
        // At the document level a tab at a line start may be leading space, not indentation.
        if (!flow && (indicator !== 'doc-start' || next?.type !== 'flow-collection') && token.source.includes('\t'))
          tab = token
        hasSpace = true
        break
      case 'comment':
        if (!hasSpace) onError(token, commentMessage)
        hasComment = true
        atNewline = false
        break
      case 'newline':
        atNewline = true
        hasNewline = true
        if (anchor || tag) newlineAfterProp = token
        hasSpace = true
        break
      case 'anchor':
        if (anchor) onError(token, 'A node can have at most one anchor')
        anchor = token
        start ??= token.offset
        atNewline = false
        hasSpace = false
        reqSpace = true
        break
      case 'tag':
        if (tag) onError(token, 'A node can have at most one tag')
        tag = token
        start ??= token.offset
        atNewline = false
        hasSpace = false
        reqSpace = true
        break
      case indicator:
        if (anchor || tag) onError(token, `Anchors and tags must be after the ${token.source} indicator`)
        if (found) onError(token, `Unexpected ${token.source} in ${flow ?? 'collection'}`)
        found = token
        atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind'
        hasSpace = false
        break
      default:
        // A comma outside a flow collection is unexpected like any other token.
        if (token.type === 'comma' && flow) {
          if (comma) onError(token, `Unexpected , in ${flow}`)
          comma = token
        } else onError(token, `Unexpected ${token.type} token`)
        atNewline = false
        hasSpace = false
    }
  }
  const last = tokens[tokens.length - 1]
  const end = last ? last.offset + last.source.length : offset
  if (
    reqSpace &&
    next &&
    next.type !== 'space' &&
    next.type !== 'newline' &&
    next.type !== 'comma' &&
    (next.type !== 'scalar' || next.source !== '')
  )
    onError(next.offset, sepMessage)
  if (tab && ((atNewline && tab.indent <= parentIndent) || next?.type === 'block-map' || next?.type === 'block-seq'))
    onError(tab, 'Tabs are not allowed as indentation')
  return { comma, found, hasComment, hasNewline, anchor, tag, newlineAfterProp, end, start: start ?? end }
}

/** Reads the tokens after a node and returns where they end (yaml's `resolveEnd`). */
export const resolveEnd = (
  end: readonly SourceToken[] | undefined,
  offset: Offset,
  reqSpace: boolean,
  onError: OnError,
): Offset => {
  let hasSpace = false
  for (const token of end ?? []) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true
    else if (token.type === 'comment') {
      if (reqSpace && !hasSpace) onError(token, commentMessage)
    } else onError(token, `Unexpected ${token.type} at node end`)
    offset += token.source.length
  }
  return offset
}

/** Whether a key spans more than one line (yaml's `containsNewline`). */
export const containsNewline = (key: Token | null | undefined): boolean => {
  if (!key) return false
  switch (key.type) {
    case 'alias':
    case 'scalar':
    case 'double-quoted-scalar':
    case 'single-quoted-scalar':
      return key.source.includes('\n') || (key.end ?? []).some((st) => st.type === 'newline')
    case 'flow-collection':
      return key.items.some(
        (it) =>
          it.start.some((st) => st.type === 'newline') ||
          (it.sep ?? []).some((st) => st.type === 'newline') ||
          containsNewline(it.key) ||
          containsNewline(it.value),
      )
    default:
      return true
  }
}

/** Where an empty node sits: after the last token that is not space or a comment. */
export const emptyScalarPosition = (offset: Offset, before: readonly SourceToken[] | undefined): Offset => {
  if (before) {
    for (let i = before.length - 1; i >= 0; --i) {
      let st = before[i]!
      if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
        offset -= st.source.length
        continue
      }
      // Placed after the spaces that follow the last token, which is the more useful place.
      st = before[++i]!
      while (st?.type === 'space') {
        offset += st.source.length
        st = before[++i]!
      }
      break
    }
  }
  return offset
}
