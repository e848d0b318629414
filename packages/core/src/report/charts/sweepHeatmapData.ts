/**
 * From a sweep's summaries to the cells of a heatmap over two of its parameters. Where other
 * parameters vary too, each cell averages over them, weighted by the number of runs.
 */
import type { SweepSummary } from '../../experiment/summarizeSweep.js'
import type { sweepRowParameters } from '../../experiment/runSweepCase.js'
import type { Language } from '../Language.js'
import type { SweepCell, SweepHeatmapData } from './sweepHeatmap.js'

/** A sweep parameter a heatmap axis can show. @category report */
export type SweepAxis = (typeof sweepRowParameters)[number]

/**
 * What a heatmap cell shows: the mean share of the available gain realised, the mean total
 * gain, the share of runs in which every deadlock was broken, the mean number of blocked
 * ratifications, or the mean council trust at the end.
 * @category report
 */
export type SweepMeasure = 'share' | 'totalGain' | 'allAgreed' | 'failedRatifications' | 'meanTrust'

/** Every measure, for command-line choices. @category report */
export const sweepMeasures: readonly SweepMeasure[] = [
  'share',
  'totalGain',
  'allAgreed',
  'failedRatifications',
  'meanTrust',
]

const measureOf = (s: SweepSummary, measure: SweepMeasure): number | undefined => {
  switch (measure) {
    case 'share':
      return s.share?.mean
    case 'totalGain':
      return s.totalGain?.mean
    case 'allAgreed':
      return s.runs === 0 ? undefined : s.outcomes.AllAgreed / s.runs
    case 'failedRatifications':
      return s.meanFailedRatifications
    case 'meanTrust':
      return s.meanTrust
  }
}

const titles: Record<Language, Record<SweepMeasure | SweepAxis, string>> = {
  en: {
    share: 'share of the available gain realised',
    totalGain: 'total gain',
    allAgreed: 'share of runs without deadlocks',
    failedRatifications: 'ratifications blocked',
    meanTrust: 'council trust at the end',
    mediator: 'mediator',
    mandateWidth: 'room to negotiate (mandate width)',
    involvement: 'council involvement',
    trust: 'council trust at the start',
    transparency: 'information',
    distortion: 'distortion of the facts',
    alternativesPrepared: 'alternatives prepared',
    altruism: 'goodwill (altruism)',
    grant: 'accepted loss (gunnen)',
    decisionRule: 'decision rule',
  },
  nl: {
    share: 'deel van de beschikbare winst gerealiseerd',
    totalGain: 'totale winst',
    allAgreed: 'deel van de runs zonder patstelling',
    failedRatifications: 'geblokkeerde ratificaties',
    meanTrust: 'vertrouwen van de raad aan het eind',
    mediator: 'bemiddelaar',
    mandateWidth: 'onderhandelingsruimte (mandaat)',
    involvement: 'betrokkenheid van de raad',
    trust: 'vertrouwen van de raad bij de start',
    transparency: 'informatie',
    distortion: 'vertekening van de feiten',
    alternativesPrepared: 'voorbereide alternatieven',
    altruism: 'welwillendheid',
    grant: 'gegund verlies',
    decisionRule: 'besluitregel',
  },
}

/**
 * The heatmap data of a sweep over two parameters.
 * @example
 * const result = sweep(scenario, { mandateWidth: [0.25, 0.5, 1], trust: [0.2, 0.5, 0.8] }, [1])
 * sweepHeatmapData(result.summaries, { x: 'trust', y: 'mandateWidth', measure: 'share' }).cells.length // => 9: a 3 × 3 grid
 * @category report
 */
export const sweepHeatmapData = (
  summaries: readonly SweepSummary[],
  axes: { readonly x: SweepAxis; readonly y: SweepAxis; readonly measure: SweepMeasure; readonly title?: string },
  language: Language = 'en',
): SweepHeatmapData => {
  const cells = new Map<string, { x: string | number; y: string | number; sum: number; weight: number }>()
  for (const s of summaries) {
    const value = measureOf(s, axes.measure)
    if (value === undefined || !Number.isFinite(value)) continue
    const x = s.parameters[axes.x]
    const y = s.parameters[axes.y]
    const key = JSON.stringify([x, y])
    const cell = cells.get(key) ?? { x, y, sum: 0, weight: 0 }
    cell.sum += value * s.runs
    cell.weight += s.runs
    cells.set(key, cell)
  }
  const t = titles[language]
  return {
    xTitle: t[axes.x],
    yTitle: t[axes.y],
    valueTitle: t[axes.measure],
    cells: [...cells.values()]
      .filter((c) => c.weight > 0)
      .map((c): SweepCell => ({ x: c.x, y: c.y, value: c.sum / c.weight })),
    ...(axes.title === undefined ? {} : { title: axes.title }),
  }
}
