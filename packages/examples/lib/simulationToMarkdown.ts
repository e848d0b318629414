/**
 * The simulation part of an example's README: one seeded run of the default negotiation
 * (best-package mediator, unanimity, councils involved during the talks), meeting by meeting
 * condensed to what was agreed and ratified.
 */
import { formatNumber, type Scenario } from 'mandjes'
import type { ExampleStudy } from './studyExample.js'

const n = (x: number) => formatNumber(x, 'en')
const partyName = (scenario: Scenario, id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id
const issueName = (scenario: Scenario, id: string) => scenario.issues.find((i) => i.id === id)?.name ?? id
const optionLabel = (scenario: Scenario, issueId: string, optionId: string) => {
  const issue = scenario.issues.find((i) => i.id === issueId)
  const option = issue?.options.find((o) => o.id === optionId)
  if (option === undefined) return optionId
  return option.quantity === undefined
    ? option.label
    : `${n(option.quantity)}${issue?.unit === undefined ? '' : ` ${issue.unit}`}`
}

const count = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`

const endings = {
  AllAgreed: 'every deadlock was broken',
  PartlyAgreed: 'deals were made, some deadlocks remain',
  Stuck: 'no deal was made',
}

/**
 * Markdown lines describing the example's simulated negotiation.
 * @example
 * simulationToMarkdown(study)[0] // => '### One simulated negotiation'
 * @category examples
 */
export const simulationToMarkdown = (study: ExampleStudy): string[] => {
  const { scenario, simulation: run } = study
  const lines = [
    '### One simulated negotiation',
    '',
    `Seed ${run.seed}, mediator ${run.mediator}, default settings (unanimity at the table; councils involved during the talks, trust 0.5). ` +
      `After ${count(run.rounds, 'meeting')}: ${endings[run._tag]}. ${count(run.counts.proposals, 'proposal')}, ${run.counts.adopted} adopted at the table, ` +
      `${run.counts.ratified} ratified by every council, ${run.counts.failedRatifications} blocked by a council.` +
      (run.share === null
        ? ''
        : ` The agreements realise ${n(run.share * 100)}% of the gain the best deal could bring (total gain ${n(run.totalGain)}).`),
  ]
  if (run.agreements.length > 0) {
    lines.push('', 'Agreements in force at the end:', '')
    for (const a of run.agreements) {
      const changes = Object.entries(a.changes)
        .map(([issue, option]) => `${issueName(scenario, issue)} → ${optionLabel(scenario, issue, option)}`)
        .join('; ')
      lines.push(`- meeting ${a.round}: ${changes} (${a.voters.length} parties voted)`)
    }
  }
  if (run._tag !== 'AllAgreed' && run.deadlocks.length > 0) {
    lines.push('', `Still deadlocked at the end: ${run.deadlocks.map((i) => issueName(scenario, i)).join(', ')}.`)
  }
  const winners = Object.entries(run.gains)
    .filter(([, g]) => g > 1e-9)
    .map(([p, g]) => `${partyName(scenario, p)} ${formatNumber(g, 'en', { signed: true })}`)
  if (winners.length > 0) lines.push('', `Realised gains: ${winners.join(', ')}.`)
  return lines
}
