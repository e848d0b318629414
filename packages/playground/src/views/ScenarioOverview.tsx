/** The parties and the issues of each policy domain, with who has a say on each issue. */
import type { Scenario } from 'mandjes'
import type { ViewContext } from './Context'

/** The scenario at a glance. */
export const ScenarioOverview = ({ scenario, ctx }: { readonly scenario: Scenario; readonly ctx: ViewContext }) => {
  const { w, names } = ctx
  return (
    <section aria-labelledby="h-overview">
      <h2 id="h-overview">{w.partiesIssues}</h2>
      <p>
        <strong>{scenario.name}</strong>: {scenario.parties.length} {w.parties.toLowerCase()}, {scenario.issues.length}{' '}
        {w.issues.toLowerCase()}.
      </p>
      <details>
        <summary>{w.parties}</summary>
        <ul class="inline-list" data-testid="parties">
          {scenario.parties.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>{w.issues}</summary>
        {scenario.domains.map((d) => {
          const issues = scenario.issues.filter((i) => i.domain === d.id)
          return issues.length === 0 ? null : (
            <div key={d.id} class="domain">
              <h3>{d.name}</h3>
              <ul>
                {issues.map((i) => (
                  <li key={i.id}>
                    {i.name}{' '}
                    <span class="muted">
                      ({w.stakeholders.toLowerCase()}: {i.stakeholders.map(names.party).join(', ')})
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </details>
    </section>
  )
}
