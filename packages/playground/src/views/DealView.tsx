/**
 * The best deal under the chosen objective: what changes, each party's gain (bars) and the
 * previous deal beside it after a change; then the best deal of every objective side by side.
 */
import { formatNumber, type Objective, type RankedDeal, type Scenario } from 'mandjes'
import { objectives } from '../pageState'
import { bestOf, sameDeal, smallestGain, totalGain } from '../names'
import type { ObjectiveResult, WeightedChoice } from '../solver/protocol'
import { changesOf } from '../statusQuo'
import type { ViewContext } from './Context'
import { GainBars } from './GainBars'

const Changes = ({
  deal,
  scenario,
  ctx,
}: {
  readonly deal: RankedDeal
  readonly scenario: Scenario
  readonly ctx: ViewContext
}) => {
  const { w, names, lang } = ctx
  return (
    <>
      <h3>
        {w.changes} ({deal.changes.length})
      </h3>
      <ul data-testid="changes">
        {changesOf(scenario, deal).map(({ issue, from, to }) => (
          <li key={issue}>
            <strong>{names.issue(issue)}</strong>:{' '}
            {/* An issue without a status quo has no "from": the deal settles it. */}
            {from === undefined ? (
              <>
                {w.noStatusQuo}, {w.chosen}
              </>
            ) : (
              <>
                {w.from} {names.option(issue, from)} {w.to}
              </>
            )}{' '}
            <strong>{names.option(issue, to)}</strong>
          </li>
        ))}
      </ul>
      {deal.deal.payments.length === 0 ? null : (
        <>
          <h3>{w.payments}</h3>
          <ul>
            {deal.deal.payments.map((p, k) => (
              <li key={k}>
                {names.party(p.from)} → {names.party(p.to)}: {formatNumber(p.amount, lang)}{' '}
                {scenario.compensation?.unit ?? ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

/** The main deal and the table per objective. */
export const DealView = ({
  scenario,
  results,
  objective,
  onObjective,
  previous,
  solving,
  elapsedMs,
  weighted,
  ctx,
}: {
  readonly scenario: Scenario
  readonly results: readonly ObjectiveResult[]
  readonly objective: Objective
  readonly onObjective: (o: Objective) => void
  readonly previous: RankedDeal | undefined
  readonly solving: boolean
  readonly elapsedMs: number | undefined
  readonly weighted: WeightedChoice | undefined
  readonly ctx: ViewContext
}) => {
  const { w, lang } = ctx
  const main = results.find((r) => r.objective === objective)
  const deal = main === undefined ? undefined : bestOf(main.result)
  const n = (x: number) => formatNumber(x, lang)
  const showPrevious = previous !== undefined && deal !== undefined && !sameDeal(previous, deal) ? previous : undefined
  return (
    <section aria-labelledby="h-deal" data-testid="best-deal" aria-busy={solving}>
      <h2 id="h-deal">{w.bestDeal}</h2>
      <fieldset class="objectives">
        <legend>{w.objective}</legend>
        {objectives.map((o) => (
          <label key={o}>
            <input type="radio" name="objective" value={o} checked={o === objective} onChange={() => onObjective(o)} />{' '}
            {w.objectives[o]}
          </label>
        ))}
      </fieldset>
      <p class="status" role="status">
        {solving ? w.solving : elapsedMs === undefined ? '' : w.solvedIn(elapsedMs)}
      </p>
      {main === undefined ? null : deal === undefined ? (
        <p data-testid="no-deal">{w.noDeal}</p>
      ) : (
        <div class="deal">
          {main.result._tag === 'BudgetExhausted' ? <p>{w.budget}</p> : null}
          <p>
            {w.totalGain}: <strong data-testid="total-gain">{n(totalGain(deal))}</strong> · {w.participants}:{' '}
            {deal.participants.length} · {w.smallestGain}: {n(smallestGain(deal))}
          </p>
          <div class="deal-columns">
            <div>
              <Changes deal={deal} scenario={scenario} ctx={ctx} />
            </div>
            {showPrevious === undefined ? null : (
              <div class="previous-deal" data-testid="previous-deal">
                <h3>{w.previous}</h3>
                <Changes deal={showPrevious} scenario={scenario} ctx={ctx} />
              </div>
            )}
          </div>
          <GainBars scenario={scenario} deal={deal} previous={showPrevious} ctx={ctx} />
        </div>
      )}
      {weighted === undefined ? null : (
        <div class="weighted-deal" data-testid="weighted-deal">
          <h3>{w.weightedDeal}</h3>
          <p>{w.weightedIntro(weighted.candidates, weighted.complete, n(weighted.total))}</p>
          <Changes deal={weighted.deal} scenario={scenario} ctx={ctx} />
          <ul data-testid="weighted-gains">
            {weighted.deal.participants.map((p) => (
              <li key={p}>
                {ctx.names.party(p)}:{' '}
                <span class="gain">{formatNumber(weighted.deal.gains[p] ?? 0, lang, { signed: true })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {results.length === 0 ? null : (
        <table data-testid="objectives-table">
          <caption>{w.byObjective}</caption>
          <thead>
            <tr>
              <th scope="col">{w.objective}</th>
              <th scope="col">{w.changes}</th>
              <th scope="col">{w.participants}</th>
              <th scope="col">{w.totalGain}</th>
              <th scope="col">{w.smallestGain}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const d = bestOf(r.result)
              return (
                <tr key={r.objective}>
                  <th scope="row">{w.objectives[r.objective]}</th>
                  {d === undefined ? (
                    <td colSpan={4}>{w.noDeal}</td>
                  ) : (
                    <>
                      <td>{d.changes.map(ctx.names.issue).join('; ')}</td>
                      <td>{d.participants.length}</td>
                      <td>{n(totalGain(d))}</td>
                      <td>{n(smallestGain(d))}</td>
                    </>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
