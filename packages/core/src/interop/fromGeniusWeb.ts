/**
 * Reads a GeniusWeb scenario folder (given as file name → text) into a mandjes `Scenario`.
 *
 * The mapping: the domain file's issues and values become issues and options (in file order),
 * one policy domain named after the GeniusWeb domain; every `LinearAdditiveUtilitySpace`
 * profile becomes a party whose id is the file name without `.json` and whose name is the
 * profile's; per issue, `issueWeights` is the stake and `valueUtilities` are the values, kept as
 * written (GeniusWeb's own rules, weights summing to 1 and utilities in [0, 1], are noted when
 * broken, not enforced).
 *
 * No agreement: when every profile has the same reservation bid, that bid is the status quo.
 * Otherwise each party with a reservation bid gets the utility of its own bid as reservation
 * utility, and the status quo is chosen by `chooseStatusQuo`: the outcome least above anyone's
 * reservation (a party without a bid accepts any agreement, so its target is its worst outcome).
 * The scenario's notes say which rule applied and whose floor, if anyone's, ends above its
 * reservation.
 *
 * With `{ statusQuo: 'none' }` no status quo outcome is made up: every issue is left without
 * one (a deal must settle every issue, as in GeniusWeb), and each party falls back to the
 * utility of its own reservation bid, or 0 (the bottom of GeniusWeb's utility scale) when it has
 * none. The search, the analysis and the explanations handle such a scenario; the simulator,
 * the deadlock analysis and the diagnosis refuse it (see `requireStatusQuo`).
 *
 * Validation is shared with scenario files: the folder is turned into the raw scenario shape and
 * read by `decodeScenario`; its problems are moved back to the GeniusWeb file and path they came
 * from (`p2.json`, `LinearAdditiveUtilitySpace.issueWeights.i03`).
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Scenario } from '../model/Scenario.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { locateProblems } from '../scenarioFile/locateProblems.js'
import type { Problem } from '../scenarioFile/Problem.js'
import type { PlainMapping, PlainValue } from '../scenarioFile/copyPlainTree.js'
import { chooseStatusQuo } from './chooseStatusQuo.js'
import { checkGeniusWebFolder, type CheckedFolder } from './checkGeniusWebFolder.js'
import { byFileName, problemAt, readJsonFile, type Problems } from './foreignFile.js'
import { geniusWebFileKind } from './GeniusWebFiles.js'
import { rawPathToGeniusWeb } from './geniusWebPaths.js'

const profileKey = 'LinearAdditiveUtilitySpace'

/** How an import treats "no agreement". @category interop */
export interface FromGeniusWebOptions {
  /**
   * `chosen` (default): a status quo outcome, the reservation bid every profile shares or one
   * chosen by `chooseStatusQuo`. `none`: no status quo on any issue; each party's reservation
   * utility is its disagreement point.
   */
  readonly statusQuo?: 'chosen' | 'none'
}

/**
 * Reads a GeniusWeb folder: a valid scenario, or every problem with its file and path.
 *
 * @example
 * fromGeniusWeb({ 'domain.json': '{"name":"d","issuesValues":{"i":{"values":["a","b"]}}}',
 *   'p0.json': '{"LinearAdditiveUtilitySpace":{"name":"p0","issueUtilities":{"i":{"discreteutils":{"valueUtilities":{"a":0,"b":1}}}},"issueWeights":{"i":1},"reservationBid":{"issuevalues":{"i":"a"}}}}' })
 * // => E.right({ issues: [{ id: 'i', options: [{ id: 'a' }, { id: 'b' }] }], parties: [{ id: 'p0' }], statusQuo: { choices: { i: 'a' } } })
 *
 * @category interop
 */
export const fromGeniusWeb = (
  files: Readonly<Record<string, string>>,
  options: FromGeniusWebOptions = {},
): E.Either<Problems, Scenario> => {
  const problems: Problem[] = []
  const domains: { file: string; tree: PlainValue; text: string }[] = []
  const profiles: { file: string; tree: PlainValue; text: string }[] = []
  const ignored: string[] = []
  for (const file of Object.keys(files).sort(byFileName)) {
    const text = files[file]!
    const read = readJsonFile(file, text)
    if (E.isLeft(read)) {
      problems.push(...read.left)
      continue
    }
    const kind = geniusWebFileKind(read.right)
    if (kind === 'domain') domains.push({ file, tree: read.right, text })
    else if (kind === 'profile') profiles.push({ file, tree: read.right, text })
    else if (kind === 'other') ignored.push(file)
    else {
      const key = Object.keys(read.right as PlainMapping)[0]!
      problems.push(
        problemAt(
          file,
          'unsupported',
          [key],
          `"${key}" profiles cannot be read; mandjes reads LinearAdditiveUtilitySpace profiles (weights and value utilities per issue).`,
        ),
      )
    }
  }
  for (const extra of domains.slice(1)) {
    problems.push(
      problemAt(
        extra.file,
        'duplicateId',
        [],
        `a GeniusWeb folder holds one domain file, and ${domains[0]!.file} already is one; remove one of them.`,
      ),
    )
  }
  if (profiles.length === 0 && problems.length === 0) {
    problems.push({
      code: 'missingField',
      path: [],
      message: `the folder holds no ${profileKey} profile (a .json file with a "${profileKey}" field); add one per party.`,
    })
  }
  if (problems.length > 0) return E.left(problems as unknown as Problems)

  const checked = checkGeniusWebFolder(domains[0], profiles)
  if (E.isLeft(checked)) return checked
  return build(checked.right, ignored, files, options)
}

const build = (
  folder: CheckedFolder,
  ignored: readonly string[],
  files: Readonly<Record<string, string>>,
  options: FromGeniusWebOptions,
): E.Either<Problems, Scenario> => {
  const { domain, profiles } = folder
  // A decoder problem, moved to its GeniusWeb file and given that file's line and column.
  const moved = (problems: readonly Problem[]): Problems =>
    problems.map((p) => {
      const q = rawPathToGeniusWeb(p, folder)
      const text = q.file === undefined ? undefined : files[q.file]
      return text === undefined ? q : (locateProblems(text, [q])[0] ?? q)
    }) as unknown as Problems
  const issueIds = Object.keys(domain.issuesValues)
  const bids = profiles.map((p) => p.profile.reservationBid?.issuevalues)
  const first = bids[0]
  const shared =
    first !== undefined && bids.every((bid) => bid !== undefined && issueIds.every((i) => bid[i] === first[i]))
  const notes = [
    `Imported from a GeniusWeb folder: one party per ${profileKey} profile; stake = issueWeights, values = valueUtilities.`,
    ...folder.notes,
    ...(ignored.length > 0
      ? [`Files that are neither a domain nor a profile were ignored: ${ignored.join(', ')}.`]
      : []),
  ]
  const raw = {
    version: 1,
    name: domain.name,
    notes,
    domains: [{ id: domain.name, name: domain.name }],
    issues: issueIds.map((id) => ({ id, domain: domain.name, options: domain.issuesValues[id]!.values })),
    parties: profiles.map(({ file, profile }) => ({
      id: file.replace(/\.json$/i, ''),
      name: profile.name,
      valuations: Object.fromEntries(
        issueIds.map((id) => {
          const utilities = profile.issueUtilities[id]!.discreteutils.valueUtilities
          return [
            id,
            {
              stake: profile.issueWeights[id]!,
              values: Object.fromEntries(domain.issuesValues[id]!.values.map((v) => [v, utilities[v]!])),
            },
          ]
        }),
      ),
    })),
    // Provisional when the bids differ: replaced below, once utilities can be computed.
    statusQuo: Object.fromEntries(
      issueIds.map((id) => [id, shared ? first[id]! : domain.issuesValues[id]!.values[0]!]),
    ),
  }
  if (options.statusQuo === 'none') {
    // The utility of a party's own reservation bid, from its valuations as written.
    const reservationOf = (k: number): number => {
      const bid = bids[k]
      if (bid === undefined) return 0
      const { valuations } = raw.parties[k]!
      return issueIds.reduce((sum, id) => sum + valuations[id]!.stake * (valuations[id]!.values[bid[id]!] ?? 0), 0)
    }
    const open = decodeScenario({
      ...raw,
      notes: [
        ...notes,
        'No status quo: a deal must settle every issue, and each party falls back to the utility of its own reservation bid (0 without one).',
      ],
      parties: raw.parties.map((party, k) => ({ ...party, reservationUtility: reservationOf(k) })),
      statusQuo: Object.fromEntries(issueIds.map((id) => [id, null])),
    })
    return E.isLeft(open) ? E.left(moved(open.left)) : open
  }
  const decoded = decodeScenario(raw)
  if (E.isLeft(decoded)) return E.left(moved(decoded.left))
  if (shared) {
    return E.right({
      ...decoded.right,
      notes: [...notes, 'The status quo is the reservation bid every profile shares.'],
    })
  }
  const scenario = decoded.right
  const reservation = scenario.parties.map((party, k) => {
    const bid = bids[k]
    return bid === undefined
      ? undefined
      : utilityOfParty(scenario, party, { choices: bid as Readonly<Record<IssueId, OptionId>>, payments: [] })
  })
  const chosen = chooseStatusQuo(scenario, reservation)
  const above = scenario.parties.filter((_, k) => chosen.excess[k]! > 1e-9).map((p) => p.id)
  const statusNote =
    'The profiles have no common reservation bid: each party with a reservation bid has the utility of its own bid as reservation utility, ' +
    'and a party without one accepts any agreement. The status quo is the outcome that exceeds those reservations least ' +
    `(largest excess over the range of utilities, ${chosen.exact ? 'exact' : 'best found within the search budget'}). ` +
    (above.length === 0
      ? 'No party prefers it to its reservation, so every floor is the reservation itself.'
      : `It is above the reservation of ${above.join(', ')}, whose floor is therefore its status-quo utility instead.`)
  const final = decodeScenario({
    ...raw,
    notes: [...notes, statusNote],
    parties: raw.parties.map((party, k) =>
      reservation[k] === undefined ? party : { ...party, reservationUtility: reservation[k] },
    ),
    statusQuo: Object.fromEntries(issueIds.map((id, i) => [id, domain.issuesValues[id]!.values[chosen.choices[i]!]!])),
  })
  if (E.isLeft(final)) return E.left(moved(final.left))
  return final
}
