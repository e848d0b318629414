/**
 * The source document's order of remedies: first look for an alternative on the same issue,
 * only then make a package (mandje). Wrapped around any mediator: at a meeting where some
 * open issue has a prepared option that is agreeable on its own by the mediator's picture
 * (`issueAnalysisOf`, the deadlock analysis's improvements; the diagnose remedies of that
 * kind), and that it expects to pass the vote, it tables those single-issue alternatives
 * (per issue the one with the largest regional gain, in scenario order) and nothing else.
 * Only at meetings without such an alternative does the wrapped mediator propose its
 * packages.
 */
import type { IssueId } from '../../model/Issue.js'
import { issueAnalysisOf } from '../../analyze/findDeadlocks.js'
import { densePicture } from '../densePicture.js'
import type { Mediator, ProposalDraft } from '../Mediator.js'
import { indexIn } from '../../evaluate/idIndex.js'

/**
 * A mediator that tables single-issue alternatives first and packages only when none is left.
 * @example
 * // No option of the road or of housing is agreeable on its own, so the package deal comes next.
 * simulate(scenario, { seed: 1, alternativesFirst: true }).agreements[0].changes // => { road: 'via-b', housing: 'west' }
 * @category simulate
 */
export const alternativesFirst = (inner: Mediator): Mediator =>
  function alternativesFirst(view) {
    const d = densePicture(view.picture)
    const { c } = d
    const proposals: ProposalDraft[] = []
    for (const id of view.open) {
      const i = indexIn(c.issueIds, id)
      const prepared = new Set((view.prepared[id] ?? []).map((o) => indexIn(c.optionIds[i]!, o)))
      const analysis = issueAnalysisOf(c, i, view.config.dealRules, (o) => prepared.has(o))
      const best = analysis.options
        .filter((a) => analysis.improvements.includes(a.option))
        .sort((x, y) => y.regionGain - x.regionGain)
        .find((a) => view.predict({ [id]: a.option } as Record<IssueId, typeof a.option>).adopted)
      if (best !== undefined)
        proposals.push({
          changes: { [id]: best.option } as Record<IssueId, typeof best.option>,
          note: `alternative on ${id} alone`,
        })
    }
    return proposals.length > 0 ? { proposals } : inner(view)
  }
