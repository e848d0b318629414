/**
 * `mandjes validate <file>`: checks a scenario and lists every problem at once, each with its
 * place in the file and what to do.
 */
import type { Command } from 'commander'
import { requiredIssues } from 'mandjes'
import { InputError } from '../CliError.js'
import type { Io } from '../Io.js'
import {
  printHiddenGains,
  printSkipped,
  problemLines,
  readScenario,
  statusQuoOption,
  statusQuoOptionOf,
} from '../loadScenario.js'
import { printJson, printLines } from '../output.js'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Registers `validate` on the program.
 * @example
 * mandjes validate scenario.yaml --json
 * @category cli
 */
export const registerValidate = (program: Command, io: Io): Command =>
  program
    .command('validate')
    .description('check a scenario file and list every problem (exit 1 when there is one)')
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .option('--json', 'print { valid, summary } or { valid, problems } as JSON on stdout')
    .addOption(statusQuoOption())
    .action(async (file: string, opts: { json?: boolean }) => {
      const read = await readScenario(io, file, statusQuoOptionOf(opts))
      if (!read.ok) {
        if (opts.json === true)
          printJson(io, { valid: false, problems: read.problems.map((p) => ({ ...p, file: p.file ?? file })) })
        throw new InputError(problemLines(file, read.problems))
      }
      printSkipped(io, file, read.skipped)
      printHiddenGains(io, file, read.scenario)
      const s = read.scenario
      const open = requiredIssues(s)
      const summary = {
        name: s.name,
        parties: s.parties.length,
        issues: s.issues.length,
        domains: s.domains.length,
        options: s.issues.reduce((n, i) => n + i.options.length, 0),
        compensation: s.compensation?.unit ?? null,
        notes: s.notes.length,
      }
      if (opts.json === true) {
        printJson(io, { valid: true, summary })
        return
      }
      printLines(io, [
        `${file}: valid scenario "${s.name}"`,
        `  ${count(summary.parties, 'party', 'parties')}, ${count(summary.issues, 'issue', 'issues')} with ${count(summary.options, 'option', 'options')} in ${count(summary.domains, 'policy domain', 'policy domains')}${summary.compensation === null ? '' : `, compensation in ${summary.compensation}`}`,
        ...(summary.notes > 0 ? [`  ${count(summary.notes, 'note', 'notes')} on where the numbers come from`] : []),
        ...(open.length > 0
          ? [
              `  ${count(open.length, 'issue', 'issues')} without a status quo (${open.length > 3 ? `${open.slice(0, 3).join(', ')}, ...` : open.join(', ')}): every deal settles ${open.length === 1 ? 'it' : 'them'}; mandjes solve, analyze and report handle this`,
            ]
          : []),
      ])
    })
