/**
 * The checks a GeniusWeb folder needs beyond what a scenario file would: each file's shape,
 * and that every profile speaks about exactly the domain's issues and values (GeniusWeb's own
 * constructor rules). Every problem names its file and the path inside it; all are reported
 * at once.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { PlainMapping, PlainValue } from '../scenarioFile/copyPlainTree.js'
import { locateProblems } from '../scenarioFile/locateProblems.js'
import type { Problem, ProblemPath } from '../scenarioFile/Problem.js'
import { scenarioFileLimits } from '../scenarioFile/limits.js'
import { checkShape, problemAt, type Problems } from './foreignFile.js'
import {
  geniusWebDomainSchema,
  geniusWebProfileSchema,
  type GeniusWebDomain,
  type GeniusWebProfile,
} from './GeniusWebFiles.js'

/** A folder whose files passed every check. @category interop */
export interface CheckedFolder {
  readonly domain: GeniusWebDomain
  /** Where the domain came from: its file and the path of the domain inside it. */
  readonly domainFile: string
  readonly domainPath: ProblemPath
  readonly profiles: readonly { readonly file: string; readonly profile: GeniusWebProfile }[]
  /** Remarks about GeniusWeb's rules the files break without harm to the model. */
  readonly notes: readonly string[]
}

interface Input {
  readonly file: string
  readonly tree: PlainValue
  readonly text: string
}

const L = 'LinearAdditiveUtilitySpace'
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)
const mappingAt = (tree: PlainValue | undefined, path: readonly string[]): PlainMapping | undefined => {
  let here = tree
  for (const step of path) {
    if (here === null || typeof here !== 'object' || Array.isArray(here) || !has(here, step)) return undefined
    here = (here as PlainMapping)[step]
  }
  return here !== null && typeof here === 'object' && !Array.isArray(here) ? (here as PlainMapping) : undefined
}

/** Numeric GeniusWeb parts this reader does not model yet. */
const unsupportedParts = (input: Input, base: readonly string[], isProfile: boolean): Problem[] => {
  const found: Problem[] = []
  const issues = mappingAt(input.tree, isProfile ? [...base, 'issueUtilities'] : [...base, 'issuesValues']) ?? {}
  for (const [issue, spec] of Object.entries(issues)) {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) continue
    if (!isProfile && has(spec, 'range'))
      found.push(
        problemAt(
          input.file,
          'unsupported',
          [...base, 'issuesValues', issue, 'range'],
          'numeric value ranges cannot be read yet; list the values of the issue under "values".',
        ),
      )
    if (isProfile && has(spec, 'numberutils'))
      found.push(
        problemAt(
          input.file,
          'unsupported',
          [...base, 'issueUtilities', issue, 'numberutils'],
          'numeric utility functions cannot be read yet; give "discreteutils" with a utility per value.',
        ),
      )
  }
  return found
}

/**
 * Checks the domain (a domain file, or else the domain inside the first profile) and every
 * profile against it.
 * @example
 * // One issue i with options a and b, and one party p0 whose profile values b
 * const input = (file, text) => ({ file, text, tree: JSON.parse(text) })
 * const domainInput = input('domain.json', '{"name":"d","issuesValues":{"i":{"values":["a","b"]}}}')
 * const profileInput = input('p0.json', '{"LinearAdditiveUtilitySpace":{"name":"p0","issueUtilities":{"i":{"discreteutils":{"valueUtilities":{"a":0,"b":1}}}},"issueWeights":{"i":1}}}')
 * checkGeniusWebFolder(domainInput, [profileInput])._tag // => 'Right'
 * @category interop
 */
export const checkGeniusWebFolder = (
  domainInput: Input | undefined,
  profileInputs: readonly Input[],
): E.Either<Problems, CheckedFolder> => {
  const problems: Problem[] = []
  const domainSource =
    domainInput ?? (profileInputs[0] === undefined ? undefined : { ...profileInputs[0], embedded: true })
  const domainPath = domainInput === undefined ? [L, 'domain'] : []
  let domain: GeniusWebDomain | undefined
  if (
    domainSource === undefined ||
    (domainInput === undefined && mappingAt(domainSource.tree, domainPath) === undefined)
  ) {
    problems.push({
      code: 'missingField',
      path: [],
      message:
        'the folder has no domain file (a .json file with "issuesValues") and the profiles hold no domain; add the domain file.',
    })
  } else {
    const unsupported = unsupportedParts(domainSource, domainPath, false)
    problems.push(...unsupported)
    if (unsupported.length === 0) {
      const shape = checkShape(
        domainSource.file,
        mappingAt(domainSource.tree, domainPath) ?? null,
        geniusWebDomainSchema,
        domainSource.text,
        domainPath,
      )
      if (E.isLeft(shape)) problems.push(...shape.left)
      else domain = shape.right
    }
  }
  const profiles: { file: string; profile: GeniusWebProfile }[] = []
  for (const input of profileInputs) {
    const unsupported = unsupportedParts(input, [L], true)
    problems.push(...unsupported)
    if (unsupported.length > 0) continue
    const shape = checkShape(input.file, input.tree, geniusWebProfileSchema, input.text)
    if (E.isLeft(shape)) problems.push(...shape.left)
    else profiles.push({ file: input.file, profile: shape.right[L] })
  }
  // Line and column for every finding that has none yet, so an editor can jump to it.
  const texts = new Map(
    [...(domainInput === undefined ? [] : [domainInput]), ...profileInputs].map((i) => [i.file, i.text]),
  )
  const located = (): Problems =>
    problems.map((p) =>
      p.line !== undefined || p.file === undefined || !texts.has(p.file)
        ? p
        : (locateProblems(texts.get(p.file)!, [p])[0] ?? p),
    ) as unknown as Problems
  if (problems.length > 0) return E.left(located())
  if (domain === undefined)
    return E.left([
      { code: 'missingField', path: [], message: 'the folder has no readable domain; add the domain file.' },
    ])

  const notes: string[] = []
  const issueIds = Object.keys(domain.issuesValues)
  // Before anything per value: the options limit holds for every issue, listed or ranged.
  for (const issue of issueIds) {
    const count = domain.issuesValues[issue]!.values.length
    if (count > scenarioFileLimits.maxOptions)
      problems.push(
        problemAt(
          domainSource!.file,
          'tooMany',
          [...domainPath, 'issuesValues', issue, 'values'],
          `issue "${issue}" has ${count} values, more than the limit of ${scenarioFileLimits.maxOptions} options; merge values or split the issue.`,
        ),
      )
  }
  if (problems.length > 0) return E.left(located())
  // Sets, not values.includes: linear however many values an issue has.
  const valueSets = new Map(issueIds.map((issue) => [issue, new Set(domain!.issuesValues[issue]!.values)]))
  for (const { file, profile } of profiles) {
    const at = (code: Problem['code'], path: ProblemPath, message: string) =>
      problems.push(problemAt(file, code, [L, ...path], message))
    const sameKeys = (field: 'issueUtilities' | 'issueWeights', what: string) => {
      for (const issue of issueIds)
        if (!has(profile[field], issue))
          at('missingField', [field, issue], `no ${what} for issue "${issue}" of the domain; add it.`)
      for (const key of Object.keys(profile[field]))
        if (!has(domain.issuesValues, key))
          at(
            'unknownIssue',
            [field, key],
            `the domain has no issue "${key}"; its issues are ${issueIds.map((i) => `"${i}"`).join(', ')}.`,
          )
    }
    sameKeys('issueUtilities', 'utilities')
    sameKeys('issueWeights', 'weight')
    for (const issue of issueIds) {
      const utilities = profile.issueUtilities[issue]?.discreteutils.valueUtilities
      if (utilities === undefined) continue
      const values = domain.issuesValues[issue]!.values
      const path = ['issueUtilities', issue, 'discreteutils', 'valueUtilities']
      for (const v of values)
        if (!has(utilities, v))
          at('missingValue', path, `no utility for value "${v}" of issue "${issue}"; give every value a utility.`)
      const known = valueSets.get(issue)!
      // The list of values only when it is short: a message per unknown value must not repeat 10,000 names.
      const listed = values.length <= 20 ? `; its values are ${values.map((x) => `"${x}"`).join(', ')}` : ''
      for (const v of Object.keys(utilities))
        if (!known.has(v)) at('unknownOption', [...path, v], `issue "${issue}" has no value "${v}"${listed}.`)
    }
    const bid = profile.reservationBid?.issuevalues
    if (bid !== undefined) {
      for (const issue of issueIds)
        if (!has(bid, issue))
          at(
            'missingValue',
            ['reservationBid', 'issuevalues'],
            `the reservation bid gives no value for issue "${issue}"; a reservation bid must give a value for every issue.`,
          )
      for (const [issue, v] of Object.entries(bid)) {
        if (!has(domain.issuesValues, issue))
          at('unknownIssue', ['reservationBid', 'issuevalues', issue], `the domain has no issue "${issue}".`)
        else if (!valueSets.get(issue)!.has(v))
          at('unknownOption', ['reservationBid', 'issuevalues', issue], `issue "${issue}" has no value "${v}".`)
      }
    }
    const embedded = geniusWebDomainSchema.safeParse(profile.domain)
    if (
      domainInput !== undefined &&
      profile.domain !== undefined &&
      (!embedded.success || !sameDomain(embedded.data, domain))
    ) {
      at(
        'conflictingFields',
        ['domain'],
        `the domain inside this profile differs from the one in ${domainInput.file}; make them the same.`,
      )
    }
    const weightSum = Object.values(profile.issueWeights).reduce((s, w) => s + w, 0)
    if (Math.abs(weightSum - 1) > 1e-6)
      notes.push(
        `${file}: the issue weights add up to ${weightSum}, not 1 as GeniusWeb requires; they are used as stakes as written.`,
      )
    const outside = Object.values(profile.issueUtilities).some((u) =>
      Object.values(u.discreteutils.valueUtilities).some((x) => x < 0 || x > 1),
    )
    if (outside)
      notes.push(
        `${file}: some value utilities lie outside [0, 1], which GeniusWeb does not allow; they are used as written.`,
      )
  }
  if (problems.length > 0) return E.left(located())
  return E.right({ domain, domainFile: domainSource!.file, domainPath, profiles, notes })
}

const sameDomain = (a: GeniusWebDomain, b: GeniusWebDomain): boolean => {
  const ka = Object.keys(a.issuesValues)
  const kb = Object.keys(b.issuesValues)
  return (
    ka.length === kb.length &&
    ka.every(
      (i) =>
        has(b.issuesValues, i) && a.issuesValues[i]!.values.join('\u0000') === b.issuesValues[i]!.values.join('\u0000'),
    )
  )
}
