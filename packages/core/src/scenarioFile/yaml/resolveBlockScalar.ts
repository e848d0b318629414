/**
 * The text of a literal (`|`) or folded (`>`) block scalar: its header read, indentation
 * trimmed, lines folded and the final line breaks chomped. A port of yaml 2.9's
 * `resolve-block-scalar.js` (ISC licence, Eemeli Aro) with the same results and messages.
 */
import type { ResolvedScalar } from './resolveFlowScalar.js'
import type { BlockScalarToken as BlockScalar, OnError } from './YamlNode.js'

interface Header {
  readonly folded: boolean
  readonly indent: number
  readonly chomp: string
  readonly length: number
}

const readHeader = ({ offset, props }: BlockScalar, onError: OnError): Header | null => {
  const first = props[0]
  if (first?.type !== 'block-scalar-header') {
    onError(first ?? offset, 'Block scalar header not found')
    return null
  }
  const { source } = first
  let indent = 0
  let chomp = ''
  let error = -1
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i]!
    const n = Number(ch)
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch
    else if (!indent && n) indent = n
    else if (error === -1) error = offset + i
  }
  if (error !== -1) onError(error, `Block scalar header includes extra characters: ${source}`)
  let hasSpace = false
  let length = source.length
  for (const token of props.slice(1)) {
    if (token.type === 'space') hasSpace = true
    else if (token.type === 'comment') {
      if (!hasSpace) onError(token, 'Comments must be separated from other tokens by white space characters')
    } else if (token.type === 'error') onError(token, token.message)
    else if (token.type !== 'newline') onError(token, `Unexpected token in block scalar header: ${token.type}`)
    const ts = 'source' in token ? token.source : undefined
    if (typeof ts === 'string') length += ts.length
  }
  return { folded: source[0] === '>', indent, chomp, length }
}

/** The lines of a block scalar as [indent, content]. */
const splitLines = (source: string): [string, string][] => {
  const split = source.split(/\n( *)/)
  const first = split[0]!
  const lead = /^( *)/.exec(first)![1]!
  const lines: [string, string][] = [[lead, first.slice(lead.length)]]
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!])
  return lines
}

/** Resolves a block scalar token (yaml's `resolveBlockScalar`); `atRoot` allows no indentation. */
export const resolveBlockScalar = (scalar: BlockScalar, atRoot: boolean, onError: OnError): ResolvedScalar => {
  const start = scalar.offset
  const header = readHeader(scalar, onError)
  if (!header) return { value: '', end: start }
  const end = start + header.length + scalar.source.length
  const lines = scalar.source ? splitLines(scalar.source) : []
  // Where the content ends and the chomped trailing lines start.
  let chompStart = lines.length
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1]
    if (content === '' || content === '\r') chompStart = i
    else break
  }
  if (chompStart === 0) {
    const value = header.chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : ''
    return { value, end }
  }
  let trimIndent = scalar.indent + header.indent
  let offset = scalar.offset + header.length
  let contentStart = 0
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!
    if (content === '' || content === '\r') {
      if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length
    } else {
      if (indent.length < trimIndent)
        onError(
          offset + indent.length,
          'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
        )
      if (header.indent === 0) trimIndent = indent.length
      contentStart = i
      if (trimIndent === 0 && !atRoot) onError(offset, 'Block scalar values in collections must be indented')
      break
    }
    offset += indent.length + content.length + 1
  }
  // Trailing empty lines that are more indented belong to the content.
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i]![0].length > trimIndent) chompStart = i + 1
  let value = ''
  let sep = ''
  let prevMoreIndented = false
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + '\n'
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i]!
    offset += indent.length + content.length + 1
    const crlf = content[content.length - 1] === '\r'
    if (crlf) content = content.slice(0, -1)
    if (content && indent.length < trimIndent) {
      const what = header.indent ? 'explicit indentation indicator' : 'first line'
      onError(
        offset - content.length - (crlf ? 2 : 1),
        `Block scalar lines must not be less indented than their ${what}`,
      )
      indent = ''
    }
    if (!header.folded) {
      value += sep + indent.slice(trimIndent) + content
      sep = '\n'
    } else if (indent.length > trimIndent || content[0] === '\t') {
      // More-indented lines of a folded scalar keep their line breaks.
      if (sep === ' ') sep = '\n'
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n'
      value += sep + indent.slice(trimIndent) + content
      sep = '\n'
      prevMoreIndented = true
    } else if (content === '') {
      if (sep === '\n') value += '\n'
      else sep = '\n'
    } else {
      value += sep + content
      sep = ' '
      prevMoreIndented = false
    }
  }
  if (header.chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i]![0].slice(trimIndent)
    if (value[value.length - 1] !== '\n') value += '\n'
  } else if (header.chomp !== '-') value += '\n'
  return { value, end }
}
