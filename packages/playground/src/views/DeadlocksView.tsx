/** The deadlocked issues: which option the region would gain from, and who blocks it, why. */
import type { DeadlockReport } from 'mandjes'
import type { Blocker } from 'mandjes/engine'
import type { ViewContext } from './Context'

/** One line per blocking party, its reasons together: "Gemeente Tiel (loses, mandate forbids it)". */
const blockersText = (blockers: readonly Blocker[], ctx: ViewContext): string => {
  const byParty = new Map<string, string[]>()
  for (const b of blockers) {
    const reasons = byParty.get(b.party) ?? []
    if (!reasons.includes(ctx.w.reasons[b.reason])) reasons.push(ctx.w.reasons[b.reason])
    byParty.set(b.party, reasons)
  }
  return [...byParty].map(([party, reasons]) => `${ctx.names.party(party)} (${reasons.join(', ')})`).join('; ')
}

/** Why a game without a status quo has no deadlock table: nothing changes on its own there. */
const NoStatusQuo = ({ count, ctx }: { readonly count: number; readonly ctx: ViewContext }) => (
  <section aria-labelledby="h-deadlocks" data-testid="deadlocks">
    <h2 id="h-deadlocks">{ctx.w.deadlocks}</h2>
    <p data-testid="no-status-quo">{ctx.w.noStatusQuoDeadlocks(count)}</p>
  </section>
)

/**
 * The deadlocks of the scenario; `report` is absent when `withoutStatusQuo` issues (at least
 * one) have no status quo.
 */
export const DeadlocksView = ({
  report,
  withoutStatusQuo,
  ctx,
}: {
  readonly report: DeadlockReport | undefined
  readonly withoutStatusQuo: number
  readonly ctx: ViewContext
}) => {
  if (report === undefined) return <NoStatusQuo count={withoutStatusQuo} ctx={ctx} />
  const { w, names } = ctx
  const stuck = report.issues.filter((a) => a.status === 'deadlocked')
  return (
    <section aria-labelledby="h-deadlocks" data-testid="deadlocks">
      <h2 id="h-deadlocks">
        {w.deadlocks} ({stuck.length})
      </h2>
      <p>{w.deadlocksIntro}</p>
      {stuck.length === 0 ? (
        <p>{w.noDeadlocks}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{w.issue}</th>
              <th scope="col">{w.bestForRegion}</th>
              <th scope="col">{w.blockedBy}</th>
            </tr>
          </thead>
          <tbody>
            {stuck.map((a) => {
              const best = a.options.find((o) => o.option === a.bestForRegion)
              return (
                <tr key={a.issue}>
                  <th scope="row">{names.issue(a.issue)}</th>
                  <td>{best === undefined ? w.none : names.option(a.issue, best.option)}</td>
                  <td>{best === undefined ? w.none : blockersText(best.blockers, ctx)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
