/**
 * Change and see it move: for the chosen party a slider per stake and per option value, a
 * red-line switch per option; for the scenario the compensation switch, a switch per regional
 * target, and undo. Every change
 * becomes a tweak; the page re-solves on each.
 */
import { formatNumber, type Party, type Scenario } from 'mandjes'
import { hasRedLine, isAllowed, noTweaks, setIn2, setIn3, tweakCount, type Tweaks } from '../tweaks'
import type { ViewContext } from './Context'

const round = (x: number, step: number) => Math.round(x / step) * step

/** The change controls. */
export const TweakPanel = ({
  base,
  scenario,
  party,
  tweaks,
  onTweaks,
  ctx,
}: {
  /** The scenario before changes: slider ranges stay put while the user drags. */
  readonly base: Scenario
  readonly scenario: Scenario
  readonly party: Party
  readonly tweaks: Tweaks
  readonly onTweaks: (t: Tweaks) => void
  readonly ctx: ViewContext
}) => {
  const { w, names, lang } = ctx
  const baseParty = base.parties.find((p) => p.id === party.id) ?? party
  const count = tweakCount(tweaks)
  const issues = scenario.issues.filter((i) => party.valuations[i.id] !== undefined)
  return (
    <div class="tweaks" data-testid="tweaks">
      <h3>{w.change}</h3>
      <p>{w.changeIntro}</p>
      <div class="controls">
        {scenario.compensation === undefined ? null : (
          <label>
            <input
              type="checkbox"
              checked={tweaks.payments ?? true}
              onChange={(e) => onTweaks({ ...tweaks, payments: (e.target as HTMLInputElement).checked })}
            />{' '}
            {w.compensation}
          </label>
        )}
        {(base.targets ?? []).length === 0 ? null : (
          <fieldset class="targets" data-testid="targets">
            <legend>{w.targets}</legend>
            {(base.targets ?? []).map((t) => (
              <label key={t.id}>
                <input
                  type="checkbox"
                  checked={!(tweaks.targetsOff ?? []).includes(t.id)}
                  data-testid={`target-${t.id}`}
                  onChange={(e) => {
                    const off = (tweaks.targetsOff ?? []).filter((x) => x !== t.id)
                    const on = (e.target as HTMLInputElement).checked
                    onTweaks({ ...tweaks, targetsOff: on ? off : [...off, t.id] })
                  }}
                />{' '}
                {t.name}
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" disabled={count === 0} onClick={() => onTweaks(noTweaks)}>
          {w.reset}
        </button>
        <span role="status" data-testid="tweak-count">
          {count === 0 ? '' : w.changed(count)}
        </span>
      </div>
      {issues.map((issue) => {
        const v = party.valuations[issue.id]!
        const bv = baseParty.valuations[issue.id] ?? v
        const baseValues = Object.values(bv.values)
        const lo = Math.min(-2, round(2 * Math.min(...baseValues), 0.5))
        const hi = Math.max(2, round(2 * Math.max(...baseValues), 0.5))
        const stakeId = `stake-${party.id}-${issue.id}`
        return (
          <fieldset key={issue.id} class="issue-tweaks">
            <legend>{issue.name}</legend>
            <label for={stakeId}>
              {w.stake}: <output>{formatNumber(v.stake, lang)}</output>
            </label>
            <input
              id={stakeId}
              type="range"
              min={0}
              max={Math.max(3, 3 * bv.stake)}
              step={0.05}
              value={v.stake}
              data-testid={`stake-${issue.id}`}
              onInput={(e) =>
                onTweaks({
                  ...tweaks,
                  stakes: setIn2(tweaks.stakes, party.id, issue.id, Number((e.target as HTMLInputElement).value)),
                })
              }
            />
            <table class="option-tweaks">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="visually-hidden">{names.issue(issue.id)}</span>
                  </th>
                  <th scope="col">{w.value}</th>
                  <th scope="col">{w.redLine}</th>
                  <th scope="col">{w.allowed}</th>
                </tr>
              </thead>
              <tbody>
                {issue.options.map((o) => {
                  const valueId = `value-${party.id}-${issue.id}-${o.id}`
                  const isStatusQuo = scenario.statusQuo.choices[issue.id] === o.id
                  return (
                    <tr key={o.id}>
                      <th scope="row">
                        <label for={valueId}>{o.label}</label>
                      </th>
                      <td>
                        <input
                          id={valueId}
                          type="range"
                          min={lo}
                          max={hi}
                          step={0.05}
                          value={v.values[o.id] ?? 0}
                          data-testid={`value-${issue.id}-${o.id}`}
                          onInput={(e) =>
                            onTweaks({
                              ...tweaks,
                              values: setIn3(
                                tweaks.values,
                                party.id,
                                issue.id,
                                o.id,
                                Number((e.target as HTMLInputElement).value),
                              ),
                            })
                          }
                        />
                        <output for={valueId}>{formatNumber(v.values[o.id] ?? 0, lang, { signed: true })}</output>
                      </td>
                      <td>
                        {isStatusQuo ? null : (
                          <input
                            type="checkbox"
                            aria-label={`${w.redLine}: ${o.label}`}
                            checked={hasRedLine(party, issue.id, o.id)}
                            data-testid={`redline-${issue.id}-${o.id}`}
                            onChange={(e) =>
                              onTweaks({
                                ...tweaks,
                                redLines: setIn3(
                                  tweaks.redLines,
                                  party.id,
                                  issue.id,
                                  o.id,
                                  (e.target as HTMLInputElement).checked,
                                ),
                              })
                            }
                          />
                        )}
                      </td>
                      <td>
                        {isStatusQuo ? null : (
                          <input
                            type="checkbox"
                            aria-label={`${w.allowed}: ${o.label}`}
                            checked={isAllowed(party, issue.id, o.id)}
                            data-testid={`allowed-${issue.id}-${o.id}`}
                            onChange={(e) =>
                              onTweaks({
                                ...tweaks,
                                allowed: setIn3(
                                  tweaks.allowed ?? {},
                                  party.id,
                                  issue.id,
                                  o.id,
                                  (e.target as HTMLInputElement).checked,
                                ),
                              })
                            }
                          />
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </fieldset>
        )
      })}
    </div>
  )
}
