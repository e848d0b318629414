import type { Scenario } from '../model/Scenario.js'
import type { DeadlockReport, IssueAnalysis, Blocker } from '../analyze/findDeadlocks.js'
import { lookup } from '../internal/lookup.js'

const reasonText: Record<Blocker['reason'], string> = {
  loses: 'loses',
  gainsNothing: 'gains nothing',
  belowReservation: 'does better without a deal',
  mandate: 'mandate forbids it',
}

const ruleText: Record<NonNullable<Blocker['rule']>, string> = {
  redLineOrNotAllowed: 'red line',
  minGain: 'minimum gain',
  minDomainGain: 'minimum gain in a policy domain',
}

const round = (x: number): string => (Math.abs(x) < 1e-9 ? '0' : Number(x.toPrecision(4)).toString())

const why = (b: Blocker): string =>
  b.reason === 'mandate' && b.rule !== undefined ? `${reasonText.mandate} (${ruleText[b.rule]})` : reasonText[b.reason]

/**
 * One entry per blocking party: findDeadlocks lists a party once per reason (it loses, and its
 * mandate forbids the option), and naming it twice with the same gain reads like two parties.
 */
const describeBlockers = (scenario: Scenario, blockers: readonly Blocker[]): string[] => {
  const byParty = new Map<string, Blocker[]>()
  for (const b of blockers) byParty.set(b.party, [...(byParty.get(b.party) ?? []), b])
  return [...byParty.entries()].map(([party, bs]) => {
    const name = lookup(scenario).party.get(party as Blocker['party'])?.name ?? party
    const reasons = [...new Set(bs.map(why))].join(', ')
    const outsider = bs.some((b) => b.stakeholder) ? '' : ', outside the issue but able to block'
    return `${name}: ${reasons} (gain ${round(bs[0]!.gain)}${outsider})`
  })
}

const describeIssue = (scenario: Scenario, analysis: IssueAnalysis): string[] => {
  const issue = lookup(scenario).issue.get(analysis.issue)!
  const label = (id: string) => issue.options.find((o) => o.id === id)?.label ?? id
  const status = { agreeable: 'agreeable on its own', deadlocked: 'DEADLOCKED', nothingToGain: 'nothing to gain' }[
    analysis.status
  ]
  const lines = [`${issue.name} [${issue.id}]: ${status}`]
  if (analysis.status === 'agreeable')
    lines.push(`  improves everyone alone: ${analysis.improvements.map(label).join(', ')}`)
  if (analysis.status === 'deadlocked') {
    for (const option of analysis.options) {
      if (option.regionGain <= 0) continue
      const targetName = (id: string) => scenario.targets?.find((t) => t.id === id)?.name ?? id
      const missed = option.missedTargets.map((id) => `target ${targetName(id)} [${id}]: missed`)
      const blockers = [...describeBlockers(scenario, option.blockers), ...missed].join('; ')
      lines.push(`  ${label(option.option)}: region gains ${round(option.regionGain)}, blocked by ${blockers}`)
    }
  }
  return lines
}

/**
 * The deadlock analysis as lines a person can read: a count, then one block per issue, with
 * who blocks which option and why (each party once per option, its reasons together).
 *
 * @example
 * for (const line of deadlocksToLines(scenario, findDeadlocks(scenario))) console.log(line)
 *
 * @category report
 */
export const deadlocksToLines = (scenario: Scenario, report: DeadlockReport): string[] => {
  const counts = { agreeable: 0, deadlocked: 0, nothingToGain: 0 }
  for (const a of report.issues) counts[a.status]++
  const header = `${report.issues.length} issues: ${counts.deadlocked} deadlocked, ${counts.agreeable} agreeable on their own, ${counts.nothingToGain} with nothing to gain`
  return [header, ...report.issues.flatMap((a) => describeIssue(scenario, a))]
}

/**
 * The deadlock analysis as text: `deadlocksToLines` joined by newlines.
 *
 * @example
 * deadlocksToText(scenario, findDeadlocks(scenario)).split('\n').slice(0, 3)
 * // => ['2 issues: 2 deadlocked, 0 agreeable on their own, 0 with nothing to gain', 'road [road]: DEADLOCKED', '  via-b: region gains 3, blocked by A: loses (gain -1)']
 *
 * @category report
 */
export const deadlocksToText = (scenario: Scenario, report: DeadlockReport): string =>
  deadlocksToLines(scenario, report).join('\n')
