/**
 * Ask the parties: the chosen party's questionnaire (100 points over its issues, a rating from
 * 0 to 10 per option), prefilled from its current valuations; "use these answers" turns them
 * into its stakes and values (see elicit.ts).
 */
import type { OptionId, Party, Scenario } from 'mandjes'
import { useEffect, useState } from 'preact/hooks'
import { answerProblems, answersToTweaks, questionsFor, type Question } from '../elicit'
import type { Tweaks } from '../tweaks'
import type { ViewContext } from './Context'

/** The questionnaire of one party. */
export const AskPanel = ({
  scenario,
  party,
  tweaks,
  onTweaks,
  ctx,
}: {
  readonly scenario: Scenario
  readonly party: Party
  readonly tweaks: Tweaks
  readonly onTweaks: (t: Tweaks) => void
  readonly ctx: ViewContext
}) => {
  const { w, names } = ctx
  const [questions, setQuestions] = useState<Question[]>(() => questionsFor(scenario, party))
  useEffect(() => setQuestions(questionsFor(scenario, party)), [scenario, party])
  const sum = questions.reduce((s, q) => s + q.points, 0)
  const problems = answerProblems(questions)
  const update = (k: number, q: Question) => setQuestions(questions.map((x, j) => (j === k ? q : x)))
  return (
    <form
      class="ask"
      data-testid="ask"
      onSubmit={(e) => {
        e.preventDefault()
        if (problems.length === 0) onTweaks(answersToTweaks(scenario, party, questions, tweaks))
      }}
    >
      <h3>
        {w.ask}: {party.name}
      </h3>
      <p>{w.askIntro}</p>
      <p id="rating-help" class="muted">
        {w.rating}
      </p>
      <p role="status" data-testid="points-left">
        {sum === 100 ? '' : sum < 100 ? w.pointsLeft(100 - sum) : w.pointsOver(sum - 100)}
      </p>
      {questions.map((q, k) => {
        const pointsId = `points-${q.issue}`
        return (
          <fieldset key={q.issue}>
            <legend>{names.issue(q.issue)}</legend>
            <label for={pointsId}>{w.points}</label>{' '}
            <input
              id={pointsId}
              type="number"
              min={0}
              max={100}
              step={1}
              value={q.points}
              data-testid={`points-${q.issue}`}
              onInput={(e) => update(k, { ...q, points: Number((e.target as HTMLInputElement).value) })}
            />
            <ul class="ratings">
              {Object.entries(q.ratings).map(([o, r]) => {
                const id = `rating-${q.issue}-${o}`
                return (
                  <li key={o}>
                    <label for={id}>{names.option(q.issue, o)}</label>{' '}
                    <input
                      id={id}
                      type="number"
                      min={0}
                      max={10}
                      step={0.1}
                      value={r}
                      data-testid={`rating-${q.issue}-${o}`}
                      aria-describedby={`rating-help`}
                      onInput={(e) =>
                        update(k, {
                          ...q,
                          ratings: { ...q.ratings, [o as OptionId]: Number((e.target as HTMLInputElement).value) },
                        })
                      }
                    />
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
      {problems.length === 0 ? null : (
        <ul role="alert" class="problems">
          {problems.map((p, k) => (
            <li key={k}>
              {p.kind === 'pointsSum'
                ? w.problemSum(p.sum)
                : p.kind === 'points'
                  ? w.problemPoints(names.issue(p.issue))
                  : w.problemRating(names.issue(p.issue), names.option(p.issue, p.option))}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={problems.length > 0} data-testid="apply-answers">
        {w.applyAnswers}
      </button>
    </form>
  )
}
