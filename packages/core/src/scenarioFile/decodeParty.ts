/**
 * One party from its file form: valuations checked against the issues' options (every option
 * needs a value; quantity issues may give a line instead), interactions between options of two
 * different issues, and the mandate (see `decodeMandate`).
 */
import type { IssueId } from '../model/Issue.js'
import type { Party, PartyId, PartyKind } from '../model/Party.js'
import type { Interaction, Valuation } from '../model/Valuation.js'
import type { DecodeContext, KnownIssue } from './DecodeContext.js'
import { decodeMandate } from './decodeMandate.js'
import { scenarioFileLimits as limits } from './limits.js'
import { quote, type ProblemPath } from './Problem.js'
import { recordFrom } from '../internal/recordFrom.js'
import type { PartyFile } from './ScenarioFile.js'

type ValuationFile = NonNullable<PartyFile['valuations']>[string]

const decodeValuation = (
  ctx: DecodeContext,
  issue: KnownIssue,
  file: ValuationFile,
  path: ProblemPath,
): Valuation | undefined => {
  if (file.values !== undefined && file.linear !== undefined) {
    ctx.report('conflictingFields', [...path, 'linear'], 'give either values or linear, not both.')
    return undefined
  }
  if (file.values === undefined && file.linear === undefined) {
    ctx.report(
      'missingField',
      [...path, 'values'],
      'the field "values" is missing; give a value for every option (or, for a quantity issue, "linear").',
    )
    return undefined
  }
  const options = issue.options
  if (options === undefined) return undefined
  if (file.linear !== undefined) {
    if (issue.quantities !== true) {
      ctx.report(
        'notAQuantityIssue',
        [...path, 'linear'],
        `${quote(issue.id)} is not a quantity issue, so it has no quantities to draw a line through; give "values" per option.`,
      )
      return undefined
    }
    const { perUnit, offset = 0 } = file.linear
    const values = options.map((o) => [o.id, offset + perUnit * o.quantity!] as const)
    if (values.some(([, v]) => !(Math.abs(v) <= limits.maxMagnitude))) {
      ctx.report(
        'numberTooLarge',
        [...path, 'linear'],
        `this line gives values larger than ${limits.maxMagnitude} in size; use a smaller perUnit or offset.`,
      )
      return undefined
    }
    return { stake: file.stake, values: recordFrom(values) }
  }
  const given = file.values!
  const before = ctx.problems.length
  for (const key of Object.keys(given)) ctx.option(issue, key, [...path, 'values', key])
  // Stop after a few missing options: the message lists five, and the scan stays proportional
  // to what the file wrote even for an issue with thousands of options.
  const present = Object.keys(given).filter((k) => issue.optionIds?.has(k) === true).length
  const missingCount = options.length - present
  if (missingCount > 0) {
    const missing: string[] = []
    for (const o of options) {
      if (!Object.prototype.hasOwnProperty.call(given, o.id)) missing.push(o.id)
      if (missing.length === 5) break
    }
    const more = missingCount > missing.length ? ` and ${missingCount - missing.length} more` : ''
    ctx.report(
      'missingValue',
      [...path, 'values'],
      `no value for option${missingCount > 1 ? 's' : ''} ${missing.map((o) => quote(o, 30)).join(', ')}${more} of ${quote(issue.id)}; every option of a valued issue needs a value (write 0 if it makes no difference).`,
    )
  }
  if (ctx.problems.length > before) return undefined
  return { stake: file.stake, values: recordFrom(options.map((o) => [o.id, given[o.id]!] as const)) }
}

const decodeInteraction = (
  ctx: DecodeContext,
  file: NonNullable<PartyFile['interactions']>[number],
  path: ProblemPath,
): Interaction | undefined => {
  const a = ctx.optionRef(file.between[0], [...path, 'between', 0])
  const b = ctx.optionRef(file.between[1], [...path, 'between', 1])
  if (file.between[0].issue === file.between[1].issue) {
    ctx.report(
      'sameIssueInteraction',
      [...path, 'between'],
      'both options are of the same issue, which never has two options chosen at once; pair options of two different issues.',
    )
    return undefined
  }
  return a === undefined || b === undefined ? undefined : { between: [a, b], value: file.value }
}

/** Decodes one party; undefined when anything in it could not be read (problems say what). */
export const decodeParty = (ctx: DecodeContext, file: PartyFile, path: ProblemPath): Party | undefined => {
  const before = ctx.problems.length
  // Parts that refer into an unreadable issue come back undefined without a new problem.
  let complete = true
  const valuations: [IssueId, Valuation][] = []
  for (const [key, valuation] of Object.entries(file.valuations ?? {})) {
    const issue = ctx.issue(key, [...path, 'valuations', key])
    if (issue?.module === true) {
      ctx.report(
        'conflictingFields',
        [...path, 'valuations', key],
        `the values of the module ${quote(key)} come from its module section (members' join and host, fixedCost, affected); remove this valuation.`,
      )
      continue
    }
    const decoded =
      issue === undefined ? undefined : decodeValuation(ctx, issue, valuation, [...path, 'valuations', key])
    if (decoded === undefined) complete = false
    else valuations.push([issue!.id, decoded])
  }
  const interactions = (file.interactions ?? []).map((i, k) => decodeInteraction(ctx, i, [...path, 'interactions', k]))
  const mandate = decodeMandate(ctx, file.mandate ?? {}, [...path, 'mandate'])
  if (ctx.problems.length > before || !complete || interactions.includes(undefined) || mandate === undefined)
    return undefined
  return {
    id: file.id as PartyId,
    name: file.name ?? file.id,
    kind: (file.kind ?? 'municipality') as PartyKind,
    valuations: recordFrom(valuations),
    interactions: interactions as Interaction[],
    mandate,
    moneyValue: file.moneyValue ?? 0,
    ...(file.weight === undefined ? {} : { weight: file.weight }),
    ...(file.reservationUtility === undefined ? {} : { reservationUtility: file.reservationUtility }),
    ...(file.lossBound === undefined ? {} : { lossBound: file.lossBound }),
  }
}
