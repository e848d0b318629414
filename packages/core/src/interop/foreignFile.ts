/**
 * Shared plumbing for reading files of other negotiation tools: every problem names the file it
 * was found in, and raw-scenario problems found by `decodeScenario` are moved back to the place
 * in the foreign file they came from, so the user is pointed at `p2.json`, not at a scenario
 * file that never existed.
 */
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as E from 'fp-ts/lib/Either.js'
import type * as z from 'zod/mini'
import { copyPlainTree, type PlainValue } from '../scenarioFile/copyPlainTree.js'
import { locateProblems } from '../scenarioFile/locateProblems.js'
import { parseJson } from '../scenarioFile/parseJson.js'
import type { Problem, ProblemPath } from '../scenarioFile/Problem.js'
import { zodProblems } from '../scenarioFile/zodProblems.js'

/** Problems, each tagged with its file. @category interop */
export type Problems = ReadonlyNonEmptyArray<Problem>

/**
 * Tags problems with the file they were found in.
 * @example
 * inFile('p2.json', [problem])[0].file // => 'p2.json'
 * @category interop
 */
export const inFile = (file: string, problems: readonly Problem[]): Problem[] => problems.map((p) => ({ ...p, file }))

/**
 * One problem at a place in a file.
 * @example
 * problemAt('p2.json', 'missingField', ['LinearAdditiveUtilitySpace', 'name'], 'add a name.').file // => 'p2.json'
 * @category interop
 */
export const problemAt = (file: string, code: Problem['code'], path: ProblemPath, message: string): Problem => ({
  code,
  path,
  message,
  file,
})

/**
 * JSON text to a safe plain tree (no prototype keys, within the scenario-file limits), or the
 * problems with line and column.
 * @example
 * readJsonFile('p0.json', '{"a": }') // => E.left([{ code: 'invalidJson', file: 'p0.json', line: 1, column: 7 }])
 * @category interop
 */
export const readJsonFile = (file: string, text: string): E.Either<Problem[], PlainValue> => {
  const parsed = parseJson(text)
  if (E.isLeft(parsed)) return E.left(inFile(file, parsed.left))
  const { value, problems } = copyPlainTree(parsed.right)
  return problems.length > 0 ? E.left(inFile(file, locateProblems(text, problems))) : E.right(value)
}

/**
 * Checks a tree against a zod schema; problems carry the file and, for JSON text, line and column.
 * @example
 * // Any zod schema will do; here the scenario file's own schema for one policy domain
 * const text = '{"id": "housing", "name": "Wonen"}'
 * const tree = readJsonFile('domain.json', text)
 * E.isRight(tree) && checkShape('domain.json', tree.right, domainFileSchema, text)._tag // => 'Right'
 * @category interop
 */
export const checkShape = <T>(
  file: string,
  tree: PlainValue,
  schema: z.ZodMiniType<T>,
  text?: string,
  base: ProblemPath = [],
): E.Either<Problem[], T> => {
  const result = schema.safeParse(tree)
  if (result.success) return E.right(result.data)
  const problems = zodProblems(result.error.issues, tree, schema).map((p) => ({ ...p, path: [...base, ...p.path] }))
  return E.left(inFile(file, text === undefined ? problems : locateProblems(text, problems)))
}

/**
 * File names in a stable, human order: p2 before p10.
 * @example
 * ['p10.json', 'p2.json'].sort(byFileName) // => ['p2.json', 'p10.json']
 * @category interop
 */
export const byFileName = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true })

/**
 * A file name without its folder and extension: the party id a profile file gives.
 * @example
 * stemOf('harbour/Gemeente.xml') // => 'Gemeente'
 * @category interop
 */
export const stemOf = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
