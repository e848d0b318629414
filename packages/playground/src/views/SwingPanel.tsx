/**
 * Swing weights for the chosen party: a slider per policy domain and per issue it values
 * (1 = as the scenario says). They choose which valid deal is best, never which deals are
 * valid: every party still has to gain by its real valuations.
 */
import { formatNumber, type Party, type Scenario } from 'mandjes'
import type { SwingWeights } from '../swing'
import { setIn2 } from '../tweaks'
import type { ViewContext } from './Context'

const Slider = ({
  id,
  label,
  value,
  onValue,
  ctx,
}: {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly onValue: (v: number) => void
  readonly ctx: ViewContext
}) => (
  <div class="weight">
    <label for={`weight-${id}`}>{label}</label>{' '}
    <input
      id={`weight-${id}`}
      type="range"
      min={0}
      max={3}
      step={0.25}
      value={value}
      data-testid={`weight-${id}`}
      onInput={(e) => onValue(Number((e.target as HTMLInputElement).value))}
    />{' '}
    <output for={`weight-${id}`}>×{formatNumber(value, ctx.lang)}</output>
  </div>
)

/** The weights of one party. */
export const SwingPanel = ({
  scenario,
  party,
  weights,
  onWeights,
  ctx,
}: {
  readonly scenario: Scenario
  readonly party: Party
  readonly weights: SwingWeights
  readonly onWeights: (w: SwingWeights) => void
  readonly ctx: ViewContext
}) => {
  const { w, names } = ctx
  const issues = scenario.issues.filter((i) => party.valuations[i.id] !== undefined)
  const domains = scenario.domains.filter((d) => issues.some((i) => i.domain === d.id))
  const mine = weights[party.id] ?? {}
  const set = (key: string) => (v: number) => onWeights(setIn2(weights, party.id, key, v))
  return (
    <fieldset class="swing" data-testid="swing">
      <legend>{w.swing(names.party(party.id))}</legend>
      <p>{w.swingIntro}</p>
      {domains.map((d) => (
        <Slider
          key={d.id}
          id={`domain-${d.id}`}
          label={`${w.domain}: ${names.domain(d.id)}`}
          value={mine[`domain:${d.id}`] ?? 1}
          onValue={set(`domain:${d.id}`)}
          ctx={ctx}
        />
      ))}
      {issues.map((i) => (
        <Slider
          key={i.id}
          id={`issue-${i.id}`}
          label={`${w.issue}: ${i.name}`}
          value={mine[i.id] ?? 1}
          onValue={set(i.id)}
          ctx={ctx}
        />
      ))}
      <button
        type="button"
        disabled={Object.keys(mine).length === 0}
        onClick={() => onWeights({ ...weights, [party.id]: {} })}
      >
        {w.resetWeights}
      </button>
    </fieldset>
  )
}
