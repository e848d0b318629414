/**
 * The generated part of an example's README, from an `ExampleStudy`. Every number in it comes
 * from the library; regenerate with `npm run examples` after changing a scenario file.
 */
import { formatNumber, type CouncilNote, type Objective, type RankedDeal, type Scenario } from 'mandjes'
import {
  type NoteChange,
  type NoteOption,
  describeBounds,
  targetUnit,
  moduleHeadline,
  noteModules,
  stayingOutLine,
  targetTotal,
} from 'mandjes/engine'
import type { ExampleStudy, ObjectiveResult } from './studyExample.js'
import { simulationToMarkdown } from './simulationToMarkdown.js'

const n = (x: number) => formatNumber(x, 'en')
const signed = (x: number) => formatNumber(x, 'en', { signed: true })
// Table cells hold user text: keep a stray pipe from splitting a row.
const cell = (text: string) => text.replace(/\|/g, '\\|')

const objectiveNames: Record<Objective, string> = {
  sum: 'largest total gain (enlarge the pie)',
  maxmin: 'most even: largest smallest gain',
  nash: 'Nash bargaining: largest product of gains',
  fewest: 'smallest deal: fewest changed issues',
}

const partyName = (scenario: Scenario, id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id
const issueOf = (scenario: Scenario, id: string) => scenario.issues.find((i) => i.id === id)!
const optionText = (option: NoteOption, unit: string | undefined) =>
  option.quantity === undefined ? option.label : `${n(option.quantity)}${unit === undefined ? '' : ` ${unit}`}`
const choiceText = (scenario: Scenario, issueId: string, optionId: string) => {
  const issue = issueOf(scenario, issueId)
  const option = issue.options.find((o) => o.id === optionId)!
  return optionText(option, issue.unit)
}

const deadlockSection = (study: ExampleStudy): string[] => {
  const { scenario, deadlocks } = study
  const count = (s: string) => deadlocks.issues.filter((a) => a.status === s).length
  const rows = deadlocks.issues.map((a) => {
    const issue = issueOf(scenario, a.issue)
    const status = { agreeable: 'agreeable alone', deadlocked: '**deadlocked**', nothingToGain: 'nothing to gain' }[
      a.status
    ]
    const analysisOf = (option: string | undefined) =>
      option === undefined ? undefined : a.options.find((o) => o.option === option)
    const passes = analysisOf(a.bestImprovement)
    // The region's best option, when it is not the one that passes: who blocks it.
    const blocked = a.bestForRegion === a.bestImprovement ? undefined : analysisOf(a.bestForRegion)
    const targetName = (id: string) => `target: ${scenario.targets?.find((t) => t.id === id)?.name ?? id}`
    const blockers =
      blocked === undefined
        ? ''
        : [
            ...new Set([
              ...blocked.blockers.map((b) => partyName(scenario, b.party)),
              ...blocked.missedTargets.map(targetName),
            ]),
          ].join(', ')
    const optionCell = (o: typeof passes) =>
      o === undefined ? '' : `${choiceText(scenario, a.issue, o.option)} (${signed(o.regionGain)})`
    return `| ${cell(issue.name)} | ${status} | ${cell(optionCell(passes))} | ${cell(optionCell(blocked))} | ${cell(blockers)} |`
  })
  return [
    '### Deadlocks',
    '',
    `${deadlocks.issues.length} issues: ${count('deadlocked')} deadlocked, ${count('agreeable')} agreeable on their own, ${count('nothingToGain')} with nothing to gain for the region. ` +
      'Per issue, changed on its own: the option that passes with the largest region gain (every party with a say gains, nobody else loses, every mandate and target holds) and, where the region would gain more from an option that does not pass, that option and who blocks it.',
    '',
    '| Issue | Alone | Best option that passes alone (region gain) | Region gains more from, blocked (region gain) | Blocked by |',
    '|---|---|---|---|---|',
    ...rows,
  ]
}

const summaryOf = (scenario: Scenario, deal: RankedDeal) =>
  deal.changes
    .map((id) => `${issueOf(scenario, id).name}: ${choiceText(scenario, id, deal.deal.choices[id]!)}`)
    .join('; ')

/** Quantity issues of one policy domain that count the same unit, summed: the homes a housing deal places in total. */
export const quantityTotals = (
  scenario: Scenario,
  deal: RankedDeal,
): { domain: string; unit: string; before: number; after: number }[] => {
  const groups = new Map<string, { domain: string; unit: string; before: number; after: number; issues: number }>()
  for (const issue of scenario.issues) {
    if (issue.kind !== 'quantity' || issue.unit === undefined) continue
    const quantity = (optionId: string) => issue.options.find((o) => o.id === optionId)?.quantity ?? 0
    const key = `${issue.domain}|${issue.unit}`
    const g = groups.get(key) ?? {
      domain: scenario.domains.find((d) => d.id === issue.domain)?.name ?? issue.domain,
      unit: issue.unit,
      before: 0,
      after: 0,
      issues: 0,
    }
    g.before += quantity(scenario.statusQuo.choices[issue.id]!)
    g.after += quantity(deal.deal.choices[issue.id]!)
    g.issues += 1
    groups.set(key, g)
  }
  return [...groups.values()]
    .filter((g) => g.issues > 1)
    .map(({ domain, unit, before, after }) => ({ domain, unit, before, after }))
}

const dealsSection = (study: ExampleStudy): string[] => {
  const { scenario } = study
  const row = (r: ObjectiveResult) => {
    if (r.best === undefined)
      return `| ${objectiveNames[r.objective]} | ${r.result._tag} | no valid deal${r.result._tag === 'NoDeal' ? `: ${cell(r.result.certificate.reason)}` : ''} | | |`
    const gains = r.best.participants.map((p) => r.best!.gains[p]!)
    return `| ${objectiveNames[r.objective]} | ${r.result._tag} | ${cell(summaryOf(scenario, r.best))} | ${r.best.participants.length} | ${signed(gains.reduce((a, b) => a + b, 0))} / ${signed(Math.min(...gains))} |`
  }
  const lines = [
    '### Best deals',
    '',
    'The best valid deal under each objective (every participant gains, nobody outside loses, every mandate holds).',
    '',
    '| Objective | Search | Changes | Participants | Total / smallest gain |',
    '|---|---|---|---:|---|',
    ...study.byObjective.map(row),
  ]
  const best = study.best
  if (best !== undefined) {
    lines.push('', `The deal with the largest total gain changes ${best.changes.length} issues:`, '')
    for (const id of best.changes)
      lines.push(
        `- ${issueOf(scenario, id).name}: ${choiceText(scenario, id, scenario.statusQuo.choices[id]!)} → **${choiceText(scenario, id, best.deal.choices[id]!)}**`,
      )
    for (const p of best.deal.payments)
      lines.push(
        `- ${partyName(scenario, p.from)} pays ${partyName(scenario, p.to)} ${n(p.amount)} ${scenario.compensation?.unit ?? ''}`,
      )
    const totals = quantityTotals(scenario, best)
    if (totals.length > 0)
      lines.push(
        '',
        ...totals.map(
          (t) => `Total ${t.unit} in ${t.domain}: ${n(t.before)} in the status quo, **${n(t.after)}** with this deal.`,
        ),
      )
    for (const t of scenario.targets ?? []) {
      lines.push(
        '',
        `Target ${t.name} (${describeBounds(t, targetUnit(scenario, t))}): ${n(targetTotal(scenario, t, scenario.statusQuo))} in the status quo, **${n(targetTotal(scenario, t, best.deal))}** with this deal.`,
      )
    }
  }
  return lines
}

const changeList = (changes: readonly NoteChange[]) =>
  changes.map((c) => `${c.issueName} → ${optionText(c.to, c.unit)} (${signed(c.gain)})`).join('; ')

const viewLine = (view: CouncilNote): string => {
  const parts = [`**${view.party.name}** (net ${signed(view.netGain)})`]
  if (view.gets.length > 0) parts.push(`gets ${changeList(view.gets)}`)
  if (view.gives.length > 0) parts.push(`gives ${changeList(view.gives)}`)
  if (view.interactionGain !== 0) parts.push(`options that go together add ${signed(view.interactionGain)}`)
  if (view.moneyGain !== 0) parts.push(`compensation adds ${signed(view.moneyGain)}`)
  const tight = view.mandate.filter((c) => c.tight).map((c) => c.rule)
  parts.push(
    view.mandate.length === 0
      ? 'no mandate rules apply'
      : `mandate holds${tight.length > 0 ? ` (tight: ${tight.join(', ')})` : ''}`,
  )
  return `- ${parts.join('; ')}.`
}

const viewsSection = (study: ExampleStudy): string[] =>
  study.views.length === 0
    ? []
    : [
        '### Why each party agrees',
        '',
        'Each participant of the deal with the largest total gain, what it gets and gives (points: stake × value change) and whether its council’s mandate holds:',
        '',
        ...study.views.map(viewLine),
      ]

// Per objective's best deal: who joins each module and why the others stay out (only with modules).
const modulesSection = (study: ExampleStudy): string[] => {
  const { scenario } = study
  if (!scenario.issues.some((i) => i.module !== undefined)) return []
  const lines = ['### Who joins each module', '']
  for (const r of study.byObjective) {
    if (r.best === undefined) continue
    const changed = noteModules(scenario, r.best.deal).filter((m) => m.changed)
    lines.push(`Under ${objectiveNames[r.objective]}:`, '')
    if (changed.length === 0) lines.push('- no module changes.')
    for (const m of changed) {
      lines.push(`- ${moduleHeadline(m, 'en')}`)
      for (const s of m.stayingOut) lines.push(`  - ${stayingOutLine(s, 'en')}`)
    }
    lines.push('')
  }
  return lines
}

/**
 * The README section of an example: deadlocks, best deals, why each party agrees, one
 * simulation.
 * @example
 * studyToMarkdown(studyExample(loadExample('road-and-housing'))).startsWith('### Deadlocks') // => true
 * @category examples
 */
export const studyToMarkdown = (study: ExampleStudy): string =>
  [
    ...deadlockSection(study),
    '',
    ...dealsSection(study),
    '',
    ...modulesSection(study),
    '',
    ...viewsSection(study),
    '',
    ...simulationToMarkdown(study),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n'
