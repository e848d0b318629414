/**
 * Each party's gain as a bar (right of the axis a gain, left a loss), the number beside it,
 * and the previous deal's gain beside the new one when there is a previous deal.
 */
import { formatNumber, type RankedDeal, type Scenario } from 'mandjes'
import type { ViewContext } from './Context'

const Bar = ({ value, scale }: { readonly value: number; readonly scale: number }) => {
  const pct = scale > 0 ? Math.min(50, (Math.abs(value) / scale) * 50) : 0
  const style = value >= 0 ? { left: '50%', width: `${pct}%` } : { left: `${50 - pct}%`, width: `${pct}%` }
  return (
    <div class="bar" aria-hidden="true">
      <div class="axis" />
      <div class={value >= 0 ? 'fill gain' : 'fill loss'} style={style} />
    </div>
  )
}

/** The gain table with bars. */
export const GainBars = ({
  scenario,
  deal,
  previous,
  ctx,
}: {
  readonly scenario: Scenario
  readonly deal: RankedDeal
  readonly previous?: RankedDeal | undefined
  readonly ctx: ViewContext
}) => {
  const { w, lang } = ctx
  const shown = scenario.parties.filter(
    (p) =>
      deal.participants.includes(p.id) ||
      (previous?.participants.includes(p.id) ?? false) ||
      Math.abs(deal.gains[p.id] ?? 0) > 1e-9,
  )
  const all = shown.flatMap((p) => [deal.gains[p.id] ?? 0, previous?.gains[p.id] ?? 0])
  const scale = Math.max(1e-9, ...all.map(Math.abs))
  const n = (x: number) => formatNumber(x, lang, { signed: true })
  return (
    <table class="gains" data-testid="gains">
      <caption>{w.gain}</caption>
      <thead>
        <tr>
          <th scope="col">{w.party}</th>
          <th scope="col">{previous === undefined ? w.gain : w.current}</th>
          {previous === undefined ? null : <th scope="col">{w.previous}</th>}
        </tr>
      </thead>
      <tbody>
        {shown.map((p) => {
          const g = deal.gains[p.id] ?? 0
          const before = previous?.gains[p.id] ?? 0
          return (
            <tr key={p.id} data-party={p.id}>
              <th scope="row">{p.name}</th>
              <td>
                <div class="bar-cell">
                  <Bar value={g} scale={scale} />
                  <span class="num" data-testid="gain">
                    {n(g)}
                  </span>
                </div>
              </td>
              {previous === undefined ? null : (
                <td class="previous">
                  <div class="bar-cell">
                    <Bar value={before} scale={scale} />
                    <span class="num">{n(before)}</span>
                  </div>
                </td>
              )}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
