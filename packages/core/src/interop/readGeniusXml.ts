/**
 * One GENIUS XML file (ANAC format) read into plain data: its issues with their items, and for
 * a utility-space file the items' evaluations, the issue weights, the reservation value and the
 * discount factor. Every place keeps its path (`utility_space.objective.issue[2].item[1]`) and
 * its line and column, so later checks can point at it. Values stay text here; the caller
 * decides what a number must be. Discrete issues only: integer and real issues, and nested
 * objectives, are reported as `unsupported`.
 */
import * as E from 'fp-ts/lib/Either.js'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { scenarioFileLimits } from '../scenarioFile/limits.js'
import type { Problem, ProblemPath } from '../scenarioFile/Problem.js'
import { linePositions } from '../scenarioFile/readText.js'
import { maxXmlDepth, xmlTextProblems } from './xmlGuards.js'

/** A place in an XML file. @category interop */
export interface XmlPlace {
  readonly path: ProblemPath
  readonly line?: number
  readonly column?: number
}

/** One item (option) of an issue. @category interop */
export interface XmlItem extends XmlPlace {
  readonly value: string
  readonly evaluation: string | undefined
}

/** One discrete issue. @category interop */
export interface XmlIssue extends XmlPlace {
  readonly index: string
  readonly name: string
  readonly items: readonly XmlItem[]
}

/** A GENIUS XML file, read. @category interop */
export interface GeniusXmlSpace {
  /** `negotiation_template` for domain files, `utility_space` for utility-space (profile) files. */
  readonly root: 'negotiation_template' | 'utility_space'
  readonly issues: readonly XmlIssue[]
  readonly weights: readonly (XmlPlace & { readonly index: string; readonly value: string })[]
  readonly reservation: (XmlPlace & { readonly value: string }) | undefined
  readonly discount: (XmlPlace & { readonly value: string }) | undefined
  /** Whether any item carries an evaluation or the objective any weight: a utility space. */
  readonly isProfile: boolean
}

type Node = Readonly<Record<string, unknown>>
const meta = XMLParser.getMetaDataSymbol() as symbol
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  captureMetaData: true,
  // No DOCTYPE gets this far (see xmlGuards), so only the five predefined entities remain.
  processEntities: { enabled: true, maxEntityCount: 1, maxExpandedLength: scenarioFileLimits.maxStringLength },
  maxNestedTags: maxXmlDepth,
  isArray: (name) => ['objective', 'issue', 'item', 'weight'].includes(name),
})

const asNode = (x: unknown): Node | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : undefined
const firstNode = (x: unknown): Node | undefined => (Array.isArray(x) ? asNode(x[0]) : asNode(x))
const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined)

/**
 * Reads one GENIUS XML text: its content, or the problems (each with the file).
 * @example
 * const read = readGeniusXml('Gemeente.xml', harbour['Gemeente.xml']!)
 * E.isRight(read) && read.right.issues.map((i) => i.name) // => ['Quay location', 'Contribution (EUR million)', 'Planning']
 * @category interop
 */
export const readGeniusXml = (file: string, xml: string): E.Either<Problem[], GeniusXmlSpace> => {
  const problem = (code: Problem['code'], place: XmlPlace, message: string): Problem => ({
    code,
    file,
    message,
    ...place,
  })
  if (xml.length > scenarioFileLimits.maxTextBytes)
    return E.left([
      problem(
        'tooLarge',
        { path: [] },
        `the file has more than ${scenarioFileLimits.maxTextBytes} characters; GENIUS files are far smaller.`,
      ),
    ])
  const refused = xmlTextProblems(file, xml)
  if (refused.length > 0) return E.left(refused)
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    return E.left([
      problem(
        'invalidXml',
        { path: [], line: valid.err.line, column: valid.err.col },
        `the text is not valid XML: ${valid.err.msg}`,
      ),
    ])
  let doc: Node
  try {
    doc = parser.parse(xml) as Node
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/nested tags/i.test(message))
      return E.left([
        problem(
          'tooDeep',
          { path: [] },
          `the elements nest deeper than ${maxXmlDepth} levels; GENIUS files nest five deep.`,
        ),
      ])
    return E.left([problem('invalidXml', { path: [] }, `the XML cannot be read: ${message}`)])
  }
  const positionOf = linePositions(xml)
  const placeOf = (node: Node | undefined, path: ProblemPath): XmlPlace => {
    const start = (node as Record<symbol, { startIndex?: number } | undefined> | undefined)?.[meta]?.startIndex
    return start === undefined ? { path } : { path, ...positionOf(start) }
  }
  const root =
    'negotiation_template' in doc ? 'negotiation_template' : 'utility_space' in doc ? 'utility_space' : undefined
  if (root === undefined)
    return E.left([
      problem(
        'wrongType',
        { path: [] },
        'this is not a GENIUS file: expected a <negotiation_template> (domain) or <utility_space> (profile) element at the top.',
      ),
    ])
  const spacePath = root === 'negotiation_template' ? ['negotiation_template', 'utility_space'] : ['utility_space']
  const space = root === 'negotiation_template' ? firstNode(asNode(doc[root])?.utility_space) : firstNode(doc[root])
  const problems: Problem[] = []
  const objectives = Array.isArray(space?.objective) ? (space.objective as unknown[]) : []
  const objective = asNode(objectives[0])
  const objectivePath = [...spacePath, 'objective']
  if (objective === undefined)
    return E.left([
      problem('missingField', placeOf(space, spacePath), 'there is no <objective> element holding the issues; add it.'),
    ])
  if (objectives.length > 1 || 'objective' in objective)
    problems.push(
      problem(
        'unsupported',
        placeOf(objective, objectivePath),
        'nested or repeated objectives cannot be read; put every issue directly under one <objective>.',
      ),
    )

  const issues: XmlIssue[] = []
  const rawIssues = Array.isArray(objective.issue) ? (objective.issue as unknown[]) : []
  rawIssues.forEach((raw, k) => {
    const node = asNode(raw) ?? {}
    const path = [...objectivePath, 'issue', k]
    const kind = text(node.type) ?? text(node.etype) ?? text(node.vtype) ?? 'discrete'
    const name = text(node.name)
    if (kind !== 'discrete') {
      problems.push(
        problem(
          'unsupported',
          placeOf(node, [...path, 'type']),
          `"${kind}" issues cannot be read yet; mandjes reads discrete issues with listed items.`,
        ),
      )
      return
    }
    if (name === undefined)
      problems.push(
        problem('missingField', placeOf(node, [...path, 'name']), 'the issue has no name attribute; add one.'),
      )
    const items = (Array.isArray(node.item) ? (node.item as unknown[]) : []).flatMap((rawItem, j): XmlItem[] => {
      const item = asNode(rawItem) ?? {}
      const value = text(item.value)
      if (value === undefined) {
        problems.push(
          problem(
            'missingField',
            placeOf(item, [...path, 'item', j, 'value']),
            'the item has no value attribute; add one.',
          ),
        )
        return []
      }
      return [{ value, evaluation: text(item.evaluation), ...placeOf(item, [...path, 'item', j]) }]
    })
    issues.push({ index: text(node.index) ?? String(k + 1), name: name ?? '', items, ...placeOf(node, path) })
  })
  const weights = (Array.isArray(objective.weight) ? (objective.weight as unknown[]) : []).map((raw, k) => {
    const node = asNode(raw) ?? {}
    return {
      index: text(node.index) ?? '',
      value: text(node.value) ?? '',
      ...placeOf(node, [...objectivePath, 'weight', k]),
    }
  })
  const single = (name: string) => {
    const node = firstNode(space?.[name])
    const value = text(node?.value)
    return node === undefined || value === undefined
      ? undefined
      : { value, ...placeOf(node, [...spacePath, name, 'value']) }
  }
  if (problems.length > 0) return E.left(problems)
  return E.right({
    root,
    issues,
    weights,
    reservation: single('reservation'),
    discount: single('discount_factor'),
    isProfile: weights.length > 0 || issues.some((i) => i.items.some((item) => item.evaluation !== undefined)),
  })
}
