/**
 * zod's issues, rewritten as problems in the words of a scenario file: what was expected,
 * what was found, what to do, and a "did you mean" for misspelt field names.
 */
import type * as z from 'zod/mini'
import { didYouMean } from './didYouMean.js'
import type { PlainValue } from './copyPlainTree.js'
import { quote, type Problem, type ProblemPath } from './Problem.js'

/** The value a path points at in a plain tree, or undefined when it is not there. */
export const valueAt = (tree: PlainValue, path: ProblemPath): PlainValue | undefined => {
  let here: PlainValue | undefined = tree
  for (const step of path) {
    if (here === null || typeof here !== 'object') return undefined
    here = Array.isArray(here)
      ? (here as readonly PlainValue[])[step as number]
      : Object.prototype.hasOwnProperty.call(here, step)
        ? (here as Record<string, PlainValue>)[step]
        : undefined
  }
  return here
}

/** A value described for a message: "text "abc"", "a list", "nothing (null)". */
export const describeValue = (value: PlainValue | undefined): string => {
  if (value === undefined) return 'nothing'
  if (value === null) return 'nothing (null)'
  if (typeof value === 'string') return `text ${quote(value, 30)}`
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'the number' : 'the boolean'} ${String(value)}`
  return Array.isArray(value) ? 'a list' : 'a mapping'
}

const expectedWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  tuple: 'a list of two',
  int: 'a whole number',
}

type Def = Readonly<Record<string, unknown>> & { readonly type: string }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** The field names the schema allows at a path (empty when the path is not a strict mapping). */
export const knownKeysAt = (schema: z.ZodMiniType, path: ProblemPath): readonly string[] => {
  let here: unknown = schema
  const unwrap = (s: unknown, step?: string | number): unknown => {
    let def = defOf(s)
    while (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'union') {
      if (def.type === 'union') {
        const wanted = typeof step === 'number' ? ['array', 'tuple'] : ['object', 'record']
        const option = (def.options as unknown[]).find((o) => wanted.includes(defOf(unwrap(o)).type))
        if (option === undefined) return s
        s = option
      } else s = def.innerType
      def = defOf(s)
    }
    return s
  }
  for (const step of path) {
    here = unwrap(here, step)
    const def = defOf(here)
    if (def.type === 'object') here = (def.shape as Record<string, unknown>)[step as string]
    else if (def.type === 'array') here = def.element
    else if (def.type === 'record') here = def.valueType
    else if (def.type === 'tuple') here = (def.items as unknown[])[step as number]
    else return []
    if (here === undefined) return []
  }
  const def = defOf(unwrap(here, 'key'))
  return def.type === 'object' ? Object.keys(def.shape as object) : []
}

/** Rewrites zod's issues for one tree as problems. */
export const zodProblems = (
  issues: readonly z.core.$ZodIssue[],
  tree: PlainValue,
  schema: z.ZodMiniType,
  base: ProblemPath = [],
): Problem[] =>
  issues.flatMap((issue) => problemsOf(issue, tree, schema, [...base, ...(issue.path as (string | number)[])]))

const problemsOf = (issue: z.core.$ZodIssue, tree: PlainValue, schema: z.ZodMiniType, path: ProblemPath): Problem[] => {
  const found = valueAt(tree, path)
  const last = path[path.length - 1]
  const isVersion = path.length === 1 && last === 'version'
  switch (issue.code) {
    case 'invalid_type':
      if (isVersion)
        return [{ code: 'wrongVersion', path, message: `the file has no version; add "version: 1" at the top.` }]
      if (found === undefined)
        return [
          { code: 'missingField', path, message: `the required field ${quote(String(last))} is missing; add it.` },
        ]
      return [
        {
          code: 'wrongType',
          path,
          message: `expected ${expectedWords[issue.expected] ?? issue.expected}, found ${describeValue(found)}.`,
        },
      ]
    case 'invalid_value':
      if (isVersion && found === undefined)
        return [{ code: 'wrongVersion', path, message: `the file has no version; add "version: 1" at the top.` }]
      if (isVersion)
        return [
          {
            code: 'wrongVersion',
            path,
            message: `this library reads version 1 files, this one says ${describeValue(found)}; write "version: 1" (and check the file against docs/scenario-files.md).`,
          },
        ]
      return [
        {
          code: 'invalidValue',
          path,
          message: `${describeValue(found)} is not allowed here; write one of ${issue.values.map((v) => quote(String(v))).join(', ')}.`,
        },
      ]
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path)
      return issue.keys.map((key): Problem => {
        const suggestion = didYouMean(key, known)
        const message = `unknown field ${quote(key)}; the fields here are ${known.join(', ')}.`
        return suggestion === undefined
          ? { code: 'unknownKey', path: [...path, key], message }
          : { code: 'unknownKey', path: [...path, key], message, suggestion }
      })
    }
    case 'too_big':
      if (issue.origin === 'string')
        return [
          {
            code: 'tooLong',
            path,
            message: `an id may have at most ${String(issue.maximum)} characters, this one has ${String(found).length}; shorten it.`,
          },
        ]
      if (issue.origin === 'array')
        return [
          {
            code: 'wrongType',
            path,
            message: `expected a list of exactly ${String(issue.maximum)} entries, found ${Array.isArray(found) ? found.length : 'more'}.`,
          },
        ]
      return [
        {
          code: 'outOfRange',
          path,
          message: `${describeValue(found)} is too large; the most allowed is ${String(issue.maximum)}.`,
        },
      ]
    case 'too_small':
      if (issue.origin === 'string')
        return [{ code: 'invalidValue', path, message: 'an id cannot be empty; write one.' }]
      if (issue.origin === 'array')
        return [
          {
            code: 'wrongType',
            path,
            message: `expected a list of exactly ${String(issue.minimum)} entries, found ${Array.isArray(found) ? found.length : 'fewer'}.`,
          },
        ]
      if (last === 'stake')
        return [
          {
            code: 'negativeStake',
            path,
            message: `a stake says how much an issue matters and cannot be negative (found ${describeValue(found)}); write 0 or more.`,
          },
        ]
      return [
        {
          code: 'outOfRange',
          path,
          message: `${describeValue(found)} is too small here; write a number ${issue.inclusive ? 'of at least' : 'greater than'} ${String(issue.minimum)}.`,
        },
      ]
    case 'invalid_union': {
      // Report the alternative that matches what was written (a mapping goes to the object form).
      const matching = issue.errors.filter(
        (branch) => !branch.some((e) => e.code === 'invalid_type' && e.path.length === 0),
      )
      if (matching.length > 0) return zodProblems(matching[0]!, tree, schema, path)
      const expected = issue.errors
        .map((branch) => branch[0])
        .filter((e) => e?.code === 'invalid_type')
        .map((e) => expectedWords[(e as { expected: string }).expected] ?? 'something else')
      const words = [...new Set(expected)]
      const either =
        words.length > 1
          ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`
          : (words[0] ?? 'something else')
      return [{ code: 'wrongType', path, message: `expected ${either}, found ${describeValue(found)}.` }]
    }
    default:
      return [{ code: 'wrongType', path, message: `${issue.message}; found ${describeValue(found)}.` }]
  }
}
