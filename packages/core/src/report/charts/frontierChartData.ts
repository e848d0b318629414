/**
 * From a scenario analysis (`analyzeScenario`) to the frontier chart of two chosen parties:
 * every frontier outcome seen from those two, the outcomes among them that neither party can
 * improve on without the other losing (their two-party frontier), the status quo (the
 * no-agreement point, when some issue has none), and where the four bargaining solutions land.
 * Gains are measured from each party's reference point (`analysis.reservation`), as in the
 * analysis.
 */
import type { ScenarioAnalysis, AnalysisPoint } from '../../analyze/analyzeScenario.js'
import type { PartyId } from '../../model/Party.js'
import type { Scenario } from '../../model/Scenario.js'
import { paretoFront } from '../../evaluate/paretoFront.js'
import { noAgreementUtility, requiredIssues } from '../../evaluate/noAgreementUtility.js'
import type { Language } from '../Language.js'
import type { FrontierChartData, GainPoint, NamedGainPoint } from './frontierChart.js'

/**
 * The points no other point beats on both coordinates (ties kept once), sorted by x: the one
 * frontier rule (`paretoFront`) seen from two parties.
 * @example
 * paretoFront2d([{ x: 1, y: 1 }, { x: 2, y: 0 }, { x: 0, y: 0 }]) // => [{ x: 1, y: 1 }, { x: 2, y: 0 }]
 * @category report
 */
export const paretoFront2d = (points: readonly GainPoint[]): GainPoint[] =>
  paretoFront(points, (p) => [p.x, p.y])
    .map((p) => ({ x: p.x, y: p.y }))
    .sort((a, b) => a.x - b.x)

const solutionNames: Record<Language, Record<'nash' | 'kalaiSmorodinsky' | 'egalitarian' | 'maxWelfare', string>> = {
  en: { nash: 'Nash', kalaiSmorodinsky: 'Kalai-Smorodinsky', egalitarian: 'Egalitarian', maxWelfare: 'Max welfare' },
  nl: {
    nash: 'Nash',
    kalaiSmorodinsky: 'Kalai-Smorodinsky',
    egalitarian: 'Egalitair',
    maxWelfare: 'Maximale welvaart',
  },
}

/**
 * The data of the frontier chart for parties `x` and `y` of an analysed scenario.
 * @example
 * frontierChartData(scenario, analyzeScenario(scenario), 'A' as PartyId, 'B' as PartyId).points.map((p) => p.label)
 * // => ['Nash', 'Kalai-Smorodinsky', 'Egalitarian', 'Max welfare']
 * @category report
 */
export const frontierChartData = (
  scenario: Scenario,
  analysis: ScenarioAnalysis,
  x: PartyId,
  y: PartyId,
  language: Language = 'en',
): FrontierChartData => {
  const refX = analysis.reservation[x] ?? 0
  const refY = analysis.reservation[y] ?? 0
  const at = (p: AnalysisPoint): GainPoint => ({ x: (p.utilities[x] ?? 0) - refX, y: (p.utilities[y] ?? 0) - refY })
  const deals = analysis.frontier.map(at)
  const names = solutionNames[language]
  const points: NamedGainPoint[] = (['nash', 'kalaiSmorodinsky', 'egalitarian', 'maxWelfare'] as const).flatMap((k) => {
    const first = analysis[k][0]
    return first === undefined ? [] : [{ ...at(first), label: names[k] }]
  })
  const nameOf = (id: PartyId) => scenario.parties.find((p) => p.id === id)?.name ?? id
  // Where no agreement leaves the party: its status-quo utility, or its reservation utility
  // when an issue without a status quo is one it cares about.
  const fallback = (id: PartyId) =>
    noAgreementUtility(
      scenario,
      scenario.parties.find((p) => p.id === id)!,
    )
  return {
    xParty: nameOf(x),
    yParty: nameOf(y),
    frontier: paretoFront2d(deals),
    deals,
    statusQuo: { x: fallback(x) - refX, y: fallback(y) - refY },
    points,
    ...(requiredIssues(scenario).length > 0 ? { noStatusQuo: true } : {}),
  }
}
