/**
 * Deals in words for the terminal: changed issues from → to, payments, and each party's gain.
 * Numbers in English format; the council notes (`mandjes report`) are where Dutch is used.
 */
import { formatNumber, type Deal, type PartyId, type Scenario } from 'mandjes'

const signed = (x: number) => formatNumber(x, 'en', { signed: true })

/**
 * An option as a person reads it: the label, or the quantity with its unit.
 * @example
 * optionText(scenario, 'homes-tiel', '1300') // => '1,300 homes'
 * @category cli
 */
export const optionText = (scenario: Scenario, issueId: string, optionId: string): string => {
  const issue = scenario.issues.find((i) => i.id === issueId)
  const option = issue?.options.find((o) => o.id === optionId)
  if (issue === undefined || option === undefined) return optionId
  return option.quantity === undefined
    ? option.label
    : `${formatNumber(option.quantity, 'en')}${issue.unit === undefined ? '' : ` ${issue.unit}`}`
}

/** A party's display name. @example partyName(scenario, 'tiel') // => 'Gemeente Tiel' @category cli */
export const partyName = (scenario: Scenario, id: string): string =>
  scenario.parties.find((p) => p.id === id)?.name ?? id

/**
 * Lines describing one deal, indented by `indent` spaces.
 * @example
 * describeDeal(scenario, deal, gains, participants)
 * // => ['  De weg door A: Geen nieuwe weg → Weg door A met geluidsscherm', ..., '  gains: Gemeente A +1.8, Gemeente B +0.7']
 * @category cli
 */
export const describeDeal = (
  scenario: Scenario,
  deal: Deal,
  gains: Readonly<Record<PartyId, number>>,
  participants: readonly PartyId[],
  indent = 2,
): string[] => {
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  for (const issue of scenario.issues) {
    const before = scenario.statusQuo.choices[issue.id]
    const after = deal.choices[issue.id]!
    // An issue without a status quo has no "before": the deal settles it.
    if (before === undefined)
      lines.push(`${pad}${issue.name}: ${optionText(scenario, issue.id, after)} (no status quo)`)
    else if (before !== after)
      lines.push(
        `${pad}${issue.name}: ${optionText(scenario, issue.id, before)} → ${optionText(scenario, issue.id, after)}`,
      )
  }
  for (const p of deal.payments)
    lines.push(
      `${pad}${partyName(scenario, p.from)} pays ${partyName(scenario, p.to)} ${formatNumber(p.amount, 'en')} ${scenario.compensation?.unit ?? ''}`.trimEnd(),
    )
  lines.push(`${pad}gains: ${participants.map((p) => `${partyName(scenario, p)} ${signed(gains[p] ?? 0)}`).join(', ')}`)
  return lines
}
