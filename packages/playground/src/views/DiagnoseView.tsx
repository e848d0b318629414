/**
 * Diagnose on the page. Without a deal: what it would take, diagnose's remedies with names and
 * numbers, each with a button that applies it. With a deal: how firm it is, the room of each
 * party's gain, the rule that leaves the least, the number closest to tipping it, and the
 * Monte Carlo chance that the deal holds under uncertain valuations.
 */
import { formatNumber, type PartyMargin, type Remedy } from 'mandjes'
import { remedyDealText, remedyText } from '../remedies'
import type { Diagnosed } from '../solver/client'
import type { ViewContext } from './Context'

const Remedies = ({
  diagnosed,
  onApply,
  ctx,
}: {
  readonly diagnosed: Extract<Diagnosed, { kind: 'remedies' }>
  readonly onApply: (r: Remedy) => void
  readonly ctx: ViewContext
}) => {
  const { w } = ctx
  return (
    <>
      {diagnosed.complete ? null : <p>{w.diagnoseIncomplete}</p>}
      {diagnosed.remedies.length === 0 ? (
        <p>{w.noRemedies}</p>
      ) : (
        <ol data-testid="remedies">
          {diagnosed.remedies.map((r, k) => {
            const text = remedyText(r, ctx)
            return (
              <li key={k} data-testid={`remedy-${r.kind}`}>
                <span>{text}</span>
                {r.proof.minimal ? null : <em> ({w.notMinimal})</em>}{' '}
                <button type="button" aria-label={w.applyRemedyLabel(text)} onClick={() => onApply(r)}>
                  {w.applyRemedy}
                </button>
                {r.deal === undefined ? null : <p class="remedy-deal">{remedyDealText(r.deal, ctx)}</p>}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}

const closest = (m: PartyMargin) =>
  m.issues.reduce<PartyMargin['issues'][number] | undefined>(
    (a, b) => (a === undefined || b.valueMargin < a.valueMargin ? b : a),
    undefined,
  )

const Firmness = ({
  diagnosed,
  ctx,
}: {
  readonly diagnosed: Extract<Diagnosed, { kind: 'firmness' }>
  readonly ctx: ViewContext
}) => {
  const { w, names, lang } = ctx
  const n = (x: number) => (Number.isFinite(x) ? formatNumber(x, lang) : w.anyStake)
  const pct = (x: number) => formatNumber(Math.round(x * 1000) / 10, lang)
  const f = diagnosed.firmness
  const rows = [...diagnosed.margins].sort((a, b) => a.slack - b.slack)
  return (
    <>
      <p>{w.firmnessIntro}</p>
      <table data-testid="firmness">
        <caption class="visually-hidden">{w.firmness}</caption>
        <thead>
          <tr>
            <th scope="col">{w.party}</th>
            <th scope="col">{w.room}</th>
            <th scope="col">{w.tightestRule}</th>
            <th scope="col">{w.closest}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const c = closest(m)
            return (
              <tr key={m.party}>
                <th scope="row">{names.party(m.party)}</th>
                <td>{n(m.slack)}</td>
                <td>{w.rules[m.binding]}</td>
                <td>
                  {c === undefined ? w.none : w.closestText(names.issue(c.issue), n(c.valueMargin), n(c.stakeMargin))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p data-testid="firmness-chance">
        {w.firmnessChance(
          formatNumber(f.spread * 100, lang),
          pct(f.probability),
          pct(f.interval[0]),
          pct(f.interval[1]),
          f.samples,
          f.seed,
        )}
      </p>
    </>
  )
}

/** The diagnose section: remedies without a deal, firmness with one. */
export const DiagnoseView = ({
  hasDeal,
  withoutStatusQuo,
  diagnosed,
  busy,
  onApply,
  ctx,
}: {
  readonly hasDeal: boolean
  /** The game has an issue without a status quo: no remedies without a deal. */
  readonly withoutStatusQuo: boolean
  /** The latest diagnosis, when it belongs to the deal (or the lack of one) the page shows. */
  readonly diagnosed: Diagnosed | undefined
  readonly busy: boolean
  readonly onApply: (r: Remedy) => void
  readonly ctx: ViewContext
}) => {
  const { w } = ctx
  if (!hasDeal && withoutStatusQuo)
    return (
      <section aria-labelledby="h-diagnose" data-testid="diagnose">
        <h2 id="h-diagnose">{w.diagnose}</h2>
        <p data-testid="no-status-quo-diagnose">{w.diagnoseNoStatusQuo}</p>
      </section>
    )
  // A diagnosis of the other kind belongs to an earlier state of the page.
  const fits = diagnosed !== undefined && (diagnosed.kind === 'firmness') === hasDeal
  return (
    <section aria-labelledby="h-diagnose" data-testid="diagnose" aria-busy={busy}>
      <h2 id="h-diagnose">{hasDeal ? w.firmness : w.diagnose}</h2>
      {hasDeal ? null : <p>{w.diagnoseIntro}</p>}
      <p role="status" class="status">
        {busy || !fits ? (hasDeal ? w.firmnessLoading : w.diagnosing) : ''}
      </p>
      {busy || !fits ? null : diagnosed.kind === 'remedies' ? (
        <Remedies diagnosed={diagnosed} onApply={onApply} ctx={ctx} />
      ) : (
        <Firmness diagnosed={diagnosed} ctx={ctx} />
      )}
    </section>
  )
}
