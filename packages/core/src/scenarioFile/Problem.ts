/**
 * What is wrong with a scenario file, one finding at a time. Problems are data, shaped like
 * zod's issues (`code`, `path`, `message`), so a command line, an editor or a web form can
 * show all of them at once. The law: `formatProblem` gives exactly one line per problem.
 */

/**
 * Every kind of problem, stable across releases so that tools and docs can refer to them.
 * docs/scenario-files.md lists each code with an example message.
 *
 * @example
 * problemCodes.includes('unknownIssue') // => true
 *
 * @category scenarioFile
 */
export const problemCodes = [
  // reading the text
  'fileNotReadable',
  'tooLarge',
  'invalidUtf8',
  'invalidJson',
  'invalidYaml',
  'notJsonOrYaml',
  'yamlTag',
  'yamlAliases',
  // the shape of the data
  'tooDeep',
  'tooLong',
  'tooMany',
  'reservedKey',
  'duplicateKey',
  'unreadableValue',
  'wrongType',
  'missingField',
  'invalidValue',
  'unknownKey',
  'wrongVersion',
  'notFinite',
  'numberTooLarge',
  'negativeStake',
  'outOfRange',
  // what the data means
  'unknownParty',
  'unknownIssue',
  'unknownOption',
  'unknownDomain',
  'duplicateId',
  'reservedId',
  'noOptions',
  'conflictingFields',
  'notAQuantityIssue',
  'missingQuantity',
  'missingValue',
  'sameIssueInteraction',
  'missingStatusQuo',
  'statusQuoNotAnOption',
  'missingReservation',
  'needsStatusQuo',
  'contradictoryMandate',
  'unknownUnit',
  // files of other tools (GeniusWeb, GENIUS XML)
  'invalidXml',
  'unsupported',
] as const

/**
 * The kind of a problem: one of `problemCodes`.
 * @example
 * const code: ProblemCode = 'missingStatusQuo'
 * @category scenarioFile
 */
export type ProblemCode = (typeof problemCodes)[number]

/**
 * Where in a file a problem sits: keys and list positions from the top, as in zod.
 * `['parties', 2, 'valuations', 'road']` is the `road` valuation of the third party.
 * @example
 * const path: ProblemPath = ['statusQuo', 'road']
 * formatPath(path) // => 'statusQuo.road'
 * @category scenarioFile
 */
export type ProblemPath = readonly (string | number)[]

/**
 * One thing wrong with a scenario file: where it is, what is wrong and what to do about it.
 *
 * @example
 * const problem: Problem = {
 *   code: 'unknownIssue',
 *   path: ['parties', 0, 'valuations', 'rood'],
 *   message: 'unknown issue "rood"; a valuation must name an issue listed under issues.',
 *   suggestion: 'road',
 * }
 *
 * @category scenarioFile
 */
export interface Problem {
  readonly code: ProblemCode
  readonly path: ProblemPath
  /** What is wrong and what to do, in one sentence or two, without the path. */
  readonly message: string
  /** A close match for a misspelt id or key: "did you mean `suggestion`?" */
  readonly suggestion?: string
  /** The file the problem was found in, when it came from a file. */
  readonly file?: string
  /** 1-based line and column in the text, when known. */
  readonly line?: number
  readonly column?: number
}

// Keys that read unambiguously after a dot; anything else is quoted in brackets.
const plainKey = /^[\p{L}\p{N}_$-][\p{L}\p{N}_$-]*$/u

/**
 * The path of a problem written as in JavaScript: keys after dots, list positions in brackets.
 * Keys with dots, spaces or brackets are quoted.
 *
 * @example
 * formatPath(['parties', 2, 'valuations', 'housing-location-west']) // => 'parties[2].valuations.housing-location-west'
 * formatPath(['statusQuo', 'a b']) // => 'statusQuo["a b"]'
 * formatPath([]) // => ''
 *
 * @category scenarioFile
 */
export const formatPath = (path: ProblemPath): string =>
  path
    .map((step, index) => {
      if (typeof step === 'number') return `[${step}]`
      if (!plainKey.test(step)) return `[${JSON.stringify(step)}]`
      return index === 0 ? step : `.${step}`
    })
    .join('')

/**
 * One line that names the file (and line and column when known), the path, what is wrong and
 * what to do, then the code in brackets for looking it up in the docs.
 *
 * @example
 * formatProblem({ code: 'unknownIssue', path: ['parties', 0, 'valuations', 'rood'],
 *   message: 'unknown issue "rood"; a valuation must name an issue listed under issues.', suggestion: 'road' }, 'deal.yaml')
 * // => 'deal.yaml: parties[0].valuations.rood: unknown issue "rood"; a valuation must name an issue listed under issues. Did you mean "road"? [unknownIssue]'
 *
 * @category scenarioFile
 */
export const formatProblem = (problem: Problem, file?: string): string => {
  const name = file ?? problem.file
  const position =
    problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`
  const where = name === undefined ? (position === '' ? '' : `line ${position.slice(1)}: `) : `${name}${position}: `
  const path = problem.path.length === 0 ? '(top level)' : formatPath(problem.path)
  const suggestion = problem.suggestion === undefined ? '' : ` Did you mean ${quote(problem.suggestion)}?`
  // Messages may quote user text; keep the whole problem on one line whatever that text holds.
  return `${where}${path}: ${problem.message}${suggestion} [${problem.code}]`.replace(/[\r\n\u2028\u2029]+/g, ' ')
}

/**
 * User text quoted for a message: JSON-escaped (so control characters stay visible) and
 * shortened, so a 100,000-character name cannot flood a terminal.
 */
export const quote = (text: string, max = 60): string =>
  JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
