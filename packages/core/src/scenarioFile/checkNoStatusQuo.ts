/**
 * The rules for issues without a status quo (`statusQuo: { issue: null }`), checked on the file
 * once the status quo is read. Such an issue has no "unchanged" value, so:
 * - a party whose utility depends on it (a valuation of it, or an interaction naming it) must
 *   give its `reservationUtility`: that is what it gets when nobody agrees, the point its gains
 *   are measured from;
 * - it cannot be a module issue (a module's status quo is its running coalition, which its
 *   members leave or join);
 * - no mandate may set a `minDomainGain` on its domain (a gain within a domain needs a "before"
 *   on each of its issues).
 */
import type * as z from 'zod/mini'
import type { DecodeContext } from './DecodeContext.js'
import { quote } from './Problem.js'
import type { scenarioFileSchema } from './ScenarioFile.js'

/** Reports every rule an issue without a status quo breaks; does nothing when there is none. */
export const checkNoStatusQuo = (ctx: DecodeContext, file: z.output<typeof scenarioFileSchema>): void => {
  const open = new Set(
    Object.entries(file.statusQuo)
      .filter(([, option]) => option === null)
      .map(([issue]) => issue),
  )
  if (open.size === 0) return
  const domainsWithOpen = new Set<string>()
  file.issues.forEach((issue, i) => {
    if (!open.has(issue.id)) return
    domainsWithOpen.add(issue.domain)
    if (issue.kind === 'module' || issue.module !== undefined)
      ctx.report(
        'needsStatusQuo',
        ['statusQuo', issue.id],
        `the module issue ${quote(issue.id)} needs a status quo (the coalition that runs today, or none); give its option (issues[${i}] is a module).`,
      )
  })
  file.parties.forEach((party, p) => {
    const valued = Object.keys(party.valuations ?? {}).find((issue) => open.has(issue))
    const named = (party.interactions ?? []).flatMap((t) => t.between.map((ref) => ref.issue)).find((i) => open.has(i))
    const depends = valued ?? named
    if (depends !== undefined && party.reservationUtility === undefined)
      ctx.report(
        'missingReservation',
        ['parties', p, 'reservationUtility'],
        `the party ${quote(party.id)} values the issue ${quote(depends)}, which has no status quo; give its reservationUtility: the utility it gets when nobody agrees (0 in most negotiation games).`,
      )
    for (const domain of Object.keys(party.mandate?.minDomainGain ?? {}))
      if (domainsWithOpen.has(domain))
        ctx.report(
          'needsStatusQuo',
          ['parties', p, 'mandate', 'minDomainGain', domain],
          `the domain ${quote(domain)} holds an issue without a status quo, so a gain within it has no "before"; remove this floor or give that issue a status quo.`,
        )
  })
}
