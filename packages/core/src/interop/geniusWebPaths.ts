/**
 * Where a problem in the raw scenario built from a GeniusWeb folder really sits: the file and
 * the path inside it. `decodeScenario` reports paths of the scenario-file shape
 * (`parties[2].valuations.i03.stake`); users only have GeniusWeb files
 * (`p2.json: LinearAdditiveUtilitySpace.issueWeights.i03`).
 */
import type { Problem, ProblemPath } from '../scenarioFile/Problem.js'
import type { CheckedFolder } from './checkGeniusWebFolder.js'

const L = 'LinearAdditiveUtilitySpace'

/**
 * Moves one raw-scenario problem to its GeniusWeb file and path.
 * @example
 * // A folder with a domain file and three profiles; the third is party 2.
 * const folder = {
 *   domainFile: 'domain.json',
 *   domainPath: [],
 *   domain: { issuesValues: { i03: {} } },
 *   profiles: [{ file: 'p0.json' }, { file: 'p1.json' }, { file: 'p2.json' }],
 * }
 * const message = 'a stake must not be negative'
 * rawPathToGeniusWeb({ code: 'negativeStake', path: ['parties', 2, 'valuations', 'i03', 'stake'], message }, folder)
 * // => { code: 'negativeStake', file: 'p2.json', path: ['LinearAdditiveUtilitySpace', 'issueWeights', 'i03'], message: 'a stake must not be negative' }
 * @category interop
 */
export const rawPathToGeniusWeb = (problem: Problem, folder: CheckedFolder): Problem => {
  const [head, index, ...rest] = problem.path
  const at = (file: string, path: ProblemPath): Problem => ({ ...problem, file, path })
  const domainAt = (path: ProblemPath): Problem => at(folder.domainFile, [...folder.domainPath, ...path])
  const issueIds = Object.keys(folder.domain.issuesValues)
  if (head === 'issues' && typeof index === 'number') {
    const issue = issueIds[index] ?? ''
    const [field, ...more] = rest
    return field === 'options'
      ? domainAt(['issuesValues', issue, 'values', ...more])
      : domainAt(['issuesValues', issue])
  }
  if (head === 'parties' && typeof index === 'number') {
    const file = folder.profiles[index]?.file ?? folder.domainFile
    const [field, issue, part, ...more] = rest
    if (field === 'valuations' && typeof issue === 'string') {
      if (part === 'stake') return at(file, [L, 'issueWeights', issue])
      if (part === 'values') return at(file, [L, 'issueUtilities', issue, 'discreteutils', 'valueUtilities', ...more])
      return at(file, [L, 'issueUtilities', issue])
    }
    if (field === 'name') return at(file, [L, 'name'])
    if (field === 'reservationUtility') return at(file, [L, 'reservationBid'])
    // The party id is the file name itself.
    return at(file, [])
  }
  if (head === 'statusQuo')
    return at(folder.profiles[0]?.file ?? folder.domainFile, [
      L,
      'reservationBid',
      'issuevalues',
      ...(index === undefined ? [] : [index]),
    ])
  return domainAt(head === 'name' || head === 'domains' ? ['name'] : [])
}
