/**
 * The only door from outside into the model: any value in, a valid `Scenario` or every problem
 * out. Laws:
 * - it never throws, whatever it is given;
 * - it reports every problem it can find in one pass, each with the path to its place;
 * - it returns a scenario only when there is no problem: never a partly read one;
 * - `decodeScenario(encodeScenario(s))` gives back `s` for every valid scenario.
 *
 * Reading goes in three steps: copy the input into a safe plain tree (limits, prototypes),
 * check its shape against `scenarioFileSchema` (zod runs once over the data; only broken
 * elements are checked again, part by part, to salvage what is sound), then check what the shape cannot say (ids,
 * values for every option, status quo, mandates) and fill in defaults.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type * as z from 'zod/mini'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Issue } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { DomainId, PolicyDomain } from '../model/PolicyDomain.js'
import { scenarioVersion, type Scenario, type UnitNames } from '../model/Scenario.js'
import { copyPlainTree, type PlainMapping, type PlainValue } from './copyPlainTree.js'
import { DecodeContext, type KnownIssue } from './DecodeContext.js'
import { decodeIssue, defaultStakeholders, type DecodedIssue } from './decodeIssue.js'
import { decodeParty } from './decodeParty.js'
import { describeValue, zodProblems } from './zodProblems.js'
import { invariant } from '../internal/invariant.js'
import type { Problem } from './Problem.js'
import { recordFrom } from '../internal/recordFrom.js'
import {
  domainFileSchema,
  interactionFileSchema,
  issueFileSchema,
  optionRefFileSchema,
  partyFileSchema,
  scenarioFileSchema,
  targetFileSchema,
  valuationFileSchema,
} from './ScenarioFile.js'
import { decodeTarget } from './decodeTargets.js'
import type { Target } from '../model/Target.js'
import { readStatusQuo } from './readStatusQuo.js'
import { checkNoStatusQuo } from './checkNoStatusQuo.js'
import { modulesValuesOf, withModuleValues } from './moduleValuations.js'
import { moduleOptionsOf } from '../evaluate/moduleCoalitions.js'
import { ProblemPlaces, salvageElement } from './salvage.js'
import { checkShape } from './checkShape.js'
import { scenarioFileLimits as limits } from './limits.js'

// Parts that only make sense whole: a valuation without its values would look like one that
// lacks values, a reference without its option like a reference to nothing.
const wholeOrNothing: ReadonlySet<unknown> = new Set([valuationFileSchema, optionRefFileSchema, interactionFileSchema])

/** A file that passed the shape check. */
type ShapeChecked = z.output<typeof scenarioFileSchema>

/** The elements of one list: typed where they passed (or were salvaged), with their ids. */
type Elements<T> = readonly { readonly file: T | undefined; readonly id: string | undefined }[] | undefined

const elementsOf = <T>(
  tree: PlainMapping,
  key: string,
  schema: z.ZodMiniType<T>,
  typed: readonly T[] | undefined,
  places: ProblemPlaces,
): Elements<T> => {
  const list = tree[key]
  if (!Array.isArray(list) || places.isAt([key])) return undefined
  return (list as readonly PlainValue[]).map((item, i) => {
    const salvaged =
      item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as PlainMapping).id : undefined
    const id = typeof salvaged === 'string' && !places.isWithin([key, i, 'id']) ? salvaged : undefined
    if (places.isWithin([key, i])) return { file: salvageElement(item, schema, [key, i], places, wholeOrNothing), id }
    // No problem in or under this element: the shape check passed it, and the schema has no
    // transforms or defaults, so the element is its own parsed form (no second zod pass). Only
    // a problem about the whole file (which hides the shape problems) leaves that unknown.
    return { file: typed?.[i] ?? (places.isAt([]) ? schema.safeParse(item).data : (item as T)), id }
  })
}

/**
 * Reads a scenario from parsed JSON or YAML (or any value): a valid `Scenario`, or every
 * problem found, each with a path. Mints the branded ids and fills in the defaults (names
 * default to ids, party kind to municipality, money value to 0, issue kind to choice,
 * stakeholders to the parties that value the issue or whose mandate names it).
 *
 * @example
 * decodeScenario({ version: 1, name: 'x', domains: [], issues: [], parties: [], statusQuo: {} })._tag // => 'Right'
 * const wrong = decodeScenario({ version: 2 })
 * E.isLeft(wrong) && wrong.left.map((p) => p.code)
 * // => ['wrongVersion', 'missingField', 'missingField', 'missingField', 'missingField', 'missingField']: name, domains, issues, parties, statusQuo
 *
 * @category scenarioFile
 */
export const decodeScenario = (raw: unknown): E.Either<ReadonlyNonEmptyArray<Problem>, Scenario> => {
  const ctx = new DecodeContext()
  const left = () => E.left(ctx.result() as unknown as ReadonlyNonEmptyArray<Problem>)
  const { value: tree, problems: treeProblems, dropped } = copyPlainTree(raw)
  for (const problem of treeProblems) ctx.add(problem)
  ctx.dropped += dropped
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    if (!ctx.failed)
      ctx.report(
        'wrongType',
        [],
        `a scenario file is a mapping with version, name, domains, issues, parties and statusQuo; found ${describeValue(tree)}.`,
      )
    return left()
  }
  const root = tree as PlainMapping
  const budget = { left: limits.maxProblems - ctx.problems.length + 1 }
  const issues = checkShape(scenarioFileSchema, root, [], budget)
  // A value the first step already reported (too long, not finite) is not reported twice; nor is
  // the shape of anything around a too-deep value, whose message says the structure is wrong.
  const reported = new ProblemPlaces(treeProblems)
  const tooDeep = new ProblemPlaces(treeProblems.filter((t) => t.code === 'tooDeep'))
  const shape = zodProblems(issues, root, scenarioFileSchema).filter(
    (p) =>
      !p.path.some((_, n) => reported.isAt(p.path.slice(0, n + 1))) && !reported.isAt([]) && !tooDeep.isWithin(p.path),
  )
  for (const problem of shape) ctx.add(problem)
  // Past the budget the file is too broken for the meaning checks to say anything useful.
  if (budget.left <= 0) {
    ctx.dropped = Math.max(ctx.dropped, 1)
    return left()
  }
  const places = new ProblemPlaces(ctx.problems)
  // One zod pass: the shape check above. The schema only checks (no transforms, no defaults),
  // so a tree it passed whole is already its output; defaults are filled in by the meaning checks.
  const data = issues.length === 0 && shape.length === 0 && !reported.isAt([]) ? (root as ShapeChecked) : undefined
  const domains = elementsOf(root, 'domains', domainFileSchema, data?.domains, places)
  const issueFiles = elementsOf(root, 'issues', issueFileSchema, data?.issues, places)
  const parties = elementsOf(root, 'parties', partyFileSchema, data?.parties, places)

  // Every id first, so references can be checked in any order.
  ctx.domains.readable = domains !== undefined
  ctx.issues.readable = issueFiles !== undefined
  ctx.parties.readable = parties !== undefined
  const owned = new Set<number>()
  domains?.forEach(
    ({ id }, i) =>
      id !== undefined && ctx.register(ctx.domains, 'policy domain', id, id as DomainId, ['domains', i, 'id']),
  )
  issueFiles?.forEach(({ id, file }, i) => {
    const known: KnownIssue = {
      id: id as IssueId,
      quantities: file?.kind === 'quantity',
      module: file?.kind === 'module',
    }
    if (id !== undefined && ctx.register(ctx.issues, 'issue', id, known, ['issues', i, 'id'])) owned.add(i)
  })
  parties?.forEach(
    ({ id }, i) => id !== undefined && ctx.register(ctx.parties, 'party', id, id as PartyId, ['parties', i, 'id']),
  )

  const decodedIssues = (issueFiles ?? []).map(({ id, file }, i) => {
    if (file === undefined) return undefined
    // Options read from a damaged issue would be incomplete, and references to the missing ones
    // would be reported falsely: such an issue's options stay unknown.
    const optionsReadable = !['options', 'range', 'kind', 'unit', 'module'].some((key) =>
      places.isWithin(['issues', i, key]),
    )
    return decodeIssue(
      ctx,
      file,
      owned.has(i) && id !== undefined ? ctx.issues.byId.get(id) : undefined,
      ['issues', i],
      optionsReadable,
    )
  })
  const decodedParties = (parties ?? []).map(({ file }, i) =>
    file === undefined ? undefined : decodeParty(ctx, file, ['parties', i]),
  )
  const targetFiles = elementsOf(root, 'targets', targetFileSchema, data?.targets, places)
  const targetIds = new Set<string>()
  const targets = (targetFiles ?? []).map(({ file }, i) =>
    file === undefined ? undefined : decodeTarget(ctx, file, ['targets', i], targetIds),
  )
  const statusQuo = places.isAt(['statusQuo'])
    ? undefined
    : readStatusQuo(ctx, root.statusQuo as PlainMapping | undefined, data?.statusQuo, places)

  if (data !== undefined) checkUnits(ctx, data)
  if (data !== undefined && statusQuo !== undefined) checkNoStatusQuo(ctx, data)

  if (ctx.failed) return left()
  invariant(data !== undefined && statusQuo !== undefined, 'a file without problems has data and a status quo')
  return E.right(
    build(data, decodedIssues as DecodedIssue[], decodedParties as Party[], statusQuo, targets as Target[]),
  )
}

/** Every unit given names must be one the file uses: a misspelt key would leave notes in English. */
const checkUnits = (ctx: DecodeContext, file: z.output<typeof scenarioFileSchema>): void => {
  if (file.units === undefined) return
  const used = new Set(file.issues.flatMap((i) => (i.unit === undefined ? [] : [i.unit])))
  if (file.compensation !== undefined) used.add(file.compensation.unit)
  for (const unit of Object.keys(file.units))
    if (!used.has(unit))
      ctx.report(
        'unknownUnit',
        ['units', unit],
        `no issue and no compensation uses the unit ${JSON.stringify(unit)}; write the unit exactly as the issues do, or remove it.`,
        ctx.suggest(unit, () => used.keys(), used.size),
      )
}

const build = (
  file: z.output<typeof scenarioFileSchema>,
  issues: readonly DecodedIssue[],
  parties: readonly Party[],
  choices: Readonly<Record<IssueId, OptionId>>,
  targets: readonly Target[],
): Scenario => {
  const defaults = defaultStakeholders(parties)
  const moduleValues = modulesValuesOf(issues)
  const names = new Map(parties.map((p) => [p.id, p.name]))
  const nameOf = (id: PartyId): string => names.get(id) ?? id
  const domains: PolicyDomain[] = file.domains.map((d) => ({ id: d.id as DomainId, name: d.name ?? d.id }))
  return {
    version: scenarioVersion,
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    notes: file.notes ?? [],
    parties: moduleValues.size === 0 ? parties : parties.map((party) => withModuleValues(party, moduleValues)),
    domains,
    issues: issues.map(({ stakeholders, ...issue }): Issue => ({
      ...issue,
      // A module's options are labelled with its members' names, known only now.
      ...(issue.module === undefined ? {} : { options: moduleOptionsOf(issue.module, nameOf) }),
      // A module's members take part through their coalitions; nobody else has a say by default.
      stakeholders: stakeholders ?? (issue.module === undefined ? defaults.get(issue.id) : undefined) ?? [],
    })),
    statusQuo: { choices: recordFrom(Object.entries(choices) as [IssueId, OptionId][]), payments: [] },
    ...(file.compensation === undefined ? {} : { compensation: { unit: file.compensation.unit } }),
    ...(file.units === undefined
      ? {}
      : {
          units: Object.fromEntries(
            Object.entries(file.units).map(([unit, names]): [string, UnitNames] => [
              unit,
              {
                ...(names.nl === undefined ? {} : { nl: names.nl }),
                ...(names.en === undefined ? {} : { en: names.en }),
              },
            ]),
          ),
        }),
    // No targets reads as none at all, so that decode(encode(s)) keeps scenarios without them.
    ...(targets.length === 0 ? {} : { targets }),
  }
}
