/**
 * Generates the checked-in council notes (docs/notes/) and charts (docs/charts/) from the
 * Rivierenland example, so they always show what the library produces. Run by
 * `npm run examples`; `test/examples.test.ts` checks the notes are current.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  analyzeScenario,
  councilNoteFor,
  findDeadlocks,
  findDeal,
  frontierChart,
  frontierChartData,
  gainsChart,
  noteToHtml,
  noteToMarkdown,
  sweep,
  sweepHeatmap,
  sweepHeatmapData,
  type Language,
  type PartyId,
  type RankedDeal,
  type Scenario,
  type VegaLiteSpec,
} from 'mandjes'
import { chartToSvg } from '@mandjes/cli'
import { examplesRoot, loadExample } from './loadExample.js'

/** The repository's docs folder. @category examples */
export const docsRoot = join(examplesRoot, '..', '..', 'docs')

/** The parties whose council notes are checked in, and the languages. @category examples */
export const noteParties = ['tiel', 'culemborg'] as const

/** The file name of a checked-in note. @example noteFile('tiel', 'nl', 'md') // => 'rivierenland-tiel.nl.md' @category examples */
export const noteFile = (party: string, language: Language, format: 'md' | 'html'): string =>
  `rivierenland-${party}.${language}.${format}`

/**
 * The best Rivierenland deal by total gain (the one the notes and the gains chart show).
 * @example
 * bestRivierenlandDeal(loadExample('rivierenland')).changes.length // => 9
 * @category examples
 */
export const bestRivierenlandDeal = (scenario: Scenario): RankedDeal => {
  const result = findDeal(scenario, { objective: 'sum' })
  if (result._tag !== 'Optimal')
    throw new Error(`the Rivierenland search ended ${result._tag}; the example should have a proven best deal`)
  return result.best
}

/**
 * Every checked-in note as file name → text.
 * @example
 * Object.keys(rivierenlandNotes(loadExample('rivierenland'))) // => ['rivierenland-tiel.nl.md', ...]
 * @category examples
 */
export const rivierenlandNotes = (scenario: Scenario): Readonly<Record<string, string>> => {
  const best = bestRivierenlandDeal(scenario)
  const deadlocks = findDeadlocks(scenario)
  const notes: Record<string, string> = {}
  for (const party of noteParties) {
    const note = councilNoteFor(scenario, best.deal, party as PartyId, { deadlocks })
    for (const language of ['nl', 'en'] as const) {
      notes[noteFile(party, language, 'md')] = noteToMarkdown(note, language)
      notes[noteFile(party, language, 'html')] = noteToHtml(note, language)
    }
  }
  return notes
}

/**
 * The specifications of the three checked-in charts, by file name.
 * @example
 * Object.keys(rivierenlandCharts(loadExample('rivierenland'))) // => ['rivierenland-gains.svg', 'rivierenland-frontier.svg', 'rivierenland-sweep.svg']
 * @category examples
 */
export const rivierenlandCharts = (scenario: Scenario): Readonly<Record<string, VegaLiteSpec>> => {
  const best = bestRivierenlandDeal(scenario)
  const analysis = analyzeScenario(scenario)
  const frontier = frontierChartData(scenario, analysis, 'tiel' as PartyId, 'gelderland' as PartyId)
  // The source document's second and third questions: the room an executive gets and the
  // trust a council gives, with councils that only see the result (hindermacht at its strongest).
  const swept = sweep(scenario, { mandateWidth: [0.25, 0.5, 0.75, 1], trust: [0.2, 0.5, 0.8] }, [1, 2, 3], {
    base: { rounds: 20, councils: { involvement: 'after', trust: 0.5, perParty: {} } },
  })
  return {
    'rivierenland-gains.svg': gainsChart(scenario, best.deal, {
      title: 'Rivierenland: gain per party in the deal with the largest total gain',
    }),
    'rivierenland-frontier.svg': frontierChart({
      ...frontier,
      title: 'Rivierenland: Pareto frontier seen by Tiel and Gelderland',
    }),
    'rivierenland-sweep.svg': sweepHeatmap({
      ...sweepHeatmapData(swept.summaries, { x: 'trust', y: 'mandateWidth', measure: 'share' }),
      title: 'Rivierenland: share of the available gain realised (councils involved afterwards)',
    }),
  }
}

/**
 * Writes the notes and charts; returns the files that changed.
 * @example
 * await writeDocs() // => ['notes/rivierenland-tiel.nl.md'] after a scenario change
 * @category examples
 */
export const writeDocs = async (): Promise<readonly string[]> => {
  const scenario = loadExample('rivierenland')
  const changed: string[] = []
  const write = (folder: string, name: string, text: string) => {
    mkdirSync(join(docsRoot, folder), { recursive: true })
    const path = join(docsRoot, folder, name)
    let before: string | undefined
    try {
      before = readFileSync(path, 'utf8')
    } catch {
      before = undefined
    }
    if (before !== text) {
      writeFileSync(path, text)
      changed.push(`${folder}/${name}`)
    }
  }
  for (const [name, text] of Object.entries(rivierenlandNotes(scenario))) write('notes', name, text)
  for (const [name, spec] of Object.entries(rivierenlandCharts(scenario))) write('charts', name, await chartToSvg(spec))
  return changed
}
