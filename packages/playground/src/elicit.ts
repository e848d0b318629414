/**
 * Ask the parties: a questionnaire per party (spread 100 points over the issues, rate each
 * option from 0 to 10) and the valuations it gives. A rating r becomes the value r / 10; an
 * issue's points p become the stake p / 100 × the party's total stake before the questionnaire,
 * so the party weighs as much against the others as it did. Prefilling the form from a
 * valuation inverts this exactly for valuations it produced (values in [0, 1]); other values
 * are rescaled to 0-10 within their issue.
 */
import type { IssueId, OptionId, Party, Scenario } from 'mandjes'
import type { Tweaks } from './tweaks'

/** One issue of the questionnaire. */
export interface Question {
  readonly issue: IssueId
  readonly points: number
  readonly ratings: Readonly<Record<OptionId, number>>
}

const round1 = (x: number): number => Math.round(x * 10) / 10

/**
 * The issues a party is asked about: those it values, in scenario order. Not modules: a
 * module's values come from its terms (join, host, share of the fixed cost), and a scenario
 * file cannot carry a party's own valuation of one, so answers there would be lost on export.
 */
export const askedIssues = (scenario: Scenario, party: Party): IssueId[] =>
  scenario.issues.filter((i) => i.module === undefined && party.valuations[i.id] !== undefined).map((i) => i.id)

/** The party's total stake over the issues it values. */
export const totalStake = (scenario: Scenario, party: Party): number =>
  askedIssues(scenario, party).reduce((s, id) => s + party.valuations[id]!.stake, 0)

/** The questionnaire filled in from the party's current valuations (points sum to 100). */
export const questionsFor = (scenario: Scenario, party: Party): Question[] => {
  const ids = askedIssues(scenario, party)
  const total = totalStake(scenario, party)
  const raw = ids.map((id) => (total > 0 ? (party.valuations[id]!.stake / total) * 100 : 100 / ids.length))
  const points = largestRemainder(raw, 100)
  return ids.map((issue, k) => {
    const values = party.valuations[issue]!.values
    const vs = Object.values(values)
    // A tolerance: linear valuations give values like -5.6e-17 for what is 0.
    const inUnit = vs.every((v) => v >= -1e-9 && v <= 1 + 1e-9)
    const lo = Math.min(...vs)
    const hi = Math.max(...vs)
    const rating = (v: number) =>
      Math.min(10, Math.max(0, round1(inUnit ? v * 10 : hi > lo ? ((v - lo) / (hi - lo)) * 10 : 5)))
    const ratings = Object.fromEntries(Object.entries(values).map(([o, v]) => [o, rating(v)])) as Record<
      OptionId,
      number
    >
    return { issue, points: points[k]!, ratings }
  })
}

/** Whole numbers with the given sum, each as close to its share as rounding allows. */
export const largestRemainder = (shares: readonly number[], sum: number): number[] => {
  const total = shares.reduce((s, x) => s + x, 0)
  if (shares.length === 0 || total <= 0) return shares.map(() => 0)
  const exact = shares.map((x) => (x / total) * sum)
  const floors = exact.map(Math.floor)
  let left = sum - floors.reduce((s, x) => s + x, 0)
  const order = exact.map((x, k) => ({ k, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.k - b.k)
  for (const { k } of order) {
    if (left <= 0) break
    floors[k]! += 1
    left -= 1
  }
  return floors
}

/** One thing wrong with the answers. */
export type AnswerProblem =
  | { readonly kind: 'pointsSum'; readonly sum: number }
  | { readonly kind: 'points'; readonly issue: IssueId }
  | { readonly kind: 'rating'; readonly issue: IssueId; readonly option: OptionId }

/** What is wrong with the answers: points must be whole, at least 0, and sum to 100; ratings 0-10. */
export const answerProblems = (questions: readonly Question[]): AnswerProblem[] => {
  const sum = questions.reduce((s, q) => s + q.points, 0)
  const problems: AnswerProblem[] = []
  if (sum !== 100) problems.push({ kind: 'pointsSum', sum })
  for (const q of questions) {
    if (!Number.isInteger(q.points) || q.points < 0) problems.push({ kind: 'points', issue: q.issue })
    for (const [o, r] of Object.entries(q.ratings))
      if (!(r >= 0 && r <= 10)) problems.push({ kind: 'rating', issue: q.issue, option: o as OptionId })
  }
  return problems
}

/** The answers as page changes: the party's new stakes and values (replacing earlier changes to them). */
export const answersToTweaks = (
  scenario: Scenario,
  party: Party,
  questions: readonly Question[],
  tweaks: Tweaks,
): Tweaks => {
  const total = totalStake(scenario, party)
  const budget = total > 0 ? total : questions.length
  // points × budget / 100 (not points / 100 × budget): 40 × 7 / 100 is exactly 2.8 in floating point.
  const stakes = Object.fromEntries(questions.map((q) => [q.issue, (q.points * budget) / 100]))
  const values = Object.fromEntries(
    questions.map((q) => [q.issue, Object.fromEntries(Object.entries(q.ratings).map(([o, r]) => [o, r / 10]))]),
  )
  return {
    ...tweaks,
    stakes: { ...tweaks.stakes, [party.id]: stakes },
    values: { ...tweaks.values, [party.id]: values },
  }
}
