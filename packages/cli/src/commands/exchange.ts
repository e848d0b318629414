/**
 * `mandjes exchange <file>`: the exchange model (Stokman and Van Oosten 1994, equal gain) on a
 * `decide` input file: the outcome before any exchange, then per round the outcome and the
 * exchanges in the order made. Positions and moves on each issue's own scale.
 */
import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { readDecideFile, runExchangeModel, type ExchangeResult } from 'mandjes'
import { InputError } from '../CliError.js'
import { reportPhase, resolvePath, type Io } from '../Io.js'
import { printJson, printLines } from '../output.js'
import { positiveInt } from '../parseOptions.js'

// Larger than any decide study we know of by far; refuses /dev/zero and the like at once.
const maxBytes = 20 * 1024 * 1024

const readText = async (io: Io, file: string): Promise<string> => {
  const full = resolvePath(io, file)
  const size = await stat(full).then(
    (s) => (s.isFile() ? s.size : -1),
    () => undefined,
  )
  if (size === undefined)
    throw new InputError([`${file}: there is no file at this path; check the name and the folder.`])
  if (size < 0)
    throw new InputError([`${file}: this is not a file; give the path of a decide input file (.csv or .txt).`])
  if (size > maxBytes)
    throw new InputError([
      `${file}: the file is ${size} bytes, more than the limit of ${maxBytes}; is it a decide input file?`,
    ])
  return readFile(full, 'utf8')
}

const round = (x: number) => Number(x.toFixed(6))

/** The result as text lines: outcomes per round, then each exchange. */
const toLines = (result: ExchangeResult): string[] => {
  const outcome = (o: Readonly<Record<string, number>>) =>
    Object.entries(o)
      .map(([issue, x]) => `${issue} ${round(x)}`)
      .join(', ')
  const lines = [`initial outcome: ${outcome(result.initialOutcome)}`]
  for (const r of result.rounds) {
    lines.push(
      '',
      `round ${r.round}: ${r.exchanges.length} exchange${r.exchanges.length === 1 ? '' : 's'}; outcome: ${outcome(r.outcome)}`,
    )
    for (const e of r.exchanges) {
      const [a, b] = e.actors
      lines.push(
        `  ${a} moves ${round(e.moves[a]!)} on ${e.issues[0]}, ${b} moves ${round(e.moves[b]!)} on ${e.issues[1]}; each gains ${round(e.gain)}`,
      )
    }
  }
  if (result.stopped !== undefined)
    lines.push('', `stopped before round ${result.stopped.round} (cancelled); the rounds above are complete.`)
  return lines
}

/**
 * Registers `exchange` on the program.
 * @example
 * mandjes exchange study.csv --rounds 5 --json
 * @category cli
 */
export const registerExchange = (program: Command, io: Io): Command =>
  program
    .command('exchange')
    .description('run the exchange model (equal-gain exchanges of voting positions) on a decide input file')
    .argument('<file>', 'decide input file: #A, #P, #M and #D rows, tab- or semicolon-separated')
    .option('--rounds <n>', 'number of rounds (default 10)', positiveInt(1))
    .option('--json', 'print { initialOutcome, rounds: [{ round, outcome, exchanges }] } as JSON')
    .action(async (file: string, opts: { rounds?: number; json?: boolean }) => {
      const read = readDecideFile(await readText(io, file))
      if (read._tag === 'Left') {
        throw new InputError([
          ...read.left.map((p) => `${file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`),
          `${read.left.length} ${read.left.length === 1 ? 'problem' : 'problems'} in ${file}. Fix the file and run mandjes exchange ${file} again.`,
        ])
      }
      reportPhase(io, 'exchanging voting positions')
      const result = runExchangeModel(read.right, {
        ...(opts.rounds === undefined ? {} : { rounds: opts.rounds }),
        ...(io.signal === undefined ? {} : { signal: io.signal }),
      })
      if (opts.json === true) printJson(io, result)
      else printLines(io, toLines(result))
    })
