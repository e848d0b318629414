/** What one party gives and gets in the deal, issue by issue, and its net gain. */
import { explainDeal, formatNumber, type PartyId, type RankedDeal, type Scenario } from 'mandjes'
import { type IssueChange } from 'mandjes/engine'
import type { ViewContext } from './Context'

const ChangeList = ({ items, ctx }: { readonly items: readonly IssueChange[]; readonly ctx: ViewContext }) =>
  items.length === 0 ? (
    <p>{ctx.w.nothing}</p>
  ) : (
    <ul>
      {items.map((c) => (
        <li key={c.issue}>
          {ctx.names.issue(c.issue)}: {ctx.names.option(c.issue, c.to)} (
          {formatNumber(c.gain, ctx.lang, { signed: true })})
        </li>
      ))}
    </ul>
  )

/** The party's view of the deal. */
export const GivesGets = ({
  scenario,
  deal,
  party,
  ctx,
}: {
  readonly scenario: Scenario
  readonly deal: RankedDeal
  readonly party: PartyId
  readonly ctx: ViewContext
}) => {
  const { w, lang } = ctx
  const view = explainDeal(scenario, deal.deal).parties.find((p) => p.party === party)
  if (view === undefined) return null
  return (
    <div data-testid="gives-gets">
      <h3>
        {w.givesGets}: {ctx.names.party(party)}
      </h3>
      {!view.participant ? (
        <p>{w.notParticipant}</p>
      ) : (
        <div class="two-columns">
          <div>
            <h4>{w.gives}</h4>
            <ChangeList items={view.gives} ctx={ctx} />
          </div>
          <div>
            <h4>{w.gets}</h4>
            <ChangeList items={view.gets} ctx={ctx} />
          </div>
        </div>
      )}
      <p>
        {w.netGain}: <strong>{formatNumber(view.gain, lang, { signed: true })}</strong>
      </p>
    </div>
  )
}
