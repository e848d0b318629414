/**
 * `mandjes report <file> --deal <n> --party <id>`: a council note (raadsinformatie) for one
 * party about one ranked deal, in Dutch or English, as Markdown or self-contained HTML.
 */
import { InvalidArgumentError, type Command } from 'commander'
import {
  councilNoteFor,
  diagnose,
  noteToHtml,
  noteToMarkdown,
  requiredIssues,
  type Language,
  type PartyId,
} from 'mandjes'
import { deadlockNoteDocument, documentToHtml, documentToMarkdown, languages } from 'mandjes/engine'
import { UsageError } from '../CliError.js'
import { writeFileAtomic } from '../files/writeFileAtomic.js'
import { writingTo } from '../files/writeOutputFile.js'
import { terminalText } from '../terminalText.js'
import { resolvePath, type Io } from '../Io.js'
import { loadScenario, statusQuoOption, statusQuoOptionOf } from '../loadScenario.js'
import { oneOf, positiveInt } from '../parseOptions.js'
import { rankDeals, rankOptionsOf, withRankOptions } from './solve.js'

/**
 * Registers `report` on the program.
 * @example
 * mandjes report rivierenland.yaml --deal 1 --party tiel --lang nl --format html --out tiel.html
 * @category cli
 */
const isoDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError(`"${value}" is not a date as yyyy-mm-dd.`)
  return value
}

export const registerReport = (program: Command, io: Io): Command =>
  withRankOptions(
    program
      .command('report')
      .description(
        'write a council note for one party about one deal: what we give, what we get, the mandate, the risks',
      )
      .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder'),
  )
    .requiredOption('--party <id>', 'the party the note is for')
    .option('--deal <n>', 'which deal of the ranking (1 is the best; same ranking options as solve)', positiveInt(1), 1)
    .option('--lang <language>', `language of the note: ${languages.join(', ')}`, oneOf(languages), 'nl')
    .option(
      '--format <format>',
      'md (Markdown) or html (one self-contained page)',
      oneOf(['md', 'html'] as const),
      'md',
    )
    .option('--out <file>', 'write the note to this file instead of stdout')
    .option('--date <yyyy-mm-dd>', "the date printed on the note (default: today's)", isoDate)
    .option(
      '--others-detail',
      "also show which rules of the other parties' mandates are tight (leave out of public notes)",
    )
    .addOption(statusQuoOption())
    .action(async (file: string, opts: Record<string, unknown>) => {
      const scenario = await loadScenario(io, file, { withoutStatusQuo: true, ...statusQuoOptionOf(opts) })
      const party = opts['party'] as string
      if (!scenario.parties.some((p) => p.id === party)) {
        throw new UsageError(
          `--party ${JSON.stringify(party)} is not a party of this scenario; the parties are: ${scenario.parties.map((p) => p.id).join(', ')}.`,
        )
      }
      const n = opts['deal'] as number
      const ranking = rankDeals(scenario, { ...rankOptionsOf(opts), top: n }, io.signal)
      const ranked = ranking.deals[n - 1]
      const language = opts['lang'] as Language
      const write = async (text: string) => {
        if (typeof opts['out'] === 'string') {
          const out = opts['out']
          await writingTo('--out', out, () => writeFileAtomic(resolvePath(io, out), text))
          io.stderr(`note written to ${opts['out']}\n`)
        } else io.stdout(terminalText(text))
      }
      // The diagnosis of a deadlock needs a status quo on every issue (see requireStatusQuo).
      if (ranked === undefined && ranking.result._tag === 'NoDeal' && requiredIssues(scenario).length > 0)
        throw new UsageError(
          'there is no valid deal to report on: no outcome gives every participant more than its reservation value. mandjes analyze shows the room for agreement; a deadlock note needs a status quo on every issue.',
        )
      if (ranked === undefined && ranking.result._tag === 'NoDeal') {
        // No deal to report on: the note says what it would take instead.
        const timeLimit = rankOptionsOf(opts).timeLimit
        const diagnosis = diagnose(scenario, {
          monteCarlo: false,
          ...(timeLimit === undefined ? {} : { timeLimitMs: timeLimit * 1000 }),
          ...(io.signal === undefined ? {} : { signal: io.signal }),
        })
        const doc = deadlockNoteDocument(scenario, diagnosis, party as PartyId, language)
        await write(opts['format'] === 'html' ? documentToHtml(doc) : documentToMarkdown(doc))
        return
      }
      if (ranked === undefined) {
        const found = ranking.deals.length
        throw new UsageError(
          found === 0
            ? 'there is no valid deal to report on: run mandjes deadlocks to see why.'
            : `--deal ${n}: only ${found} ${found === 1 ? 'deal was' : 'deals were'} found.`,
        )
      }
      const date = (opts['date'] as string | undefined) ?? new Date().toISOString().slice(0, 10)
      const note = councilNoteFor(scenario, ranked, scenario.parties.find((p) => p.id === party)!.id, {
        date,
        othersMandateDetail: opts['othersDetail'] === true,
      })
      await write(opts['format'] === 'html' ? noteToHtml(note, language) : noteToMarkdown(note, language))
    })
