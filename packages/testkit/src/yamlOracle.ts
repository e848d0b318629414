/**
 * The YAML reader as it was before it had a composer of its own: yaml's full `Composer`,
 * document model and `toJS`, with the same options and the same mapping of yaml's errors to
 * problems. It is the oracle for `composeYaml.prop.test.ts`: on any text, our composer must
 * give the same value, or problems of the same kind with the same messages and places.
 * It omits the depth guard (the tests keep their texts shallow).
 */
import { Composer, Parser, visit, type Document } from 'yaml'

/** What the full library says about a text: a value, or problems as the reader reports them. */
export type OracleResult =
  | { readonly _tag: 'Value'; readonly value: unknown }
  | {
      readonly _tag: 'Problems'
      readonly problems: readonly { code: string; line: number; column: number; message: string }[]
    }

const plainTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))
const quote = (t: string): string => JSON.stringify(t.length > 60 ? `${t.slice(0, 60)}…` : t)
const keyAt = (text: string, offset: number): string =>
  (/^[^:\n,}]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')

/** Reads a text with yaml's full composer, as `parseYaml` did before (see the module comment). */
export const yamlOracle = (text: string): OracleResult => {
  const tokens = Array.from(new Parser().parse(text))
  const composer = new Composer({
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
    prettyErrors: false,
  })
  let document: Document.Parsed | undefined
  let extraDocumentAt: number | undefined
  for (const next of composer.compose(tokens, true, text.length)) {
    if (document !== undefined) {
      extraDocumentAt = next.range[0]
      break
    }
    document = next
  }
  // Lines counted in the text: yaml's LineCounter, fed by its Parser, misses the line break
  // after a quoted scalar that runs into more text ("'a'  - b\n"), which put the old reader's
  // problems a line or two too high further down.
  const problem = (code: string, offset: number, message: string) => {
    const before = text.slice(0, offset).split('\n')
    return { code, line: before.length, column: before[before.length - 1]!.length + 1, message }
  }
  const problems = document!.errors
    .slice(0, 20)
    .map((e) =>
      e.code === 'DUPLICATE_KEY'
        ? problem(
            'duplicateKey',
            e.pos[0],
            `the key ${quote(keyAt(text, e.pos[0]))} appears twice in this mapping; keep one.`,
          )
        : problem('invalidYaml', e.pos[0], `the text is not valid YAML: ${e.message.split('\n')[0]}.`),
    )
  if (extraDocumentAt !== undefined)
    problems.push(
      problem(
        'invalidYaml',
        extraDocumentAt,
        'the text holds more than one YAML document (a line "---" starts a second one); keep one scenario per file.',
      ),
    )
  if (problems.length > 0) return { _tag: 'Problems', problems }
  visit(document!, {
    Node(_, node) {
      if (node.tag !== undefined && !plainTags.has(node.tag) && problems.length < 20)
        problems.push(problem('yamlTag', node.range?.[0] ?? 0, `tag ${node.tag}`))
    },
  })
  if (problems.length > 0) return { _tag: 'Problems', problems }
  try {
    return { _tag: 'Value', value: document!.toJS({ mapAsMap: true, maxAliasCount: 100 }) as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      _tag: 'Problems',
      problems: [problem(/Unresolved alias/.test(message) ? 'unresolvedAlias' : 'yamlAliases', 0, message)],
    }
  }
}

/** Whether a document uses a YAML 1.1 tag that yaml resolves itself (and our reader refuses unread). */
export const usesYaml11Tags = (text: string): boolean => /!!(binary|set|omap|pairs|timestamp)\b/.test(text)
