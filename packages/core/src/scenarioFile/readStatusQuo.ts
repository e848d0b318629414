/**
 * The status quo from its file form: one option for every issue, each one of that issue's
 * options, or `null` for an issue without a status quo (every deal must choose one of its
 * options). It is what holds when nobody agrees, so every gain is measured against it; an
 * issue left out is reported rather than guessed: "no status quo" is said, never implied.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PlainMapping } from './copyPlainTree.js'
import type { DecodeContext } from './DecodeContext.js'
import { quote } from './Problem.js'
import type { ProblemPlaces } from './salvage.js'

/** Checks the status quo; returns its choices when every entry resolves. */
export const readStatusQuo = (
  ctx: DecodeContext,
  tree: PlainMapping | undefined,
  typed: Readonly<Record<string, string | number | null>> | undefined,
  places: ProblemPlaces,
): Readonly<Record<IssueId, OptionId>> | undefined => {
  if (tree === undefined || tree === null || typeof tree !== 'object' || Array.isArray(tree)) return undefined
  const before = ctx.problems.length
  const choices = new Map<IssueId, OptionId>()
  for (const key of Object.keys(tree)) {
    const value = typed?.[key] ?? tree[key]
    // Entries the shape check already reported (a list instead of an option id) are not checked again.
    if (places.isWithin(['statusQuo', key]) || (typeof value !== 'string' && typeof value !== 'number')) continue
    const issue = ctx.issue(key, ['statusQuo', key])
    if (issue === undefined) continue
    const option = ctx.option(issue, value, ['statusQuo', key], 'statusQuoNotAnOption')
    if (option !== undefined) choices.set(issue.id, option)
  }
  if (ctx.issues.readable) {
    for (const [id] of ctx.issues.byId) {
      if (!Object.prototype.hasOwnProperty.call(tree, id)) {
        ctx.report(
          'missingStatusQuo',
          ['statusQuo', id],
          `the status quo gives no option for the issue ${quote(id)}; add the option that holds when nobody agrees, or null if every deal must choose one of its options.`,
        )
      }
    }
  }
  return ctx.problems.length > before ? undefined : Object.fromEntries(choices)
}
