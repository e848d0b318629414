import { takesPart } from '../../evaluate/compile.js'
import type { IssueId, OptionId } from '../../model/Issue.js'
import { densePicture, type DenseChange } from '../densePicture.js'
import type { Mediator, ProposalDraft } from '../Mediator.js'
import { candidatesOf, changesRecord } from './candidates.js'
import { indexIn } from '../../evaluate/idIndex.js'

/** Options for `singleNegotiatingText`. @category simulate */
export interface SingleNegotiatingTextOptions {
  /** Improvement steps tried per meeting. Default 4. */
  readonly stepsPerRound?: number
  /** Drafts shown to the table per step before giving up on the step. Default 3. */
  readonly asksPerStep?: number
}

interface Move {
  readonly changes: readonly DenseChange[]
  readonly value: number
}

/**
 * The single negotiating text (Raiffa 1982, after Fisher's Camp David procedure): the
 * mediator keeps one draft, starting from the agreements in force, and improves it step by
 * step. A step changes one or two issues; the mediator picks the steps it expects to help most
 * (by its picture) and shows them to the table, and a step is adopted only when every
 * stakeholder of the issues it changes says the new text is better and no party says it is
 * worse (each by its true interests: a yes/no answer reveals no numbers). Every participant
 * of the final text has strictly gained, so it is robust to a poor picture, at the price of
 * meetings. The text goes to the formal vote when a meeting finds no improving step, or when
 * an issue in it is about to reach its deadline. The draft is kept between meetings in the
 * mediator's memory.
 *
 * @example
 * const result = simulate(scenario, { seed: 1, mediator: singleNegotiatingText() })
 * result.agreements[0].changes // => { road: 'via-b', housing: 'west' }
 * result.state.memory // => null: the draft is dropped once the text is agreed
 *
 * @category simulate
 */
export const singleNegotiatingText = (options: SingleNegotiatingTextOptions = {}): Mediator => {
  const stepsPerRound = options.stepsPerRound ?? 4
  const asksPerStep = options.asksPerStep ?? 3
  return function singleNegotiatingText(view) {
    const d = densePicture(view.picture)
    const { c } = d
    const P = c.partyCount
    const T = c.totalOptions
    // Each party's gains by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
    const tolOf = c.partyTolerance
    const candidates = candidatesOf(view, d)
    // The draft: the option per issue, starting from the agreements in force.
    const text = Int32Array.from(c.statusQuo)
    const remembered = (view.memory as { text?: Record<IssueId, OptionId> } | null)?.text ?? {}
    for (const { issue, options: opts } of candidates) {
      const o = indexIn(c.optionIds[issue]!, remembered[c.issueIds[issue]!] as OptionId)
      if (opts.includes(o)) text[issue] = o
    }
    const record = () => changesRecord(d, textChanges(c.issueCount, text, c.statusQuo))
    const delta = new Float64Array(P)
    let steps = 0
    let stalled = false
    for (; steps < stepsPerRound; steps++) {
      const moves: Move[] = []
      const consider = (changes: readonly DenseChange[]) => {
        delta.fill(0)
        for (const { issue, option } of changes) {
          const base = c.offsets[issue]!
          for (let p = 0; p < P; p++)
            delta[p] = delta[p]! + c.gain[p * T + base + option]! - c.gain[p * T + base + text[issue]!]!
        }
        let value = 0
        for (let p = 0; p < P; p++) {
          const affected = changes.some(({ issue, option }) => takesPart(c, issue, option, p))
          const tol = tolOf[p]!
          if ((affected && delta[p]! <= tol) || delta[p]! < -tol) return
          value += delta[p]!
        }
        moves.push({ changes, value })
      }
      const choices = (issue: number, opts: readonly number[]) =>
        [c.statusQuo[issue]!, ...opts].filter((o) => o !== text[issue])
      candidates.forEach((x, k) => {
        for (const o of choices(x.issue, x.options)) {
          consider([{ issue: x.issue, option: o }])
          for (const y of candidates.slice(k + 1))
            for (const o2 of choices(y.issue, y.options))
              consider([
                { issue: x.issue, option: o },
                { issue: y.issue, option: o2 },
              ])
        }
      })
      moves.sort((x, y) => y.value - x.value)
      const current = record()
      const adopted = moves.slice(0, asksPerStep).find((move) => {
        const next = Int32Array.from(text)
        for (const { issue, option } of move.changes) next[issue] = option
        const answers = view.consult(current, changesRecord(d, textChanges(c.issueCount, next, c.statusQuo)))
        return answers.every(
          (a, p) => a >= 0 && (a === 1 || !move.changes.some(({ issue, option }) => takesPart(c, issue, option, p))),
        )
      })
      if (adopted === undefined) {
        stalled = true
        break
      }
      for (const { issue, option } of adopted.changes) text[issue] = option
    }
    const changes = record()
    const changed = Object.keys(changes) as IssueId[]
    const urgent = changed.some((id) => view.deadlines[id]! <= view.round + 1)
    if (changed.length > 0 && (stalled || urgent)) {
      const proposals: ProposalDraft[] = [
        { changes, note: `single negotiating text after ${steps} step(s) this meeting` },
      ]
      return { proposals, memory: null }
    }
    return { proposals: [], memory: { text: changes } }
  }
}

const textChanges = (issueCount: number, text: Int32Array, inForce: Int32Array): DenseChange[] => {
  const out: DenseChange[] = []
  for (let i = 0; i < issueCount; i++) if (text[i] !== inForce[i]) out.push({ issue: i, option: text[i]! })
  return out
}
