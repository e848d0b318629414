/**
 * The options of one issue, from what the file wrote: a list of objects, texts or numbers, or
 * (quantity issues) a range. Quantity ids are the quantities written as text ("250"), rounded
 * to the decimals of `from` and `step` so that 0.1-steps give "0.3", not "0.30000000000000004".
 */
import type { IssueOption, OptionId } from '../model/Issue.js'
import type { DecodeContext } from './DecodeContext.js'
import type { IssueFile } from './ScenarioFile.js'
import { reservedKeys, scenarioFileLimits as limits } from './limits.js'
import { quote, type ProblemPath } from './Problem.js'

// Digits after the decimal point in a number's shortest text, "1e-7" included.
const decimalsOf = (x: number): number => {
  const [mantissa = '', exponent] = String(x).split('e')
  const fraction = mantissa.split('.')[1]?.length ?? 0
  return Math.max(0, fraction - Number(exponent ?? 0))
}

const labelOf = (id: string, unit: string | undefined): string => (unit === undefined ? id : `${id} ${unit}`)

/** The options of a quantity range, or undefined (with problems) when the range is unusable. */
const rangeOptions = (ctx: DecodeContext, issue: IssueFile, path: ProblemPath): IssueOption[] | undefined => {
  const { from, to, step } = issue.range!
  if (to < from) {
    ctx.report(
      'outOfRange',
      [...path, 'range', 'to'],
      `the range ends (${to}) before it starts (${from}); make "to" at least "from".`,
    )
    return undefined
  }
  // The small slack keeps `to` in the range when (to - from) / step lands a hair below a whole number.
  const count = Math.floor((to - from) / step + 1e-9) + 1
  if (count > limits.maxOptions) {
    ctx.report(
      'tooMany',
      [...path, 'range'],
      `this range makes ${count} options, more than the limit of ${limits.maxOptions}; use a larger step.`,
    )
    return undefined
  }
  const decimals = Math.min(20, Math.max(decimalsOf(from), decimalsOf(step)))
  return Array.from({ length: count }, (_, k) => {
    const quantity = Number((from + k * step).toFixed(decimals))
    const id = String(quantity)
    return { id: id as OptionId, label: labelOf(id, issue.unit), quantity }
  })
}

/** One listed option, or undefined (with a problem) when it cannot be read. */
const listedOption = (
  ctx: DecodeContext,
  issue: IssueFile,
  quantities: boolean,
  item: NonNullable<IssueFile['options']>[number],
  path: ProblemPath,
): IssueOption | undefined => {
  if (typeof item === 'number' || typeof item === 'string') {
    if (quantities && typeof item === 'string') {
      ctx.report(
        'missingQuantity',
        path,
        `a quantity issue needs the quantity of each option; write a number, or { id: ${quote(item)}, quantity: ... }.`,
      )
      return undefined
    }
    const id = String(item)
    return quantities
      ? { id: id as OptionId, label: labelOf(id, issue.unit), quantity: item as number }
      : { id: id as OptionId, label: id }
  }
  if (!quantities) {
    if (item.quantity !== undefined) {
      ctx.report(
        'notAQuantityIssue',
        [...path, 'quantity'],
        'only quantity issues have quantities; add "kind: quantity" to the issue or remove the quantity.',
      )
      return undefined
    }
    if (item.id === undefined) {
      ctx.report('missingField', [...path, 'id'], 'the required field "id" is missing; add it.')
      return undefined
    }
    return { id: item.id as OptionId, label: item.label ?? item.id }
  }
  if (item.quantity === undefined) {
    ctx.report(
      'missingQuantity',
      [...path, 'quantity'],
      'a quantity issue needs the quantity of each option; add "quantity".',
    )
    return undefined
  }
  const id = item.id ?? String(item.quantity)
  return { id: id as OptionId, label: item.label ?? labelOf(id, issue.unit), quantity: item.quantity }
}

/**
 * Reads an issue's options, reporting conflicts, missing quantities, empty issues and duplicate
 * or reserved option ids. Returns undefined when any option is unreadable.
 */
export const resolveOptions = (
  ctx: DecodeContext,
  issue: IssueFile,
  path: ProblemPath,
): readonly IssueOption[] | undefined => {
  const quantities = issue.kind === 'quantity'
  const before = ctx.problems.length
  if (issue.range !== undefined && !quantities) {
    ctx.report(
      'notAQuantityIssue',
      [...path, 'range'],
      'only quantity issues have a range; add "kind: quantity" to the issue or list its options.',
    )
    return undefined
  }
  if (issue.range !== undefined && issue.options !== undefined) {
    ctx.report('conflictingFields', [...path, 'range'], 'give either options or range, not both.')
    return undefined
  }
  let options: (IssueOption | undefined)[]
  if (issue.range !== undefined) {
    const fromRange = rangeOptions(ctx, issue, path)
    if (fromRange === undefined) return undefined
    options = fromRange
  } else {
    // The same limit as for ranges: an issue of 100,000 listed options makes every search and
    // every meeting of a simulation crawl just as a range of that size would.
    if ((issue.options ?? []).length > limits.maxOptions) {
      ctx.report(
        'tooMany',
        [...path, 'options'],
        `the issue ${quote(issue.id)} lists ${issue.options!.length} options, more than the limit of ${limits.maxOptions}; merge options or split the issue.`,
      )
      return undefined
    }
    options = (issue.options ?? []).map((item, k) =>
      listedOption(ctx, issue, quantities, item, [...path, 'options', k]),
    )
  }
  if (options.length === 0) {
    ctx.report(
      'noOptions',
      [...path, 'options'],
      `the issue ${quote(issue.id)} has no options; list at least one${quantities ? ' or give a range' : ''}.`,
    )
    return undefined
  }
  const seen = new Set<string>()
  options.forEach((option, k) => {
    if (option === undefined) return
    const where = issue.range === undefined ? [...path, 'options', k] : [...path, 'range']
    if (reservedKeys.has(option.id)) {
      ctx.report('reservedId', where, `${quote(option.id)} cannot be used as an id; rename the option.`)
    } else if (seen.has(option.id)) {
      ctx.report(
        'duplicateId',
        where,
        `the issue ${quote(issue.id)} already has an option ${quote(option.id)}; option ids must be unique within an issue.`,
      )
    }
    seen.add(option.id)
  })
  return ctx.problems.length > before ? undefined : (options as IssueOption[])
}
