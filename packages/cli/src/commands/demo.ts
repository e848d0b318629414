/**
 * `mandjes demo`: the Rivierenland example end to end, in the terminal: who sits at the
 * table, which issues are deadlocked and why, the best package deals, why each party agrees
 * to the best one, and one simulated negotiation. `npm run demo` runs this.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { councilNoteFor, findDeadlocks, formatNumber, simulate, type CouncilNote } from 'mandjes'
import { deadlocksToLines, type NoteChange } from 'mandjes/engine'
import { InputError } from '../CliError.js'
import { describeDeal } from '../describeDeal.js'
import type { Io } from '../Io.js'
import { loadScenario } from '../loadScenario.js'
import { printLines } from '../output.js'
import { positiveInt, seed } from '../parseOptions.js'
import { simulationLines } from './simulate.js'
import { rankDeals } from './solve.js'

// The example lives in packages/examples; this file runs from src/commands (tsx) or from the
// bundle in dist, so both relative places are tried.
const candidates = ['../../../examples/rivierenland/scenario.yaml', '../../examples/rivierenland/scenario.yaml']

/**
 * The path of the Rivierenland scenario in this repository, if it can be found.
 * @example
 * rivierenlandPath() // => '/…/packages/examples/rivierenland/scenario.yaml'
 * @category cli
 */
export const rivierenlandPath = (): string | undefined =>
  candidates.map((c) => fileURLToPath(new URL(c, import.meta.url))).find((p) => existsSync(p))

const signed = (x: number) => formatNumber(x, 'en', { signed: true })
const changes = (list: readonly NoteChange[]) => list.map((c) => `${c.issueName} (${signed(c.gain)})`).join('; ')

const viewLines = (note: CouncilNote): string[] => {
  const tight = note.mandate.filter((c) => c.tight).map((c) => c.rule)
  return [
    `  ${note.party.name}: net ${signed(note.netGain)}${note.mandateHolds ? `, within its mandate${tight.length > 0 ? ` (tight: ${tight.join(', ')})` : ''}` : ', OUTSIDE its mandate'}`,
    ...(note.gets.length > 0 ? [`    gets  ${changes(note.gets)}`] : []),
    ...(note.gives.length > 0 ? [`    gives ${changes(note.gives)}`] : []),
  ]
}

/**
 * Registers `demo` on the program.
 * @example
 * mandjes demo --seed 3
 * @category cli
 */
export const registerDemo = (program: Command, io: Io): Command =>
  program
    .command('demo')
    .description(
      'run the Rivierenland example end to end: parties, deadlocks, best deals, why each party agrees, one simulation',
    )
    .option('--file <file>', 'use another scenario instead of Rivierenland')
    .option('--seed <n>', 'seed of the simulation', seed, 1)
    .option('--top <n>', 'how many deals to show', positiveInt(1), 3)
    .action(async (opts: { file?: string; seed: number; top: number }) => {
      const path = opts.file ?? rivierenlandPath()
      if (path === undefined)
        throw new InputError([
          'the Rivierenland example was not found next to this program; run mandjes demo from the mandjes repository, or pass --file <scenario>.',
        ])
      const scenario = await loadScenario(io, path)
      const section = (title: string) => ['', `== ${title} ==`, '']
      const out: string[] = [scenario.name, ...(scenario.description === undefined ? [] : ['', scenario.description])]

      out.push(...section(`Parties (${scenario.parties.length})`))
      for (const p of scenario.parties) out.push(`  ${p.name} (${p.kind})`)

      const deadlocks = findDeadlocks(scenario)
      out.push(...section('Deadlocks: each issue on its own'), ...deadlocksToLines(scenario, deadlocks))

      const ranking = rankDeals(scenario, { objective: ['sum'], top: opts.top, all: false }, io.signal)
      out.push(
        ...section(
          `Best package deals (largest total gain), ${ranking.result._tag === 'Optimal' ? 'the first proven best' : ranking.result._tag}`,
        ),
      )
      if (ranking.deals.length === 0) out.push('  no valid deal exists: the deadlocks stand.')
      ranking.deals.forEach((d, k) =>
        out.push(
          `#${k + 1}  ${d.changes.length} issues changed, ${d.participants.length} parties take part`,
          ...describeDeal(scenario, d.deal, d.gains, d.participants, 4),
          '',
        ),
      )

      const best = ranking.deals[0]
      if (best !== undefined) {
        out.push(...section('Why each party agrees to deal #1'))
        for (const party of best.participants)
          out.push(...viewLines(councilNoteFor(scenario, best, party, { deadlocks })))
        out.push('', 'A council note per party: mandjes report <file> --party <id> --lang nl --format html')
      }

      out.push(
        ...section('One simulated negotiation'),
        ...simulationLines(scenario, simulate(scenario, { seed: opts.seed, history: false })),
      )
      printLines(io, out)
    })
