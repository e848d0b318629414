/**
 * The Pareto frontier of two chosen parties with the status quo and the bargaining points,
 * drawn by Vega-Embed from core's Vega-Lite spec. The frontier is computed and Vega loaded
 * only once the view scrolls into sight, so the page's first load stays small.
 */
import { frontierChart, type FrontierChartData, type Party, type PartyId, type Scenario } from 'mandjes'
import { useEffect, useRef, useState } from 'preact/hooks'
import { frontier } from '../solver/client'
import type { ViewContext } from './Context'

/** Two party choosers and the chart. */
export const FrontierView = ({
  scenario,
  x,
  y,
  onChoose,
  ctx,
}: {
  readonly scenario: Scenario
  readonly x: PartyId
  readonly y: PartyId
  readonly onChoose: (x: PartyId, y: PartyId) => void
  readonly ctx: ViewContext
}) => {
  const { w, lang } = ctx
  const [data, setData] = useState<FrontierChartData | undefined>(undefined)
  const [failure, setFailure] = useState<string | undefined>(undefined)
  const chart = useRef<HTMLDivElement>(null)
  const [seen, setSeen] = useState(false)
  useEffect(() => {
    const target = chart.current
    if (seen || target === null) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true)
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [seen])
  useEffect(() => {
    if (!seen) return
    setData(undefined)
    setFailure(undefined)
    void frontier(scenario, x, y, lang).then((reply) => {
      if (reply?.kind === 'frontier') setData(reply.data)
      else if (reply?.kind === 'failed') setFailure(reply.message)
    })
  }, [seen, scenario, x, y, lang])
  useEffect(() => {
    if (data === undefined || chart.current === null) return
    const target = chart.current
    let view: { finalize: () => void } | undefined
    void import('vega-embed').then(async ({ default: embed }) => {
      const spec = { ...frontierChart(data, lang), width: 420, height: 300 }
      const result = await embed(target, spec as never, { renderer: 'svg', actions: false })
      view = result.view
    })
    return () => view?.finalize()
  }, [data, lang])
  const select = (id: string, label: string, value: PartyId, onChange: (v: PartyId) => void) => (
    <label for={id}>
      {label}{' '}
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as PartyId)}>
        {scenario.parties.map((p: Party) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section aria-labelledby="h-frontier">
      <h2 id="h-frontier">{w.frontier}</h2>
      <div class="controls">
        {select('frontier-x', w.frontierX, x, (v) => onChoose(v, y))}
        {select('frontier-y', w.frontierY, y, (v) => onChoose(x, v))}
      </div>
      {failure !== undefined ? (
        <p role="alert">{failure}</p>
      ) : data === undefined && seen ? (
        <p>{w.frontierLoading}</p>
      ) : null}
      <div
        ref={chart}
        class="chart"
        data-testid="frontier-chart"
        role="img"
        aria-label={`${w.frontier}: ${ctx.names.party(x)}, ${ctx.names.party(y)}`}
      />
    </section>
  )
}
