/**
 * Reads a GENIUS XML domain folder (ANAC format, given as file name → text) into a `Scenario`:
 * one domain file (`<negotiation_template>`) and one utility-space file per party
 * (`<utility_space>` with evaluations, weights, and optionally a reservation value and a
 * discount factor).
 *
 * The mapping, faithful to how GENIUS computes utility: issues and items become issues and
 * options (issue name and item value as ids, in file order); a party's value for an item is its
 * evaluation divided by the largest evaluation of that issue (GENIUS's `EvaluatorDiscrete`
 * normalisation, 0 when that largest is below 0.00001), its stake on an issue is the weight
 * with the issue's index, and its reservation value is its reservation utility. Items are
 * matched by value, issues by index (their names must agree). Discount factors have no place
 * in a model without time: they are read, checked and listed in the notes.
 *
 * GENIUS has no status quo outcome (no agreement gives each party its reservation value), so the
 * status quo is chosen as for GeniusWeb folders without a common bid: see `chooseStatusQuo`; with
 * `{ statusQuo: 'none' }` no issue gets one and each party's reservation value (0 when unset)
 * is its disagreement point.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Scenario } from '../model/Scenario.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { scenarioFileLimits } from '../scenarioFile/limits.js'
import type { Problem, ProblemPath } from '../scenarioFile/Problem.js'
import { chooseStatusQuo } from './chooseStatusQuo.js'
import { byFileName, stemOf, type Problems } from './foreignFile.js'
import { readGeniusXml, type GeniusXmlSpace, type XmlPlace } from './readGeniusXml.js'
import type { FromGeniusWebOptions } from './fromGeniusWeb.js'

interface Read {
  readonly file: string
  readonly space: GeniusXmlSpace
}

const number = (text: string): number | undefined =>
  /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : undefined

/**
 * Reads a GENIUS XML folder: a valid scenario, or every problem with its file, path, line and column.
 *
 * @example
 * // `harbour`: a domain file and two profiles (Gemeente.xml, Provincie.xml), by file name
 * fromGeniusXml(harbour)
 * // => E.right({ issues: [{ id: 'Quay location' }, { id: 'Contribution (EUR million)' }, { id: 'Planning' }], parties: [{ id: 'Gemeente' }, { id: 'Provincie' }] })
 *
 * @category interop
 */
export const fromGeniusXml = (
  files: Readonly<Record<string, string>>,
  options: FromGeniusWebOptions = {},
): E.Either<Problems, Scenario> => {
  const problems: Problem[] = []
  const read: Read[] = []
  for (const file of Object.keys(files).sort(byFileName)) {
    const result = readGeniusXml(file, files[file]!)
    if (E.isLeft(result)) problems.push(...result.left)
    else read.push({ file, space: result.right })
  }
  const domains = read.filter((r) => !r.space.isProfile)
  const profiles = read.filter((r) => r.space.isProfile)
  for (const extra of domains.slice(1))
    problems.push({
      code: 'duplicateId',
      file: extra.file,
      path: [],
      message: `a GENIUS folder holds one domain file, and ${domains[0]!.file} already is one; remove one of them.`,
    })
  if (profiles.length === 0 && problems.length === 0)
    problems.push({
      code: 'missingField',
      path: [],
      message:
        'the folder holds no utility-space file (<utility_space> with evaluations and weights); add one per party.',
    })
  if (problems.length > 0) return E.left(problems as unknown as Problems)
  // Without a domain file, the first profile lists the issues and items just as well.
  const domain = domains[0] ?? profiles[0]!
  // Before anything per item: the options limit holds for every issue, listed or ranged.
  for (const issue of domain.space.issues) {
    if (issue.items.length > scenarioFileLimits.maxOptions)
      problems.push({
        code: 'tooMany',
        file: domain.file,
        path: issue.path,
        ...(issue.line === undefined ? {} : { line: issue.line }),
        message: `issue "${issue.name}" has ${issue.items.length} items, more than the limit of ${scenarioFileLimits.maxOptions} options; merge items or split the issue.`,
      })
  }
  if (problems.length > 0) return E.left(problems as unknown as Problems)
  const notes: string[] = [
    'Imported from GENIUS XML: value = evaluation / largest evaluation of the issue (as GENIUS normalises), stake = issue weight, reservation utility = reservation value.',
    ...(domains.length === 0 ? [`There was no domain file; the issues and items are those of ${domain.file}.`] : []),
  ]
  const at = (file: string, code: Problem['code'], place: XmlPlace, message: string): void => {
    problems.push({
      code,
      file,
      message,
      path: place.path,
      ...(place.line === undefined ? {} : { line: place.line }),
      ...(place.column === undefined ? {} : { column: place.column }),
    })
  }
  const domainIndices = new Set(domain.space.issues.map((i) => i.index))
  const parties = profiles.map(({ file, space }) => {
    const valuations: Record<string, { stake: number; values: Record<string, number> }> = {}
    // By index, first one wins as with find: linear in the number of issues.
    const ownByIndex = new Map<(typeof space.issues)[number]['index'], (typeof space.issues)[number]>()
    for (const i of space.issues) if (!ownByIndex.has(i.index)) ownByIndex.set(i.index, i)
    const weightsByIndex = new Map<(typeof space.weights)[number]['index'], (typeof space.weights)[number][]>()
    for (const w of space.weights) {
      const list = weightsByIndex.get(w.index)
      if (list === undefined) weightsByIndex.set(w.index, [w])
      else list.push(w)
    }
    for (const issue of domain.space.issues) {
      const own = ownByIndex.get(issue.index)
      if (own === undefined) {
        at(
          file,
          'missingField',
          { path: [...(space.issues[0]?.path.slice(0, -2) ?? []), 'issue'] },
          `there is no issue with index ${issue.index} ("${issue.name}"); every issue of the domain needs its evaluations.`,
        )
        continue
      }
      if (own.name !== issue.name)
        at(
          file,
          'conflictingFields',
          { ...own, path: [...own.path, 'name'] },
          `issue ${issue.index} is "${own.name}" here but "${issue.name}" in ${domain.file}; make the names agree.`,
        )
      // By value, first one wins as with find: linear, however many items an issue has.
      const ownByValue = new Map<string, (typeof own.items)[number]>()
      for (const m of own.items) if (!ownByValue.has(m.value)) ownByValue.set(m.value, m)
      const domainValues = new Set(issue.items.map((item) => item.value))
      const evaluations = issue.items.map((item) => {
        const mine = ownByValue.get(item.value)
        if (mine === undefined || mine.evaluation === undefined) {
          at(
            file,
            'missingValue',
            mine ?? own,
            `no evaluation for item "${item.value}" of issue "${issue.name}"; give every item an evaluation.`,
          )
          return 0
        }
        const x = number(mine.evaluation)
        if (x === undefined || x < 0)
          at(
            file,
            'invalidValue',
            { ...mine, path: [...mine.path, 'evaluation'] },
            `an evaluation is a number of at least 0; found "${mine.evaluation}".`,
          )
        return x ?? 0
      })
      for (const mine of own.items)
        if (!domainValues.has(mine.value))
          at(file, 'unknownOption', mine, `issue "${issue.name}" has no item "${mine.value}" in ${domain.file}.`)
      const weights = weightsByIndex.get(issue.index) ?? []
      const weight = weights[0] === undefined ? undefined : number(weights[0].value)
      if (weights[0] === undefined)
        at(
          file,
          'missingField',
          { path: [...own.path.slice(0, -2), 'weight'] },
          `there is no <weight index="${issue.index}"> for issue "${issue.name}"; add it.`,
        )
      else if (weight === undefined)
        at(
          file,
          'invalidValue',
          { ...weights[0], path: [...weights[0].path, 'value'] },
          `a weight is a number; found "${weights[0].value}".`,
        )
      // A loop, not Math.max(0, ...evaluations): spreading 150,000 items overflows the stack.
      let largest = 0
      for (const x of evaluations) largest = Math.max(largest, x)
      valuations[issue.name] = {
        stake: weight ?? 0,
        values: Object.fromEntries(
          issue.items.map((item, j) => [item.value, largest < 0.00001 ? 0 : evaluations[j]! / largest]),
        ),
      }
    }
    for (const own of space.issues)
      if (!domainIndices.has(own.index))
        at(file, 'unknownIssue', own, `${domain.file} has no issue with index ${own.index} ("${own.name}").`)
    const reservation = space.reservation === undefined ? undefined : number(space.reservation.value)
    if (space.reservation !== undefined && reservation === undefined)
      at(
        file,
        'invalidValue',
        space.reservation,
        `a reservation value is a number; found "${space.reservation.value}".`,
      )
    const discount = space.discount === undefined ? undefined : number(space.discount.value)
    if (space.discount !== undefined && (discount === undefined || discount <= 0 || discount > 1))
      at(
        file,
        'outOfRange',
        space.discount,
        `a discount factor is a number above 0 and at most 1; found "${space.discount.value}".`,
      )
    else if (discount !== undefined && discount < 1)
      notes.push(`${stemOf(file)}: discount factor ${discount} ignored (the analysis has no time).`)
    return { id: stemOf(file), valuations, ...(reservation === undefined ? {} : { reservationUtility: reservation }) }
  })
  if (problems.length > 0) return E.left(problems as unknown as Problems)
  const name = stemOf(domain.file).replace(/[-_ ]?domain$/i, '') || stemOf(domain.file)
  const raw = {
    version: 1,
    name,
    domains: [{ id: name }],
    issues: domain.space.issues.map((issue) => ({
      id: issue.name,
      domain: name,
      options: issue.items.map((item) => item.value),
    })),
    parties,
    statusQuo: Object.fromEntries(domain.space.issues.map((issue) => [issue.name, issue.items[0]?.value ?? ''])),
  }
  const mapBack = (p: Problem): Problem => ({ ...p, ...xmlPlaceOf(p.path, domain, profiles) })
  if (options.statusQuo === 'none') {
    // GENIUS's own semantics: no agreement gives each party its reservation value (0 when unset).
    notes.push(
      'No status quo: a deal must settle every issue, and each party falls back to its reservation value (0 without one).',
    )
    const open = decodeScenario({
      ...raw,
      notes,
      parties: parties.map((p) => ({ ...p, reservationUtility: p.reservationUtility ?? 0 })),
      statusQuo: Object.fromEntries(domain.space.issues.map((issue) => [issue.name, null])),
    })
    return E.isLeft(open) ? E.left(open.left.map(mapBack) as unknown as Problems) : open
  }
  const first = decodeScenario({ ...raw, notes })
  if (E.isLeft(first)) return E.left(first.left.map(mapBack) as unknown as Problems)
  const reservations = parties.map((p) => p.reservationUtility)
  const chosen = chooseStatusQuo(first.right, reservations)
  const above = parties.filter((_, k) => chosen.excess[k]! > 1e-9).map((p) => p.id)
  notes.push(
    "GENIUS has no status quo outcome: the status quo is the outcome that exceeds the parties' reservation values least (a party without one accepts any agreement). " +
      (above.length === 0
        ? 'No party prefers it to its reservation value, so every floor is the reservation value itself.'
        : `It is above the reservation value of ${above.join(', ')}, whose floor is therefore its status-quo utility; analyse with reference "none" for the plain frontier.`),
  )
  const final = decodeScenario({
    ...raw,
    notes,
    statusQuo: Object.fromEntries(
      domain.space.issues.map((issue, i) => [issue.name, issue.items[chosen.choices[i]!]!.value]),
    ),
  })
  return E.isLeft(final) ? E.left(final.left.map(mapBack) as unknown as Problems) : final
}

/** Where a raw-scenario problem sits in the XML files (file, path, line, column). */
const xmlPlaceOf = (
  path: ProblemPath,
  domain: Read,
  profiles: readonly Read[],
): Partial<Problem> & { path: ProblemPath } => {
  const [head, index, field, key, part, option] = path
  const place = (file: string, p: XmlPlace | undefined): Partial<Problem> & { path: ProblemPath } =>
    p === undefined
      ? { file, path: [] }
      : {
          file,
          path: p.path,
          ...(p.line === undefined ? {} : { line: p.line }),
          ...(p.column === undefined ? {} : { column: p.column }),
        }
  if (head === 'issues' && typeof index === 'number') {
    const issue = domain.space.issues[index]
    return field === 'options' && typeof key === 'number'
      ? place(domain.file, issue?.items[key])
      : place(domain.file, issue)
  }
  if (head === 'parties' && typeof index === 'number' && profiles[index] !== undefined) {
    const { file, space } = profiles[index]
    const issue = space.issues.find((i) => i.name === key)
    if (field === 'valuations' && part === 'stake')
      return place(
        file,
        space.weights.find((w) => w.index === issue?.index),
      )
    if (field === 'valuations' && part === 'values')
      return place(file, issue?.items.find((item) => item.value === option) ?? issue)
    if (field === 'valuations') return place(file, issue)
    if (field === 'reservationUtility') return place(file, space.reservation)
    return place(file, undefined)
  }
  return place(domain.file, undefined)
}
